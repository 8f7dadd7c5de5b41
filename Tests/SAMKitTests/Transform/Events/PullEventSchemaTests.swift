import Testing

@testable import SAMKit

@Suite struct PullEventSchemaTests {
    /// Each pull type and the properties it requires.
    static let requiredProperties: [(type: String, required: [String])] = [
        ("SQS", ["Queue"]),
        ("Kinesis", ["StartingPosition", "Stream"]),
        ("DynamoDB", ["StartingPosition", "Stream"]),
        ("MSK", ["StartingPosition", "Stream"]),
        ("MQ", ["Broker"]),
        ("SelfManagedKafka", []),
        ("DocumentDB", ["Cluster", "DatabaseName"]),
    ]

    @Test(arguments: requiredProperties)
    func requires(_ type: String, _ required: [String]) throws {
        let source = try #require(FunctionEventSources.source(for: type))
        #expect(source.eventType == type)
        #expect(source.schema.properties.filter(\.required).map(\.name).sorted() == required)
    }

    /// Properties only some types accept.
    static let ownProperties: [(type: String, property: String, accepted: Bool)] = [
        ("MQ", "DynamicPolicyName", true),
        ("SQS", "DynamicPolicyName", false),
        ("DocumentDB", "FullDocument", true),
        ("Kinesis", "Queue", false),
        ("SQS", "KafkaBootstrapServers", true),
    ]

    @Test(arguments: ownProperties)
    func accepts(_ type: String, _ property: String, _ accepted: Bool) throws {
        let source = try #require(FunctionEventSources.source(for: type))
        #expect(source.schema.properties.contains { $0.name == property } == accepted)
    }

    /// The reference's integer check takes a boolean too; samkit's does not.
    @Test func integerPropertiesRejectBooleans() throws {
        let source = try #require(FunctionEventSources.source(for: "SQS"))
        let batchSize = try #require(source.schema.properties.first { $0.name == "BatchSize" })
        #expect(batchSize.shape.accepts(10))
        #expect(!batchSize.shape.accepts(true))
    }

    static let substitutions: [(text: String, result: String)] = [
        (
            "arn:${AWS::Partition}:glue:${AWS::Region}:1:registry/${Name}",
            "arn:aws:glue:us-east-1:1:registry/reg"
        ),
        // Pseudo parameters without a value and unknown names stay.
        ("${AWS::AccountId}:${Other}:${Name}", "${AWS::AccountId}:${Other}:reg"),
        // Not a reference: an empty name, a literal '${!', a lowercase pseudo name, no brace.
        ("${}${!Name}${AWS::lower}${Name", "${}${!Name}${AWS::lower}${Name"),
        ("$${Name}}", "$reg}"),
        ("${Placeholder}", "${Placeholder}"),
        ("${Number}", "${Number}"),
    ]

    @Test(arguments: substitutions)
    func substitutesParameters(_ text: String, _ result: String) {
        let values: [String: Node] = [
            "AWS::Partition": "aws", "AWS::Region": "us-east-1", "Name": "reg",
            "Placeholder": "{{IntrinsicFunction:stack/Out/Fn::GetAtt}}", "Number": 5,
        ]
        #expect(KafkaSchemaRegistry.substitutingParameters(in: text, from: values) == result)
    }

    static let registryNames: [(arn: String?, name: String?)] = [
        ("arn:aws:glue:us-east-1:123456789012:registry/orders", "orders"),
        ("arn:aws:glue:us-east-1:123456789012:registry/", ""),
        ("arn:aws:glue:us-east-1:${AWS::AccountId}:registry/orders", nil),
        ("arn:aws:glue:us-east-1:123456789012:schema/orders/s", nil),
        ("https://registry.example.com", nil),
        (nil, nil),
    ]

    @Test(arguments: registryNames)
    func readsRegistryName(_ arn: String?, _ name: String?) {
        #expect(KafkaSchemaRegistry.registryName(in: arn) == name)
    }
}
