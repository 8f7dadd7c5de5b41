/// A policy names an action that IAM does not have: a typo in the action, a service prefix
/// that does not exist, or a wildcard that matches nothing.
///
/// Every statement is read, `Deny` and trust policies too. Statements a SAM policy template
/// writes are not (the user cannot change them), nor are actions built with `${...}`.
struct IAMUnknownAction: LintRule {
    let rule = RuleDescription(
        id: "iam-unknown-action",
        severity: .warning,
        title: "Every action in a policy exists.",
        rationale: """
            IAM accepts an identity policy with a misspelt action and grants nothing for it, so \
            the code fails at run time with AccessDenied; a resource policy with one is \
            rejected at deployment. The action list comes from the Service Authorization \
            Reference.
            """,
        documentation:
            "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
        equivalents: .init(cfnLint: ["W3037"]),
        badExample: """
            Resources:
              ReadFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: s3:GetObjects
                          Resource: arn:aws:s3:::reports/*
            """,
        goodExample: """
            Resources:
              ReadFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: s3:GetObject
                          Resource: arn:aws:s3:::reports/*
            """)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for statement in PolicyStatements(context).statements where statement.template == nil {
            for action in statement.strings("Action") + statement.strings("NotAction") {
                guard let message = Self.problem(action.text) else { continue }
                findings.append(statement.finding(rule, message, at: action.path))
            }
        }
        return findings
    }

    /// What is wrong with the action entry `text`, or `nil` when it names real actions.
    static func problem(_ text: String) -> String? {
        switch IAMActions.reference(text) {
        case .everything, .wholeService, .unresolved:
            return nil
        case .malformed:
            return "action '\(text)' is not of the form 'service:Action'"
        case .unknownService(let service):
            let near = Suggestion.nearest(to: service, among: IAMActions.servicePrefixes)
            return "service prefix '\(service)' in action '\(text)' is not an AWS service"
                + (near.map { "; did you mean '\($0)'?" } ?? "")
        case .actions(let service, let pattern, let matched):
            guard matched.isEmpty else { return nil }
            if pattern.contains("*") || pattern.contains("?") {
                return "action pattern '\(text)' matches no action of '\(service)'"
            }
            let names = (IAMActions.actions(of: service) ?? []).map(\.name)
            let near = Suggestion.nearest(to: pattern, among: names)
            return "action '\(text)' is not an action of '\(service)'"
                + (near.map { "; did you mean '\(service):\($0)'?" } ?? "")
        }
    }
}
