extension SwaggerEditor {
    /// Adds the `aws` integration that starts a state machine's execution to `path` and
    /// `method`, as a state machine's `Api` event does.
    ///
    /// - Parameters:
    ///   - uri: the Step Functions `StartExecution` action ARN.
    ///   - credentials: the role API Gateway assumes to start the execution.
    ///   - requestTemplates: the body mapping that turns the request into the execution input.
    ///   - condition: the state machine's `Condition`, which wraps the URI and the method.
    mutating func addStateMachineIntegration(
        path: String, method: String, uri: PythonValue, credentials: PythonValue,
        requestTemplates: PythonValue, condition: String?
    ) throws(SwaggerProblem) {
        let name = Self.normalizedMethod(method)
        if try hasIntegration(path, name) {
            throw SwaggerProblem("method '\(name)' of path '\(path)' already has an integration")
        }
        try addPath(path, method: name)
        let integrationURI = condition.map { Self.conditional($0, uri) } ?? uri

        try editPathItems(path) { (item: inout PythonDict) throws(SwaggerProblem) in
            guard var definition = item[name]?.dict else { return }
            func statusCode(_ code: String) -> PythonValue {
                .dict(.py27([("statusCode", .str(code))]))
            }
            func description(_ text: String) -> PythonValue {
                .dict(.py27([("description", .str(text))]))
            }
            var integration = PythonDict(py27: true)
            integration.set("type", .str("aws"))
            integration.set("httpMethod", .str("POST"))
            integration.set("uri", integrationURI)
            integration.set(
                "responses", .dict(.py27([("200", statusCode("200")), ("400", statusCode("400"))])))
            integration.set("credentials", credentials)
            definition.set(Self.integrationKey, .dict(integration))
            definition.setDefault(
                "responses",
                .dict(.py27([("200", description("OK")), ("400", description("Bad Request"))])))
            if requestTemplates.isTruthy {
                integration.set("requestTemplates", requestTemplates)
                definition.set(Self.integrationKey, .dict(integration))
            }
            if let condition {
                item.set(name, Self.conditional(condition, .dict(definition)))
            } else {
                item.set(name, .dict(definition))
            }
        }
    }
}
