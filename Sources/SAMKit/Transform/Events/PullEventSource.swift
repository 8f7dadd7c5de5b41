/// A function event that Lambda polls for (a queue, a stream, a broker, a cluster); each one
/// becomes an `AWS::Lambda::EventSourceMapping`.
///
/// The pull types share their properties and nearly all of the mapping built from them, so
/// the shared part lives here and each type states only what differs: the property naming
/// what is polled, its own properties, the managed policy and inline policies its function's
/// generated role needs, and any mapping properties of its own.
///
/// Every type accepts every shared property, as the reference does: `Topics` on an SQS event
/// goes into the mapping as written, and CloudFormation judges it. `SchemaRegistryConfig` on an
/// event other than MSK and SelfManagedKafka is accepted and dropped, as there.
protocol PullEventSource: FunctionEventSource {
    /// The property naming what Lambda polls, copied to `EventSourceArn`; `nil` for
    /// self-managed Kafka, which names its brokers instead.
    var sourceProperty: String? { get }
    /// The properties this type adds to the shared ones, or shared ones it requires.
    var ownProperties: [PropertySpec] { get }
    /// The mapping property holding `ConsumerGroupId` and `SchemaRegistryConfig`, for the
    /// Kafka types; `nil` for the others, which reject a consumer group id.
    var kafkaConfigProperty: String? { get }
    /// The AWS managed policy the function's generated role gets, as its path under `policy/`.
    var managedPolicyPath: String? { get }

    /// The inline policies the function's generated role needs, after checking the properties
    /// they are made from.
    func rolePolicies(for event: PullEvent, in context: TransformContext) throws(Diagnostic)
        -> [Node]

    /// Adds the mapping properties only this type has.
    func addOwnProperties(for event: PullEvent, to properties: inout [String: Node])
}

extension PullEventSource {
    var kafkaConfigProperty: String? { nil }

    func addOwnProperties(for event: PullEvent, to properties: inout [String: Node]) {}

    var schema: PropertySchema {
        var specs = Self.sharedProperties
        for spec in ownProperties {
            if let index = specs.firstIndex(where: { $0.name == spec.name }) {
                specs[index] = spec
            } else {
                specs.append(spec)
            }
        }
        return PropertySchema(eventType, specs)
    }

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let pull = PullEvent(event: event, target: target)
        var properties: [String: Node] = [:]

        // What the mapping takes as written.
        properties["FunctionName"] = ["Ref": .string(target.invokedLogicalId)]
        if let sourceProperty { properties["EventSourceArn"] = pull[sourceProperty] }
        for name in Self.copiedProperties { properties[name] = pull[name] }
        try checkFilterCriteria(of: pull)

        // Self-managed brokers and the Kafka configuration.
        if let servers = pull.given("KafkaBootstrapServers") {
            properties["SelfManagedEventSource"] = [
                "Endpoints": ["KafkaBootstrapServers": servers]
            ]
        }
        if let kafkaConfig = try kafkaConfiguration(of: pull), let kafkaConfigProperty {
            properties[kafkaConfigProperty] = kafkaConfig
        }

        // The on-failure destination, less the `Type` only SAM reads.
        var destinationPolicy: Node?
        if let destination = pull.given("DestinationConfig") {
            let (config, policy) = try OnFailureDestination.read(destination, of: pull)
            properties["DestinationConfig"] = config
            destinationPolicy = policy
        }
        addOwnProperties(for: pull, to: &properties)

        // What the function's role needs.
        var policies = try rolePolicies(for: pull, in: context)
        if let destinationPolicy { policies.append(destinationPolicy) }
        let managed = managedPolicyPath.map {
            Node.string("arn:\(context.partition):iam::aws:policy/\($0)")
        }

        var mapping = Mapping()
        for name in Self.mappingPropertyOrder {
            if let value = properties[name] { mapping[name] = value }
        }
        let resource = CloudFormationResource(
            logicalId: pull.logicalId, type: "AWS::Lambda::EventSourceMapping",
            properties: mapping, attributes: target.passThroughAttributes, origin: event.mark)
        return EventTranslation(
            resources: [resource], roleManagedPolicyArns: managed.map { [$0] } ?? [],
            rolePolicies: policies.map { $0.marked(event.mark) })
    }

    /// `FilterCriteria`, when written out rather than computed, holds `Filters` and nothing
    /// else.
    private func checkFilterCriteria(of event: PullEvent) throws(Diagnostic) {
        guard let criteria = event.given("FilterCriteria"), !criteria.isIntrinsic,
            let map = criteria.mapping
        else { return }
        if let other = map.entries.first(where: { $0.key != "Filters" }) {
            throw event.error(
                "'FilterCriteria' may hold only 'Filters', but it has '\(other.key)'",
                at: other.keyMark)
        }
    }

    /// The Kafka configuration (`ConsumerGroupId`, `SchemaRegistryConfig`), or `nil` when
    /// the event gives neither or is not a Kafka event.
    private func kafkaConfiguration(of event: PullEvent) throws(Diagnostic) -> Node? {
        var config = Mapping()
        if let group = event.given("ConsumerGroupId") {
            guard kafkaConfigProperty != nil else {
                throw event.error(
                    "'ConsumerGroupId' applies only to MSK and SelfManagedKafka events, "
                        + "not to \(eventType) events",
                    property: "ConsumerGroupId")
            }
            config["ConsumerGroupId"] = group
        }
        if let registry = event.given("SchemaRegistryConfig"), kafkaConfigProperty != nil {
            config["SchemaRegistryConfig"] = registry
        }
        return config.isEmpty ? nil : .mapping(config)
    }
}

extension PullEventSource {
    /// The properties every pull type accepts, with the shapes the reference checks.
    ///
    /// The reference's integer check also lets a boolean through (`BatchSize: true`); samkit
    /// rejects one, as CloudFormation would.
    static var sharedProperties: [PropertySpec] {
        [
            PropertySpec("BatchSize", .integer),
            PropertySpec("StartingPosition", allowsIntrinsic: false),
            PropertySpec("StartingPositionTimestamp", allowsIntrinsic: false),
            PropertySpec("Enabled", .boolean),
            PropertySpec("MaximumBatchingWindowInSeconds", .integer),
            PropertySpec("MaximumRetryAttempts", .integer),
            PropertySpec("BisectBatchOnFunctionError", .boolean),
            PropertySpec("MaximumRecordAgeInSeconds", .integer),
            PropertySpec("DestinationConfig", .mapping),
            PropertySpec("ParallelizationFactor", .integer),
            PropertySpec("Topics", .list(.any)),
            PropertySpec("Queues", .list(.any)),
            PropertySpec("SourceAccessConfigurations", .list(.any)),
            PropertySpec("SecretsManagerKmsKeyId", .string),
            PropertySpec("TumblingWindowInSeconds", .integer),
            PropertySpec("FunctionResponseTypes", .list(.any)),
            PropertySpec("KafkaBootstrapServers", .list(.any)),
            PropertySpec("FilterCriteria", .mapping),
            PropertySpec("KmsKeyArn", allowsIntrinsic: false),
            PropertySpec("ConsumerGroupId", .string),
            PropertySpec("ScalingConfig", .mapping),
            PropertySpec("ProvisionedPollerConfig", .mapping),
            PropertySpec("SchemaRegistryConfig", .mapping),
            PropertySpec("MetricsConfig", .mapping),
            PropertySpec("LoggingConfig", .mapping),
        ]
    }

    /// Event properties the mapping takes under the same name, unchanged.
    static var copiedProperties: [String] {
        [
            "StartingPosition", "StartingPositionTimestamp", "BatchSize", "Enabled",
            "MaximumBatchingWindowInSeconds", "MaximumRetryAttempts", "BisectBatchOnFunctionError",
            "MaximumRecordAgeInSeconds", "ParallelizationFactor", "Topics", "Queues",
            "SourceAccessConfigurations", "TumblingWindowInSeconds", "FunctionResponseTypes",
            "FilterCriteria", "KmsKeyArn", "ScalingConfig", "ProvisionedPollerConfig",
            "MetricsConfig", "LoggingConfig",
        ]
    }

    /// The order the reference writes a mapping's properties in.
    static var mappingPropertyOrder: [String] {
        [
            "BatchSize", "DocumentDBEventSourceConfig", "Enabled", "EventSourceArn",
            "FunctionName", "MaximumBatchingWindowInSeconds", "MaximumRetryAttempts",
            "BisectBatchOnFunctionError", "MaximumRecordAgeInSeconds", "DestinationConfig",
            "ParallelizationFactor", "StartingPosition", "StartingPositionTimestamp", "Topics",
            "Queues", "SourceAccessConfigurations", "TumblingWindowInSeconds",
            "FunctionResponseTypes", "SelfManagedEventSource", "FilterCriteria", "KmsKeyArn",
            "AmazonManagedKafkaEventSourceConfig", "SelfManagedKafkaEventSourceConfig",
            "ScalingConfig", "ProvisionedPollerConfig", "MetricsConfig", "LoggingConfig",
        ]
    }
}
