/// Logs kept forever: log groups declared without `RetentionInDays`, and functions whose log
/// group Lambda creates itself, with no expiry, in a template that manages the log groups of
/// its other functions.
///
/// A template that manages no function's log group is not told about each function: nearly
/// every template is like that, and the hint would be on every one. Where some functions have
/// a managed group, one without it was most likely forgotten.
///
/// A function counts as having a managed log group when it (or `Globals: Function`) sets
/// `LoggingConfig: LogGroup`, or when an `AWS::Logs::LogGroup` of the template names it in
/// its `LogGroupName`, through `Ref`, `Fn::Sub` or its literal `FunctionName`. A group named
/// any other way is not recognised, and the function is reported.
struct LogRetention: LintRule {
    static let logGroup = "AWS::Logs::LogGroup"

    let rule = RuleDescription(
        id: "log-retention",
        severity: .info,
        title: "Log groups say how long they keep logs.",
        rationale: """
            A CloudWatch Logs group without 'RetentionInDays' keeps every log event forever, \
            and storage is billed every month. The log group Lambda creates on a function's \
            first run has no retention either, and it outlives the stack; declaring the group \
            in the template, with a retention, and pointing the function's 'LoggingConfig' \
            at it keeps both under control. This is a hint, below the default threshold.
            """,
        documentation: """
            https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/\
            Working-with-log-groups-and-streams.html
            """,
        equivalents: .init(checkov: ["CKV_AWS_66"]),
        badExample: """
            Resources:
              AuditLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: /app/audit
            """,
        goodExample: """
            Resources:
              AuditLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: /app/audit
                  RetentionInDays: 365
            """)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []

        // Groups declared without a retention.
        var namedInGroups: Set<String> = []
        var literalNames: Set<String> = []
        for entry in context.resources where entry.value["Type"]?.string == Self.logGroup {
            let properties = entry.value["Properties"]
            if let name = properties?["LogGroupName"] {
                NodeWalker.walk(name, at: TemplatePath()) { node, _ in
                    namedInGroups.formUnion(DependencyGraph.references(in: node))
                }
                if let text = name.string { literalNames.insert(text) }
            }
            guard properties?["RetentionInDays"] == nil else { continue }
            findings.append(
                finding(
                    "log group '\(entry.key)' has no 'RetentionInDays', so it keeps logs "
                        + "forever; set a retention such as 30, 90 or 365 days",
                    at: TemplatePath(keys: "Resources", entry.key), key: true,
                    resource: entry.key))
        }

        // Functions that log into a group Lambda creates.
        let globalGroup = context.sections["Globals"]?["Function"]?["LoggingConfig"]?["LogGroup"]
        var lacking: [String] = []
        var anyManaged = false
        for function in LambdaFunctions(context).functions {
            let own = function.properties["LoggingConfig"]?["LogGroup"]
            let inherited = function.type == LambdaFunctions.serverless ? globalGroup : nil
            let literal = function.properties["FunctionName"]?.string
            let managed =
                own != nil || inherited != nil || namedInGroups.contains(function.id)
                || literal.map { literalNames.contains("/aws/lambda/" + $0) } == true
            if managed { anyManaged = true } else { lacking.append(function.id) }
        }
        guard anyManaged else { return findings }
        for id in lacking {
            findings.append(
                finding(
                    "function '\(id)' logs to the group Lambda creates, which keeps logs "
                        + "forever, unlike other functions here; declare its log group with "
                        + "'RetentionInDays' and set 'LoggingConfig: LogGroup'",
                    at: TemplatePath(keys: "Resources", id), key: true, resource: id))
        }
        return findings
    }
}
