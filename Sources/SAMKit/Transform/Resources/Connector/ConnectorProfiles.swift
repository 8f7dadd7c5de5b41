// swift-format-ignore-file
// The connector profiles of the reference transform (version 1), in samkit's own form.
// ConnectorProfilesTests checks that they agree with the reference's profiles file.

extension ConnectorProfile {
    /// Every pair of resource types a connector can join, by source type and then
    /// destination type, as the reference lists them.
    static let all: [ConnectorProfile] = [
        ConnectorProfile(
            "AWS::DynamoDB::Table", "AWS::Lambda::Function",
            .rolePolicy, on: .destination,
            categories: [
                .init("Read", statements: [
                    .allow(["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"], on: ["%{Source.Arn}/stream/*"]),
                ]),
            ],
            dependent: .destinationEventSourceMapping),
        ConnectorProfile(
            "AWS::Events::Rule", "AWS::SNS::Topic",
            .topicPolicy, on: .destination,
            categories: [
                .init("Write", statements: [
                    .allowService("events.amazonaws.com", "sns:Publish", on: "%{Destination.Arn}", from: "%{Source.Arn}"),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Events::Rule", "AWS::Events::EventBus",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["events:PutEvents"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Events::Rule", "AWS::StepFunctions::StateMachine",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["states:StartExecution"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Events::Rule", "AWS::Lambda::Function",
            .lambdaPermission, on: .destination,
            categories: [
                .init("Write", invoke: "lambda:InvokeFunction", by: "events.amazonaws.com", from: "%{Source.Arn}"),
            ]),
        ConnectorProfile(
            "AWS::Events::Rule", "AWS::SQS::Queue",
            .queuePolicy, on: .destination,
            categories: [
                .init("Write", statements: [
                    .allowService("events.amazonaws.com", "sqs:SendMessage", on: "%{Destination.Arn}", from: "%{Source.Arn}"),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Lambda::Function", "AWS::Lambda::Function",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["lambda:InvokeAsync", "lambda:InvokeFunction"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Lambda::Function", "AWS::S3::Bucket",
            .rolePolicy, on: .source,
            categories: [
                .init("Read", statements: [
                    .allow(["s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectLegalHold", "s3:GetObjectRetention", "s3:GetObjectTorrent", "s3:GetObjectVersion", "s3:GetObjectVersionAcl", "s3:GetObjectVersionForReplication", "s3:GetObjectVersionTorrent", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListBucketVersions", "s3:ListMultipartUploadParts"], on: ["%{Destination.Arn}", "%{Destination.Arn}/*"]),
                ]),
                .init("Write", statements: [
                    .allow(["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:RestoreObject"], on: ["%{Destination.Arn}", "%{Destination.Arn}/*"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Lambda::Function", "AWS::DynamoDB::Table",
            .rolePolicy, on: .source,
            categories: [
                .init("Read", statements: [
                    .allow(["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:PartiQLSelect"], on: ["%{Destination.Arn}", "%{Destination.Arn}/index/*"]),
                ]),
                .init("Write", statements: [
                    .allow(["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:PartiQLDelete", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate"], on: ["%{Destination.Arn}", "%{Destination.Arn}/index/*"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Lambda::Function", "AWS::SQS::Queue",
            .rolePolicy, on: .source,
            categories: [
                .init("Read", statements: [
                    .allow(["sqs:ReceiveMessage", "sqs:GetQueueAttributes"], on: ["%{Destination.Arn}"]),
                ]),
                .init("Write", statements: [
                    .allow(["sqs:DeleteMessage", "sqs:SendMessage", "sqs:ChangeMessageVisibility", "sqs:PurgeQueue"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Lambda::Function", "AWS::SNS::Topic",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["sns:Publish"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Lambda::Function", "AWS::StepFunctions::StateMachine",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["states:StartExecution", "states:StartSyncExecution"], on: ["%{Destination.Arn}"]),
                    .allow(["states:StopExecution"], on: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:%{Destination.Name}:*"]),
                ]),
                .init("Read", statements: [
                    .allow(["states:DescribeStateMachine", "states:ListExecutions"], on: ["%{Destination.Arn}"]),
                    .allow(["states:DescribeExecution", "states:DescribeStateMachineForExecution", "states:GetExecutionHistory"], on: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:%{Destination.Name}:*"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Lambda::Function", "AWS::Events::EventBus",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["events:PutEvents"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::Lambda::Function", "AWS::Location::PlaceIndex",
            .rolePolicy, on: .source,
            categories: [
                .init("Read", statements: [
                    .allow(["geo:DescribePlaceIndex", "geo:GetPlace", "geo:SearchPlaceIndexForPosition", "geo:SearchPlaceIndexForSuggestions", "geo:SearchPlaceIndexForText"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::ApiGatewayV2::Api", "AWS::Lambda::Function",
            .lambdaPermission, on: .destination,
            categories: [
                .init("Write", invoke: "lambda:InvokeFunction", by: "apigateway.amazonaws.com", from: "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:%{Source.ResourceId}/%{Source.Qualifier}"),
            ]),
        ConnectorProfile(
            "AWS::ApiGateway::RestApi", "AWS::Lambda::Function",
            .lambdaPermission, on: .destination,
            categories: [
                .init("Write", invoke: "lambda:InvokeFunction", by: "apigateway.amazonaws.com", from: "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:%{Source.ResourceId}/%{Source.Qualifier}"),
            ]),
        ConnectorProfile(
            "AWS::SNS::Topic", "AWS::SQS::Queue",
            .queuePolicy, on: .destination,
            categories: [
                .init("Write", statements: [
                    .allowService("sns.amazonaws.com", "sqs:SendMessage", on: "%{Destination.Arn}", from: "%{Source.Arn}"),
                ]),
            ]),
        ConnectorProfile(
            "AWS::SNS::Topic", "AWS::Lambda::Function",
            .lambdaPermission, on: .destination,
            categories: [
                .init("Write", invoke: "lambda:InvokeFunction", by: "sns.amazonaws.com", from: "%{Source.Arn}"),
            ]),
        ConnectorProfile(
            "AWS::SQS::Queue", "AWS::Lambda::Function",
            .rolePolicy, on: .destination,
            categories: [
                .init("Write", statements: [
                    .allow(["sqs:DeleteMessage"], on: ["%{Source.Arn}"]),
                ]),
                .init("Read", statements: [
                    .allow(["sqs:ReceiveMessage", "sqs:GetQueueAttributes"], on: ["%{Source.Arn}"]),
                ]),
            ],
            validCombinations: [["Read", "Write"]],
            dependent: .destinationEventSourceMapping),
        ConnectorProfile(
            "AWS::S3::Bucket", "AWS::Lambda::Function",
            .lambdaPermission, on: .destination,
            categories: [
                .init("Write", invoke: "lambda:InvokeFunction", by: "s3.amazonaws.com", from: "%{Source.Arn}", sourceAccount: "${AWS::AccountId}"),
            ]),
        ConnectorProfile(
            "AWS::StepFunctions::StateMachine", "AWS::Lambda::Function",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["lambda:InvokeAsync", "lambda:InvokeFunction"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::StepFunctions::StateMachine", "AWS::SNS::Topic",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["sns:Publish"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::StepFunctions::StateMachine", "AWS::SQS::Queue",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["sqs:SendMessage"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::StepFunctions::StateMachine", "AWS::S3::Bucket",
            .rolePolicy, on: .source,
            categories: [
                .init("Read", statements: [
                    .allow(["s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectLegalHold", "s3:GetObjectRetention", "s3:GetObjectTorrent", "s3:GetObjectVersion", "s3:GetObjectVersionAcl", "s3:GetObjectVersionForReplication", "s3:GetObjectVersionTorrent", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListBucketVersions", "s3:ListMultipartUploadParts"], on: ["%{Destination.Arn}", "%{Destination.Arn}/*"]),
                ]),
                .init("Write", statements: [
                    .allow(["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:RestoreObject"], on: ["%{Destination.Arn}", "%{Destination.Arn}/*"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::StepFunctions::StateMachine", "AWS::DynamoDB::Table",
            .rolePolicy, on: .source,
            categories: [
                .init("Read", statements: [
                    .allow(["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:PartiQLSelect"], on: ["%{Destination.Arn}", "%{Destination.Arn}/index/*"]),
                ]),
                .init("Write", statements: [
                    .allow(["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:PartiQLDelete", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate"], on: ["%{Destination.Arn}", "%{Destination.Arn}/index/*"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::StepFunctions::StateMachine", "AWS::StepFunctions::StateMachine",
            .rolePolicy, on: .source,
            categories: [
                .init("Read", statements: [
                    .allow(["states:DescribeExecution"], on: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:%{Destination.Name}:*"]),
                    .allow(["events:DescribeRule"], on: ["arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"]),
                ]),
                .init("Write", statements: [
                    .allow(["states:StartExecution"], on: ["%{Destination.Arn}"]),
                    .allow(["states:StopExecution"], on: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:%{Destination.Name}:*"]),
                    .allow(["events:PutTargets", "events:PutRule"], on: ["arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"]),
                ]),
            ],
            validCombinations: [["Read"], ["Read", "Write"]],
            dependent: .source),
        ConnectorProfile(
            "AWS::StepFunctions::StateMachine", "AWS::Events::EventBus",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["events:PutEvents"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::AppSync::DataSource", "AWS::DynamoDB::Table",
            .rolePolicy, on: .source,
            categories: [
                .init("Read", statements: [
                    .allow(["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:PartiQLSelect"], on: ["%{Destination.Arn}", "%{Destination.Arn}/index/*"]),
                ]),
                .init("Write", statements: [
                    .allow(["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:PartiQLDelete", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate"], on: ["%{Destination.Arn}", "%{Destination.Arn}/index/*"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::AppSync::DataSource", "AWS::Lambda::Function",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["lambda:InvokeAsync", "lambda:InvokeFunction"], on: ["%{Destination.Arn}", "%{Destination.Arn}:*"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::AppSync::DataSource", "AWS::Events::EventBus",
            .rolePolicy, on: .source,
            categories: [
                .init("Write", statements: [
                    .allow(["events:PutEvents"], on: ["%{Destination.Arn}"]),
                ]),
            ]),
        ConnectorProfile(
            "AWS::AppSync::GraphQLApi", "AWS::Lambda::Function",
            .lambdaPermission, on: .destination,
            categories: [
                .init("Write", invoke: "lambda:InvokeFunction", by: "appsync.amazonaws.com", from: "arn:${AWS::Partition}:appsync:${AWS::Region}:${AWS::AccountId}:apis/%{Source.ResourceId}"),
            ]),
    ]
}

extension ConnectorEndpointType {
    /// What a connector reads from each resource type it can join, by type.
    static let all: [ConnectorEndpointType] = [
        ConnectorEndpointType(
            "AWS::Lambda::Function", role: .property("Role"),
            outputs: ["Arn": ["Fn::GetAtt": ["%{logicalId}", "Arn"]]]),
        ConnectorEndpointType(
            "AWS::StepFunctions::StateMachine", role: .property("RoleArn"),
            outputs: ["Arn": ["Ref": "%{logicalId}"], "Name": ["Fn::GetAtt": ["%{logicalId}", "Name"]]]),
        ConnectorEndpointType(
            "AWS::AppSync::GraphQLApi",
            outputs: ["Id": ["Fn::GetAtt": ["%{logicalId}", "ApiId"]], "Arn": ["Ref": "%{logicalId}"]]),
        ConnectorEndpointType(
            "AWS::AppSync::DataSource", role: .property("ServiceRoleArn"),
            outputs: ["Arn": ["Ref": "%{logicalId}"]]),
        ConnectorEndpointType(
            "AWS::Events::Rule", role: .ruleTargetRole,
            outputs: ["Arn": ["Fn::GetAtt": ["%{logicalId}", "Arn"]]]),
        ConnectorEndpointType(
            "AWS::SQS::Queue",
            outputs: ["Arn": ["Fn::GetAtt": ["%{logicalId}", "Arn"]], "Url": ["Ref": "%{logicalId}"]]),
        ConnectorEndpointType(
            "AWS::SNS::Topic",
            outputs: ["Arn": ["Ref": "%{logicalId}"]]),
        ConnectorEndpointType(
            "AWS::DynamoDB::Table",
            outputs: ["Arn": ["Fn::GetAtt": ["%{logicalId}", "Arn"]]]),
        ConnectorEndpointType(
            "AWS::S3::Bucket",
            outputs: ["Arn": ["Fn::GetAtt": ["%{logicalId}", "Arn"]]]),
        ConnectorEndpointType(
            "AWS::Location::PlaceIndex",
            outputs: ["Arn": ["Fn::GetAtt": ["%{logicalId}", "Arn"]]]),
        ConnectorEndpointType(
            "AWS::ApiGatewayV2::Api",
            outputs: ["Arn": ["Fn::GetAtt": ["%{logicalId}", "Arn"]], "Qualifier": "*", "Id": ["Ref": "%{logicalId}"]]),
        ConnectorEndpointType(
            "AWS::ApiGateway::RestApi",
            outputs: ["Arn": ["Fn::GetAtt": ["%{logicalId}", "Arn"]], "Qualifier": "*", "Id": ["Ref": "%{logicalId}"]]),
        ConnectorEndpointType(
            "AWS::Events::EventBus",
            outputs: ["Arn": ["Fn::GetAtt": ["%{logicalId}", "Arn"]]]),
    ]
}
