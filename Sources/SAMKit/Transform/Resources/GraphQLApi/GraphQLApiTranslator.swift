/// Translates `AWS::Serverless::GraphQLApi` into an AppSync API (`AWS::AppSync::GraphQLApi`)
/// with its schema, and with what its properties describe: API keys, a cache, a domain name,
/// data sources with the roles and connectors that let them reach their tables and
/// functions, functions, pipeline resolvers, and logging with the role AppSync writes logs as.
///
/// Unit resolvers are not supported, as in the reference: a resolver without `Pipeline` is an
/// error that suggests an `AWS::AppSync::Resolver` resource instead.
public struct GraphQLApiTranslator: ResourceTranslator {
    public init() {}

    public let resourceType = "AWS::Serverless::GraphQLApi"

    public let schema = PropertySchema(
        "AWS::Serverless::GraphQLApi",
        [
            PropertySpec("Name"),
            PropertySpec("Tags", .mapping, allowsIntrinsic: false),
            PropertySpec("XrayEnabled"),
            PropertySpec("Auth", .mapping, required: true, allowsIntrinsic: false),
            PropertySpec("SchemaInline", .string),
            PropertySpec("SchemaUri", .string),
            PropertySpec("Logging", .either([.mapping, .boolean]), allowsIntrinsic: false),
            PropertySpec("DataSources", .mapping, allowsIntrinsic: false),
            PropertySpec("Functions", .mapping, allowsIntrinsic: false),
            PropertySpec("Resolvers", .mapping, allowsIntrinsic: false),
            PropertySpec("ApiKeys", .mapping, allowsIntrinsic: false),
            PropertySpec("DomainName", .mapping, allowsIntrinsic: false),
            PropertySpec("Cache", .mapping, allowsIntrinsic: false),
            PropertySpec("Visibility"),
            PropertySpec("OwnerContact"),
            PropertySpec("IntrospectionConfig"),
            PropertySpec("QueryDepthLimit"),
            PropertySpec("ResolverCountLimit"),
        ])

    public func translate(_ resource: SAMResource, in context: TransformContext)
        throws(Diagnostic) -> [CloudFormationResource]
    {
        if let problem = GraphQLApiModel.check(resource) { throw problem }
        var build = GraphQLApiBuild(resource: resource, context: context)

        // The API, its schema, and what its authorization and logging need.
        let (api, lambdaAuthorizers) = try build.api()
        let schema = try build.schema()
        var generated = [api, schema]
        for (index, arn) in lambdaAuthorizers.enumerated() {
            generated += try build.connector(
                "\(resource.logicalId)ToLambdaAuthConnector\(index + 1)",
                source: [
                    "Type": "AWS::AppSync::GraphQLApi", "Arn": ["Ref": .string(resource.logicalId)],
                    "ResourceId": build.apiId,
                ],
                destination: ["Type": "AWS::Lambda::Function", "Arn": arn], permissions: ["Write"])
        }
        if let role = build.cloudWatchRole() { generated.append(role) }

        // What the other properties describe, in the order the reference generates them.
        generated += build.apiKeys()
        generated += build.cache()
        generated += try build.dataSources()
        generated += build.domainName()
        generated += try build.functions()
        generated += try build.resolvers(schemaId: schema.logicalId)
        if let none = build.noneDataSource { generated.append(none) }
        return generated
    }
}
