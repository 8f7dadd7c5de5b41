import Testing

@testable import SAMKit

@Suite struct LambdaRuleTests {
    static let limitCases: [LintCase] = [
        LintCase(
            "timeout and memory within the limits are not reported",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 900
                  MemorySize: 10240
            """, []),
        LintCase(
            "timeout and memory beyond the limits on the function",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 901
                  MemorySize: 64
            """,
            [
                "5:16: error: Timeout '901' is outside the 1–900 seconds Lambda allows; use 900 "
                    + "or split the work [lambda-timeout]",
                "6:19: error: MemorySize '64' is outside the 128–10240 MB Lambda allows; the "
                    + "nearest allowed value is 128 [lambda-memory-size]",
            ]),
        LintCase(
            "a value from Globals is reported once, at Globals, for every function inheriting it",
            """
            Globals:
              Function:
                Timeout: "1200"
                MemorySize: 20000
            Resources:
              A:
                Type: AWS::Serverless::Function
              B:
                Type: AWS::Serverless::Function
              C:
                Type: AWS::Serverless::Function
                Properties:
                  MemorySize: 512
            """,
            [
                "3:14: error: Timeout '1200' is outside the 1–900 seconds Lambda allows; use 900 "
                    + "or split the work [lambda-timeout]",
                "4:17: error: MemorySize '20000' is outside the 128–10240 MB Lambda allows; the "
                    + "nearest allowed value is 10240 [lambda-memory-size]",
            ]),
        LintCase(
            "Globals does not apply to a plain Lambda function, and intrinsics are not judged",
            """
            Globals:
              Function:
                Timeout: 0
            Parameters:
              Seconds:
                Type: Number
            Resources:
              Plain:
                Type: AWS::Lambda::Function
                Properties:
                  Timeout: !Ref Seconds
            """, []),
        LintCase(
            "a plain Lambda function is checked too",
            """
            Resources:
              Plain:
                Type: AWS::Lambda::Function
                Properties:
                  Timeout: 0
            """,
            [
                "5:16: error: Timeout '0' is outside the 1–900 seconds Lambda allows "
                    + "[lambda-timeout]"
            ]),
    ]

    @Test(arguments: limitCases)
    func limits(_ row: LintCase) throws {
        let rules: [any LintRule] = [FunctionTimeout(), FunctionMemorySize()]
        #expect(try LintProbe.findings(row.template, rules: rules) == row.expected)
    }

    static let runtimeCases: [LintCase] = [
        LintCase(
            "a supported runtime is not reported",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
            """, []),
        LintCase(
            "a deprecated runtime that still deploys is a warning",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: dotnet8
            """,
            [
                "5:16: warning: runtime 'dotnet8' is deprecated since 2026-11-10 and gets no "
                    + "security patches; Lambda blocks creating functions with it from "
                    + "2026-12-10 [deprecated-runtime]"
            ]),
        LintCase(
            "a runtime past its update block, from Globals, is an error at Globals",
            """
            Globals:
              Function:
                Runtime: nodejs16.x
            Resources:
              Fn:
                Type: AWS::Serverless::Function
            """,
            [
                "3:14: error: runtime 'nodejs16.x' is past its end of life; Lambda has refused "
                    + "to create or update functions with it since 2026-07-01; move to "
                    + "'nodejs24.x' [blocked-runtime]"
            ]),
    ]

    @Test(arguments: runtimeCases)
    func runtimes(_ row: LintCase) throws {
        let rules: [any LintRule] = [DeprecatedRuntime(), BlockedRuntime()]
        #expect(try LintProbe.findings(row.template, rules: rules) == row.expected)
    }

    @Test func aRuntimeBetweenItsCreateAndUpdateBlocksSaysWhenUpdatesStop() throws {
        let template = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.11
            """
        let day = CalendarDate(year: 2026, month: 8, day: 15)
        let rules: [any LintRule] = [DeprecatedRuntime(), BlockedRuntime()]
        #expect(
            try LintProbe.findings(template, rules: rules, day: day) == [
                "5:16: error: runtime 'python3.11' is past its end of life; Lambda has refused "
                    + "to create functions with it since 2026-07-31, and refuses updates from "
                    + "2026-08-31; move to 'python3.14' [blocked-runtime]"
            ])
        let before = CalendarDate(year: 2026, month: 6, day: 29)
        #expect(try LintProbe.findings(template, rules: rules, day: before) == [])
    }

    @Test func everyDateInTheScheduleParses() {
        for runtime in LambdaRuntimeLifecycle.schedule {
            for date in [runtime.deprecated, runtime.blockCreate, runtime.blockUpdate] {
                #expect(CalendarDate(date) != nil, "\(runtime.runtime): '\(date)'")
            }
        }
        let names = LambdaRuntimeLifecycle.schedule.map(\.runtime)
        #expect(Set(names).count == names.count, "each runtime is listed once")
    }

    static let environmentCases: [LintCase] = [
        LintCase(
            "ordinary names and secrets kept elsewhere are not reported",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables:
                      TABLE_NAME: orders
                      DB_PASSWORD_SECRET_ARN: arn:aws:secretsmanager:eu-west-1:1:secret:db
                      API_TOKEN: "{{resolve:secretsmanager:token}}"
                      API_KEY_PARAMETER: /prod/api-key
                      SHORT_TOKEN: abc
            """, []),
        LintCase(
            "a reserved name on the function and one in Globals",
            """
            Globals:
              Function:
                Environment:
                  Variables:
                    _HANDLER: x
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables:
                      AWS_REGION: eu-west-1
            """,
            [
                "5:9: error: environment variable '_HANDLER' is reserved by Lambda, which sets it "
                    + "itself and rejects functions that set it; use another name "
                    + "[reserved-environment-variable]",
                "12:11: error: environment variable 'AWS_REGION' is reserved by Lambda, which "
                    + "sets it itself and rejects functions that set it; use another name "
                    + "[reserved-environment-variable]",
            ]),
        LintCase(
            "an access key id, a private key and a literal password",
            """
            Globals:
              Function:
                Environment:
                  Variables:
                    DB_PASSWORD: hunter2hunter2
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Environment:
                    Variables:
                      UPLOAD_KEY: AKIAIOSFODNN7EXAMPLE
                      SIGNING: "-----BEGIN RSA PRIVATE KEY-----\\nMIIE"
              Sam:
                Type: AWS::Serverless::Function
            """,
            [
                "5:22: error: environment variable 'DB_PASSWORD' is named like a secret and "
                    + "holds a literal value; keep secrets out of the template, in Secrets "
                    + "Manager or Parameter Store, and pass their ARN or a dynamic reference "
                    + "[hardcoded-secret]",
                "12:23: error: environment variable 'UPLOAD_KEY' has the shape of an AWS access "
                    + "key id; keep secrets out of the template, in Secrets Manager or Parameter "
                    + "Store, and pass their ARN or a dynamic reference [hardcoded-secret]",
                "13:20: error: environment variable 'SIGNING' holds a private key; keep secrets "
                    + "out of the template, in Secrets Manager or Parameter Store, and pass "
                    + "their ARN or a dynamic reference [hardcoded-secret]",
            ]),
        LintCase(
            "a function's own variable hides the Globals one of the same name",
            """
            Globals:
              Function:
                Environment:
                  Variables:
                    AWS_REGION: x
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables:
                      AWS_REGION: !Ref AWS::NoValue
            """,
            [
                "12:11: error: environment variable 'AWS_REGION' is reserved by Lambda, which "
                    + "sets it itself and rejects functions that set it; use another name "
                    + "[reserved-environment-variable]"
            ]),
    ]

    @Test(arguments: environmentCases)
    func environment(_ row: LintCase) throws {
        let rules: [any LintRule] = [ReservedEnvironmentVariable(), HardCodedSecret()]
        #expect(try LintProbe.findings(row.template, rules: rules) == row.expected)
    }
}
