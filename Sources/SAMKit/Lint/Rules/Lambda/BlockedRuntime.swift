/// A function uses a runtime with which Lambda no longer creates or updates functions.
struct BlockedRuntime: LintRule {
    let rule = RuleDescription(
        id: "blocked-runtime",
        severity: .error,
        title: "A function does not use a runtime that Lambda refuses to deploy.",
        rationale: """
            Some time after deprecating a runtime, Lambda refuses to create functions that use \
            it, and later to update them: a new stack with such a function fails, and later \
            every change to an existing one does. The dates are in Lambda's runtime \
            deprecation schedule.
            """,
        documentation: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
        equivalents: .init(cfnLint: ["E2531", "E2533"], checkov: ["CKV_AWS_363"]),
        badExample: """
            Resources:
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.8
                  Handler: app.handler
                  CodeUri: src/
            """,
        goodExample: """
            Resources:
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
            """)

    func check(_ context: LintContext) -> [Finding] {
        LambdaFunctions(context).values(of: "Runtime").compactMap { value in
            guard let name = value.node.string, let runtime = LambdaRuntimeLifecycle.lookup(name)
            else { return nil }
            let phase = runtime.phase(on: context.today)
            guard phase == .createBlocked || phase == .updateBlocked else { return nil }
            return finding(
                Self.message(runtime, phase), at: value.path, resource: value.function)
        }
    }

    private static func message(
        _ runtime: LambdaRuntimeLifecycle, _ phase: LambdaRuntimeLifecycle.Phase
    ) -> String {
        let what =
            phase == .updateBlocked
            ? "Lambda has refused to create or update functions with it since "
                + runtime.blockUpdate
            : "Lambda has refused to create functions with it since \(runtime.blockCreate), "
                + "and refuses updates from \(runtime.blockUpdate)"
        return "runtime '\(runtime.runtime)' is past its end of life; \(what)"
            + (runtime.successor.map { "; move to '\($0)'" } ?? "")
    }
}
