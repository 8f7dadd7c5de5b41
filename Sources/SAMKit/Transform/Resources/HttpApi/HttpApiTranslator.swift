/// Translates `AWS::Serverless::HttpApi` into an `AWS::ApiGatewayV2::Api` whose `Body` is
/// its OpenAPI definition, an auto-deployed `AWS::ApiGatewayV2::Stage`, and, when asked for,
/// a custom domain and permissions for Lambda authorizers.
///
/// CORS, authorizers, tags, `Name`, `Description` and `DisableExecuteApiEndpoint` are
/// written into the definition, so they need one written inline (or built by the transform
/// when the API has neither `DefinitionBody` nor `DefinitionUri`). The routes that function
/// events add reach the translator through ``TransformContext/httpApiDefinitions``.
///
/// `Tags` reach the stage and the domain whenever the definition is inline; `PropagateTags`
/// is accepted and, as in the reference, changes nothing.
struct HttpApiTranslator: ResourceTranslator {
    let resourceType = "AWS::Serverless::HttpApi"

    let schema = PropertySchema(
        "AWS::Serverless::HttpApi",
        [
            PropertySpec(ManagedOpenApiVersion.managedMarker, .boolean),
            PropertySpec("Name", allowsIntrinsic: false),
            PropertySpec("StageName", .either([.string, .mapping])),
            PropertySpec("Tags", .mapping),
            PropertySpec("PropagateTags", .boolean),
            PropertySpec("DefinitionBody", .mapping),
            PropertySpec("DefinitionUri", .either([.string, .mapping])),
            PropertySpec("StageVariables", .mapping),
            PropertySpec("CorsConfiguration", .either([.boolean, .mapping])),
            PropertySpec("AccessLogSettings", .mapping),
            PropertySpec("DefaultRouteSettings", .mapping),
            PropertySpec("Auth", .mapping),
            PropertySpec("RouteSettings", .mapping),
            PropertySpec("Domain", .mapping),
            PropertySpec("FailOnWarnings", .boolean),
            PropertySpec("Description", .string),
            PropertySpec("DisableExecuteApiEndpoint", .boolean),
        ])

    /// The tag every HTTP API, stage and domain the transform makes carries.
    static let tagName = "httpapi:createdBy"
    static let defaultStageName = "$default"

    func translate(_ resource: SAMResource, in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        var api = CloudFormationResource(
            logicalId: resource.logicalId, type: "AWS::ApiGatewayV2::Api",
            attributes: resource.mainResourceAttributes, origin: resource.mark)
        var definition = HttpApiDefinition(
            resource: resource,
            body: context.httpApiDefinitions[resource.logicalId]
                ?? resource.setValue("DefinitionBody"),
            partition: context.partition)
        let uri = resource.setValue("DefinitionUri")
        if uri != nil && definition.body != nil {
            throw resource.error(
                "give either 'DefinitionUri' or 'DefinitionBody', not both")
        }

        // Settings that live in the definition, in the order the reference applies them.
        let cors = resource["CorsConfiguration"].map(context.resolvingParameterRefs)
        if let cors, cors.isPythonTruthy { try definition.addCors(cors) }
        let authorizers = try definition.addAuth(resource.setValue("Auth"))
        let tags = try definition.addTags(resource.setValue("Tags"))
        if let failOnWarnings = resource.setValue("FailOnWarnings") {
            api["FailOnWarnings"] = failOnWarnings
        }
        if let disable = resource["DisableExecuteApiEndpoint"], !disable.isNull {
            try definition.setDisableExecuteApiEndpoint(disable)
        }
        if let name = resource.setValue("Name") { try definition.setTitle(name) }
        if let description = resource.setValue("Description") {
            try definition.setDescription(description)
        }
        if resource.setValue("FailOnWarnings") != nil { try definition.renameDefaultPath() }

        if let uri {
            api["BodyS3Location"] = .mapping(try bodyLocation(uri, of: resource))
        } else if let body = definition.body {
            api["Body"] = body
        } else {
            throw resource.error(
                "an HTTP API needs 'DefinitionBody' or 'DefinitionUri', or a function with an "
                    + "'HttpApi' event that names it")
        }

        let stage = self.stage(of: resource, tags: tags)
        var resources = [api]
        resources += authorizerPermissions(authorizers, of: resource)
        var domainResources: [CloudFormationResource] = []
        if let domain = resource["Domain"].map(context.resolvingParameterRefs), !domain.isNull {
            let settings = ApiGatewayV2Domain(
                api: resource, config: domain.mapping ?? Mapping(),
                attributes: resource.passThroughAttributes, tagName: Self.tagName,
                stageLogicalId: stage.logicalId)
            domainResources = try settings.resources(in: context)
            context.references[resource.logicalId, default: [:]]["DomainName"] = .string(
                settings.domainLogicalId)
        }
        // Tags written on the API reach its domain too, with the definition inline.
        if let tags, resource.setValue("Tags") != nil, definition.body != nil {
            for index in domainResources.indices
            where domainResources[index].type == "AWS::ApiGatewayV2::DomainName" {
                domainResources[index]["Tags"] = .mapping(tags)
            }
        }
        resources += domainResources
        resources.append(stage)
        context.references[resource.logicalId, default: [:]]["Stage"] = .string(stage.logicalId)
        return resources
    }

    /// The auto-deployed stage: `$default` unless `StageName` says otherwise.
    private func stage(of resource: SAMResource, tags: Mapping?) -> CloudFormationResource {
        let name = resource.setValue("StageName") ?? .string(Self.defaultStageName)
        let text = name.string ?? ""
        let logicalId: String
        if !text.isEmpty
            && text.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            })
        {
            logicalId = resource.logicalId + text + "Stage"
        } else if text == Self.defaultStageName {
            logicalId = resource.logicalId + "ApiGatewayDefaultStage"
        } else {
            logicalId =
                LogicalIdGenerator(prefix: resource.logicalId + "Stage", data: .string(text))
                .logicalId
        }
        var stage = CloudFormationResource(
            logicalId: logicalId, type: "AWS::ApiGatewayV2::Stage",
            attributes: resource.passThroughAttributes, origin: resource.mark(of: "StageName"))
        stage["ApiId"] = ["Ref": .string(resource.logicalId)]
        stage["StageName"] = name
        for key in ["StageVariables", "AccessLogSettings", "DefaultRouteSettings"] {
            if let value = resource[key], !value.isNull { stage[key] = value }
        }
        if let tags { stage["Tags"] = .mapping(tags) }
        stage["AutoDeploy"] = true
        if let value = resource["RouteSettings"], !value.isNull { stage["RouteSettings"] = value }
        return stage
    }

    /// Permissions for the API to invoke Lambda authorizers that ask for them.
    private func authorizerPermissions(_ authorizers: [HttpApiAuthorizer], of resource: SAMResource)
        -> [CloudFormationResource]
    {
        authorizers.compactMap { authorizer in
            guard let arn = authorizer.permittedFunctionArn else { return nil }
            return LambdaPermission.authorizer(
                authorizer.name, function: arn, api: resource, partition: "${AWS::Partition}")
        }
    }

    /// `BodyS3Location` from `DefinitionUri`: an `s3://` URL or a mapping with `Bucket` and
    /// `Key`.
    private func bodyLocation(_ uri: Node, of resource: SAMResource) throws(Diagnostic)
        -> Mapping
    {
        var location = Mapping()
        if let map = uri.mapping {
            guard map["Bucket"]?.isPythonTruthy == true, map["Key"]?.isPythonTruthy == true else {
                throw resource.error(
                    property: "DefinitionUri", "needs both 'Bucket' and 'Key' when it is a mapping")
            }
            location["Bucket"] = map["Bucket"]
            location["Key"] = map["Key"]
            if let version = map["Version"] { location["Version"] = version }
            return location
        }
        guard let text = uri.string, let parsed = S3URI(text) else {
            throw resource.error(
                property: "DefinitionUri",
                "must be an S3 URL such as 's3://bucket/key', with an optional '?versionId=', or "
                    + "a mapping with 'Bucket' and 'Key'")
        }
        location["Bucket"] = .string(parsed.bucket)
        location["Key"] = .string(parsed.key)
        if let version = parsed.version { location["Version"] = .string(version) }
        return location
    }
}
