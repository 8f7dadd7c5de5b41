/// A REST API's `GatewayResponses`: the responses API Gateway itself sends (for example on a
/// missing authentication token), written into the definition's
/// `x-amazon-apigateway-gateway-responses`.
///
/// Each response may set `ResponseParameters` (`Headers`, `Paths` and `QueryStrings`, which
/// become `gatewayresponse.header.NAME` and so on), `ResponseTemplates` and a numeric
/// `StatusCode`.
enum ApiGatewayResponses {
    static let fields = ["ResponseParameters", "ResponseTemplates", "StatusCode"]
    static let parameterPrefixes = [
        ("Headers", "header."), ("Paths", "path."), ("QueryStrings", "querystring."),
    ]

    /// The definition with the gateway responses added, or unchanged when there are none.
    static func add(_ responses: Node, to definition: PythonValue?) throws(SwaggerProblem)
        -> PythonValue?
    {
        let value = PythonValue(template: responses)
        guard value.isTruthy, let dict = value.dict else { return definition }
        guard definition?.isTruthy == true else {
            throw SwaggerProblem(
                "'GatewayResponses' works only with a definition in 'DefinitionBody'")
        }
        for item in dict.items {
            if let response = item.value.dict, ApiCors.isIntrinsic(response) {
                throw SwaggerProblem(
                    "gateway response '\(item.key)' cannot be an intrinsic function; write "
                        + "it as a mapping")
            }
            guard let response = item.value.dict else {
                throw SwaggerProblem(
                    "gateway response '\(item.key)' must be a mapping of 'ResponseParameters', "
                        + "'ResponseTemplates' and 'StatusCode'")
            }
            for key in response.keys where !fields.contains(key) {
                throw SwaggerProblem(
                    "gateway response '\(item.key)' has no setting '\(key)'; expected "
                        + "'ResponseParameters', 'ResponseTemplates' or 'StatusCode'")
            }
        }
        guard SwaggerEditor.isValid(definition) else {
            throw SwaggerProblem(
                "cannot add 'GatewayResponses', since 'DefinitionBody' is not a valid Swagger "
                    + "definition")
        }
        var editor = try SwaggerEditor(definition)
        var built = PythonDict(py27: true)
        for item in dict.items {
            let response = item.value.dict ?? PythonDict(py27: true)
            built.set(item.key, try swagger(for: item.key, response), unicode: item.unicodeKey)
        }
        var existing = editor.gatewayResponses ?? PythonDict(py27: true)
        for item in built.items {
            existing.set(item.key, item.value, unicode: item.unicodeKey)
        }
        editor.gatewayResponses = existing
        return editor.swagger()
    }

    private static func swagger(for name: String, _ response: PythonDict) throws(SwaggerProblem)
        -> PythonValue
    {
        let parameters = response["ResponseParameters"] ?? .dict(PythonDict(py27: true))
        if parameters.isTruthy, parameters.dict == nil {
            throw SwaggerProblem(
                "'ResponseParameters' of gateway response '\(name)' must be a mapping")
        }
        let parameterDict =
            parameters.isTruthy
            ? (parameters.dict ?? PythonDict(py27: true)) : PythonDict(py27: true)
        for key in parameterDict.keys where !parameterPrefixes.contains(where: { $0.0 == key }) {
            throw SwaggerProblem(
                "'ResponseParameters' of gateway response '\(name)' has no setting '\(key)'; "
                    + "expected 'Headers', 'Paths' or 'QueryStrings'")
        }
        var statusCode: String?
        if let code = response["StatusCode"], code != .none {
            let text = SwaggerEditor.pythonText(code)
            statusCode = text
            let digits = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            if code.isTruthy, !(digits && (1...3).contains(text.unicodeScalars.count)) {
                throw SwaggerProblem(
                    "'StatusCode' of gateway response '\(name)' must be a number of one to "
                        + "three digits, but it is '\(text)'")
            }
        }
        var prefixed = PythonDict(py27: true)
        for (property, prefix) in parameterPrefixes {
            let group = parameterDict[property] ?? .dict(PythonDict(py27: false))
            guard let groupDict = group.dict else {
                throw SwaggerProblem(
                    "'\(property)' in the 'ResponseParameters' of gateway response '\(name)' "
                        + "must be a mapping")
            }
            for item in groupDict.items {
                prefixed.set(
                    "gatewayresponse." + prefix + item.key, item.value, unicode: item.unicodeKey)
            }
        }
        let templates = response["ResponseTemplates"].flatMap { $0.isTruthy ? $0 : nil }
        var result = PythonDict(py27: true)
        result.set("responseParameters", .dict(prefixed))
        result.set("responseTemplates", templates ?? .dict(PythonDict(py27: true)))
        if let statusCode, !statusCode.isEmpty { result.set("statusCode", .str(statusCode)) }
        return .dict(result)
    }
}
