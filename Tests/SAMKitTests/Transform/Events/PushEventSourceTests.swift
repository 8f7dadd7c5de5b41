import Testing

@testable import SAMKit

/// Push event sources generate exactly the resources the reference transform generates, and
/// reject what it rejects with a located message naming the function and the event.
@Suite struct PushEventSourceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var template: String
        /// The generated resources, and the template's resources the events changed.
        var expected: String
        var managedPolicies: [String] = []
        var region = "us-east-1"
        var alias = false
        var testDescription: String { name }
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var template: String
        /// `line:column: message`.
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "AlexaSkill limits the permission to its skill",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Skill: {Type: AlexaSkill, Properties: {SkillId: amzn1.ask.skill.1}}
                """,
            expected: """
                FunctionSkillPermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: alexa-appkit.amazon.com
                    EventSourceToken: amzn1.ask.skill.1
                """),
        Case(
            name: "an alias is what events invoke when there is one",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Skill: {Type: AlexaSkill}
                """,
            expected: """
                FunctionSkillPermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: FunctionAliaslive}
                    Principal: alexa-appkit.amazon.com
                """,
            alias: true),
        Case(
            name: "IoTRule in another partition",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Rule:
                          Type: IoTRule
                          Properties: {Sql: SELECT * FROM 'a', AwsIotSqlVersion: beta}
                """,
            expected: """
                FunctionRulePermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: iot.amazonaws.com
                    SourceAccount: {Fn::Sub: '${AWS::AccountId}'}
                    SourceArn:
                      Fn::Sub:
                      - arn:aws-cn:iot:${AWS::Region}:${AWS::AccountId}:rule/${RuleName}
                      - RuleName: {Ref: FunctionRule}
                FunctionRule:
                  Type: AWS::IoT::TopicRule
                  Properties:
                    TopicRulePayload:
                      Sql: SELECT * FROM 'a'
                      RuleDisabled: false
                      Actions: [{Lambda: {FunctionArn: {Fn::GetAtt: [Function, Arn]}}}]
                      AwsIotSqlVersion: beta
                """,
            region: "cn-north-1"),
        Case(
            name: "CloudWatchLogs: the filter waits for the permission",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    DeletionPolicy: Retain
                    Properties:
                      Events:
                        Logs:
                          Type: CloudWatchLogs
                          Properties: {LogGroupName: {Ref: Group}, FilterPattern: ERROR}
                """,
            expected: """
                FunctionLogsPermission:
                  Type: AWS::Lambda::Permission
                  DeletionPolicy: Retain
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: logs.amazonaws.com
                    SourceArn:
                      Fn::Sub:
                      - "arn:aws:logs:${AWS::Region}:${AWS::AccountId}:\\
                        log-group:${__LogGroupName__}:*"
                      - __LogGroupName__: {Ref: Group}
                FunctionLogs:
                  Type: AWS::Logs::SubscriptionFilter
                  DependsOn: [FunctionLogsPermission]
                  DeletionPolicy: Retain
                  Properties:
                    LogGroupName: {Ref: Group}
                    FilterPattern: ERROR
                    DestinationArn: {Fn::GetAtt: [Function, Arn]}
                """),
        Case(
            name: "Schedule with a new dead-letter queue, under the function's condition",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Condition: IsProd
                    Properties:
                      Events:
                        Tick:
                          Type: Schedule
                          Properties:
                            Schedule: rate(1 minute)
                            Enabled: false
                            Name: tick
                            Description: every minute
                            Input: '{}'
                            RetryPolicy: {MaximumRetryAttempts: 2}
                            DeadLetterConfig: {Type: SQS, QueueLogicalId: TickQueue}
                """,
            expected: """
                FunctionTick:
                  Type: AWS::Events::Rule
                  Condition: IsProd
                  Properties:
                    ScheduleExpression: rate(1 minute)
                    State: DISABLED
                    Name: tick
                    Description: every minute
                    Targets:
                    - Arn: {Fn::GetAtt: [Function, Arn]}
                      Id: FunctionTickLambdaTarget
                      Input: '{}'
                      DeadLetterConfig: {Arn: {Fn::GetAtt: [TickQueue, Arn]}}
                      RetryPolicy: {MaximumRetryAttempts: 2}
                TickQueue:
                  Type: AWS::SQS::Queue
                  Condition: IsProd
                  Properties: {}
                FunctionTickQueuePolicy:
                  Type: AWS::SQS::QueuePolicy
                  Condition: IsProd
                  Properties:
                    PolicyDocument:
                      Version: '2012-10-17'
                      Statement:
                      - Action: sqs:SendMessage
                        Effect: Allow
                        Principal: {Service: events.amazonaws.com}
                        Resource: {Fn::GetAtt: [TickQueue, Arn]}
                        Condition: {ArnEquals: {aws:SourceArn: {Fn::GetAtt: [FunctionTick, Arn]}}}
                    Queues: [{Ref: TickQueue}]
                FunctionTickPermission:
                  Type: AWS::Lambda::Permission
                  Condition: IsProd
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: events.amazonaws.com
                    SourceArn: {Fn::GetAtt: [FunctionTick, Arn]}
                """),
        Case(
            name: "a rule target id longer than 64 characters is cut short",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        ThisScheduleHasAVeryLongNameIndeedSoLongThatTheTargetIdMustBeCut:
                          Type: Schedule
                          Properties: {Schedule: rate(1 hour), State: ENABLED}
                """,
            expected: """
                FunctionThisScheduleHasAVeryLongNameIndeedSoLongThatTheTargetIdMustBeCut:
                  Type: AWS::Events::Rule
                  Properties:
                    ScheduleExpression: rate(1 hour)
                    State: ENABLED
                    Targets:
                    - Arn: {Fn::GetAtt: [Function, Arn]}
                      Id: FunctionThisScheduleHasAVeryLongNameIndeedSoLongThatLambdaTarget
                FunctionThisScheduleHasAVeryLongNameIndeedSoLongThatTheTargetIdMustBeCutPermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: events.amazonaws.com
                    SourceArn:
                      Fn::GetAtt:
                      - FunctionThisScheduleHasAVeryLongNameIndeedSoLongThatTheTargetIdMustBeCut
                      - Arn
                """),
        Case(
            name: "EventBridgeRule with its own target id and an existing dead-letter queue",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Changed:
                          Type: EventBridgeRule
                          Properties:
                            EventBusName: bus
                            RuleName: changed
                            Pattern: {source: [aws.ec2]}
                            Target: {Id: mine}
                            InputPath: $.detail
                            InputTransformer: {InputTemplate: '"x"'}
                            DeadLetterConfig: {Arn: queue-arn}
                            Enabled: true
                """,
            expected: """
                FunctionChanged:
                  Type: AWS::Events::Rule
                  Properties:
                    EventBusName: bus
                    EventPattern: {source: [aws.ec2]}
                    Name: changed
                    State: ENABLED
                    Targets:
                    - Arn: {Fn::GetAtt: [Function, Arn]}
                      Id: mine
                      InputPath: $.detail
                      DeadLetterConfig: {Arn: queue-arn}
                      InputTransformer: {InputTemplate: '"x"'}
                FunctionChangedPermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: events.amazonaws.com
                    SourceArn: {Fn::GetAtt: [FunctionChanged, Arn]}
                """),
        Case(
            name: "ScheduleV2 with the role it generates",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Later:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: at(2030-01-01T00:00:00)
                            PermissionsBoundary: boundary-arn
                            DeadLetterConfig: {Type: SQS}
                """,
            expected: """
                FunctionLater:
                  Type: AWS::Scheduler::Schedule
                  Properties:
                    ScheduleExpression: at(2030-01-01T00:00:00)
                    Name: FunctionLater
                    FlexibleTimeWindow: {Mode: 'OFF'}
                    Target:
                      Arn: {Fn::GetAtt: [Function, Arn]}
                      RoleArn: {Fn::GetAtt: [FunctionLaterRole, Arn]}
                      DeadLetterConfig: {Arn: {Fn::GetAtt: [FunctionLaterQueue, Arn]}}
                FunctionLaterQueue:
                  Type: AWS::SQS::Queue
                  Properties: {}
                FunctionLaterRole:
                  Type: AWS::IAM::Role
                  Properties:
                    AssumeRolePolicyDocument:
                      Version: '2012-10-17'
                      Statement:
                      - Action: [sts:AssumeRole]
                        Effect: Allow
                        Principal: {Service: [scheduler.amazonaws.com]}
                    Policies:
                    - PolicyName: FunctionLaterLambdaPolicy
                      PolicyDocument:
                        Statement:
                        - Action: lambda:InvokeFunction
                          Effect: Allow
                          Resource: {Fn::GetAtt: [Function, Arn]}
                    - PolicyName: FunctionLaterSQSPolicy
                      PolicyDocument:
                        Statement:
                        - Action: sqs:SendMessage
                          Effect: Allow
                          Resource: {Fn::GetAtt: [FunctionLaterQueue, Arn]}
                    PermissionsBoundary: boundary-arn
                """),
        Case(
            name: "ScheduleV2 with a role given and no name",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Later:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: rate(1 day)
                            RoleArn: role-arn
                            OmitName: true
                            State: DISABLED
                            GroupName: group
                            FlexibleTimeWindow: {Mode: FLEXIBLE, MaximumWindowInMinutes: 5}
                            Input: '{}'
                """,
            expected: """
                FunctionLater:
                  Type: AWS::Scheduler::Schedule
                  Properties:
                    ScheduleExpression: rate(1 day)
                    State: DISABLED
                    FlexibleTimeWindow: {Mode: FLEXIBLE, MaximumWindowInMinutes: 5}
                    GroupName: group
                    Target:
                      Arn: {Fn::GetAtt: [Function, Arn]}
                      RoleArn: role-arn
                      Input: '{}'
                """),
        Case(
            name: "SNS invoking the function",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note:
                          Type: SNS
                          Properties:
                            Topic: topic-arn
                            Region: us-west-2
                            FilterPolicy: {store: [shop]}
                            FilterPolicyScope: MessageAttributes
                """,
            expected: """
                FunctionNotePermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: sns.amazonaws.com
                    SourceArn: topic-arn
                FunctionNote:
                  Type: AWS::SNS::Subscription
                  Properties:
                    Protocol: lambda
                    Endpoint: {Fn::GetAtt: [Function, Arn]}
                    TopicArn: topic-arn
                    Region: us-west-2
                    FilterPolicy: {store: [shop]}
                    FilterPolicyScope: MessageAttributes
                """),
        Case(
            name: "SNS through a new queue, FIFO as its topic is",
            template: """
                Parameters:
                  Fifo: {Type: String, Default: 'true'}
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties: {FifoTopic: {Ref: Fifo}}
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note:
                          Type: SNS
                          Properties: {Topic: {Ref: Topic}, SqsSubscription: true}
                """,
            expected: """
                FunctionNoteEventSourceMapping:
                  Type: AWS::Lambda::EventSourceMapping
                  Properties:
                    FunctionName: {Ref: Function}
                    EventSourceArn: {Fn::GetAtt: [FunctionNoteQueue, Arn]}
                    BatchSize: 10
                    Enabled: true
                FunctionNoteQueue:
                  Type: AWS::SQS::Queue
                  Properties: {FifoQueue: 'true'}
                FunctionNoteQueuePolicy:
                  Type: AWS::SQS::QueuePolicy
                  Properties:
                    PolicyDocument:
                      Version: '2012-10-17'
                      Statement:
                      - Action: sqs:SendMessage
                        Effect: Allow
                        Principal: '*'
                        Resource: {Fn::GetAtt: [FunctionNoteQueue, Arn]}
                        Condition: {ArnEquals: {aws:SourceArn: {Ref: Topic}}}
                    Queues: [{Ref: FunctionNoteQueue}]
                FunctionNote:
                  Type: AWS::SNS::Subscription
                  Properties:
                    Protocol: sqs
                    Endpoint: {Fn::GetAtt: [FunctionNoteQueue, Arn]}
                    TopicArn: {Ref: Topic}
                """,
            managedPolicies: ["arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"]
        ),
        Case(
            name: "SNS through an existing queue, always enabled",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note:
                          Type: SNS
                          Properties:
                            Topic: topic-arn
                            SqsSubscription:
                              QueueArn: queue-arn
                              QueueUrl: queue-url
                              QueuePolicyLogicalId: NotePolicy
                              BatchSize: 5
                              Enabled: false
                """,
            expected: """
                FunctionNoteEventSourceMapping:
                  Type: AWS::Lambda::EventSourceMapping
                  Properties:
                    FunctionName: {Ref: Function}
                    EventSourceArn: queue-arn
                    BatchSize: 5
                    Enabled: true
                NotePolicy:
                  Type: AWS::SQS::QueuePolicy
                  Properties:
                    PolicyDocument:
                      Version: '2012-10-17'
                      Statement:
                      - Action: sqs:SendMessage
                        Effect: Allow
                        Principal: '*'
                        Resource: queue-arn
                        Condition: {ArnEquals: {aws:SourceArn: topic-arn}}
                    Queues: [queue-url]
                FunctionNote:
                  Type: AWS::SNS::Subscription
                  Properties: {Protocol: sqs, Endpoint: queue-arn, TopicArn: topic-arn}
                """,
            managedPolicies: [
                "arn:aws-us-gov:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"
            ],
            region: "us-gov-west-1"),
        Case(
            name: "S3: two events add to one bucket, which waits for both permissions",
            template: """
                Resources:
                  Topic: {Type: AWS::SNS::Topic}
                  Images:
                    Type: AWS::S3::Bucket
                    DependsOn: Topic
                    CreationPolicy: {}
                    Properties:
                      NotificationConfiguration:
                        TopicConfigurations: [{Event: 's3:ObjectCreated:*', Topic: {Ref: Topic}}]
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Created:
                          Type: S3
                          Properties:
                            Bucket: {Ref: Images}
                            Events: ['s3:ObjectCreated:*', 's3:ObjectRestore:*']
                            Filter: {S3Key: {Rules: [{Name: suffix, Value: .jpg}]}}
                        Removed:
                          Type: S3
                          Properties: {Bucket: {Ref: Images}, Events: 's3:ObjectRemoved:*'}
                """,
            expected: """
                FunctionCreatedPermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: s3.amazonaws.com
                    SourceAccount: {Ref: AWS::AccountId}
                FunctionRemovedPermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: s3.amazonaws.com
                    SourceAccount: {Ref: AWS::AccountId}
                Images:
                  Type: AWS::S3::Bucket
                  Properties:
                    NotificationConfiguration:
                      TopicConfigurations: [{Event: 's3:ObjectCreated:*', Topic: {Ref: Topic}}]
                      LambdaConfigurations:
                      - Function: {Fn::GetAtt: [Function, Arn]}
                        Filter: {S3Key: {Rules: [{Name: suffix, Value: .jpg}]}}
                        Event: s3:ObjectCreated:*
                      - Function: {Fn::GetAtt: [Function, Arn]}
                        Filter: {S3Key: {Rules: [{Name: suffix, Value: .jpg}]}}
                        Event: s3:ObjectRestore:*
                      - Function: {Fn::GetAtt: [Function, Arn]}
                        Event: s3:ObjectRemoved:*
                  DependsOn: [Topic, FunctionCreatedPermission, FunctionRemovedPermission]
                """),
        Case(
            name: "S3 under a condition: the bucket refers to the permission in a tag",
            template: """
                Resources:
                  Images:
                    Type: AWS::S3::Bucket
                    Properties:
                      Tags: [{Key: team, Value: media}]
                  Function:
                    Type: AWS::Serverless::Function
                    Condition: IsProd
                    Properties:
                      Events:
                        Created:
                          Type: S3
                          Properties: {Bucket: {Ref: Images}, Events: 's3:ObjectCreated:*'}
                """,
            expected: """
                FunctionCreatedPermission:
                  Type: AWS::Lambda::Permission
                  Condition: IsProd
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: Function}
                    Principal: s3.amazonaws.com
                    SourceAccount: {Ref: AWS::AccountId}
                Images:
                  Type: AWS::S3::Bucket
                  Properties:
                    Tags:
                    - {Key: team, Value: media}
                    - Key: sam:ConditionalDependsOn:FunctionCreatedPermission
                      Value:
                        Fn::If: [IsProd, {Ref: FunctionCreatedPermission}, no dependency]
                    NotificationConfiguration:
                      LambdaConfigurations:
                      - Fn::If:
                        - IsProd
                        - {Function: {Fn::GetAtt: [Function, Arn]}, Event: 's3:ObjectCreated:*'}
                        - {Ref: AWS::NoValue}
                """),
        Case(
            name: "Cognito sets each trigger to the alias",
            template: """
                Resources:
                  Pool:
                    Type: AWS::Cognito::UserPool
                    Properties:
                      LambdaConfig: {PostConfirmation: other-arn}
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        SignUp:
                          Type: Cognito
                          Properties:
                            UserPool: {Ref: Pool}
                            Trigger: [PreSignUp, PreAuthentication]
                """,
            expected: """
                FunctionAliasliveCognitoPermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: {Ref: FunctionAliaslive}
                    Principal: cognito-idp.amazonaws.com
                    SourceArn: {Fn::GetAtt: [Pool, Arn]}
                Pool:
                  Type: AWS::Cognito::UserPool
                  Properties:
                    LambdaConfig:
                      PostConfirmation: other-arn
                      PreSignUp: {Ref: FunctionAliaslive}
                      PreAuthentication: {Ref: FunctionAliaslive}
                """,
            alias: true),
    ]

    @Test(arguments: cases)
    func generatesTheReferenceResources(_ testCase: Case) throws {
        let outcome = try PushEventHarness.run(
            testCase.template, region: testCase.region, alias: testCase.alias)
        let expected = try PushEventHarness.node(testCase.expected)
        #expect(outcome.resources.canonicalJSON() == expected.canonicalJSON())
        #expect(outcome.roleManagedPolicyArns == testCase.managedPolicies.map { .string($0) })
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(
            name: "S3 of a bucket outside the template",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Upload:
                          Type: S3
                          Properties: {Bucket: my-bucket, Events: 's3:ObjectCreated:*'}
                """,
            expected:
                "8:24: resource 'Function', event 'Upload': property 'Bucket' must be a "
                + "'Ref' to an 'AWS::S3::Bucket' in this template; the bucket of another "
                + "stack cannot be changed from here"),
        ErrorCase(
            name: "S3 of a bucket the template does not have",
            template: """
                Resources:
                  Images: {Type: AWS::S3::Bucket}
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Upload:
                          Type: S3
                          Properties: {Bucket: {Ref: Image}, Events: 's3:ObjectCreated:*'}
                """,
            expected:
                "9:24: resource 'Function', event 'Upload': property 'Bucket' names "
                + "'Image', which is not a resource of this template; did you mean "
                + "'Images'?"),
        ErrorCase(
            name: "S3 of a resource that is not a bucket",
            template: """
                Resources:
                  Images: {Type: AWS::SNS::Topic}
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Upload:
                          Type: S3
                          Properties: {Bucket: {Ref: Images}, Events: 's3:ObjectCreated:*'}
                """,
            expected:
                "2:3: resource 'Function', event 'Upload': bucket 'Images' has type "
                + "'AWS::SNS::Topic'; the event can only change an 'AWS::S3::Bucket'"),
        ErrorCase(
            name: "S3 of a bucket with a property the reference does not know",
            template: """
                Resources:
                  Images:
                    Type: AWS::S3::Bucket
                    Properties:
                      MetadataTableConfiguration: {}
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Upload:
                          Type: S3
                          Properties: {Bucket: {Ref: Images}, Events: 's3:ObjectCreated:*'}
                """,
            expected:
                "5:7: resource 'Function', event 'Upload': bucket 'Images' has property "
                + "'MetadataTableConfiguration', which samkit cannot carry over when the "
                + "event changes the bucket, as the reference transform cannot"),
        ErrorCase(
            name: "S3 under a condition, of a bucket whose tags are not a list",
            template: """
                Resources:
                  Images:
                    Type: AWS::S3::Bucket
                    Properties:
                      Tags: {team: media}
                  Function:
                    Type: AWS::Serverless::Function
                    Condition: IsProd
                    Properties:
                      Events:
                        Upload:
                          Type: S3
                          Properties: {Bucket: {Ref: Images}, Events: 's3:ObjectCreated:*'}
                """,
            expected:
                "5:7: resource 'Function', event 'Upload': bucket 'Images' has 'Tags' "
                + "that is a mapping; it must be a list"),
        ErrorCase(
            name: "S3 of a bucket whose notification configuration is a list",
            template: """
                Resources:
                  Images:
                    Type: AWS::S3::Bucket
                    Properties:
                      NotificationConfiguration: []
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Upload:
                          Type: S3
                          Properties: {Bucket: {Ref: Images}, Events: 's3:ObjectCreated:*'}
                """,
            expected:
                "5:7: resource 'Function', event 'Upload': bucket 'Images' has a "
                + "'NotificationConfiguration' that is a list; it must be a mapping"),
        ErrorCase(
            name: "S3 of a bucket whose DependsOn is a number",
            template: """
                Resources:
                  Images:
                    Type: AWS::S3::Bucket
                    DependsOn: 12
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Upload:
                          Type: S3
                          Properties: {Bucket: {Ref: Images}, Events: 's3:ObjectCreated:*'}
                """,
            expected:
                "4:5: resource 'Function', event 'Upload': bucket 'Images' has a "
                + "'DependsOn' that is an integer; it must be a logical id or a list of "
                + "them"),
        ErrorCase(
            name: "S3 events given as a mapping",
            template: """
                Resources:
                  Images: {Type: AWS::S3::Bucket}
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Upload:
                          Type: S3
                          Properties: {Bucket: {Ref: Images}, Events: {Ref: Kinds}}
                """,
            expected:
                "9:47: resource 'Function': property 'Events' must be a string or a "
                + "list of strings, but it is a mapping"),
        ErrorCase(
            name: "an event property misspelled",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note: {Type: SNS, Properties: {Topic: topic-arn, FilterPolicys: {}}}
                """,
            expected:
                "6:58: resource 'Function': 'FilterPolicys' is not a property of 'SNS'; "
                + "did you mean 'FilterPolicy'?"),
        ErrorCase(
            name: "SNS through an existing queue without its URL",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Note:
                          Type: SNS
                          Properties:
                            Topic: topic-arn
                            SqsSubscription: {QueueArn: queue-arn}
                """,
            expected:
                "10:13: resource 'Function', event 'Note': property 'SqsSubscription' "
                + "must give both 'QueueArn' and 'QueueUrl' of the queue to subscribe"),
        ErrorCase(
            name: "Schedule with both State and Enabled",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Tick:
                          Type: Schedule
                          Properties: {Schedule: rate(1 hour), State: ENABLED, Enabled: true}
                """,
            expected:
                "8:64: resource 'Function', event 'Tick': 'State' and 'Enabled' cannot "
                + "both be given; keep one of them"),
        ErrorCase(
            name: "a dead-letter queue given both ways",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Changed:
                          Type: CloudWatchEvent
                          Properties:
                            Pattern: {source: [aws.ec2]}
                            DeadLetterConfig: {Arn: queue-arn, Type: SQS}
                """,
            expected:
                "10:13: resource 'Function', event 'Changed': property "
                + "'DeadLetterConfig' gives both 'Arn' and 'Type'; give 'Arn' for an "
                + "existing queue or 'Type: SQS' for a new one"),
        ErrorCase(
            name: "a dead-letter queue of another type",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Changed:
                          Type: EventBridgeRule
                          Properties:
                            Pattern: {source: [aws.ec2]}
                            DeadLetterConfig:
                              Type: SNS
                """,
            expected:
                "11:15: resource 'Function', event 'Changed': 'Type' of "
                + "'DeadLetterConfig' must be 'SQS'"),
        ErrorCase(
            name: "a dead-letter queue given neither way",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Later:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: rate(1 hour)
                            DeadLetterConfig: {QueueLogicalId: Queue}
                """,
            expected:
                "10:13: resource 'Function', event 'Later': property 'DeadLetterConfig' "
                + "must give 'Arn' for an existing queue or 'Type: SQS' for a new one"),
        ErrorCase(
            name: "a dead-letter queue whose logical id is not a string",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Tick:
                          Type: Schedule
                          Properties:
                            Schedule: rate(1 hour)
                            DeadLetterConfig:
                              Type: SQS
                              QueueLogicalId: {Ref: Name}
                """,
            expected:
                "12:15: resource 'Function', event 'Tick': 'QueueLogicalId' of "
                + "'DeadLetterConfig' must be a string, but it is a mapping"),
        ErrorCase(
            name: "ScheduleV2 named while told to omit its name",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Later:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: rate(1 hour)
                            OmitName: true
                            Name: later
                """,
            expected:
                "11:13: resource 'Function', event 'Later': property 'Name' cannot be "
                + "given with 'OmitName: true'; remove one of them"),
        ErrorCase(
            name: "Cognito trigger set twice",
            template: """
                Resources:
                  Pool: {Type: AWS::Cognito::UserPool}
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        First:
                          Type: Cognito
                          Properties: {UserPool: {Ref: Pool}, Trigger: PreSignUp}
                        Second:
                          Type: Cognito
                          Properties: {UserPool: {Ref: Pool}, Trigger: [PreSignUp]}
                """,
            expected:
                "12:47: resource 'Function', event 'Second': property 'Trigger' sets "
                + "'PreSignUp' of user pool 'Pool', which another event or the user pool "
                + "itself already sets; a trigger invokes one function"),
        ErrorCase(
            name: "Cognito of a user pool whose LambdaConfig is a list",
            template: """
                Resources:
                  Pool:
                    Type: AWS::Cognito::UserPool
                    Properties:
                      LambdaConfig: []
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        SignUp:
                          Type: Cognito
                          Properties: {UserPool: {Ref: Pool}, Trigger: PreSignUp}
                """,
            expected:
                "5:7: resource 'Function', event 'SignUp': user pool 'Pool' has a "
                + "'LambdaConfig' that is a list; it must be a mapping"),
        ErrorCase(
            name: "Cognito of a user pool named by a Ref that is not a string",
            template: """
                Resources:
                  Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        SignUp:
                          Type: Cognito
                          Properties: {UserPool: {Ref: [Pool]}, Trigger: PreSignUp}
                """,
            expected:
                "8:24: resource 'Function', event 'SignUp': property 'UserPool' must "
                + "name the user pool with 'Ref: LogicalId', but its 'Ref' is a list"),
    ]

    @Test(arguments: errorCases)
    func rejectsWithALocatedMessage(_ testCase: ErrorCase) {
        #expect(PushEventHarness.error(testCase.template) == testCase.expected)
    }
}
