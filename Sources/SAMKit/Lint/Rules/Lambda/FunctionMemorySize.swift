/// A function's `MemorySize` must be between 128 and 10240 MB, or CloudFormation rejects it.
struct FunctionMemorySize: LintRule {
    static let range = 128...10240

    let rule = RuleDescription(
        id: "lambda-memory-size",
        severity: .error,
        title: "A function's MemorySize is between 128 and 10240 MB.",
        rationale: """
            Lambda gives a function between 128 MB and 10,240 MB of memory, in 1 MB steps; a \
            value outside that range fails the deployment. CPU grows with memory, so a \
            function that needs more speed asks for more memory within the range.
            """,
        documentation: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html",
        equivalents: .init(cfnLint: ["E3034"]),
        badExample: """
            Globals:
              Function:
                MemorySize: 64
            Resources:
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
            """,
        goodExample: """
            Globals:
              Function:
                MemorySize: 128
            Resources:
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
            """)

    func check(_ context: LintContext) -> [Finding] {
        LambdaFunctions(context).values(of: "MemorySize").compactMap { value in
            guard let megabytes = NumberValue.integer(value.node),
                !Self.range.contains(megabytes)
            else { return nil }
            return finding(Self.message(megabytes), at: value.path, resource: value.function)
        }
    }

    private static func message(_ megabytes: Int) -> String {
        let nearest = megabytes < range.lowerBound ? range.lowerBound : range.upperBound
        return "MemorySize '\(megabytes)' is outside the \(range.lowerBound)–\(range.upperBound) "
            + "MB Lambda allows; the nearest allowed value is \(nearest)"
    }
}
