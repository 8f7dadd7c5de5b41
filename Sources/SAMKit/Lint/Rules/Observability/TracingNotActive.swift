/// Functions, state machines and REST APIs that say nothing about X-Ray tracing, in a
/// template where others of their kind trace.
///
/// A template where nothing of a kind traces is not reported: that is nearly every template
/// (nearly nine in ten of the SAM transform's own test inputs), so the hint would be on every
/// run of a team that does not use X-Ray; where some resources trace, one that says nothing
/// was most likely forgotten. Only a missing setting is reported: `Tracing: PassThrough` or
/// `TracingEnabled: false` written out is a decision, and is left alone, as is a setting in
/// `Globals`. The implicit REST API that `Api` events create is not checked; it takes
/// `Globals: Api: TracingEnabled`. HTTP APIs cannot trace with X-Ray and are not checked.
struct TracingNotActive: LintRule {
    /// One kind of resource: the types that are of it and how each says it traces.
    private struct Kind: Sendable {
        /// Where a type keeps the setting, below `Properties`, and the value that turns it on.
        struct Setting: Sendable {
            var path: [String]
            var on: Node
        }

        var noun: String
        var plural: String
        /// By type: the path below `Properties` to the setting, and the value that means on.
        var settings: [String: Setting]
        /// The `Globals` section and key that set it for every serverless resource of the kind.
        var globals: [String]?
        var fix: String
    }

    private static let kinds = [
        Kind(
            noun: "function", plural: "functions",
            settings: [
                "AWS::Serverless::Function": .init(path: ["Tracing"], on: "Active"),
                "AWS::Lambda::Function": .init(path: ["TracingConfig", "Mode"], on: "Active"),
            ], globals: ["Function", "Tracing"],
            fix:
                "set 'Tracing: Active' (for all functions, under 'Globals: Function'), or "
                + "'TracingConfig: {Mode: Active}' on an AWS::Lambda::Function"),
        Kind(
            noun: "state machine", plural: "state machines",
            settings: [
                "AWS::Serverless::StateMachine": .init(path: ["Tracing", "Enabled"], on: true),
                "AWS::StepFunctions::StateMachine": .init(
                    path: ["TracingConfiguration", "Enabled"], on: true),
            ], globals: nil,
            fix:
                "set 'Tracing: {Enabled: true}', or 'TracingConfiguration: {Enabled: true}' on "
                + "an AWS::StepFunctions::StateMachine"),
        Kind(
            noun: "REST API", plural: "REST APIs",
            settings: [
                "AWS::Serverless::Api": .init(path: ["TracingEnabled"], on: true),
                "AWS::ApiGateway::Stage": .init(path: ["TracingEnabled"], on: true),
            ], globals: ["Api", "TracingEnabled"],
            fix:
                "set 'TracingEnabled: true' (for all APIs, under 'Globals: Api'), or on the "
                + "AWS::ApiGateway::Stage"),
    ]

    let rule = RuleDescription(
        id: "tracing-not-active",
        severity: .info,
        title: "Functions, state machines and REST APIs trace like others of their kind.",
        rationale: """
            With active tracing, X-Ray records each request's path through API Gateway, \
            Lambda and Step Functions, with the time spent in each and in the AWS calls made, \
            which is what shows where a slow or failing request went wrong. A request that \
            passes through a resource without tracing leaves a gap in the trace, so a \
            template that traces some functions should trace all of them. This is a hint, \
            below the default threshold.
            """,
        documentation: "https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html",
        equivalents: .init(checkov: ["CKV_AWS_50", "CKV_AWS_73"]),
        badExample: """
            Resources:
              Checkout:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.checkout
                  CodeUri: src/
                  Tracing: Active
              Refund:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.refund
                  CodeUri: src/
            """,
        goodExample: """
            Globals:
              Function:
                Tracing: Active
            Resources:
              Checkout:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.checkout
                  CodeUri: src/
              Refund:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.refund
                  CodeUri: src/
            """)

    func check(_ context: LintContext) -> [Finding] {
        Self.kinds.flatMap { kind in
            var lacking: [String] = []
            var anyOn = false
            var global = kind.globals.map { _ in context.sections["Globals"] } ?? nil
            for key in kind.globals ?? [] { global = global?[key] }
            for entry in context.resources {
                guard let type = entry.value["Type"]?.string, let setting = kind.settings[type]
                else { continue }
                var node = entry.value["Properties"]
                for key in setting.path { node = node?[key] }
                if type.hasPrefix("AWS::Serverless::"), node == nil { node = global }
                if let node {
                    anyOn = anyOn || node == setting.on
                } else {
                    lacking.append(entry.key)
                }
            }
            guard anyOn else { return [Finding]() }
            return lacking.map { id in
                finding(
                    "\(kind.noun) '\(id)' does not trace with X-Ray, unlike other "
                        + "\(kind.plural) here; \(kind.fix)",
                    at: TemplatePath(keys: "Resources", id), key: true, resource: id)
            }
        }
    }
}
