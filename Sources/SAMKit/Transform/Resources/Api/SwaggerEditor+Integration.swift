extension SwaggerEditor {
    /// Adds the `aws_proxy` integration of a function to `path` and `method`, as a function's
    /// `Api` event does.
    ///
    /// - Parameters:
    ///   - uri: the integration URI, an `Fn::Sub` of the function's invocation ARN.
    ///   - methodAuth: the event's `Auth`; `apiAuth`: the API's.
    ///   - condition: the function's `Condition`, which wraps the URI and the method.
    ///   - partition: for the caller-credentials ARN of IAM authorization.
    mutating func addLambdaIntegration(
        path: String, method: String, uri: PythonValue, methodAuth: PythonDict,
        apiAuth: PythonDict, condition: String?, invokeMode: PythonValue?, partition: String
    ) throws(SwaggerProblem) {
        let name = Self.normalizedMethod(method)
        if try hasIntegration(path, name) {
            throw SwaggerProblem(
                "method '\(name)' of path '\(path)' already has an integration")
        }
        try addPath(path, method: name)
        let integrationURI = condition.map { Self.conditional($0, uri) } ?? uri

        try editPathItems(path) { (item: inout PythonDict) throws(SwaggerProblem) in
            guard var definition = item[name]?.dict else { return }
            var integration = PythonDict(py27: true)
            integration.set("type", .str("aws_proxy"))
            integration.set("httpMethod", .str("POST"))
            integration.set("uri", integrationURI)
            if invokeMode?.string == "RESPONSE_STREAM" {
                integration.set("responseTransferMode", .str("STREAM"))
            }
            let usesIAM =
                methodAuth["Authorizer"]?.string == "AWS_IAM"
                || (apiAuth["DefaultAuthorizer"]?.string == "AWS_IAM" && methodAuth.isEmpty)
            if usesIAM {
                var methodRole = methodAuth["InvokeRole"].flatMap { $0.isTruthy ? $0 : nil }
                if methodRole == nil, methodAuth.contains("InvokeRole") {
                    methodRole = .str("NONE")
                }
                var apiRole = apiAuth["InvokeRole"].flatMap { $0.isTruthy ? $0 : nil }
                if apiRole == nil, apiAuth.contains("InvokeRole") { apiRole = .str("NONE") }
                let role = methodRole ?? apiRole
                let credentials: PythonValue =
                    if let role, role.isTruthy, role.string != "CALLER_CREDENTIALS" {
                        role
                    } else {
                        .str("arn:\(partition):iam::*:user/*")
                    }
                if credentials.string != "NONE" { integration.set("credentials", credentials) }
            }
            definition.set(Self.integrationKey, .dict(integration))
            definition.setDefault("responses", .dict(PythonDict(py27: true)))
            if let condition {
                item.set(name, Self.conditional(condition, .dict(definition)))
            } else {
                item.set(name, .dict(definition))
            }
        }
    }

    /// Sets the integration timeout of `path` and `method`.
    mutating func addTimeout(path: String, method: String, timeout: PythonValue)
        throws(SwaggerProblem)
    {
        try editMethodDefinitions(path, method) { (definition: inout PythonDict) in
            guard var integration = definition[Self.integrationKey]?.dict else { return }
            integration.set("timeoutInMillis", timeout)
            definition.set(Self.integrationKey, .dict(integration))
        }
    }

    /// Sets `x-amazon-apigateway-endpoint-configuration.disableExecuteApiEndpoint`: on each
    /// server of an OpenAPI 3 document, at the top of a Swagger one.
    mutating func addDisableExecuteApiEndpoint(_ value: PythonValue) throws(SwaggerProblem) {
        func setting(in dict: PythonDict) throws(SwaggerProblem) -> PythonDict {
            var dict = dict
            let key = "x-amazon-apigateway-endpoint-configuration"
            var configuration = PythonDict(py27: false)
            if let existing = dict[key] {
                guard let existingDict = existing.dict else {
                    throw SwaggerProblem(
                        "'\(key)' of the OpenAPI definition must be a mapping")
                }
                configuration = existingDict
            }
            configuration.set("disableExecuteApiEndpoint", value)
            dict.set(key, .dict(configuration))
            return dict
        }
        if let version = doc["openapi"], version.isTruthy, Self.isOpenAPI3(version) {
            let servers = doc["servers"]?.list ?? [.dict(PythonDict(py27: true))]
            var updated: [PythonValue] = []
            for (index, server) in servers.enumerated() {
                guard let dict = server.dict else {
                    throw SwaggerProblem(
                        "'servers[\(index)]' of the OpenAPI definition must be a mapping")
                }
                updated.append(.dict(try setting(in: dict)))
            }
            doc.set("servers", .list(updated))
        } else {
            doc = try setting(in: doc)
        }
    }
}
