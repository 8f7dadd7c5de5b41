extension SwaggerEditor {
    /// Adds the `AWS_IAM` security scheme unless the definition has one.
    mutating func addAwsIamSecurityDefinition() {
        var scheme = PythonDict(py27: true)
        scheme.set("x-amazon-apigateway-authtype", .str("awsSigv4"))
        scheme.set("type", .str("apiKey"))
        scheme.set("name", .str("Authorization"))
        scheme.set("in", .str("header"))
        let addition = PythonDict.py27([("AWS_IAM", .dict(scheme))])
        var definitions = securityDefinitions ?? PythonDict(py27: true)
        if !definitions.contains("AWS_IAM") { definitions.update(with: addition) }
        securityDefinitions = definitions
    }

    /// Adds the `api_key` security scheme unless the definition has one.
    mutating func addApiKeySecurityDefinition() {
        var scheme = PythonDict(py27: true)
        scheme.set("type", .str("apiKey"))
        scheme.set("name", .str("x-api-key"))
        scheme.set("in", .str("header"))
        let addition = PythonDict.py27([("api_key", .dict(scheme))])
        var definitions = securityDefinitions ?? PythonDict(py27: true)
        if !definitions.contains("api_key") { definitions.update(with: addition) }
        securityDefinitions = definitions
    }

    /// A method's `Auth` (`Authorizer`, `AuthorizationScopes`, `ApiKeyRequired`) as security
    /// requirements of `path` and `method`.
    mutating func addAuth(
        toPath path: String, method: String, auth: PythonDict, apiAuthorizers: PythonDict?
    ) throws(SwaggerProblem) {
        if let authorizer = auth["Authorizer"], authorizer.isTruthy {
            try setMethodAuthorizer(
                path: path, method: method, authorizer: authorizer,
                authorizers: apiAuthorizers, scopes: auth["AuthorizationScopes"])
        }
        if let required = auth["ApiKeyRequired"], required != .none {
            try setMethodApiKey(path: path, method: method, required: required.isTruthy)
        }
    }

    private mutating func setMethodAuthorizer(
        path: String, method: String, authorizer: PythonValue, authorizers: PythonDict?,
        scopes: PythonValue?
    ) throws(SwaggerProblem) {
        let name = Self.pythonText(authorizer)
        var addsIAM = false
        try editMethodDefinitions(path, method) {
            (definition: inout PythonDict) throws(SwaggerProblem) in
            var requirement = PythonDict(py27: true)
            requirement.set(name, .list([]), unicode: Self.isUnicode(authorizer))
            let existing = definition["security"] ?? .list([])
            guard let existingList = existing.list else {
                throw SwaggerProblem(
                    "'security' of method '\(method)' of path '\(path)' must be a list")
            }
            if name != "NONE", let authorizers, !authorizers.isEmpty {
                let configuration = authorizers[name] ?? .dict(PythonDict(py27: true))
                guard let configurationDict = configuration.dict else {
                    throw SwaggerProblem("authorizer '\(name)' must be a mapping")
                }
                var methodScopes = configurationDict["AuthorizationScopes"]
                if let scopes, scopes != .none { methodScopes = scopes }
                if authorizers[name] != nil, let methodScopes, methodScopes != .none {
                    requirement.set(name, methodScopes)
                }
            }
            let security = existingList + [.dict(requirement)]
            definition.set("security", .list(security))
            if security.first?.dict?.contains("AWS_IAM") == true { addsIAM = true }
        }
        if addsIAM { addAwsIamSecurityDefinition() }
    }

    private mutating func setMethodApiKey(path: String, method: String, required: Bool)
        throws(SwaggerProblem)
    {
        var addsKey = false
        try editMethodDefinitions(path, method) {
            (definition: inout PythonDict) throws(SwaggerProblem) in
            let marker = required ? "api_key" : "api_key_false"
            if required { addsKey = true }
            let requirement = PythonDict.py27([(marker, .list([]))])
            let existing = definition["security"] ?? .list([])
            guard let existingList = existing.list else {
                throw SwaggerProblem(
                    "'security' of method '\(method)' of path '\(path)' must be a list")
            }
            definition.set("security", .list(existingList + [.dict(requirement)]))
        }
        if addsKey { addApiKeySecurityDefinition() }
    }
}
