extension SwaggerEditor {
    /// Writes each authorizer's security scheme into `securityDefinitions`, in the order of
    /// `authorizers`.
    mutating func addAuthorizerSchemes(_ authorizers: ApiAuthorizerSet, partition: String)
        throws(SwaggerProblem)
    {
        try requireSecurityDefinitionsMapping()
        var definitions = securityDefinitions ?? PythonDict(py27: true)
        for entry in authorizers.entries {
            definitions.set(
                entry.name, try entry.authorizer.securityScheme(partition: partition),
                unicode: entry.unicode)
        }
        securityDefinitions = definitions
    }

    /// Checks that the definition's own `securityDefinitions`, if any, is a mapping that
    /// schemes can be added to.
    func requireSecurityDefinitionsMapping() throws(SwaggerProblem) {
        if let existing = doc["securityDefinitions"], existing.isTruthy, existing.dict == nil {
            throw SwaggerProblem("'securityDefinitions' of 'DefinitionBody' must be a mapping")
        }
    }

    /// Gives every method of `path` that has an integration the API's default authorizer,
    /// unless an event chose another one or `NONE` (which is dropped, as the marker it is).
    mutating func setDefaultAuthorizer(
        path: String, authorizer defaultName: PythonValue, authorizers: ApiAuthorizerSet,
        includingPreflight: Bool
    ) throws(SwaggerProblem) {
        let name = Self.pythonText(defaultName)
        let authorizerNames = Set(["AWS_IAM"] + authorizers.entries.map(\.name))
        var addsIAM = false
        try editAllMethods(of: path) {
            (method: String, definition: inout PythonDict) throws(SwaggerProblem) in
            if !includingPreflight, method == "options" { return }
            var others: [PythonValue] = []
            var chosen: [PythonValue] = []
            for requirement in try Self.securityList(definition, path: path, method: method) {
                if Set(requirement.dict?.keys ?? []).isDisjoint(with: authorizerNames) {
                    others.append(requirement)
                } else {
                    chosen.append(requirement)
                }
            }
            var authorizerSecurity: [PythonValue] = []
            if let none = others.firstIndex(where: { $0.dict?.contains("NONE") == true }) {
                others.remove(at: none)
            } else if !chosen.isEmpty {
                authorizerSecurity = chosen
            } else {
                var requirement = PythonDict(py27: true)
                let scopes = authorizers[name]?.scopes ?? .list([])
                requirement.set(name, scopes, unicode: Self.isUnicode(defaultName))
                authorizerSecurity = [.dict(requirement)]
            }
            let security = others + authorizerSecurity
            guard !security.isEmpty else { return }
            definition.set("security", .list(security))
            if security.first?.dict?.contains("AWS_IAM") == true { addsIAM = true }
        }
        if addsIAM { addAwsIamSecurityDefinition() }
    }

    /// Requires an API key on every method of `path` that has an integration, unless an event
    /// said `ApiKeyRequired: false`; `OPTIONS` methods only when `includingPreflight`.
    mutating func setDefaultApiKeyRequired(path: String, includingPreflight: Bool)
        throws(SwaggerProblem)
    {
        let keyNames: Set<String> = ["api_key", "api_key_false"]
        try editAllMethods(of: path) {
            (method: String, definition: inout PythonDict) throws(SwaggerProblem) in
            let existing = try Self.securityList(definition, path: path, method: method)
            var others: [PythonValue] = []
            var keyed: [PythonValue] = []
            for requirement in existing {
                if Set(requirement.dict?.keys ?? []).isDisjoint(with: keyNames) {
                    others.append(requirement)
                } else {
                    keyed.append(requirement)
                }
            }
            var keySecurity: [PythonValue] = []
            if let optOut = keyed.firstIndex(where: { $0.dict?.contains("api_key_false") == true })
            {
                keyed.remove(at: optOut)
            } else {
                keySecurity = [.dict(PythonDict.py27([("api_key", .list([]))]))]
            }
            var security = others + keySecurity
            if method == "options", !includingPreflight { security = others }
            if !PythonValue.list(security).pythonEquals(.list(existing)) {
                definition.set("security", .list(security))
            }
        }
    }

    /// A method's `security`, checked to be a list of mappings.
    private static func securityList(_ definition: PythonDict, path: String, method: String)
        throws(SwaggerProblem) -> [PythonValue]
    {
        let value = definition["security"] ?? .list([])
        guard let list = value.list else {
            throw SwaggerProblem(
                "'security' of method '\(method)' of path '\(path)' must be a list")
        }
        for item in list where item.dict == nil {
            throw SwaggerProblem(
                "'\(pythonText(item))' in the security of path \(path) method \(method) is not "
                    + "a mapping")
        }
        return list
    }

    static func isUnicode(_ value: PythonValue) -> Bool {
        if case .str(_, let unicode) = value { return unicode }
        return false
    }
}
