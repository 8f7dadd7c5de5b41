extension SwaggerEditor {
    /// Adds a request body model to `path` and `method`: a `body` parameter in Swagger, a
    /// `requestBody` in OpenAPI 3.
    mutating func addRequestModel(
        path: String, method: String, name: String, required: PythonValue?
    ) throws(SwaggerProblem) {
        let isSwagger = doc["swagger"].map { $0 != .none } ?? false
        let isOpenAPI3 = doc["openapi"].map { $0.isTruthy && Self.isOpenAPI3($0) } ?? false
        try editMethodDefinitions(path, method) { (definition: inout PythonDict) in
            if isSwagger {
                var parameters = definition["parameters"]?.list ?? []
                var parameter = PythonDict(py27: true)
                parameter.set("in", .str("body"))
                parameter.set("name", .str(name, unicode: true))
                parameter.set(
                    "schema", .dict(PythonDict.plain([("$ref", .str("#/definitions/\(name)"))])))
                if let required, required != .none { parameter.set("required", required) }
                parameters.append(.dict(parameter))
                definition.set("parameters", .list(parameters))
            } else if isOpenAPI3 {
                let schema = PythonDict.plain([("$ref", .str("#/components/schemas/\(name)"))])
                let json = PythonDict.plain([("schema", .dict(schema))])
                let content = PythonDict.plain([("application/json", .dict(json))])
                var body = PythonDict.plain([("content", .dict(content))])
                if let required, required != .none { body.set("required", required) }
                definition.set("requestBody", .dict(body))
            }
        }
    }

    /// Adds a request validator to the definition, once, and names it on `path` and `method`.
    mutating func addRequestValidator(
        path: String, method: String, validateBody: Bool, validateParameters: Bool
    ) throws(SwaggerProblem) {
        let name =
            switch (validateBody, validateParameters) {
            case (true, true): "body-and-params"
            case (true, false): "body-only"
            case (false, true): "params-only"
            case (false, false): "no-validation"
            }
        var validator = PythonDict(py27: true)
        validator.set("validateRequestBody", .bool(validateBody))
        validator.set("validateRequestParameters", .bool(validateParameters))
        let addition = PythonDict.py27([(name, .dict(validator))])
        let key = "x-amazon-apigateway-request-validators"
        if doc[key]?.isTruthy != true { doc.set(key, .dict(PythonDict(py27: true))) }
        if var validators = doc[key]?.dict, validators[name]?.isTruthy != true {
            validators.update(with: addition)
            doc.set(key, .dict(validators))
        }
        try editMethodDefinitions(path, method) { (definition: inout PythonDict) in
            definition.update(
                with: PythonDict.py27([("x-amazon-apigateway-request-validator", .str(name))]))
        }
    }

    /// Adds request parameters, and the cached ones to the integration's cache keys.
    mutating func addRequestParameters(
        path: String, method: String,
        parameters: [(name: String, required: PythonValue, caching: PythonValue)]
    ) throws(SwaggerProblem) {
        try editMethodDefinitions(path, method) { (definition: inout PythonDict) in
            var existing = definition["parameters"]?.list ?? []
            for setting in parameters {
                let location = String(setting.name.dropFirst("method.request.".count))
                let parts = location.split(separator: ".", maxSplits: 1)
                var place = String(parts.first ?? "")
                // Python renames the query string location with a transform string.
                let renamed = place == "querystring"
                if renamed { place = "query" }
                var parameter = PythonDict(py27: true)
                parameter.set("in", .str(place, unicode: !renamed))
                parameter.set("name", .str(parts.count > 1 ? String(parts[1]) : "", unicode: true))
                parameter.set("required", setting.required)
                parameter.set("type", .str("string"))
                existing.append(.dict(parameter))
                if setting.caching.isTruthy, var integration = definition[Self.integrationKey]?.dict
                {
                    var keys = integration["cacheKeyParameters"]?.list ?? []
                    keys.append(.str(setting.name, unicode: true))
                    integration.set("cacheKeyParameters", .list(keys))
                    definition.set(Self.integrationKey, .dict(integration))
                }
            }
            definition.set("parameters", .list(existing))
        }
    }
}
