/// One authorizer of an HTTP API's `Auth.Authorizers`, checked, and written as the security
/// scheme its OpenAPI definition declares.
///
/// The kind follows from what is written: `JwtConfiguration` makes an OAuth2 (JWT)
/// authorizer, anything else a Lambda (request) authorizer; `EnableIamAuthorizer` adds the
/// built-in `AWS_IAM` one. A property of the other kind is an error, as in the reference.
struct HttpApiAuthorizer {
    enum Kind {
        case iam
        case jwt
        case lambda
    }

    var name: String
    var kind: Kind
    var config: Mapping
    /// The scopes a method using this authorizer gets when it names none; `nil` when unset.
    var authorizationScopes: Node?

    /// The built-in IAM authorizer.
    static let iam = HttpApiAuthorizer(name: "AWS_IAM", kind: .iam, config: Mapping())

    private init(name: String, kind: Kind, config: Mapping) {
        self.name = name
        self.kind = kind
        self.config = config
        authorizationScopes = config["AuthorizationScopes"].flatMap { $0.isNull ? nil : $0 }
    }

    /// Each property and the kind of authorizer it belongs to, in the order they are checked.
    private static let properties: [(name: String, kind: Kind, hint: String)] = [
        ("AuthorizationScopes", .jwt, "OAuth2 authorizers"),
        ("JwtConfiguration", .jwt, "OAuth2 authorizers"),
        ("IdentitySource", .jwt, "OAuth2 authorizers; a Lambda authorizer uses 'Identity'"),
        ("FunctionArn", .lambda, "Lambda authorizers"),
        ("FunctionInvokeRole", .lambda, "Lambda authorizers"),
        ("Identity", .lambda, "Lambda authorizers"),
        ("AuthorizerPayloadFormatVersion", .lambda, "Lambda authorizers"),
        ("EnableSimpleResponses", .lambda, "Lambda authorizers"),
        ("EnableFunctionDefaultPermissions", .lambda, "Lambda authorizers"),
    ]

    /// The authorizer `name` as written, or a message saying what is wrong with it.
    init(name: String, node: Node) throws(OpenApiEditor.Problem) {
        let prefix = "authorizer '\(name)'"
        guard let config = node.mapping else {
            throw .init("\(prefix) must be a mapping, but it is \(node.kindDescription)")
        }
        if config["OpenIdConnectUrl"] != nil {
            throw .init(
                "\(prefix) uses 'OpenIdConnectUrl', which SAM no longer supports; use "
                    + "'JwtConfiguration' with an 'issuer'")
        }
        var kind = Kind.lambda
        if let jwt = config["JwtConfiguration"], jwt.isPythonTruthy {
            guard jwt.mapping != nil else {
                throw .init(
                    "\(prefix): 'JwtConfiguration' must be a mapping, but it is "
                        + jwt.kindDescription)
            }
            kind = .jwt
        }
        if let scopes = config["AuthorizationScopes"], !scopes.isNull, scopes.sequence == nil {
            throw .init("\(prefix): 'AuthorizationScopes' must be a list")
        }
        for property in Self.properties where property.kind != kind {
            if let value = config[property.name], !value.isNull {
                throw .init("\(prefix): '\(property.name)' is only for \(property.hint)")
            }
        }
        func required(_ key: String) throws(OpenApiEditor.Problem) {
            guard config[key]?.isPythonTruthy == true else {
                let what = kind == .jwt ? "an OAuth2" : "a Lambda"
                throw .init("\(prefix) is \(what) authorizer and needs '\(key)'")
            }
        }
        switch kind {
        case .jwt:
            try required("IdentitySource")
        case .lambda:
            try required("FunctionArn")
            try required("AuthorizerPayloadFormatVersion")
        case .iam:
            break
        }
        if let flag = config["EnableFunctionDefaultPermissions"], !flag.isNull, flag.bool == nil {
            throw .init(
                "\(prefix): 'EnableFunctionDefaultPermissions' must be a boolean, but it is "
                    + flag.kindDescription)
        }
        self.init(name: name, kind: kind, config: config)
    }

    /// The ARN of a Lambda authorizer's function that gets a permission to be invoked by the
    /// API: only when `EnableFunctionDefaultPermissions` is true.
    var permittedFunctionArn: Node? {
        guard kind == .lambda, config["EnableFunctionDefaultPermissions"]?.bool == true,
            let arn = config["FunctionArn"], arn.isPythonTruthy
        else { return nil }
        return arn
    }

    /// The security scheme of the OpenAPI definition.
    func securityScheme(partition: String) throws(OpenApiEditor.Problem) -> Node {
        let authorizerKey = "x-amazon-apigateway-authorizer"
        switch kind {
        case .iam:
            return [
                "type": "apiKey", "name": "Authorization", "in": "header",
                "x-amazon-apigateway-authtype": "awsSigv4",
            ]
        case .jwt:
            var jwt = Mapping()
            for entry in config["JwtConfiguration"]?.mapping ?? Mapping() {
                jwt.set(Mapping.Entry(key: entry.key.lowercased(), value: entry.value))
            }
            var authorizer = Mapping()
            authorizer["jwtConfiguration"] = .mapping(jwt)
            authorizer["identitySource"] = config["IdentitySource"]
            authorizer["type"] = "jwt"
            return ["type": "oauth2", authorizerKey: .mapping(authorizer)]
        case .lambda:
            var authorizer = Mapping()
            authorizer["type"] = "request"
            authorizer["authorizerUri"] = [
                "Fn::Sub": [
                    .string(
                        "arn:\(partition):apigateway:${AWS::Region}:lambda:path/2015-03-31/"
                            + "functions/${__FunctionArn__}/invocations"),
                    ["__FunctionArn__": config["FunctionArn"] ?? Node(.null)],
                ]
            ]
            if let role = config["FunctionInvokeRole"], role.isPythonTruthy,
                role.string != "NONE"
            {
                authorizer["authorizerCredentials"] = role
            }
            if let identity = config["Identity"], identity.isPythonTruthy {
                guard let map = identity.mapping else {
                    throw .init(
                        "authorizer '\(name)': 'Identity' must be a mapping, but it is "
                            + identity.kindDescription)
                }
                if let ttl = map["ReauthorizeEvery"], !ttl.isNull {
                    authorizer["authorizerResultTtlInSeconds"] = ttl
                }
                authorizer["identitySource"] = .sequence(try identitySources(map))
            }
            authorizer["authorizerPayloadFormatVersion"] = config["AuthorizerPayloadFormatVersion"]
            if let simple = config["EnableSimpleResponses"], simple.isPythonTruthy {
                authorizer["enableSimpleResponses"] = simple
            }
            return [
                "type": "apiKey", "name": "Unused", "in": "header",
                authorizerKey: .mapping(authorizer),
            ]
        }
    }

    /// `Identity`'s headers, query strings, stage variables and context, as API Gateway
    /// names identity sources.
    private func identitySources(_ identity: Mapping) throws(OpenApiEditor.Problem) -> [Node] {
        var sources: [Node] = []
        let prefixes = [
            ("Headers", "$request.header."), ("QueryStrings", "$request.querystring."),
            ("StageVariables", "$stageVariables."), ("Context", "$context."),
        ]
        for (key, prefix) in prefixes {
            guard let value = identity[key], value.isPythonTruthy else { continue }
            guard let items = value.sequence, items.allSatisfy({ $0.string != nil }) else {
                throw .init(
                    "authorizer '\(name)': 'Identity.\(key)' must be a list of strings")
            }
            sources += items.compactMap { $0.string }.map { .string(prefix + $0) }
        }
        return sources
    }
}
