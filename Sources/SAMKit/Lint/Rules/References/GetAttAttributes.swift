/// What `Fn::GetAtt` can read from common resource types, and what a SAM resource's
/// `LogicalId.Property` references name.
///
/// Only the types listed here have their attributes checked; for any other type only the
/// logical id is checked, since a wrong list would report valid templates.
enum GetAttAttributes {
    /// Attributes by resource type. A SAM type reads the attributes of the CloudFormation
    /// resource it becomes.
    static let byType: [String: [String]] = {
        let function = [
            "Arn", "SnapStartResponse", "SnapStartResponse.ApplyOn",
            "SnapStartResponse.OptimizationStatus",
        ]
        let table = ["Arn", "StreamArn"]
        let restApi = ["RestApiId", "RootResourceId"]
        let httpApi = ["ApiEndpoint", "ApiId"]
        let stateMachine = ["Arn", "Name", "StateMachineRevisionId"]
        let layer = ["LayerVersionArn"]
        return [
            "AWS::Serverless::Function": function,
            "AWS::Lambda::Function": function,
            "AWS::Serverless::SimpleTable": table,
            "AWS::DynamoDB::Table": table,
            "AWS::Serverless::Api": restApi,
            "AWS::ApiGateway::RestApi": restApi,
            "AWS::Serverless::HttpApi": httpApi,
            "AWS::ApiGatewayV2::Api": httpApi,
            "AWS::Serverless::StateMachine": stateMachine,
            "AWS::StepFunctions::StateMachine": stateMachine,
            "AWS::Serverless::LayerVersion": layer,
            "AWS::Lambda::LayerVersion": layer,
            "AWS::IAM::Role": ["Arn", "RoleId"],
            "AWS::SQS::Queue": ["Arn", "QueueName", "QueueUrl"],
            "AWS::SNS::Topic": ["TopicArn", "TopicName"],
            "AWS::Events::Rule": ["Arn"],
            "AWS::Logs::LogGroup": ["Arn"],
            "AWS::Kinesis::Stream": ["Arn"],
        ]
    }()

    /// The `LogicalId.Property` names the transform resolves for each SAM type, such as
    /// `MyFunction.Alias`.
    static let samReferences: [String: [String]] = [
        "AWS::Serverless::Function": ["Alias", "Version", "DestinationTopic", "DestinationQueue"],
        "AWS::Serverless::Api": [
            "Stage", "Deployment", "DomainName", "DomainNameV2", "UsagePlan", "UsagePlanKey",
            "ApiKey",
        ],
        "AWS::Serverless::HttpApi": ["Stage", "DomainName"],
        "AWS::Serverless::WebSocketApi": ["Stage", "DomainName"],
    ]
}
