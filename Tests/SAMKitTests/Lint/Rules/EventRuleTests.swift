import Testing

@testable import SAMKit

/// Timeouts that do not fit the event that calls the function: API Gateway's integration
/// timeout and SQS's visibility timeout. Expected lines list each finding's notes below it.
@Suite struct EventRuleTests {
    static let apiCases: [LintCase] = [
        LintCase(
            "a function within the API's limit, or with no API event, is not reported",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 29
                  Events:
                    Get:
                      Type: Api
              Batch:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 900
                  Events:
                    Nightly:
                      Type: Schedule
            """, []),
        LintCase(
            "a timeout from Globals is reported there for each function behind an API, "
                + "with a note at its events",
            """
            Globals:
              Function:
                Timeout: 60
            Resources:
              Orders:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    List:
                      Type: Api
                      Properties:
                        Path: /orders
                        Method: get
                    Poll:
                      Type: Schedule
                      Properties:
                        Schedule: rate(1 hour)
              Users:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get:
                      Type: HttpApi
              Quick:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 29
                  Events:
                    Get:
                      Type: Api
                      Properties:
                        Path: /quick
                        Method: get
            """,
            [
                "3:14: warning: function 'Orders' may run for 60 seconds, but API Gateway "
                    + "stops waiting after 29 seconds and answers 504; set 'Timeout' to at most 29 "
                    + "or move the slow work off the request path [api-timeout]",
                "  10:17: note: API Gateway waits at most 29 seconds for event 'List'",
                "3:14: warning: function 'Users' may run for 60 seconds, but API Gateway "
                    + "stops waiting after 30 seconds and answers 504; set 'Timeout' to at most 30 "
                    + "or move the slow work off the request path [api-timeout]",
                "  23:17: note: API Gateway waits at most 30 seconds for event 'Get'",
            ]),
        LintCase(
            "an event's TimeoutInMillis and an HTTP API's 30 seconds count; an intrinsic "
                + "is not judged",
            """
            Resources:
              Slow:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 30
                  Events:
                    Rest:
                      Type: Api
                      Properties:
                        Path: /a
                        Method: get
                    Http:
                      Type: HttpApi
                    Longer:
                      Type: Api
                      Properties:
                        Path: /b
                        Method: get
                        TimeoutInMillis: 60000
              Parameterised:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: !Ref AWS::NoValue
                  Events:
                    Rest:
                      Type: Api
            """,
            [
                "5:16: warning: function 'Slow' may run for 30 seconds, but API Gateway stops "
                    + "waiting after 29 seconds and answers 504; set 'Timeout' to at most 29 or "
                    + "move the slow work off the request path [api-timeout]",
                "  8:17: note: API Gateway waits at most 29 seconds for event 'Rest'",
            ]),
    ]

    @Test(arguments: apiCases)
    func apiTimeouts(_ row: LintCase) throws {
        #expect(try StandInTransform.withNotes(row.template, rules: [ApiTimeout()]) == row.expected)
    }

    static let queueCases: [LintCase] = [
        LintCase(
            "a queue hiding messages at least as long as the function runs is not reported; "
                + "nor is the default 3 seconds against the default 30",
            """
            Resources:
              Jobs:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 60
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 60
                  Events:
                    Job:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Jobs.Arn
              Quick:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Job:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Jobs.Arn
              Default:
                Type: AWS::SQS::Queue
              DefaultReader:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Job:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Default.Arn
            """, []),
        LintCase(
            "queues by GetAtt and Ref, a hand-written mapping, and a queue the transform "
                + "creates for an SNS subscription",
            """
            Globals:
              Function:
                Timeout: 45
            Resources:
              Jobs:
                Type: AWS::SQS::Queue
              Slow:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 40
              Fast:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: "300"
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Job:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Jobs.Arn
                    Slow:
                      Type: SQS
                      Properties:
                        Queue: !Ref Slow
                    Fast:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt [Fast, Arn]
                    External:
                      Type: SQS
                      Properties:
                        Queue: arn:aws:sqs:eu-west-1:1:other
              Short:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 10
                  Events:
                    Job:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Jobs.Arn
              Plain:
                Type: AWS::Lambda::Function
                Properties:
                  Timeout: 120
              PlainMapping:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  FunctionName: !Ref Plain
                  EventSourceArn: !GetAtt Slow.Arn
              Subscriber:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Alerts:
                      Type: SNS
                      Properties:
                        Topic: arn:aws:sns:eu-west-1:1:alerts
                        SqsSubscription: true
                    Mine:
                      Type: SNS
                      Properties:
                        Topic: arn:aws:sns:eu-west-1:1:alerts
                        SqsSubscription:
                          QueueArn: !GetAtt Slow.Arn
                          QueueUrl: !Ref Slow
            """,
            [
                "22:20: error: queue 'Jobs' has the default visibility timeout of 30 seconds, "
                    + "less than the 45 seconds function 'Worker' may run, and Lambda refuses such "
                    + "an event source; set the queue's 'VisibilityTimeout' to at least 45 (AWS "
                    + "suggests 270) [sqs-visibility-timeout]",
                "  3:14: note: the function's timeout is set here",
                "26:20: error: queue 'Slow' has a visibility timeout of 40 seconds, less than "
                    + "the 45 seconds function 'Worker' may run, and Lambda refuses such an event "
                    + "source; set the queue's 'VisibilityTimeout' to at least 45 (AWS suggests "
                    + "270) [sqs-visibility-timeout]",
                "  10:26: note: the queue's visibility timeout is set here",
                "  3:14: note: the function's timeout is set here",
                "52:23: error: queue 'Slow' has a visibility timeout of 40 seconds, less than "
                    + "the 120 seconds function 'Plain' may run, and Lambda refuses such an event "
                    + "source; set the queue's 'VisibilityTimeout' to at least 120 (AWS suggests "
                    + "720) [sqs-visibility-timeout]",
                "  10:26: note: the queue's visibility timeout is set here",
                "  47:16: note: the function's timeout is set here",
                "61:30: error: the queue the transform creates for event 'Alerts' has the "
                    + "default visibility timeout of 30 seconds, less than the 45 seconds function "
                    + "'Subscriber' may run, and Lambda refuses such an event source; subscribe a "
                    + "queue of the template with a longer 'VisibilityTimeout' through 'QueueArn' "
                    + "and 'QueueUrl', or lower the function's 'Timeout' [sqs-visibility-timeout]",
                "  3:14: note: the function's timeout is set here",
                "67:25: error: queue 'Slow' has a visibility timeout of 40 seconds, less than "
                    + "the 45 seconds function 'Subscriber' may run, and Lambda refuses such an "
                    + "event source; set the queue's 'VisibilityTimeout' to at least 45 (AWS "
                    + "suggests 270) [sqs-visibility-timeout]",
                "  10:26: note: the queue's visibility timeout is set here",
                "  3:14: note: the function's timeout is set here",
            ]),
    ]

    @Test(arguments: queueCases)
    func queueTimeouts(_ row: LintCase) throws {
        #expect(
            try StandInTransform.withNotes(row.template, rules: [SQSVisibilityTimeout()])
                == row.expected)
    }
}
