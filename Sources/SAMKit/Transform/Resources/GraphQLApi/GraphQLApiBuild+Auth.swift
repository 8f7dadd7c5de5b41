extension GraphQLApiBuild {
    /// The configuration property each authentication type needs, and where SAM takes it from.
    private static let configurations = [
        "AWS_LAMBDA": (samName: "LambdaAuthorizer", name: "LambdaAuthorizerConfig"),
        "OPENID_CONNECT": (samName: "OpenIDConnect", name: "OpenIDConnectConfig"),
        "AMAZON_COGNITO_USER_POOLS": (samName: "UserPool", name: "UserPoolConfig"),
    ]

    /// Sets `AuthenticationType`, its configuration and `AdditionalAuthenticationProviders`
    /// from `Auth`; returns the ARNs of the Lambda authorizers, which AppSync must be allowed
    /// to invoke.
    func addAuth(to properties: inout Mapping) throws(Diagnostic) -> [Node] {
        let auth = resource["Auth"]?.mapping ?? Mapping()
        var lambdaAuthorizers: [Node] = []

        // The default authorization.
        var primary = auth
        primary.remove("Additional")
        properties["AuthenticationType"] = auth["Type"]
        if let (name, config) = try configuration(primary, path: "Auth", additional: false) {
            properties[name] = config
            if name == "LambdaAuthorizerConfig", let arn = config["AuthorizerUri"] {
                lambdaAuthorizers.append(arn)
            }
        }

        // The additional ones.
        var providers: [Node] = []
        for (index, item) in (auth["Additional"]?.sequence ?? []).enumerated() {
            let map = item.mapping ?? Mapping()
            var provider = Mapping()
            provider["AuthenticationType"] = map["Type"]
            if let (name, config) = try configuration(
                map, path: "Auth.Additional.\(index)", additional: true)
            {
                provider[name] = config
                if name == "LambdaAuthorizerConfig", let arn = config["AuthorizerUri"] {
                    lambdaAuthorizers.append(arn)
                }
            }
            providers.append(.mapping(provider))
        }
        if !providers.isEmpty {
            properties["AdditionalAuthenticationProviders"] = .sequence(providers)
        }
        return lambdaAuthorizers
    }

    /// The name and value of the configuration property `authorizer`'s type needs, or `nil`
    /// for a type that needs none (`API_KEY`, `AWS_IAM`) or an empty configuration.
    private func configuration(_ authorizer: Mapping, path: String, additional: Bool)
        throws(Diagnostic) -> (String, Node)?
    {
        let givenKeys = authorizer.filter { !$0.value.isNull }.map(\.key)
        if givenKeys.count > 2 {
            throw resource.error(
                "'\(path)' gives more than one authentication configuration: "
                    + givenKeys.filter { $0 != "Type" }.map { "'\($0)'" }.joined(separator: ", ")
                    + "; give only the one its 'Type' needs",
                at: resource.mark(of: "Auth"))
        }
        guard let type = authorizer["Type"]?.string, let wanted = Self.configurations[type] else {
            return nil
        }
        guard let value = authorizer[wanted.samName], var config = value.mapping else {
            throw resource.error(
                "'\(path)' has type '\(type)', which needs '\(wanted.samName)'",
                at: resource.mark(of: "Auth"))
        }
        for entry in config where entry.value.isNull { config.remove(entry.key) }
        // Only the default user pool authorization takes a default action.
        if additional { config.remove("DefaultAction") }
        return config.isEmpty ? nil : (wanted.name, .mapping(config))
    }
}
