/// An identity policy allows `iam:PassRole` on every role.
///
/// `iam:PassRole` written out or matched by a partial wildcard (`iam:Pass*`) is reported;
/// `*` and `iam:*` are left to `iam-admin-access` and `iam-wildcard-action`.
struct IAMPassRoleWildcard: LintRule {
    let rule = RuleDescription(
        id: "iam-passrole-wildcard",
        severity: .error,
        title: "An identity policy does not allow 'iam:PassRole' on 'Resource: *'.",
        rationale: """
            Passing a role hands its permissions to a service: with 'iam:PassRole' on every \
            role, the holder can start a function, instance or stack that runs as the most \
            powerful role in the account. Name the roles it may pass, and limit the services \
            with the 'iam:PassedToService' condition key.
            """,
        documentation:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
        equivalents: .init(cfnNag: ["F38", "F40"]),
        badExample: """
            Resources:
              DeployFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: iam:PassRole
                          Resource: '*'
            """,
        goodExample: """
            Resources:
              DeployFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: iam:PassRole
                          Resource: !GetAtt WorkerRole.Arn
              WorkerRole:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {Service: ecs-tasks.amazonaws.com}
                        Action: sts:AssumeRole
            """)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for statement in PolicyStatements(context).statements
        where statement.kind == .identity && statement.allows {
            guard statement.strings("Resource").contains(where: { $0.text == "*" }) else {
                continue
            }
            for action in statement.strings("Action")
            where action.text != "*" && action.text.lowercased() != "iam:*"
                && IAMActions.grants(action.text, "iam", "PassRole")
            {
                findings.append(statement.finding(rule, Self.message(action.text), at: action.path))
            }
        }
        return findings
    }

    private static func message(_ text: String) -> String {
        "action '\(text)' on resource '*' lets the holder pass any role, an administrator's "
            + "too, to a service; name the roles it may pass in 'Resource'"
    }
}
