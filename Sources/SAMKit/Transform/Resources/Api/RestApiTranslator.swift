import Glibc

/// Translates `AWS::Serverless::Api` into an `AWS::ApiGateway::RestApi`, a deployment named
/// after a hash of the definition, and a stage.
///
/// The definition is the one function events built (``TransformContext/restApiDefinitions``)
/// or the `DefinitionBody` as written, finished with binary media types, models and the
/// execute-API endpoint switch; `DefinitionUri` becomes `BodyS3Location`.
///
/// `Auth` is written in by ``RestApiAuth``, with authorizer permissions and ``ApiUsagePlan``;
/// `Cors` (``ApiCors``), `GatewayResponses` (``ApiGatewayResponses``) and `Domain`
/// (``ApiDomain``) are added as the reference adds them. With `AlwaysDeploy` the deployment
/// hashes the current time in seconds, so its logical id changes on every transform.
struct RestApiTranslator: ResourceTranslator {
    let resourceType = "AWS::Serverless::Api"

    let schema = PropertySchema(
        "AWS::Serverless::Api",
        [
            PropertySpec("__MANAGE_SWAGGER", .boolean),
            PropertySpec("Name", .either([.string, .mapping])),
            PropertySpec("StageName", .either([.string, .mapping]), required: true),
            PropertySpec("Tags", .mapping),
            PropertySpec("PropagateTags", .boolean),
            PropertySpec("DefinitionBody", .mapping),
            PropertySpec("DefinitionUri", .either([.string, .mapping])),
            PropertySpec("MergeDefinitions", .boolean, allowsIntrinsic: false),
            PropertySpec("CacheClusterEnabled", .boolean),
            PropertySpec("CacheClusterSize", .string),
            PropertySpec("Variables", .mapping),
            PropertySpec("EndpointConfiguration", .either([.string, .mapping])),
            PropertySpec("MethodSettings", .list(.any)),
            PropertySpec("BinaryMediaTypes", .list(.any)),
            PropertySpec("MinimumCompressionSize", .integer),
            PropertySpec("Cors", .either([.string, .mapping])),
            PropertySpec("Auth", .mapping),
            PropertySpec("GatewayResponses", .mapping),
            PropertySpec("AccessLogSetting", .mapping),
            PropertySpec("CanarySetting", .mapping),
            PropertySpec("TracingEnabled", .boolean),
            PropertySpec("OpenApiVersion", .string),
            PropertySpec("Models", .mapping),
            PropertySpec("Domain", .mapping),
            PropertySpec("FailOnWarnings", .boolean),
            PropertySpec("Description", .string),
            PropertySpec("Mode", .string),
            PropertySpec("DisableExecuteApiEndpoint", .boolean),
            PropertySpec("ApiKeySourceType", .string),
            PropertySpec("AlwaysDeploy", .boolean, allowsIntrinsic: false),
            PropertySpec("Policy", .either([.string, .mapping])),
            PropertySpec("SecurityPolicy", .string),
            PropertySpec("EndpointAccessMode", .string),
        ])

    func translate(_ resource: SAMResource, in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        let id = resource.logicalId
        let body = resource.setValue("DefinitionBody")
        let uri = resource.setValue("DefinitionUri")
        if body != nil, uri != nil {
            throw resource.error(
                "specify either 'DefinitionUri' or 'DefinitionBody', not both",
                at: resource.mark(of: "DefinitionUri"))
        }
        if uri != nil, resource.setValue("MergeDefinitions") != nil {
            throw resource.error(
                property: "MergeDefinitions", "cannot be true when the API uses 'DefinitionUri'")
        }
        let openApiVersion = resource.setValue("OpenApiVersion")
        if let openApiVersion,
            !Self.isSupportedVersion(
                SwaggerEditor.pythonText(PythonValue(template: openApiVersion)))
        {
            throw resource.error(
                property: "OpenApiVersion",
                "must look like '3.0.0', but it is '\(SwaggerEditor.pythonText(PythonValue(template: openApiVersion)))'"
            )
        }

        var restApi = CloudFormationResource(
            logicalId: id, type: "AWS::ApiGateway::RestApi",
            attributes: resource.mainResourceAttributes, origin: resource.mark)
        let binaryMedia = resource.setValue("BinaryMediaTypes").map {
            context.resolvingParameterRefs($0)
        }
        if let binaryMedia { restApi["BinaryMediaTypes"] = binaryMedia }
        if let size = resource["MinimumCompressionSize"], !size.isNull {
            restApi["MinimumCompressionSize"] = size
        }
        if let endpoint = resource.setValue("EndpointConfiguration") {
            try setEndpointConfiguration(endpoint, on: &restApi, resource: resource)
        } else if context.partition != "aws" {
            restApi["EndpointConfiguration"] = ["Types": ["REGIONAL"]]
            restApi["Parameters"] = ["endpointConfigurationTypes": "REGIONAL"]
        }

        // The definition, finished as the reference finishes it.
        // An `HttpApi` event may name a REST API; the reference then adds its route to this
        // definition as it would to an HTTP API's.
        var definition =
            context.restApiDefinitions[id]
            ?? context.httpApiDefinitions[id].map {
                RestApiHttpRoutes.definition($0, written: body)
            }
            ?? body.map { PythonValue(template: $0) }
        // The reference adds CORS before the authorizers, and gateway responses after.
        if let cors = resource.setValue("Cors") {
            do throws(SwaggerProblem) {
                definition = try ApiCors.add(cors, to: definition)
            } catch {
                throw resource.error(error.message, at: resource.mark(of: "Cors"))
            }
        }
        let auth = try RestApiAuth(resource: resource, context: context)
        if let auth { definition = try auth.apply(to: definition, partition: context.partition) }
        do throws(SwaggerProblem) {
            if let responses = resource.setValue("GatewayResponses") {
                definition = try ApiGatewayResponses.add(responses, to: definition)
            }
            if let media = binaryMedia, media.isPythonTruthy, definition?.isTruthy == true {
                var editor = try SwaggerEditor(definition)
                editor.setDocument(
                    "x-amazon-apigateway-binary-media-types",
                    Self.replacingSlashEscapes(PythonValue(template: media)))
                definition = editor.swagger()
            }
            if let models = resource.setValue("Models") {
                definition = try addModels(models, to: definition, resource: resource)
            }
            if let flag = resource["FailOnWarnings"], flag.isPythonTruthy {
                restApi["FailOnWarnings"] = flag
            }
            if let disable = resource["DisableExecuteApiEndpoint"], !disable.isNull {
                guard definition?.isTruthy == true else {
                    throw SwaggerProblem(
                        "'DisableExecuteApiEndpoint' works only with a 'DefinitionBody'")
                }
                var editor = try SwaggerEditor(definition)
                try editor.addDisableExecuteApiEndpoint(PythonValue(template: disable))
                definition = editor.swagger()
            }
        } catch {
            throw resource.error(error.message)
        }

        var swagger: PythonValue?
        if let uri {
            let location = try bodyLocation(uri, resource: resource)
            restApi["BodyS3Location"] = location.node
            swagger = location
        } else if let current = definition, current.isTruthy {
            let finished = try OpenApiPostprocess.apply(
                to: current, openApiVersion: openApiVersion, resource: resource)
            restApi["Body"] = finished.node
            swagger = finished
        }
        for name in [
            "Name", "Description", "Mode", "ApiKeySourceType", "Policy", "SecurityPolicy",
            "EndpointAccessMode",
        ] {
            if let value = resource.setValue(name) { restApi[name] = value }
        }

        // The deployment is named after what it deploys, so that a change redeploys.
        let passThrough = resource.passThroughAttributes
        var deployment = CloudFormationResource(
            logicalId: id + "Deployment", type: "AWS::ApiGateway::Deployment",
            attributes: passThrough, origin: resource.mark)
        deployment["RestApiId"] = EventSourceNodes.ref(id)
        if openApiVersion == nil { deployment["StageName"] = "Stage" }

        let stageName = resource["StageName"] ?? Node(.null)
        let stageText = stageName.string ?? ""
        let stageId =
            ApiEventSource.isAlphanumeric(stageText)
            ? id + stageText + "Stage"
            : LogicalIdGenerator(prefix: id + "Stage", text: stageText).logicalId
        var domain: ApiDomain?
        if let value = resource.setValue("Domain") {
            domain = try ApiDomain(value, resource: resource, stageId: stageId, in: context)
        }
        var stage = CloudFormationResource(
            logicalId: stageId, type: "AWS::ApiGateway::Stage", attributes: passThrough,
            origin: resource.mark)
        stage["RestApiId"] = EventSourceNodes.ref(id)
        stage["StageName"] = stageName
        for name in [
            "CacheClusterEnabled", "CacheClusterSize", "Variables", "MethodSettings",
            "AccessLogSetting", "CanarySetting", "TracingEnabled",
        ] {
            if let value = resource[name], !value.isNull { stage[name] = value }
        }
        if let swagger {
            var parts = [PythonRepr.repr(swagger)]
            if let openApiVersion, openApiVersion.isPythonTruthy {
                parts.append(SwaggerEditor.pythonText(PythonValue(template: openApiVersion)))
            }
            if let text = domain?.hashText { parts.append(text) }
            if let names = functionNames(for: id, in: context), !names.isEmpty {
                parts.append(names)
            }
            if resource["AlwaysDeploy"]?.isPythonTruthy == true {
                // A new deployment on every transform: the reference hashes the current time.
                parts = [String(time(nil))]
            }
            let generator = LogicalIdGenerator(
                prefix: deployment.logicalId, text: parts.joined(separator: "||"))
            deployment.logicalId = generator.logicalId
            deployment["Description"] = .string(
                "RestApi deployment id: " + generator.hash(length: 40))
        }
        stage["DeploymentId"] = EventSourceNodes.ref(deployment.logicalId)
        if let tags = resource["Tags"]?.mapping {
            stage["Tags"] = .sequence(TagList.from(tags, mark: resource.mark(of: "Tags")))
        }

        var generated = [restApi, deployment, stage]
        if let auth { generated += try auth.authorizerPermissions(in: context) }
        generated += domain?.resources ?? []
        if let auth {
            generated += try ApiUsagePlan(resource: resource, auth: auth.auth)
                .resources(stageId: stageId, in: context)
        }
        if resource["PropagateTags"]?.bool == true, let tags = resource["Tags"]?.mapping {
            let list = Node.sequence(TagList.from(tags, mark: resource.mark(of: "Tags")))
            for index in generated.indices where Self.taggedTypes.contains(generated[index].type) {
                generated[index]["Tags"] = list
            }
        }
        context.references[id, default: [:]]["Stage"] = .string(stageId)
        context.references[id, default: [:]]["Deployment"] = .string(deployment.logicalId)
        if let domainResource = domain?.resources.first {
            let name = domainResource.type.hasSuffix("V2") ? "DomainNameV2" : "DomainName"
            context.references[id, default: [:]][name] = .string(domainResource.logicalId)
        }
        for item in generated {
            switch item.type {
            case "AWS::ApiGateway::UsagePlan":
                context.references[id]?["UsagePlan"] = .string(item.logicalId)
            case "AWS::ApiGateway::UsagePlanKey":
                context.references[id]?["UsagePlanKey"] = .string(item.logicalId)
            case "AWS::ApiGateway::ApiKey":
                context.references[id]?["ApiKey"] = .string(item.logicalId)
            default: break
            }
        }
        return generated
    }

    /// The generated types that take `Tags`, which `PropagateTags` sets (replacing any).
    static let taggedTypes: Set<String> = [
        "AWS::ApiGateway::RestApi", "AWS::ApiGateway::Stage", "AWS::ApiGateway::UsagePlan",
        "AWS::ApiGateway::ApiKey", "AWS::ApiGateway::DomainName", "AWS::ApiGateway::DomainNameV2",
        "AWS::ApiGateway::DomainNameAccessAssociation",
    ]

    /// The function names the reference adds to a deployment's hash: those of functions whose
    /// `Api` events name this API and that set `FunctionName`, in translation order.
    private func functionNames(for apiId: String, in context: TransformContext) -> String? {
        var names = ""
        for entry in Transformer.translationOrder(context.resources)
        where entry.value["Type"]?.string == "AWS::Serverless::Function" {
            let properties = entry.value["Properties"]
            for event in properties?["Events"]?.mapping ?? Mapping() {
                guard event.value["Type"]?.string == "Api",
                    let restApiId = event.value["Properties"]?["RestApiId"],
                    restApiId.isPythonTruthy
                else { continue }
                let target = restApiId["Ref"] ?? restApiId
                guard target.string == apiId, let name = properties?["FunctionName"] else {
                    continue
                }
                let resolved = context.resolvingParameterRefs(name)
                guard resolved.isPythonTruthy else { continue }
                names += resolved.string ?? PythonRepr.repr(PythonValue(template: resolved))
            }
        }
        return names
    }

    /// Whether the reference accepts `text` as `OpenApiVersion`: `2.D`, `3.D`, `2.D.D` or
    /// `3.D.D`.
    static func isSupportedVersion(_ text: String) -> Bool {
        guard let first = text.first, first == "2" || first == "3" else { return false }
        return ManagedOpenApiVersion.isVersion3("3" + text.dropFirst())
    }

    /// Binary media types with `~1` written as `/`, as template strings.
    static func replacingSlashEscapes(_ value: PythonValue) -> PythonValue {
        switch value {
        case .str(let text, _): .str(text.replacing("~1", with: "/"), unicode: true)
        case .list(let items): .list(items.map(replacingSlashEscapes))
        case .dict(let dict):
            .dict(
                templateKeyed(
                    dict.items.map {
                        ($0.key.replacing("~1", with: "/"), replacingSlashEscapes($0.value))
                    }))
        default: value
        }
    }

    /// A Python 2.7 dictionary whose keys are template strings.
    private static func templateKeyed(_ pairs: [(String, PythonValue)]) -> PythonDict {
        var dict = PythonDict(py27: true)
        for (key, value) in pairs { dict.set(key, value, unicode: true) }
        return dict
    }

    private func addModels(_ models: Node, to definition: PythonValue?, resource: SAMResource)
        throws(SwaggerProblem) -> PythonValue?
    {
        guard definition?.isTruthy == true else {
            throw SwaggerProblem("'Models' works only with a 'DefinitionBody'")
        }
        guard SwaggerEditor.isValid(definition) else {
            throw SwaggerProblem(
                "cannot add 'Models', since 'DefinitionBody' is not a valid Swagger definition")
        }
        guard let map = models.mapping, map.allSatisfy({ $0.value.mapping != nil }) else {
            throw SwaggerProblem("each model in 'Models' must be a mapping")
        }
        var editor = try SwaggerEditor(definition)
        var definitions = editor.definitions?.dict ?? PythonDict(py27: true)
        if editor.definitions?.isTruthy != true { definitions = PythonDict(py27: true) }
        for entry in PythonValue(template: models).dict?.items ?? [] {
            guard entry.value["type"]?.isTruthy == true else {
                throw SwaggerProblem("model '\(entry.key)' in 'Models' has no 'type'")
            }
            definitions.set(entry.key.lowercased(), entry.value, unicode: true)
        }
        editor.definitions = .dict(definitions)
        let finished = editor.swagger()
        do {
            return try OpenApiPostprocess.apply(
                to: finished, openApiVersion: resource.setValue("OpenApiVersion"), resource: nil)
        } catch {
            throw SwaggerProblem(error.message)
        }
    }

    private func setEndpointConfiguration(
        _ value: Node, on restApi: inout CloudFormationResource, resource: SAMResource
    ) throws(Diagnostic) {
        if let map = value.mapping, let type = map["Type"], type.isPythonTruthy {
            restApi["Parameters"] = ["endpointConfigurationTypes": type]
            var configuration = Mapping()
            configuration["Types"] = [type]
            if map["VPCEndpointIds"] != nil, map["VpcEndpointIds"] != nil {
                throw resource.error(
                    "'EndpointConfiguration' gives both 'VPCEndpointIds' and 'VpcEndpointIds'; "
                        + "keep one")
            }
            if let ids = map["VPCEndpointIds"].flatMap({ $0.isPythonTruthy ? $0 : nil })
                ?? map["VpcEndpointIds"],
                map["VPCEndpointIds"] != nil || map["VpcEndpointIds"] != nil
            {
                configuration["VpcEndpointIds"] = ids
            }
            if let ipType = map["IpAddressType"] { configuration["IpAddressType"] = ipType }
            restApi["EndpointConfiguration"] = .mapping(configuration)
        } else {
            restApi["EndpointConfiguration"] = ["Types": [value]]
            restApi["Parameters"] = ["endpointConfigurationTypes": value]
        }
    }

    /// `BodyS3Location` from `DefinitionUri`: a mapping with `Bucket` and `Key`, or an
    /// `s3://bucket/key?versionId=...` URI.
    private func bodyLocation(_ uri: Node, resource: SAMResource) throws(Diagnostic) -> PythonValue
    {
        var location = PythonDict(py27: true)
        if let map = uri.mapping {
            guard map["Bucket"]?.isPythonTruthy == true, map["Key"]?.isPythonTruthy == true else {
                throw resource.error(property: "DefinitionUri", "needs both 'Bucket' and 'Key'")
            }
            for name in ["Bucket", "Key", "Version"] {
                if let value = map[name] { location.set(name, PythonValue(template: value)) }
            }
            return .dict(location)
        }
        guard let text = uri.string, let parsed = S3URI(text) else {
            throw resource.error(
                property: "DefinitionUri",
                "must be an S3 URI such as 's3://bucket/key', optionally with '?versionId=...'")
        }
        location.set("Bucket", .str(parsed.bucket, unicode: true))
        location.set("Key", .str(parsed.key, unicode: true))
        if let version = parsed.version { location.set("Version", .str(version, unicode: true)) }
        return .dict(location)
    }
}
