/// What a connector generates between one type of source and one type of destination: the
/// kind of resource that grants access, which side it belongs to, and what each permission
/// name (`Read`, `Write`) grants.
///
/// Grants are written with placeholders such as `%{Destination.Arn}`, which the connector
/// fills in from the two resources it joins. `all` lists every profile.
struct ConnectorProfile: Sendable {
    /// The resource that grants the access.
    enum Kind: Sendable {
        /// An `AWS::IAM::ManagedPolicy` on the role of one side.
        case rolePolicy
        /// One `AWS::Lambda::Permission` a permission name, on the function.
        case lambdaPermission
        /// An `AWS::SQS::QueuePolicy` on the queue.
        case queuePolicy
        /// An `AWS::SNS::TopicPolicy` on the topic.
        case topicPolicy
    }

    enum Side: Sendable {
        case source, destination
    }

    /// A resource that must wait for the generated policy, or it may start without access.
    enum Dependent: Sendable {
        /// The source itself.
        case source
        /// The one event source mapping from the source to the destination function.
        case destinationEventSourceMapping
    }

    /// One policy statement, with placeholders.
    enum Statement: Sendable {
        /// `Allow` of `actions` on `resources`.
        case allow(Node, on: Node)
        /// `Allow` of `actions` on `resources` to a service principal, for requests from
        /// `sourceArn` only.
        case allowService(String, Node, on: Node, from: Node)

        /// The statement as IAM reads it.
        var node: Node {
            switch self {
            case .allow(let actions, let resources):
                ["Effect": "Allow", "Action": actions, "Resource": resources]
            case .allowService(let service, let actions, let resources, let sourceArn):
                [
                    "Effect": "Allow", "Principal": ["Service": .string(service)],
                    "Resource": resources, "Action": actions,
                    "Condition": ["ArnEquals": ["aws:SourceArn": sourceArn]],
                ]
            }
        }
    }

    /// What one permission name grants.
    struct Category: Sendable {
        var name: String
        /// The statements, for the policy kinds.
        var statements: [Statement] = []
        /// `Action`, `Principal`, `SourceArn` and perhaps `SourceAccount`, for a Lambda
        /// permission.
        var permission = Mapping()

        init(_ name: String, statements: [Statement]) {
            self.name = name
            self.statements = statements
        }

        init(
            _ name: String, invoke action: String, by principal: String, from sourceArn: String,
            sourceAccount: String? = nil
        ) {
            self.name = name
            permission["Action"] = .string(action)
            permission["Principal"] = .string(principal)
            permission["SourceArn"] = .string(sourceArn)
            if let sourceAccount { permission["SourceAccount"] = .string(sourceAccount) }
        }
    }

    var source: String
    var destination: String
    var kind: Kind
    /// The side whose role or resource policy grants the access.
    var side: Side
    var categories: [Category]
    /// The only combinations of permission names allowed, when not every one is.
    var validCombinations: [[String]]?
    var dependent: Dependent?

    init(
        _ source: String, _ destination: String, _ kind: Kind, on side: Side,
        categories: [Category], validCombinations: [[String]]? = nil, dependent: Dependent? = nil
    ) {
        self.source = source
        self.destination = destination
        self.kind = kind
        self.side = side
        self.categories = categories
        self.validCombinations = validCombinations
        self.dependent = dependent
    }

    static let byTypes: [String: ConnectorProfile] = Dictionary(
        all.map { ($0.source + " " + $0.destination, $0) }, uniquingKeysWith: { first, _ in first })

    /// The profile from `source` to `destination` resources, when connectors support them.
    static func profile(from source: String, to destination: String) -> ConnectorProfile? {
        byTypes[source + " " + destination]
    }
}

/// What a connector reads from a resource of one type: how to name it (`Arn`, `Url`, `Id`,
/// `Name`, `Qualifier`, with `%{logicalId}` for the resource's logical id) and where its role
/// is written.
struct ConnectorEndpointType: Sendable {
    /// Where a resource names the role it runs as.
    enum RoleInput: Sendable {
        /// The property with this name.
        case property(String)
        /// The `RoleArn` of the rule's target that is the other side of the connector.
        case ruleTargetRole
    }

    var type: String
    var role: RoleInput?
    var outputs: Mapping

    init(_ type: String, role: RoleInput? = nil, outputs: Node) {
        self.type = type
        self.role = role
        self.outputs = outputs.mapping ?? Mapping()
    }

    static let byType: [String: ConnectorEndpointType] = Dictionary(
        all.map { ($0.type, $0) }, uniquingKeysWith: { first, _ in first })
}
