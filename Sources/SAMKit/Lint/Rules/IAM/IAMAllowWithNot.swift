/// An `Allow` statement uses `NotAction` or `NotResource`.
///
/// Identity and resource policies are read; trust policies are not.
struct IAMAllowWithNot: LintRule {
    let rule = RuleDescription(
        id: "iam-allow-with-not",
        severity: .warning,
        title: "An 'Allow' statement does not use 'NotAction' or 'NotResource'.",
        rationale: """
            'Allow' with 'NotAction' grants every action except those listed, including every \
            action AWS adds later; 'Allow' with 'NotResource' grants the actions on every \
            resource except those listed. Both grant far more than they seem to. List what is \
            allowed in 'Action' and 'Resource', and keep 'NotAction' for 'Deny' statements.
            """,
        documentation:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
        equivalents: .init(cfnNag: ["W15", "W16", "W17", "W21", "W22", "W23"]),
        badExample: """
            Resources:
              CleanupFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          NotAction: iam:*
                          Resource: arn:aws:s3:::scratch/*
            """,
        goodExample: """
            Resources:
              CleanupFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: s3:DeleteObject
                          Resource: arn:aws:s3:::scratch/*
            """)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for statement in PolicyStatements(context).statements
        where statement.kind != .trust && statement.allows {
            for key in ["NotAction", "NotResource"] where statement.node[key] != nil {
                findings.append(
                    statement.finding(
                        rule, Self.message(key), at: statement.path.appending(key), key: true))
            }
        }
        return findings
    }

    private static func message(_ key: String) -> String {
        key == "NotAction"
            ? "'Allow' with 'NotAction' grants every action except those listed, including "
                + "actions AWS adds later; list the allowed actions in 'Action'"
            : "'Allow' with 'NotResource' grants the actions on every resource except those "
                + "listed; list the allowed resources in 'Resource'"
    }
}
