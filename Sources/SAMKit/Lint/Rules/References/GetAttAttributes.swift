/// What `Fn::GetAtt` can read from each resource type, and what a SAM resource's
/// `LogicalId.Property` references name.
///
/// The attributes come from the generated ``table`` (every `AWS::` type CloudFormation's
/// resource schemas describe). A type not in it (a custom resource, a third-party type, one
/// newer than the table) has only its logical id checked, never its attributes.
enum GetAttAttributes {
    /// The CloudFormation type whose attributes each SAM type's `Fn::GetAtt` reads.
    static let samTypes: [String: String] = [
        "AWS::Serverless::Function": "AWS::Lambda::Function",
        "AWS::Serverless::SimpleTable": "AWS::DynamoDB::Table",
        "AWS::Serverless::Api": "AWS::ApiGateway::RestApi",
        "AWS::Serverless::HttpApi": "AWS::ApiGatewayV2::Api",
        "AWS::Serverless::WebSocketApi": "AWS::ApiGatewayV2::Api",
        "AWS::Serverless::StateMachine": "AWS::StepFunctions::StateMachine",
        "AWS::Serverless::LayerVersion": "AWS::Lambda::LayerVersion",
        "AWS::Serverless::Application": "AWS::CloudFormation::Stack",
        "AWS::Serverless::GraphQLApi": "AWS::AppSync::GraphQLApi",
        "AWS::Serverless::CapacityProvider": "AWS::Lambda::CapacityProvider",
    ]

    /// The attributes of `type` (a SAM type reads those of what it becomes), or `nil` when
    /// the table does not know the type.
    static func attributes(of type: String) -> [String]? {
        let resolved = samTypes[type] ?? type
        let prefix = "AWS::"
        guard resolved.hasPrefix(prefix),
            !type.hasPrefix("AWS::Serverless::") || samTypes[type] != nil,
            let line = compiled.data(String(resolved.dropFirst(prefix.count)))
        else { return nil }
        return line.split(separator: 0x20).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// Whether `attribute` is one of `known`, where `*` in a known name stands for any text.
    static func accepts(_ attribute: String, among known: [String]) -> Bool {
        let wanted = Array(attribute.utf8)
        return known.contains { name in
            name.contains("*") ? IAMActions.glob(Array(name.utf8), wanted) : name == attribute
        }
    }

    private static let compiled = CompiledTable(table)

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
