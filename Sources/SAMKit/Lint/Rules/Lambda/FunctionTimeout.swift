/// A function's `Timeout` must be between 1 and 900 seconds, or CloudFormation rejects it.
struct FunctionTimeout: LintRule {
    static let range = 1...900

    let rule = RuleDescription(
        id: "lambda-timeout",
        severity: .error,
        title: "A function's Timeout is between 1 and 900 seconds.",
        rationale: """
            Lambda runs a function for at most 15 minutes (900 seconds). A larger Timeout, or \
            one below a second, fails the deployment after everything before it was created; \
            work that takes longer belongs in Step Functions or a container.
            """,
        documentation: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html",
        equivalents: .init(cfnLint: ["E3034"]),
        badExample: """
            Resources:
              ReportFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
                  Timeout: 1800
            """,
        goodExample: """
            Resources:
              ReportFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
                  Timeout: 900
            """)

    func check(_ context: LintContext) -> [Finding] {
        LambdaFunctions(context).values(of: "Timeout").compactMap { value in
            guard let seconds = NumberValue.integer(value.node), !Self.range.contains(seconds)
            else { return nil }
            return finding(Self.message(seconds), at: value.path, resource: value.function)
        }
    }

    private static func message(_ seconds: Int) -> String {
        "Timeout '\(seconds)' is outside the \(range.lowerBound)–\(range.upperBound) seconds "
            + "Lambda allows"
            + (seconds > range.upperBound ? "; use \(range.upperBound) or split the work" : "")
    }
}
