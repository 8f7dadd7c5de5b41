/// Lambda sets some environment variables itself, and refuses a function that sets them.
struct ReservedEnvironmentVariable: LintRule {
    /// The names Lambda reserves, from "Defined runtime environment variables".
    static let reserved: [String] = [
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION",
        "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
        "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
        "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    ]

    let rule = RuleDescription(
        id: "reserved-environment-variable",
        severity: .error,
        title: "A function does not set an environment variable that Lambda reserves.",
        rationale: """
            Lambda sets variables such as AWS_REGION and AWS_LAMBDA_FUNCTION_NAME for every \
            function and rejects a function that sets one of them itself, so the deployment \
            fails. Give the value another name.
            """,
        documentation: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
        equivalents: .init(cfnLint: ["E3663"]),
        badExample: """
            Globals:
              Function:
                Environment:
                  Variables:
                    AWS_REGION: eu-west-1
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
                Environment:
                  Variables:
                    TARGET_REGION: eu-west-1
            Resources:
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
            """)

    func check(_ context: LintContext) -> [Finding] {
        LambdaFunctions(context).environmentVariables().compactMap { variable in
            guard Self.reserved.contains(variable.name) else { return nil }
            return finding(
                Self.message(variable.name), at: variable.path, key: true,
                resource: variable.function)
        }
    }

    private static func message(_ name: String) -> String {
        "environment variable '\(name)' is reserved by Lambda, which sets it itself and "
            + "rejects functions that set it; use another name"
    }
}
