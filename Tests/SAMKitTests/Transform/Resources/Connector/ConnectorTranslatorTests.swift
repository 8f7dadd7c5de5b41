import Testing

@testable import SAMKit

@Suite struct ConnectorTranslatorTests {
    typealias Case = (name: String, template: String, resources: String)

    /// Outputs checked against the reference transform's for the same templates.
    static let cases: [Case] = [
        (
            "an embedded connector becomes a policy on the source's role; a list of "
                + "destinations numbers what each generates",
            """
            Resources:
              Reader:
                Type: AWS::Lambda::Function
                Properties:
                  Role: !GetAtt ReaderRole.Arn
                Connectors:
                  ToTable:
                    Properties:
                      Destination: {Id: Table}
                      Permissions: [Read]
              ReaderRole:
                Type: AWS::IAM::Role
              Table:
                Type: AWS::DynamoDB::Table
              Topic:
                Type: AWS::SNS::Topic
              Queue:
                Type: AWS::SQS::Queue
              TopicToQueues:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Topic}
                  Destination:
                    - Id: Queue
                    - Type: AWS::SQS::Queue
                      Arn: arn:aws:sqs:us-east-1:123456789012:other
                      QueueUrl: https://sqs.us-east-1.amazonaws.com/123456789012/other
                  Permissions: [Write]
            """,
            """
            Reader:
              Type: AWS::Lambda::Function
              Properties: {Role: {Fn::GetAtt: [ReaderRole, Arn]}}
            ReaderRole: {Type: AWS::IAM::Role}
            Table: {Type: AWS::DynamoDB::Table}
            Topic: {Type: AWS::SNS::Topic}
            Queue: {Type: AWS::SQS::Queue}
            ReaderToTablePolicy:
              Type: AWS::IAM::ManagedPolicy
              Metadata:
                aws:sam:connectors:
                  ReaderToTable:
                    Source: {Type: AWS::Lambda::Function}
                    Destination: {Type: AWS::DynamoDB::Table}
              Properties:
                PolicyDocument:
                  Version: '2012-10-17'
                  Statement:
                    - Effect: Allow
                      Action: [dynamodb:GetItem, dynamodb:Query, dynamodb:Scan,
                        dynamodb:BatchGetItem, dynamodb:ConditionCheckItem,
                        dynamodb:PartiQLSelect]
                      Resource:
                        - {Fn::GetAtt: [Table, Arn]}
                        - Fn::Sub:
                            - ${DestinationArn}/index/*
                            - DestinationArn: {Fn::GetAtt: [Table, Arn]}
                Roles: [{Ref: ReaderRole}]
            TopicToQueuesQueuePolicyDestination0:
              Type: AWS::SQS::QueuePolicy
              Metadata:
                aws:sam:connectors:
                  TopicToQueues:
                    Source: {Type: AWS::SNS::Topic}
                    Destination: {Type: AWS::SQS::Queue}
              Properties:
                PolicyDocument:
                  Version: '2012-10-17'
                  Statement:
                    - Effect: Allow
                      Principal: {Service: sns.amazonaws.com}
                      Resource: {Fn::GetAtt: [Queue, Arn]}
                      Action: sqs:SendMessage
                      Condition: {ArnEquals: {aws:SourceArn: {Ref: Topic}}}
                Queues: [{Ref: Queue}]
            TopicToQueuesQueuePolicyDestination1:
              Type: AWS::SQS::QueuePolicy
              Metadata:
                aws:sam:connectors:
                  TopicToQueues:
                    Source: {Type: AWS::SNS::Topic}
                    Destination: {Type: AWS::SQS::Queue}
              Properties:
                PolicyDocument:
                  Version: '2012-10-17'
                  Statement:
                    - Effect: Allow
                      Principal: {Service: sns.amazonaws.com}
                      Resource: arn:aws:sqs:us-east-1:123456789012:other
                      Action: sqs:SendMessage
                      Condition: {ArnEquals: {aws:SourceArn: {Ref: Topic}}}
                Queues: ['https://sqs.us-east-1.amazonaws.com/123456789012/other']
            """
        ),
        (
            "a queue feeding a function: the mapping waits for the policy, and a DependsOn on "
                + "the connector becomes one on what it generated",
            """
            Resources:
              Queue:
                Type: AWS::SQS::Queue
              Role:
                Type: AWS::IAM::Role
              Handler:
                Type: AWS::Lambda::Function
                Properties:
                  Role: !GetAtt Role.Arn
              Mapping:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  FunctionName: !Ref Handler
                  EventSourceArn: !GetAtt Queue.Arn
              Waiter:
                Type: AWS::SNS::Topic
                DependsOn: Link
              Link:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Queue}
                  Destination: {Id: Handler}
                  Permissions: [Read, Write]
            """,
            """
            Queue: {Type: AWS::SQS::Queue}
            Role: {Type: AWS::IAM::Role}
            Handler:
              Type: AWS::Lambda::Function
              Properties: {Role: {Fn::GetAtt: [Role, Arn]}}
            Mapping:
              Type: AWS::Lambda::EventSourceMapping
              DependsOn: [LinkPolicy]
              Properties:
                FunctionName: {Ref: Handler}
                EventSourceArn: {Fn::GetAtt: [Queue, Arn]}
            Waiter:
              Type: AWS::SNS::Topic
              DependsOn: [LinkPolicy]
            LinkPolicy:
              Type: AWS::IAM::ManagedPolicy
              Metadata:
                aws:sam:connectors:
                  Link:
                    Source: {Type: AWS::SQS::Queue}
                    Destination: {Type: AWS::Lambda::Function}
              Properties:
                PolicyDocument:
                  Version: '2012-10-17'
                  Statement:
                    - Effect: Allow
                      Action: [sqs:DeleteMessage]
                      Resource: [{Fn::GetAtt: [Queue, Arn]}]
                    - Effect: Allow
                      Action: [sqs:ReceiveMessage, sqs:GetQueueAttributes]
                      Resource: [{Fn::GetAtt: [Queue, Arn]}]
                Roles: [{Ref: Role}]
            """
        ),
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        #expect(
            try TransformProbe.resources(item.template)
                == TransformProbe.canonical(item.resources), "\(item.name)")
    }

    typealias ErrorCase = (name: String, template: String, errors: [String])

    static let errorCases: [ErrorCase] = [
        (
            "a pair of types no profile joins",
            """
            Resources:
              Topic:
                Type: AWS::SNS::Topic
              Table:
                Type: AWS::DynamoDB::Table
              Link:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Topic}
                  Destination: {Id: Table}
                  Permissions: [Write]
            """,
            [
                "template.yaml:6:3: error: resource 'Link': a connector from 'AWS::SNS::Topic' to "
                    + "'AWS::DynamoDB::Table' is not supported"
            ]
        ),
        (
            "a destination that is not in the template",
            """
            Resources:
              Queue:
                Type: AWS::SQS::Queue
              Link:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Queue}
                  Destination: {Id: Missing}
                  Permissions: [Read]
            """,
            [
                "template.yaml:8:20: error: resource 'Link': there is no resource with logical "
                    + "id 'Missing'"
            ]
        ),
        (
            "a permission the profile offers only together with another",
            """
            Resources:
              Queue:
                Type: AWS::SQS::Queue
              Handler:
                Type: AWS::Lambda::Function
                Properties:
                  Role: !GetAtt Role.Arn
              Role:
                Type: AWS::IAM::Role
              Link:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Queue}
                  Destination: {Id: Handler}
                  Permissions: [Read]
            """,
            [
                "template.yaml:15:7: error: resource 'Link': property 'Permissions' must be one "
                    + "of these combinations for a connector from 'AWS::SQS::Queue' to "
                    + "'AWS::Lambda::Function': Read + Write"
            ]
        ),
        (
            "a permission the profile does not offer",
            """
            Resources:
              Rule:
                Type: AWS::Events::Rule
              Handler:
                Type: AWS::Lambda::Function
              Link:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Rule}
                  Destination: {Id: Handler}
                  Permissions: [Read]
            """,
            [
                "template.yaml:11:7: error: resource 'Link': property 'Permissions' has 'Read', "
                    + "which a connector from 'AWS::Events::Rule' to 'AWS::Lambda::Function' "
                    + "does not offer; give one or more of 'Write'"
            ]
        ),
        (
            "a source whose role cannot be told",
            """
            Resources:
              Handler:
                Type: AWS::Lambda::Function
                Properties:
                  Role: arn:aws:iam::123456789012:role/handler
              Bucket:
                Type: AWS::S3::Bucket
              Link:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Handler}
                  Destination: {Id: Bucket}
                  Permissions: [Read]
            """,
            [
                "template.yaml:8:3: error: resource 'Link': cannot tell the IAM role of the "
                    + "'Source' resource: it must name its role with 'Ref' or 'Fn::GetAtt', or "
                    + "'Source' must give 'Type' and 'RoleName'"
            ]
        ),
        (
            "embedded connectors: a source reference with its own id, and a connector that "
                + "is not a mapping, both reported",
            """
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Connectors:
                  ToHandler:
                    Properties:
                      SourceReference: {Id: Other}
                      Destination: {Id: Handler}
                      Permissions: [Read]
                  Broken: [1]
              Handler:
                Type: AWS::Lambda::Function
            """,
            [
                "template.yaml:7:29: error: resource 'Queue': 'SourceReference' of connector "
                    + "'ToHandler' cannot give 'Id': the source is the resource the connector "
                    + "is written in",
                "template.yaml:10:7: error: resource 'Queue': connector 'Broken' must be a "
                    + "mapping with 'Properties', but it is a list",
            ]
        ),
        (
            "an embedded connector whose name makes a logical id the template has",
            """
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Connectors:
                  Link:
                    Properties:
                      Destination: {Id: Handler}
                      Permissions: [Read, Write]
              QueueLink:
                Type: AWS::SNS::Topic
              Handler:
                Type: AWS::Lambda::Function
            """,
            [
                "template.yaml:5:7: error: resource 'Queue': connector 'Link' becomes the "
                    + "resource 'QueueLink', which the template already has; rename one of them"
            ]
        ),
    ]

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        #expect(try TransformProbe.errors(item.template) == item.errors, "\(item.name)")
    }
}
