/// A `SelfManagedKafka` event: Lambda reads one topic from Kafka brokers the user runs,
/// reached at `KafkaBootstrapServers`.
///
/// `SourceAccessConfigurations` says how to log in (at most one authentication mechanism),
/// which server certificate to trust, and which VPC subnets and security groups lead to the
/// brokers (both or neither). The role may read the secrets named there and reach the VPC, in
/// one inline policy, `SelfManagedKafkaExecutionRolePolicy`.
struct SelfManagedKafkaEventSource: PullEventSource {
    let eventType = "SelfManagedKafka"
    let sourceProperty: String? = nil
    let ownProperties: [PropertySpec] = []
    let kafkaConfigProperty: String? = "SelfManagedKafkaEventSourceConfig"
    let managedPolicyPath: String? = nil

    /// Authentication mechanisms; only one may be given.
    static let authMechanisms = [
        "SASL_SCRAM_256_AUTH", "SASL_SCRAM_512_AUTH", "BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH",
        "OAUTHBEARER_AUTH", "IAM_AUTH", "IAM_OAUTHBEARER_AUTH",
    ]
    /// Mechanisms that use the role itself, with no secret to read.
    static let mechanismsWithoutSecret = ["IAM_AUTH", "IAM_OAUTHBEARER_AUTH"]
    /// Settings of OAuth login, each with a `URI` that is not a secret to read.
    static let oauthSettings = [
        "OAUTHBEARER_SCOPE", "OAUTHBEARER_AUDIENCE", "OAUTHBEARER_LOGICAL_CLUSTER",
        "OAUTHBEARER_IDENTITY_POOL",
    ]

    func rolePolicies(for event: PullEvent, in context: TransformContext) throws(Diagnostic)
        -> [Node]
    {
        guard event.given("KafkaBootstrapServers") != nil else {
            throw event.error(
                "a SelfManagedKafka event needs 'KafkaBootstrapServers', the brokers to "
                    + "connect to")
        }
        guard let topics = event.given("Topics") else {
            throw event.error("a SelfManagedKafka event needs 'Topics', the topic to read")
        }
        let topicCount = topics.sequence?.count ?? topics.mapping?.count ?? 1
        guard topicCount == 1 else {
            throw event.error(
                "'Topics' of a SelfManagedKafka event must name exactly one topic, but it "
                    + "names \(topicCount)",
                property: "Topics")
        }
        guard let access = event.given("SourceAccessConfigurations") else {
            throw event.error(
                "a SelfManagedKafka event needs 'SourceAccessConfigurations', saying how to "
                    + "reach and log in to the brokers")
        }

        var statements = try accessStatements(access, of: event)
        if let keyId = try PullEventPolicies.kmsKeyId(of: event) {
            statements.append(PullEventPolicies.decrypt(keyId: keyId))
        }
        if let registry = event.given("SchemaRegistryConfig") {
            statements += try KafkaSchemaRegistry.permissions(registry, of: event, in: context)
        }
        guard !statements.isEmpty else { return [] }
        return [
            [
                "PolicyName": "SelfManagedKafkaExecutionRolePolicy",
                "PolicyDocument": [
                    "Statement": .sequence(statements), "Version": "2012-10-17",
                ],
            ]
        ]
    }

    /// The statements `SourceAccessConfigurations` calls for: the login secret, the server
    /// certificate, and VPC access.
    private func accessStatements(_ access: Node, of event: PullEvent) throws(Diagnostic)
        -> [Node]
    {
        guard let entries = access.sequence else {
            throw event.error(
                "'SourceAccessConfigurations' must be a list, but it is "
                    + access.kindDescription,
                property: "SourceAccessConfigurations")
        }
        var loginSecret: Node?
        var certificateSecret: Node?
        var mechanism: String?
        var hasSubnet = false
        var hasSecurityGroup = false
        for entry in entries {
            guard entry.mapping != nil else {
                throw event.error(
                    "each entry of 'SourceAccessConfigurations' must be a mapping, but one is "
                        + entry.kindDescription,
                    at: entry.mark)
            }
            guard let typeNode = entry["Type"], !typeNode.isNull else {
                throw event.error(
                    "each entry of 'SourceAccessConfigurations' needs a 'Type'", at: entry.mark)
            }
            let type = typeNode.string ?? ""
            switch type {
            case "VPC_SUBNET":
                _ = try uri(of: entry, type, event)
                hasSubnet = true
            case "VPC_SECURITY_GROUP":
                _ = try uri(of: entry, type, event)
                hasSecurityGroup = true
            case _ where Self.authMechanisms.contains(type):
                if let mechanism {
                    throw event.error(
                        "'SourceAccessConfigurations' may give one authentication mechanism, "
                            + "but it gives '\(mechanism)' and '\(type)'",
                        at: entry.mark)
                }
                mechanism = type
                if !Self.mechanismsWithoutSecret.contains(type) {
                    loginSecret = try uri(of: entry, type, event)
                }
            case "SERVER_ROOT_CA_CERTIFICATE":
                certificateSecret = try uri(of: entry, type, event)
            case _ where Self.oauthSettings.contains(type):
                _ = try uri(of: entry, type, event)
            default:
                let known =
                    ["VPC_SUBNET", "VPC_SECURITY_GROUP", "SERVER_ROOT_CA_CERTIFICATE"]
                    + Self.authMechanisms + Self.oauthSettings
                var message =
                    "'\(typeNode.string ?? typeNode.kindDescription)' is not a type of access "
                    + "configuration for SelfManagedKafka events"
                if let near = Suggestion.nearest(to: type, among: known) {
                    message += "; did you mean '\(near)'?"
                }
                throw event.error(message, at: typeNode.mark)
            }
        }
        if hasSubnet != hasSecurityGroup {
            throw event.error(
                "'SourceAccessConfigurations' must give both 'VPC_SUBNET' and "
                    + "'VPC_SECURITY_GROUP', or neither",
                property: "SourceAccessConfigurations")
        }
        var statements: [Node] = []
        if let loginSecret { statements.append(PullEventPolicies.readSecret(loginSecret)) }
        if let certificateSecret {
            statements.append(PullEventPolicies.readSecret(certificateSecret))
        }
        if hasSubnet { statements.append(PullEventPolicies.vpcAccess) }
        return statements
    }

    /// The `URI` of an access configuration entry, which must be a string or an intrinsic.
    private func uri(of entry: Node, _ type: String, _ event: PullEvent) throws(Diagnostic)
        -> Node
    {
        guard let value = entry["URI"], PullEvent.isGiven(value) else {
            throw event.error(
                "the '\(type)' entry of 'SourceAccessConfigurations' needs a 'URI'",
                at: entry.mark)
        }
        guard value.string != nil || value.isIntrinsic else {
            throw event.error(
                "the 'URI' of the '\(type)' entry of 'SourceAccessConfigurations' must be a "
                    + "string, but it is \(value.kindDescription)",
                at: value.mark)
        }
        return value
    }
}
