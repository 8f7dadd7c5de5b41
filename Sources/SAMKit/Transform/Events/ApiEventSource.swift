/// `Type: Api`: a method of a REST API (`AWS::Serverless::Api`) that invokes the function.
///
/// The event always gets a permission for API Gateway to invoke the function. When the API's
/// definition is one the transform builds (the implicit `ServerlessRestApi`, or an API with
/// neither `DefinitionBody` nor `DefinitionUri`), the event also adds its path, method and
/// integration to it, through `context.restApiDefinitions`, before the API is translated.
///
/// With `OverrideApiAuth` in its `Auth`, the event's authorization is written into the API's
/// own `DefinitionBody` too. With `MergeDefinitions` on the API the method is merged into
/// the API's own definition (``ApiMergeDefinitions``).
struct ApiEventSource: FunctionEventSource {
    let eventType = "Api"

    let schema = PropertySchema(
        "Api",
        [
            PropertySpec("Path", .string, required: true),
            PropertySpec("Method", .string, required: true),
            PropertySpec("RestApiId", .string, required: true),
            PropertySpec("Stage", .string),
            PropertySpec("Auth", .mapping),
            PropertySpec("RequestModel", .mapping),
            PropertySpec("RequestParameters", .list(.any)),
            PropertySpec("TimeoutInMillis", .integer),
            PropertySpec("ResponseTransferMode", .string),
        ])

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let path = event["Path"]?.string ?? ""
        let method = (event["Method"]?.string ?? "").lowercased()
        let restApiId = event["RestApiId"] ?? Node(.null)
        let apiId = restApiId["Ref"]?.string ?? restApiId.string

        let (api, stage) = try Self.linkedApi(event, apiId: apiId, target: target, in: context)
        let permission = self.permission(
            event, target: target, path: path, method: method, restApiId: restApiId,
            stage: stage, in: context)

        if let apiId, let api,
            api[ManagedOpenApiVersion.managedMarker]?.isPythonTruthy == true
                || api["MergeDefinitions"]?.isPythonTruthy == true
        {
            try addIntegration(
                event, target: target, api: api, apiId: apiId, path: path, method: method,
                stage: stage, in: context)
        }
        if let apiId, let api, event["Auth"]?["OverrideApiAuth"]?.isPythonTruthy == true,
            api["DefinitionBody"]?.isPythonTruthy == true
        {
            try overrideApiAuth(
                event, target: target, api: api, apiId: apiId, path: path, method: method,
                stage: stage, in: context)
        }
        return EventTranslation(resources: [permission])
    }

    /// The properties of the API `RestApiId` names when it is in the template, and the stage
    /// its permissions name: its `StageName`, `Stage` when that is not a string, or
    /// `AllStages` for an API outside the template.
    static func linkedApi(
        _ event: FunctionEvent, apiId: String?, target: EventTarget, in context: TransformContext
    ) throws(Diagnostic) -> (properties: Mapping?, stage: String) {
        guard let apiId else { return (nil, "AllStages") }
        guard let resource = context.resources[apiId]?.mapping else {
            throw target.error(
                in: event, property: "RestApiId",
                "must name an 'AWS::Serverless::Api' in the same template, but '\(apiId)' "
                    + "is not a resource of this template")
        }
        let properties = resource["Properties"]?.mapping ?? Mapping()
        guard let name = properties["StageName"]?.string else { return (properties, "Stage") }
        guard !name.isEmpty else {
            throw .error(
                "resource '\(apiId)': property 'StageName' cannot be empty",
                rule: "transform", at: properties.entry("StageName")?.keyMark)
        }
        return (properties, name)
    }

    /// The permission for API Gateway to invoke the function from this method of any stage.
    private func permission(
        _ event: FunctionEvent, target: EventTarget, path: String, method: String,
        restApiId: Node, stage: String, in context: TransformContext
    ) -> CloudFormationResource {
        var trimmed = path
        if trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let resourcePath = Self.wildcardingGreedyParts(trimmed)
        let verb = method == "any" ? "*" : method.uppercased()
        var variables = Mapping()
        variables["__ApiId__"] = restApiId
        variables["__Stage__"] = "*"
        let sourceArn = EventSourceNodes.sub(
            context.arn(
                service: "execute-api", resource: "${__ApiId__}/${__Stage__}/\(verb)\(resourcePath)"
            ),
            variables)
        let prefix = target.logicalId(of: event)
        let logicalId =
            Self.isAlphanumeric(stage)
            ? prefix + "Permission" + stage
            : LogicalIdGenerator(prefix: prefix + "Permission", text: stage).logicalId
        var properties = Mapping()
        properties["Action"] = "lambda:InvokeFunction"
        properties["FunctionName"] = target.nameOrArn
        properties["Principal"] = "apigateway.amazonaws.com"
        properties["SourceArn"] = sourceArn
        return target.resource(
            logicalId, type: "AWS::Lambda::Permission", properties: properties, for: event)
    }

    /// Python's `str.isalnum`: not empty, and every character a letter or a digit.
    static func isAlphanumeric(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            }
    }

    /// The path with each `{name}`, `{name+}` or `{proxy+}` part replaced by `*`, as API
    /// Gateway matches it in ARNs.
    static func wildcardingGreedyParts(_ path: String) -> String {
        var result = ""
        var scalars = Array(path.unicodeScalars)[...]
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
        }
        while let first = scalars.first {
            if first == "{" {
                var index = scalars.startIndex + 1
                while index < scalars.endIndex, isNameScalar(scalars[index]) { index += 1 }
                let nameLength = index - scalars.startIndex - 1
                if index < scalars.endIndex, scalars[index] == "+", nameLength > 0 { index += 1 }
                if nameLength > 0, index < scalars.endIndex, scalars[index] == "}" {
                    result += "*"
                    scalars = scalars[(index + 1)...]
                    continue
                }
            }
            result.unicodeScalars.append(first)
            scalars = scalars.dropFirst()
        }
        return result
    }

    /// Writes the event's `Auth` into the API's definition, as `OverrideApiAuth` asks, even
    /// when the definition is the template's own. Like the reference, an API whose definition
    /// the transform builds gets the event's `Auth` a second time.
    private func overrideApiAuth(
        _ event: FunctionEvent, target: EventTarget, api: Mapping, apiId: String, path: String,
        method: String, stage: String, in context: TransformContext
    ) throws(Diagnostic) {
        let auth = event["Auth"]
        guard
            ["Authorizer", "ApiKeyRequired", "ResourcePolicy"].contains(where: {
                auth?[$0]?.isPythonTruthy == true
            })
        else {
            throw target.error(
                in: event, property: "Auth",
                "needs 'Authorizer', 'ApiKeyRequired' or 'ResourcePolicy' when it sets "
                    + "'OverrideApiAuth'")
        }
        let definition =
            context.restApiDefinitions[apiId]
            ?? api["DefinitionBody"].map { PythonValue(template: $0) }
        var editor: SwaggerEditor
        do {
            editor = try SwaggerEditor(definition)
        } catch {
            throw target.error(in: event, error.message)
        }
        try ApiEventAuth(
            event: event, target: target, apiAuth: api["Auth"], apiId: apiId, context: context
        ).add(to: &editor, path: path, method: method, stage: stage)
        context.restApiDefinitions[apiId] = editor.swagger()
    }

    /// Adds the method and its Lambda integration to the definition the transform builds for
    /// the API.
    private func addIntegration(
        _ event: FunctionEvent, target: EventTarget, api: Mapping, apiId: String, path: String,
        method: String, stage: String, in context: TransformContext
    ) throws(Diagnostic) {
        let definition =
            context.restApiDefinitions[apiId]
            ?? api["DefinitionBody"].map { PythonValue(template: $0) }
        guard let definition else { return }

        let functionArn =
            target.invokedLogicalId == target.functionLogicalId
            ? "${\(target.functionLogicalId).Arn}" : "${\(target.invokedLogicalId)}"
        let streaming = event["ResponseTransferMode"]?.string == "RESPONSE_STREAM"
        let version = streaming ? "2021-11-15" : "2015-03-31"
        let invocation = streaming ? "/response-streaming-invocations" : "/invocations"
        let uriText =
            "arn:\(context.partition):apigateway:${AWS::Region}:lambda:path/\(version)/functions/"
            + functionArn + invocation
        let uri = PythonValue.dict(
            PythonDict.py27([
                (
                    "Fn::Sub",
                    .str(uriText, unicode: target.invokedLogicalId == target.functionLogicalId)
                )
            ]))

        do {
            let merges = api["MergeDefinitions"]?.isPythonTruthy == true
            var editor = try SwaggerEditor(merges ? SwaggerEditor.skeleton() : definition)
            if try editor.hasIntegration(path, method) {
                throw SwaggerProblem(
                    "API method '\(method)' is defined more than once for path '\(path)'")
            }
            let methodAuth =
                event["Auth"].map { PythonValue(template: $0) }?.dict
                ?? PythonDict(py27: true)
            let apiAuth =
                api["Auth"].map { PythonValue(template: $0) }?.dict
                ?? PythonDict(py27: true)
            try editor.addLambdaIntegration(
                path: path, method: method, uri: uri, methodAuth: methodAuth, apiAuth: apiAuth,
                condition: target.condition?.string,
                invokeMode: event["ResponseTransferMode"].map { PythonValue(template: $0) },
                partition: context.partition)
            if let auth = event["Auth"], auth.isPythonTruthy {
                try ApiEventAuth(
                    event: event, target: target, apiAuth: api["Auth"], apiId: apiId,
                    context: context
                ).add(to: &editor, path: path, method: method, stage: stage)
            }
            if let timeout = event["TimeoutInMillis"], timeout.isPythonTruthy {
                try editor.addTimeout(
                    path: path, method: method, timeout: PythonValue(template: timeout))
            }
            try ApiEventRequestSettings(event: event, target: target, api: api)
                .add(to: &editor, path: path, method: method)
            context.restApiDefinitions[apiId] =
                merges
                ? try ApiMergeDefinitions.merge(
                    definition, generated: &editor, path: path,
                    method: event["Method"]?.string ?? method)
                : editor.swagger()
        } catch let problem as SwaggerProblem {
            throw target.error(in: event, problem.message)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw target.error(in: event, "\(error)")
        }
    }
}
