/// An identity policy allows every action, or every action of a service.
///
/// Only identity policies (roles, users, groups and the policies attached to them) are read:
/// in a resource policy `kms:*` for the account's root is how key policies are meant to be
/// written. `*` together with `Resource: '*'` is left to `iam-admin-access`.
struct IAMWildcardAction: LintRule {
    let rule = RuleDescription(
        id: "iam-wildcard-action",
        severity: .warning,
        title: "An identity policy does not allow '*' or 'service:*' actions.",
        rationale: """
            A wildcard grants every action the service has and every one it adds later, \
            including those that delete data or change permissions, so a bug or a stolen \
            credential can do far more than the code ever needed. List the actions the code \
            calls; the SAM policy templates do this for common cases.
            """,
        documentation:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
        equivalents: .init(cfnNag: ["F3", "F4", "F5"], checkov: ["CKV_AWS_63"]),
        badExample: """
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: dynamodb:*
                          Resource: !GetAtt OrdersTable.Arn
              OrdersTable:
                Type: AWS::Serverless::SimpleTable
            """,
        goodExample: """
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: [dynamodb:GetItem, dynamodb:PutItem]
                          Resource: !GetAtt OrdersTable.Arn
              OrdersTable:
                Type: AWS::Serverless::SimpleTable
            """)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for statement in PolicyStatements(context).statements
        where statement.kind == .identity && statement.allows {
            let everyResource = statement.strings("Resource").contains { $0.text == "*" }
            for action in statement.strings("Action") {
                switch IAMActions.reference(action.text) {
                case .everything where !everyResource:
                    findings.append(statement.finding(rule, Self.everything, at: action.path))
                case .wholeService(let service):
                    findings.append(
                        statement.finding(rule, Self.whole(action.text, service), at: action.path))
                default:
                    break
                }
            }
        }
        return findings
    }

    private static let everything =
        "action '*' allows every action of every service; list the actions the code calls"

    private static func whole(_ text: String, _ service: String) -> String {
        "action '\(text)' allows every action of '\(service)', including those that delete or "
            + "change permissions; list the actions the code calls"
    }
}
