/// An `MSK` event: Lambda reads `Topics` of the Amazon MSK cluster `Stream`.
///
/// Beside the managed MSK policy, the role may read the client certificate of mutual TLS
/// (`CLIENT_CERTIFICATE_TLS_AUTH`) and what a schema registry needs.
struct MSKEventSource: PullEventSource {
    let eventType = "MSK"
    let sourceProperty: String? = "Stream"
    let ownProperties = [
        PropertySpec("Stream", required: true, allowsIntrinsic: false),
        PropertySpec("StartingPosition", required: true, allowsIntrinsic: false),
    ]
    let kafkaConfigProperty: String? = "AmazonManagedKafkaEventSourceConfig"
    let managedPolicyPath: String? = "service-role/AWSLambdaMSKExecutionRole"

    func rolePolicies(for event: PullEvent, in context: TransformContext) throws(Diagnostic)
        -> [Node]
    {
        var statements: [Node] = []
        if let registry = event.given("SchemaRegistryConfig") {
            statements += try KafkaSchemaRegistry.permissions(registry, of: event, in: context)
        }
        // An intrinsic in place of the list grants nothing: its entries are unknown here.
        for entry in event["SourceAccessConfigurations"]?.sequence ?? [] {
            guard entry["Type"]?.string == "CLIENT_CERTIFICATE_TLS_AUTH",
                let uri = entry["URI"], PullEvent.isGiven(uri)
            else { continue }
            statements.append(PullEventPolicies.readSecret(uri))
        }
        guard !statements.isEmpty else { return [] }
        return [
            [
                "PolicyName": "MSKExecutionRolePolicy",
                "PolicyDocument": ["Statement": .sequence(statements)],
            ]
        ]
    }
}
