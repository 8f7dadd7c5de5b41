/// The state of translating one `AWS::Serverless::GraphQLApi`: the resource, and the names of
/// the data sources and the ids of the functions defined so far, which the functions and
/// resolvers defined after them refer to.
struct GraphQLApiBuild {
    let resource: SAMResource
    let context: TransformContext
    /// `Fn::GetAtt` of each data source's name, by the key it is defined under.
    var dataSourceNames: [String: Node] = [:]
    /// Each function's id (`Fn::GetAtt` of `FunctionId`, or the `Id` given), by its key.
    var functionIds: [String: Node] = [:]
    /// The one data source of type `NONE`, made when a function or resolver names `NONE`.
    var noneDataSource: CloudFormationResource?

    init(resource: SAMResource, context: TransformContext) {
        self.resource = resource
        self.context = context
    }

    var logicalId: String { resource.logicalId }

    /// `Fn::GetAtt` of the API's `ApiId`, which every generated AppSync resource names.
    var apiId: Node { ["Fn::GetAtt": [.string(logicalId), "ApiId"]] }

    /// The property's value when Python would take it as given: not null, false or empty.
    func given(_ name: String) -> Node? {
        resource[name].flatMap { $0.isFalseInPython ? nil : $0 }
    }

    /// A generated resource with the API's `DependsOn` and attributes.
    func make(_ logicalId: String, _ type: String, _ properties: Mapping) -> CloudFormationResource
    {
        var properties = properties
        for entry in properties where entry.value.isNull { properties.remove(entry.key) }
        return CloudFormationResource(
            logicalId: logicalId, type: type, properties: properties,
            attributes: resource.mainResourceAttributes, origin: resource.mark)
    }

    /// A role AppSync assumes.
    func appSyncRole(_ logicalId: String, managedPolicyArns: [Node] = []) -> CloudFormationResource
    {
        var properties = Mapping()
        properties["AssumeRolePolicyDocument"] = [
            "Version": "2012-10-17",
            "Statement": [
                [
                    "Action": ["sts:AssumeRole"], "Effect": "Allow",
                    "Principal": ["Service": ["appsync.amazonaws.com"]],
                ]
            ],
        ]
        if !managedPolicyArns.isEmpty {
            properties["ManagedPolicyArns"] = .sequence(managedPolicyArns)
        }
        return make(logicalId, "AWS::IAM::Role", properties)
    }

    /// What a connector with these sides generates, as a template's connector would.
    func connector(
        _ logicalId: String, source: Node, destination: Node, permissions: [Node]
    ) throws(Diagnostic) -> [CloudFormationResource] {
        let node: Node = [
            "Type": "AWS::Serverless::Connector",
            "Properties": [
                "Source": source, "Destination": destination,
                "Permissions": .sequence(permissions),
            ],
        ]
        let connector = SAMResource(logicalId: logicalId, node: node, keyMark: resource.mark)
        return try ConnectorTranslator().translate(connector, in: context)
    }

    // MARK: The API

    /// The `AWS::AppSync::GraphQLApi`, and the ARNs of the Lambda authorizers it uses.
    mutating func api() throws(Diagnostic) -> (CloudFormationResource, [Node]) {
        var properties = Mapping()
        properties["Name"] = given("Name") ?? .string(logicalId)
        // Visibility is written only when given: setting it on an API that had none replaces
        // the API.
        for name in ["Visibility", "OwnerContact"] { properties[name] = given(name) }
        properties["XrayEnabled"] = resource["XrayEnabled"]
        for name in ["IntrospectionConfig", "QueryDepthLimit", "ResolverCountLimit"] {
            properties[name] = given(name)
        }
        let lambdaAuthorizers = try addAuth(to: &properties)

        var tags = resource["Tags"]?.mapping ?? Mapping()
        tags["graphqlapi:createdBy"] = "SAM"
        properties["Tags"] = .sequence(TagList.from(tags))

        if resource["Logging"]?.bool != false {
            properties["LogConfig"] = .mapping(logConfig)
        }
        return (make(logicalId, "AWS::AppSync::GraphQLApi", properties), lambdaAuthorizers)
    }

    /// Whether AppSync logs as a role the transform generates: logging is on (by default it
    /// is) and `Logging` names no `CloudWatchLogsRoleArn`.
    private var generatesCloudWatchRole: Bool {
        let logging = resource["Logging"]
        if logging?.bool == false { return false }
        guard let map = logging?.mapping else { return true }
        return map["CloudWatchLogsRoleArn"]?.isFalseInPython ?? true
    }

    private var logConfig: Mapping {
        var config = Mapping()
        let logging = resource["Logging"]?.mapping
        if let exclude = logging?["ExcludeVerboseContent"], !exclude.isFalseInPython {
            config["ExcludeVerboseContent"] = exclude
        }
        config["FieldLogLevel"] =
            logging?["FieldLogLevel"].flatMap { $0.isFalseInPython ? nil : $0 } ?? "ALL"
        config["CloudWatchLogsRoleArn"] =
            generatesCloudWatchRole
            ? ["Fn::GetAtt": [.string(logicalId + "CloudWatchRole"), "Arn"]]
            : logging?["CloudWatchLogsRoleArn"]
        return config
    }

    /// The role AppSync writes logs to CloudWatch as, when the template names none.
    func cloudWatchRole() -> CloudFormationResource? {
        guard generatesCloudWatchRole else { return nil }
        return appSyncRole(
            logicalId + "CloudWatchRole",
            managedPolicyArns: [
                [
                    "Fn::Sub": .string(
                        "arn:${AWS::Partition}:iam::aws:policy/service-role/"
                            + "AWSAppSyncPushToCloudWatchLogs")
                ]
            ])
    }

    /// The `AWS::AppSync::GraphQLSchema`, from exactly one of `SchemaInline` and `SchemaUri`.
    func schema() throws(Diagnostic) -> CloudFormationResource {
        let inline = given("SchemaInline")
        let uri = given("SchemaUri")
        guard inline != nil || uri != nil else {
            throw resource.error("give the schema in 'SchemaInline' or 'SchemaUri'")
        }
        if inline != nil, uri != nil {
            throw resource.error(
                "give either 'SchemaInline' or 'SchemaUri', not both",
                at: resource.mark(of: "SchemaUri"))
        }
        var properties = Mapping()
        properties["ApiId"] = apiId
        properties["Definition"] = inline
        properties["DefinitionS3Location"] = uri
        return make(logicalId + "Schema", "AWS::AppSync::GraphQLSchema", properties)
    }

    // MARK: Keys, cache and domain name

    /// An `AWS::AppSync::ApiKey` for each entry of `ApiKeys`.
    func apiKeys() -> [CloudFormationResource] {
        (resource["ApiKeys"]?.mapping ?? Mapping()).map { entry in
            var properties = Mapping()
            properties["ApiId"] = apiId
            properties["ApiKeyId"] = entry.value["ApiKeyId"]
            properties["Description"] = entry.value["Description"]
            properties["Expires"] = entry.value["ExpiresOn"]
            return make(logicalId + entry.key, "AWS::AppSync::ApiKey", properties)
        }
    }

    /// The `AWS::AppSync::ApiCache` `Cache` describes.
    func cache() -> [CloudFormationResource] {
        guard let cache = given("Cache")?.mapping else { return [] }
        var properties = Mapping()
        properties["ApiId"] = apiId
        for name in [
            "ApiCachingBehavior", "Type", "Ttl", "AtRestEncryptionEnabled",
            "TransitEncryptionEnabled",
        ] {
            properties[name] = cache[name]
        }
        return [make(logicalId + "ApiCache", "AWS::AppSync::ApiCache", properties)]
    }

    /// The `AWS::AppSync::DomainName` and its association with the API.
    func domainName() -> [CloudFormationResource] {
        guard let domain = given("DomainName")?.mapping else { return [] }
        var properties = Mapping()
        properties["CertificateArn"] = domain["CertificateArn"]
        properties["DomainName"] = domain["DomainName"]
        properties["Description"] = domain["Description"]
        let domainId = logicalId + "DomainName"
        var association = Mapping()
        association["ApiId"] = apiId
        association["DomainName"] = ["Ref": .string(domainId)]
        return [
            make(domainId, "AWS::AppSync::DomainName", properties),
            make(
                logicalId + "DomainNameApiAssociation", "AWS::AppSync::DomainNameApiAssociation",
                association),
        ]
    }
}
