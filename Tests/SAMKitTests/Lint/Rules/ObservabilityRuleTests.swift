import Testing

@testable import SAMKit

/// The observability hints: tracing and log retention, at info level, reported where the
/// template shows they were forgotten.
@Suite struct ObservabilityRuleTests {
    static let tracingCases: [LintCase] = [
        LintCase(
            "when nothing of a kind traces, nothing is reported",
            """
            Resources:
              First:
                Type: AWS::Serverless::Function
              Second:
                Type: AWS::Lambda::Function
              Flow:
                Type: AWS::Serverless::StateMachine
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
            """, []),
        LintCase(
            "where others of its kind trace, each resource that says nothing is reported; "
                + "an explicit setting, in Globals too, is left alone",
            """
            Globals:
              Api:
                TracingEnabled: false
            Resources:
              Traced:
                Type: AWS::Serverless::Function
                Properties:
                  Tracing: Active
              Forgotten:
                Type: AWS::Serverless::Function
              Plain:
                Type: AWS::Lambda::Function
                Properties:
                  TracingConfig:
                    Mode: PassThrough
              Api:
                Type: AWS::Serverless::Api
              Flow:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  TracingConfiguration:
                    Enabled: true
              Other:
                Type: AWS::StepFunctions::StateMachine
            """,
            [
                "9:3: info: function 'Forgotten' does not trace with X-Ray, unlike other "
                    + "functions here; set 'Tracing: Active' (for all functions, under 'Globals: "
                    + "Function'), or 'TracingConfig: {Mode: Active}' on an AWS::Lambda::Function "
                    + "[tracing-not-active]",
                "23:3: info: state machine 'Other' does not trace with X-Ray, unlike other "
                    + "state machines here; set 'Tracing: {Enabled: true}', or "
                    + "'TracingConfiguration: {Enabled: true}' on an "
                    + "AWS::StepFunctions::StateMachine [tracing-not-active]",
            ]),
        LintCase(
            "tracing on in Globals, on a state machine and on a stage is enough; an API "
                + "beside the traced stage is reported",
            """
            Globals:
              Function:
                Tracing: Active
            Resources:
              Fn:
                Type: AWS::Serverless::Function
              Flow:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Tracing:
                    Enabled: true
              Stage:
                Type: AWS::ApiGateway::Stage
                Properties:
                  TracingEnabled: true
              Untraced:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
            """,
            [
                "16:3: info: REST API 'Untraced' does not trace with X-Ray, unlike other REST "
                    + "APIs here; set 'TracingEnabled: true' (for all APIs, under 'Globals: Api'), "
                    + "or on the AWS::ApiGateway::Stage [tracing-not-active]"
            ]),
    ]

    @Test(arguments: tracingCases)
    func tracing(_ row: LintCase) throws {
        #expect(try LintProbe.findings(row.template, rules: [TracingNotActive()]) == row.expected)
    }

    static let retentionCases: [LintCase] = [
        LintCase(
            "a log group without retention, and a function without a log group where the "
                + "others have one",
            """
            Resources:
              Kept:
                Type: AWS::Logs::LogGroup
                Properties:
                  RetentionInDays: 30
              Forever:
                Type: AWS::Logs::LogGroup
              Managed:
                Type: AWS::Serverless::Function
                Properties:
                  LoggingConfig:
                    LogGroup: !Ref Kept
              Named:
                Type: AWS::Serverless::Function
              NamedLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: !Sub /aws/lambda/${Named}
                  RetentionInDays: 7
              Literal:
                Type: AWS::Lambda::Function
                Properties:
                  FunctionName: literal-fn
              LiteralLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: /aws/lambda/literal-fn
                  RetentionInDays: 7
              Forgotten:
                Type: AWS::Serverless::Function
            """,
            [
                "6:3: info: log group 'Forever' has no 'RetentionInDays', so it keeps logs "
                    + "forever; set a retention such as 30, 90 or 365 days [log-retention]",
                "29:3: info: function 'Forgotten' logs to the group Lambda creates, which "
                    + "keeps logs forever, unlike other functions here; declare its log group with "
                    + "'RetentionInDays' and set 'LoggingConfig: LogGroup' [log-retention]",
            ]),
        LintCase(
            "a log group from Globals counts for serverless functions only",
            """
            Globals:
              Function:
                LoggingConfig:
                  LogGroup: shared
            Resources:
              A:
                Type: AWS::Serverless::Function
              B:
                Type: AWS::Lambda::Function
            """,
            [
                "8:3: info: function 'B' logs to the group Lambda creates, which keeps logs "
                    + "forever, unlike other functions here; declare its log group with "
                    + "'RetentionInDays' and set 'LoggingConfig: LogGroup' [log-retention]"
            ]),
        LintCase(
            "a template that manages no function's log group is not told about each "
                + "function",
            """
            Resources:
              A:
                Type: AWS::Serverless::Function
              B:
                Type: AWS::Serverless::Function
            """, []),
    ]

    @Test(arguments: retentionCases)
    func retention(_ row: LintCase) throws {
        #expect(try LintProbe.findings(row.template, rules: [LogRetention()]) == row.expected)
    }

    /// Info findings do not fail a run at the default threshold.
    @Test func hintsStayBelowTheDefaultThreshold() throws {
        let template = """
            Resources:
              Logs:
                Type: AWS::Logs::LogGroup
              Fn:
                Type: AWS::Serverless::Function
            """
        let document = try TemplateDocument.load(Array(template.utf8), path: "t.yaml")
        let diagnostics = Linter(rules: [TracingNotActive(), LogRetention()], today: LintProbe.day)
            .lint(document, transformed: nil)
        let result = ValidationResult(path: "t.yaml", diagnostics: diagnostics)
        #expect(diagnostics.map(\.severity) == [.info])
        #expect(!result.hasProblems())
        #expect(result.hasProblems(atLeast: .info))
    }
}
