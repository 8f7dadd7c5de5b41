/// An identity policy allows, on `Resource: '*'`, actions that could be limited to
/// particular resources and that are not read-only.
///
/// The rule knows each action from the IAM action table: `xray:PutTraceSegments` or
/// `ecr:GetAuthorizationToken` accept no resource but `*`, so `*` is the only way to grant
/// them and is not reported; read and list actions are not reported either. Wildcards in
/// actions (`sqs:Send*`) are expanded against the table. `Deny` statements are not findings;
/// a statement with a `Condition` is reported as information, since the condition may
/// narrow it. Statements a SAM policy template writes are not reported (the template's
/// parameters are checked by `policy-template-wildcard`), nor are `Action: '*'` statements,
/// which `iam-admin-access` reports. Nor are the statements the transform writes itself with a
/// `*` of its own (the network-interface rights of a function with a Kafka or DocumentDB
/// event), which the user cannot change; a `*` the user gave it, such as a dead-letter
/// queue's `TargetArn`, is reported where it is written.
struct IAMWildcardResource: LintRule {
    let rule = RuleDescription(
        id: "iam-wildcard-resource",
        severity: .warning,
        title: "An identity policy does not grant changes on 'Resource: *' that could be "
            + "limited to particular resources.",
        rationale: """
            'Resource: *' lets the code change every table, queue or bucket of that kind in \
            the account, not only the one it works with, so a bug or a stolen credential \
            reaches everything. Name the resources by ARN, with !GetAtt, !Ref or !Sub.
            """,
        documentation:
            "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
        equivalents: .init(cfnNag: ["W11", "W12", "W13"], checkov: ["CKV_AWS_111"]),
        badExample: """
            Resources:
              SendFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: sqs:SendMessage
                          Resource: '*'
            """,
        goodExample: """
            Resources:
              SendFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: sqs:SendMessage
                          Resource: !GetAtt Queue.Arn
                        - Effect: Allow
                          Action: xray:PutTraceSegments
                          Resource: '*'
              Queue:
                Type: AWS::SQS::Queue
            """)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for statement in PolicyStatements(context).statements
        where statement.kind == .identity && statement.allows && statement.template == nil {
            let actions = statement.strings("Action")
            guard !actions.contains(where: { $0.text == "*" }) else { continue }
            let restrictable = actions.flatMap { Self.restrictable($0.text) }
            guard let first = restrictable.first else { continue }
            for resource in statement.strings("Resource")
            where resource.text == "*" && PolicyStatements.Statement.isWritten(resource.node) {
                findings.append(
                    statement.finding(
                        rule,
                        Self.message(first, more: restrictable.count - 1, statement.hasCondition),
                        at: resource.path, severity: statement.hasCondition ? .info : nil))
            }
        }
        return findings
    }

    /// The actions `text` grants that take resources and are not read-only, as `svc:Name`.
    static func restrictable(_ text: String) -> [String] {
        let service: String
        let matched: [IAMActions.Action]
        switch IAMActions.reference(text) {
        case .wholeService(let name):
            service = name
            matched = IAMActions.actions(of: name) ?? []
        case .actions(let name, _, let found):
            service = name
            matched = found
        default:
            return []
        }
        return matched.filter { $0.takesResources && !$0.access.isReadOnly }
            .map { "\(service):\($0.name)" }
    }

    private static func message(_ first: String, more: Int, _ conditioned: Bool) -> String {
        let others =
            more == 0 ? "" : more == 1 ? " and 1 other action" : " and \(more) other actions"
        let condition = conditioned ? "; the statement's Condition may narrow it" : ""
        return "resource '*' lets '\(first)'\(others) change every resource of the account, "
            + "though they can be limited to particular ARNs; name the resources\(condition)"
    }
}
