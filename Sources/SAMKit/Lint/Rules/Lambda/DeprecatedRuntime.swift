/// A function uses a runtime that Lambda has deprecated but still deploys.
struct DeprecatedRuntime: LintRule {
    let rule = RuleDescription(
        id: "deprecated-runtime",
        severity: .warning,
        title: "A function does not use a deprecated Lambda runtime.",
        rationale: """
            Once a runtime is deprecated, Lambda stops patching it: no more security fixes for \
            the language or the operating system under the function. Some weeks or months \
            later Lambda refuses to create, then to update, functions that use it (see \
            'blocked-runtime'). Move to the runtime's successor while deployments still work.
            """,
        documentation: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
        equivalents: .init(cfnLint: ["W2531"], checkov: ["CKV_AWS_363"]),
        badExample: """
            Resources:
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: dotnet8
                  Handler: Orders::Orders.Function::Handler
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
            guard let name = value.node.string, let runtime = LambdaRuntimeLifecycle.lookup(name),
                runtime.phase(on: context.today) == .deprecated
            else { return nil }
            return finding(Self.message(runtime), at: value.path, resource: value.function)
        }
    }

    private static func message(_ runtime: LambdaRuntimeLifecycle) -> String {
        "runtime '\(runtime.runtime)' is deprecated since \(runtime.deprecated) and gets no "
            + "security patches; Lambda blocks creating functions with it from "
            + "\(runtime.blockCreate)"
            + (runtime.successor.map { "; move to '\($0)'" } ?? "")
    }
}
