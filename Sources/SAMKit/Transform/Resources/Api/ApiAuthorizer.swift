/// One authorizer of a REST API: an entry of `Auth.Authorizers`, or the `AWS_IAM` one that
/// `DefaultAuthorizer: AWS_IAM` implies.
///
/// A Cognito authorizer is one with a `UserPoolArn`; any other is a Lambda authorizer, of
/// payload type `TOKEN` (the default) or `REQUEST`. The definition's security scheme is built
/// key by key in the reference's order, since the deployment's name hashes its Python text.
struct ApiAuthorizer {
    enum Kind {
        case awsIam, cognito, lambda
    }

    let name: String
    let kind: Kind
    let userPoolArn: PythonValue?
    let functionArn: PythonValue?
    let identity: PythonValue?
    /// `TOKEN` or `REQUEST`; `nil` when not written, which means `TOKEN`.
    let payloadType: String?
    let invokeRole: PythonValue?
    /// The authorizer's `AuthorizationScopes`, an empty list when not written.
    let scopes: PythonValue
    let disablesDefaultPermissions: Bool

    /// The authorizer `DefaultAuthorizer: AWS_IAM` stands for.
    init(awsIamNamed name: String) {
        self.name = name
        kind = .awsIam
        userPoolArn = nil
        functionArn = nil
        identity = nil
        payloadType = nil
        invokeRole = nil
        scopes = .list([])
        disablesDefaultPermissions = false
    }

    /// Reads and checks the authorizer `name` of `Auth.Authorizers`.
    init(name: String, configuration: PythonDict) throws(SwaggerProblem) {
        self.name = name
        userPoolArn = configuration["UserPoolArn"].flatMap { $0 == .none ? nil : $0 }
        functionArn = configuration["FunctionArn"].flatMap { $0 == .none ? nil : $0 }
        identity = configuration["Identity"].flatMap { $0 == .none ? nil : $0 }
        invokeRole = configuration["FunctionInvokeRole"].flatMap { $0 == .none ? nil : $0 }
        kind = userPoolArn?.isTruthy == true ? .cognito : .lambda

        let payload = configuration["FunctionPayloadType"] ?? .none
        switch payload {
        case .none: payloadType = nil
        case .str(let text, _) where text == "TOKEN" || text == "REQUEST": payloadType = text
        default:
            throw SwaggerProblem(
                "authorizer '\(name)' has 'FunctionPayloadType' "
                    + "'\(SwaggerEditor.pythonText(payload))'; expected 'TOKEN' or 'REQUEST'")
        }
        if payloadType == "REQUEST", try Self.lacksIdentitySource(identity, name: name) {
            throw SwaggerProblem(
                "authorizer '\(name)' of type 'REQUEST' needs an 'Identity' with at least one "
                    + "of 'Headers', 'QueryStrings', 'StageVariables' or 'Context'")
        }
        let scopes = configuration["AuthorizationScopes"] ?? .none
        switch scopes {
        case .none: self.scopes = .list([])
        case .list: self.scopes = scopes
        default:
            throw SwaggerProblem(
                "'AuthorizationScopes' of authorizer '\(name)' must be a list")
        }
        switch configuration["DisableFunctionDefaultPermissions"] ?? .none {
        case .none: disablesDefaultPermissions = false
        case .bool(let flag): disablesDefaultPermissions = flag
        default:
            throw SwaggerProblem(
                "'DisableFunctionDefaultPermissions' of authorizer '\(name)' must be true or "
                    + "false")
        }
    }

    /// Whether a `REQUEST` authorizer's identity names no source. A positive
    /// `ReauthorizeEvery` (caching) needs one; when it is 0 or cannot be read as a number the
    /// reference asks for a source only when `ReauthorizeEvery` is absent or unreadable.
    private static func lacksIdentitySource(_ identity: PythonValue?, name: String)
        throws(SwaggerProblem) -> Bool
    {
        guard let identity, identity.isTruthy else { return true }
        guard let dict = identity.dict else {
            throw SwaggerProblem("'Identity' of authorizer '\(name)' must be a mapping")
        }
        let missing = ["Headers", "QueryStrings", "StageVariables", "Context"].allSatisfy {
            dict[$0]?.isTruthy != true
        }
        guard let ttl = dict["ReauthorizeEvery"], ttl != .none,
            let seconds = pythonInt(ttl)
        else { return missing }
        return seconds > 0 && missing
    }

    /// Python's `int(value)`, or `nil` where it raises.
    static func pythonInt(_ value: PythonValue) -> Int? {
        switch value {
        case .bool(let flag): return flag ? 1 : 0
        case .int(let number): return number
        case .float(let number):
            guard number.isFinite, abs(number) < 9e18 else { return nil }
            return Int(number)
        case .str(let text, _):
            var trimmed = Substring(text)
            while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
            while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
            var digits = trimmed
            if let sign = digits.first, sign == "+" || sign == "-" { digits.removeFirst() }
            guard !digits.isEmpty, !digits.hasPrefix("_"), !digits.hasSuffix("_"),
                !digits.contains("__"),
                digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") })
            else { return nil }
            return Int(String(trimmed.filter { $0 != "_" }))
        default: return nil
        }
    }

    // MARK: The security scheme

    /// The header the scheme names: `Unused` for a `REQUEST` authorizer, else the identity's
    /// `Header` or `Authorization`.
    private func headerName() throws(SwaggerProblem) -> PythonValue {
        if kind == .lambda, payloadType == "REQUEST" { return .str("Unused") }
        if let identity, identity.isTruthy, identity.dict == nil {
            throw SwaggerProblem(
                "'Identity' of authorizer '\(name)' must be a mapping of identity settings")
        }
        if let header = identity?["Header"], header.isTruthy { return header }
        return .str("Authorization")
    }

    private var authType: String {
        switch kind {
        case .awsIam: "awsSigv4"
        case .cognito: "cognito_user_pools"
        case .lambda: "custom"
        }
    }

    /// `method.request.header.X, method.request.querystring.Y, ...` for a `REQUEST` authorizer.
    private func identitySource() throws(SwaggerProblem) -> PythonValue {
        let prefixes = [
            ("Headers", "method.request.header."), ("QueryStrings", "method.request.querystring."),
            ("StageVariables", "stageVariables."), ("Context", "context."),
        ]
        var parts: [String] = []
        var unicode = false
        for (key, prefix) in prefixes {
            guard let value = identity?[key], value.isTruthy else { continue }
            guard let items = value.list else {
                throw SwaggerProblem(
                    "'Identity.\(key)' of authorizer '\(name)' must be a list of strings")
            }
            for (index, item) in items.enumerated() {
                guard case .str(let text, let isUnicode) = item else {
                    throw SwaggerProblem(
                        "'Identity.\(key)[\(index)]' of authorizer '\(name)' must be a string")
                }
                parts.append(prefix + text)
                if isUnicode { unicode = true }
            }
        }
        return .str(parts.joined(separator: ", "), unicode: unicode)
    }

    /// The scheme written under the authorizer's name in `securityDefinitions`.
    func securityScheme(partition: String) throws(SwaggerProblem) -> PythonValue {
        var scheme = PythonDict(py27: true)
        scheme.set("type", .str("apiKey"))
        scheme.set("name", try headerName())
        scheme.set("in", .str("header"))
        scheme.set("x-amazon-apigateway-authtype", .str(authType))
        let key = "x-amazon-apigateway-authorizer"
        var authorizer: PythonDict?
        switch kind {
        case .awsIam:
            break
        case .cognito:
            var cognito = PythonDict(py27: true)
            cognito.set("type", .str("cognito_user_pools"))
            let arns = userPoolArn ?? .none
            cognito.set("providerARNs", arns.list != nil ? arns : .list([arns]))
            authorizer = cognito
        case .lambda:
            var lambda = PythonDict.py27([
                ("type", .str(payloadType == "REQUEST" ? "request" : "token"))
            ])
            let arn =
                "arn:\(partition):apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
                + "${__FunctionArn__}/invocations"
            let variables = PythonDict.plain([("__FunctionArn__", functionArn ?? .none)])
            lambda.set(
                "authorizerUri",
                .dict(PythonDict.plain([("Fn::Sub", .list([.str(arn), .dict(variables)]))])))
            if let identity, identity.isTruthy, let ttl = identity["ReauthorizeEvery"],
                ttl != .none
            {
                lambda.set("authorizerResultTtlInSeconds", ttl)
            }
            if let invokeRole, invokeRole.isTruthy, invokeRole.string != "NONE" {
                lambda.set("authorizerCredentials", invokeRole)
            }
            if payloadType == "REQUEST" {
                let source = try identitySource()
                if source.isTruthy { lambda.set("identitySource", source) }
            }
            authorizer = lambda
        }
        let validates = kind == .cognito || (kind == .lambda && payloadType != "REQUEST")
        if validates, let identity, identity.isTruthy,
            let expression = identity["ValidationExpression"], expression.isTruthy
        {
            authorizer?.set("identityValidationExpression", expression)
        }
        if let authorizer { scheme.set(key, .dict(authorizer)) }
        return .dict(scheme)
    }
}
