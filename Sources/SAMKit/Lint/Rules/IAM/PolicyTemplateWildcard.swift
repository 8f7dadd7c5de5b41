/// A SAM policy template is given `*` (or a pattern with `*`) for a resource name, which
/// widens its statements to every table, bucket or queue that matches.
struct PolicyTemplateWildcard: LintRule {
    let rule = RuleDescription(
        id: "policy-template-wildcard",
        severity: .warning,
        title: "A SAM policy template's parameter names a resource, not '*'.",
        rationale: """
            A policy template builds the ARNs of its statements from its parameters: \
            'DynamoDBCrudPolicy' with 'TableName: *' grants read and write on every table of \
            the account and region. Pass the resource's name, for example with !Ref.
            """,
        documentation:
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-templates.html",
        equivalents: .init(),
        badExample: """
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - DynamoDBCrudPolicy:
                        TableName: '*'
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
                    - DynamoDBCrudPolicy:
                        TableName: !Ref OrdersTable
              OrdersTable:
                Type: AWS::Serverless::SimpleTable
            """)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for entry in PolicyStatements.samPolicyEntries(context) {
            guard let map = entry.node.mapping, map.count == 1, let template = map.entries.first,
                PolicyTemplateCatalog.template(named: template.key) != nil,
                let parameters = template.value.mapping
            else { continue }
            for parameter in parameters {
                guard let value = parameter.value.string, value.contains("*") else { continue }
                findings.append(
                    finding(
                        Self.message(template.key, parameter.key, value),
                        at: entry.path.appending(template.key).appending(parameter.key)))
            }
        }
        return findings
    }

    private static func message(_ template: String, _ parameter: String, _ value: String)
        -> String
    {
        "parameter '\(parameter)' of policy template '\(template)' is '\(value)', which grants "
            + "the template's actions on every resource it matches; name the resource"
    }
}
