/// Translates `AWS::Serverless::WebSocketApi` into an `AWS::ApiGatewayV2::Api` of protocol
/// `WEBSOCKET`, an auto-deployed stage (`default` unless named), and for each of `Routes` a
/// route, a Lambda proxy integration and a permission for API Gateway to invoke its function.
///
/// `Auth` applies to the `$connect` route: `AWS_IAM`, `NONE`, or `CUSTOM` with a Lambda
/// authorizer (`AuthArn`), which gets an `AWS::ApiGatewayV2::Authorizer` and, without an
/// `InvokeRole`, a permission to be invoked. `FailOnWarnings` is accepted and, as in the
/// reference, not used.
struct WebSocketApiTranslator: ResourceTranslator {
    let resourceType = "AWS::Serverless::WebSocketApi"

    let schema = PropertySchema(
        "AWS::Serverless::WebSocketApi",
        [
            PropertySpec("ApiKeySelectionExpression", .string),
            PropertySpec("AccessLogSettings", .mapping),
            PropertySpec("Auth", .mapping),
            PropertySpec("DefaultRouteSettings", .mapping),
            PropertySpec("Description", .string),
            PropertySpec("DisableExecuteApiEndpoint", .boolean),
            PropertySpec("Domain", .mapping),
            PropertySpec("DisableSchemaValidation", .boolean),
            PropertySpec("FailOnWarnings", .boolean),
            PropertySpec("IpAddressType", .string),
            PropertySpec("Name", .string),
            PropertySpec("PropagateTags", .boolean),
            PropertySpec("Routes", .mapping, required: true),
            PropertySpec("RouteSettings", .mapping),
            PropertySpec("RouteSelectionExpression", .string, required: true),
            PropertySpec("StageName", .either([.string, .mapping])),
            PropertySpec("StageVariables", .mapping),
            PropertySpec("Tags", .mapping),
        ])

    static let tagName = "websocketapi:createdBy"
    static let defaultStageName = "default"
    static let specialRoutes = ["$connect", "$disconnect", "$default"]

    func translate(_ resource: SAMResource, in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        let id = resource.logicalId
        let attributes = resource.passThroughAttributes
        let auth = resource["Auth"].map(context.resolvingParameterRefs)
            .flatMap { $0.isPythonTruthy ? $0.mapping : nil }
        let domain = resource["Domain"].map(context.resolvingParameterRefs)
        let routes = resource["Routes"].map(context.resolvingParameterRefs)?.mapping ?? Mapping()
        guard !routes.isEmpty else {
            throw resource.error(property: "Routes", "must name at least one route")
        }
        if let type = resource["IpAddressType"], let text = type.string,
            text != "ipv4" && text != "dualstack"
        {
            throw resource.error(
                property: "IpAddressType", "is '\(text)'; it must be 'ipv4' or 'dualstack'")
        }
        if domain?["MutualTlsAuthentication"]?.isPythonTruthy == true {
            throw resource.error(
                property: "Domain",
                "has 'MutualTlsAuthentication', which WebSocket APIs do not support")
        }

        // The API itself.
        var api = CloudFormationResource(
            logicalId: id, type: "AWS::ApiGatewayV2::Api",
            attributes: resource.mainResourceAttributes, origin: resource.mark)
        for key in [
            "ApiKeySelectionExpression", "Description", "DisableExecuteApiEndpoint",
            "DisableSchemaValidation", "IpAddressType",
        ] {
            if let value = resource[key], !value.isNull { api[key] = value }
        }
        if auth != nil && routes["$connect"] == nil {
            throw resource.error(
                property: "Auth", "applies to the '$connect' route, and the API has none")
        }
        let name = resource["Name"].flatMap { $0.isNull ? nil : $0 } ?? .string(id)
        api["Name"] = name
        api["RouteSelectionExpression"] = resource["RouteSelectionExpression"]
        var tags = resource.setValue("Tags")?.mapping ?? Mapping()
        tags[Self.tagName] = "SAM"
        api["Tags"] = .mapping(tags)
        api["ProtocolType"] = "WEBSOCKET"

        // The stage, named `default` unless `StageName` says otherwise.
        let stageName =
            resource["StageName"].flatMap { $0.isNull ? nil : $0 }
            ?? .string(Self.defaultStageName)
        if stageName.string == "$default" {
            throw resource.error(
                property: "StageName",
                "cannot be '$default' for a WebSocket API; leave it out for 'default'")
        }
        let stagePrefix = stageName.string ?? ""
        let stageId =
            stagePrefix == Self.defaultStageName ? id + "DefaultStage" : id + stagePrefix + "Stage"
        var stage = CloudFormationResource(
            logicalId: stageId, type: "AWS::ApiGatewayV2::Stage", attributes: attributes,
            origin: resource.mark(of: "StageName"))
        stage["ApiId"] = ["Ref": .string(id)]
        stage["StageName"] = stageName
        for key in ["StageVariables", "AccessLogSettings", "DefaultRouteSettings"] {
            if let value = resource[key], !value.isNull { stage[key] = value }
        }
        stage["Tags"] = [Self.tagName: "SAM"]
        stage["AutoDeploy"] = true
        if let value = resource["RouteSettings"], !value.isNull { stage["RouteSettings"] = value }

        var domainResources: [CloudFormationResource] = []
        if let domain, !domain.isNull {
            let settings = ApiGatewayV2Domain(
                api: resource, config: domain.mapping ?? Mapping(), attributes: attributes,
                tagName: Self.tagName, stageLogicalId: stageId, sharesRecordSetGroups: false)
            domainResources = try settings.resources(in: context)
            context.references[id, default: [:]]["DomainName"] = .string(settings.domainLogicalId)
        }

        // A route, an integration and a permission for each of `Routes`.
        var resources = [api]
        var routeIds: [String] = []
        var authorizer: CloudFormationResource?
        for entry in routes {
            let route = WebSocketRoute(
                api: resource, key: entry.key, keyMark: entry.keyMark, spec: entry.value,
                stageName: stageName, attributes: attributes)
            let generated = try route.resources(auth: auth)
            if let made = generated.authorizer { authorizer = made }
            routeIds.append(generated.route.logicalId)
            resources += [generated.route, generated.integration, generated.permission]
        }
        resources += domainResources
        if resource.setValue("RouteSettings") != nil, !routeIds.isEmpty {
            stage.attributes["DependsOn"] = .sequence(routeIds.map { .string($0) })
        }
        resources.append(stage)
        if let authorizer {
            resources.append(authorizer)
            if let permission = authorizerPermission(auth ?? Mapping(), of: resource) {
                resources.append(permission)
            }
        }

        // With `PropagateTags`, the tags written reach the stage and the domain too.
        if resource.setValue("PropagateTags") != nil, resource.setValue("Tags") != nil {
            for index in resources.indices {
                switch resources[index].type {
                case "AWS::ApiGatewayV2::Api", "AWS::ApiGatewayV2::Stage",
                    "AWS::ApiGatewayV2::DomainName":
                    resources[index]["Tags"] = .mapping(tags)
                default:
                    break
                }
            }
        }
        context.references[id, default: [:]]["Stage"] = .string(stageId)
        return resources
    }

    /// The permission for the API to invoke a `CUSTOM` authorizer that has no `InvokeRole`.
    private func authorizerPermission(_ auth: Mapping, of resource: SAMResource)
        -> CloudFormationResource?
    {
        guard auth["AuthType"]?.string == "CUSTOM", auth["InvokeRole"]?.isPythonTruthy != true,
            let arn = auth["AuthArn"], arn.isPythonTruthy
        else { return nil }
        return LambdaPermission.authorizer(
            "", function: arn, api: resource, partition: "${AWS::Partition}")
    }
}
