/// The nested shape of an `AWS::Serverless::GraphQLApi`'s properties, which the reference
/// checks field by field before translating: unknown keys, missing required keys and values
/// of the wrong kind are errors that name the dotted path, such as `Logging.Level`.
indirect enum GraphQLApiModel: Sendable {
    /// Any value, passed through to CloudFormation.
    case any
    /// A string written as such.
    case string
    /// A string or an intrinsic function.
    case stringOrIntrinsic
    case boolean
    case oneOf([String])
    case list(GraphQLApiModel)
    /// A mapping of names the template chooses to values of one shape.
    case dictionary(GraphQLApiModel)
    /// A mapping with known keys; `required` are the keys it must have.
    case record([(String, GraphQLApiModel)], required: Set<String>)
    case either([GraphQLApiModel])

    /// The first problem with `node` at `path`, with where it is.
    func problem(in node: Node, path: String, place: SourceMark?) -> (String, SourceMark?)? {
        let here = node.mark ?? place
        func wrong(_ expected: String) -> (String, SourceMark?) {
            ("'\(path)' must be \(expected), but it is \(node.kindDescription)", here)
        }
        switch self {
        case .any:
            return nil
        case .string:
            return node.string == nil ? wrong("a string") : nil
        case .stringOrIntrinsic:
            return node.string == nil && !node.isIntrinsic
                ? wrong("a string or an intrinsic function") : nil
        case .boolean:
            return node.bool == nil ? wrong("a boolean") : nil
        case .oneOf(let allowed):
            guard let text = node.string, allowed.contains(text) else {
                let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
                guard let text = node.string else { return wrong("one of \(list)") }
                var message = "'\(path)' must be one of \(list), but it is '\(text)'"
                if let near = Suggestion.nearest(to: text, among: allowed) {
                    message += "; did you mean '\(near)'?"
                }
                return (message, here)
            }
            return nil
        case .list(let item):
            guard let items = node.sequence else { return wrong("a list") }
            for (index, element) in items.enumerated() {
                if let found = item.problem(in: element, path: "\(path).\(index)", place: here) {
                    return found
                }
            }
            return nil
        case .dictionary(let value):
            guard let map = node.mapping else { return wrong("a mapping") }
            for entry in map {
                let inner = path.isEmpty ? entry.key : "\(path).\(entry.key)"
                if let found = value.problem(in: entry.value, path: inner, place: entry.keyMark) {
                    return found
                }
            }
            return nil
        case .record(let fields, let required):
            guard let map = node.mapping else { return wrong("a mapping") }
            let names = fields.map(\.0)
            for entry in map where !names.contains(entry.key) {
                var message = "'\(path).\(entry.key)' is not a known property"
                if let near = Suggestion.nearest(to: entry.key, among: names) {
                    message += "; did you mean '\(near)'?"
                }
                return (message, entry.keyMark ?? here)
            }
            for (name, shape) in fields {
                guard let entry = map.entry(name), !entry.value.isNull else {
                    if required.contains(name) {
                        return ("'\(path)' needs the property '\(name)'", here)
                    }
                    continue
                }
                let inner = "\(path).\(name)"
                if let found = shape.problem(in: entry.value, path: inner, place: entry.keyMark) {
                    return found
                }
            }
            return nil
        case .either(let shapes):
            if shapes.contains(where: { $0.problem(in: node, path: path, place: here) == nil }) {
                return nil
            }
            return shapes.first?.problem(in: node, path: path, place: here)
        }
    }

    // MARK: The shapes of the properties

    static let authenticationTypes = [
        "AWS_IAM", "API_KEY", "AWS_LAMBDA", "OPENID_CONNECT", "AMAZON_COGNITO_USER_POOLS",
    ]

    static let authorizerFields: [(String, GraphQLApiModel)] = [
        ("Type", .oneOf(authenticationTypes)),
        (
            "LambdaAuthorizer",
            .record(
                [
                    ("AuthorizerResultTtlInSeconds", .any), ("AuthorizerUri", .any),
                    ("IdentityValidationExpression", .any),
                ], required: ["AuthorizerUri"])
        ),
        (
            "OpenIDConnect",
            .record(
                [("AuthTTL", .any), ("ClientId", .any), ("IatTTL", .any), ("Issuer", .any)],
                required: [])
        ),
        (
            "UserPool",
            .record(
                [
                    ("AppIdClientRegex", .any), ("AwsRegion", .any), ("DefaultAction", .any),
                    ("UserPoolId", .any),
                ], required: ["UserPoolId"])
        ),
    ]

    static let runtime = GraphQLApiModel.record(
        [("Name", .any), ("Version", .any)], required: ["Name", "Version"])

    static let sync = GraphQLApiModel.record(
        [
            ("ConflictDetection", .any), ("ConflictHandler", .any),
            (
                "LambdaConflictHandlerConfig",
                .record(
                    [("LambdaConflictHandlerArn", .any)], required: ["LambdaConflictHandlerArn"])
            ),
        ], required: ["ConflictDetection"])

    /// The properties whose inner shape the reference checks, by name.
    static let properties: [(String, GraphQLApiModel)] = [
        (
            "Auth",
            .record(
                authorizerFields + [
                    ("Additional", .list(.record(authorizerFields, required: ["Type"])))
                ],
                required: ["Type"])
        ),
        ("Tags", .dictionary(.any)),
        ("XrayEnabled", .boolean),
        (
            "Logging",
            .either([
                .record(
                    [
                        ("CloudWatchLogsRoleArn", .any), ("ExcludeVerboseContent", .any),
                        ("FieldLogLevel", .any),
                    ], required: []),
                .boolean,
            ])
        ),
        (
            "DataSources",
            .record(
                [
                    (
                        "DynamoDb",
                        .dictionary(
                            .record(
                                [
                                    ("TableName", .any), ("ServiceRoleArn", .any),
                                    ("TableArn", .any),
                                    ("Permissions", .list(.oneOf(["Read", "Write"]))),
                                    ("Name", .any), ("Description", .any), ("Region", .any),
                                    (
                                        "DeltaSync",
                                        .record(
                                            [
                                                ("BaseTableTTL", .any),
                                                ("DeltaSyncTableName", .any),
                                                ("DeltaSyncTableTTL", .any),
                                            ],
                                            required: [
                                                "BaseTableTTL", "DeltaSyncTableName",
                                                "DeltaSyncTableTTL",
                                            ])
                                    ),
                                    ("UseCallerCredentials", .any), ("Versioned", .any),
                                ], required: ["TableName"]))
                    ),
                    (
                        "Lambda",
                        .dictionary(
                            .record(
                                [
                                    ("FunctionArn", .any), ("ServiceRoleArn", .any),
                                    ("Name", .any), ("Description", .any),
                                ], required: ["FunctionArn"]))
                    ),
                ], required: [])
        ),
        (
            "Functions",
            .dictionary(
                .record(
                    [
                        ("DataSource", .stringOrIntrinsic), ("Runtime", runtime),
                        ("InlineCode", .any), ("CodeUri", .any), ("Description", .any),
                        ("MaxBatchSize", .any), ("Name", .string), ("Id", .any), ("Sync", sync),
                    ], required: []))
        ),
        (
            "Resolvers",
            .dictionary(
                .dictionary(
                    .record(
                        [
                            ("FieldName", .string),
                            (
                                "Caching",
                                .record(
                                    [("Ttl", .any), ("CachingKeys", .list(.any))],
                                    required: ["Ttl"])
                            ),
                            ("InlineCode", .any), ("CodeUri", .any), ("MaxBatchSize", .any),
                            ("Pipeline", .list(.string)), ("Runtime", runtime), ("Sync", sync),
                        ], required: [])))
        ),
        (
            "ApiKeys",
            .dictionary(
                .record(
                    [("ApiKeyId", .any), ("Description", .any), ("ExpiresOn", .any)],
                    required: []))
        ),
        (
            "DomainName",
            .record(
                [("CertificateArn", .any), ("DomainName", .any), ("Description", .any)],
                required: ["CertificateArn", "DomainName"])
        ),
        (
            "Cache",
            .record(
                [
                    ("ApiCachingBehavior", .any), ("Ttl", .any), ("Type", .any),
                    ("AtRestEncryptionEnabled", .any), ("TransitEncryptionEnabled", .any),
                ], required: ["ApiCachingBehavior", "Ttl", "Type"])
        ),
    ]

    /// The first problem the reference's model finds in `resource`, as a located error.
    static func check(_ resource: SAMResource) -> Diagnostic? {
        for (name, shape) in properties {
            guard let entry = resource.properties.entry(name), !entry.value.isNull else { continue }
            if let (message, place) = shape.problem(
                in: entry.value, path: name, place: entry.keyMark)
            {
                return resource.error(message, at: place ?? resource.mark)
            }
        }
        return nil
    }
}
