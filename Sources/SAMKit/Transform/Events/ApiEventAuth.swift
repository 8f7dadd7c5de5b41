/// Checks an `Api` event's `Auth` against its API's and writes it into the definition.
///
/// An event's `ResourcePolicy` adds statements for its own path, as the API's does for all.
struct ApiEventAuth {
    var event: FunctionEvent
    var target: EventTarget
    var apiAuth: Node?
    var apiId: String
    var context: TransformContext

    func add(to editor: inout SwaggerEditor, path: String, method: String) throws(Diagnostic) {
        try add(to: &editor, path: path, method: method, stage: "")
    }

    /// `stage` is the stage the event's resource policy names: the API's `StageName` for a
    /// function's event; for a state machine's, the event's own `Stage`, which is usually not
    /// written (`nil`, a `null` stage, as in the reference).
    func add(to editor: inout SwaggerEditor, path: String, method: String, stage: String?)
        throws(Diagnostic)
    {
        guard let auth = event["Auth"]?.mapping else {
            throw target.error(in: event, property: "Auth", "must be a mapping")
        }
        let resolvedApiAuth = apiAuth.map { context.resolvingParameterRefs($0) }
        let apiAuthMap = resolvedApiAuth?.mapping
        let authorizers = apiAuthMap?["Authorizers"]
        let where_ = "on API method '\(method)' for path '\(path)'"

        if let authorizer = auth["Authorizer"], authorizer.isPythonTruthy {
            let name = authorizer.string ?? ""
            if name != "AWS_IAM" {
                if name != "NONE" {
                    guard let authorizers, authorizers.isPythonTruthy else {
                        throw target.error(
                            in: event,
                            "cannot set authorizer '\(name)' \(where_), since the API defines "
                                + "no 'Authorizers'")
                    }
                    guard let map = authorizers.mapping else {
                        throw .error(
                            "resource '\(apiId)': property 'Auth.Authorizers' must be a mapping",
                            rule: "transform", at: authorizers.mark)
                    }
                    guard map[name]?.isPythonTruthy == true else {
                        var message =
                            "cannot set authorizer '\(name)' \(where_), since the API's "
                            + "'Authorizers' do not define it"
                        if let near = Suggestion.nearest(to: name, among: map.keys) {
                            message += "; did you mean '\(near)'?"
                        }
                        throw target.error(in: event, message, at: authorizer.mark)
                    }
                } else if apiAuthMap?["DefaultAuthorizer"]?.isPythonTruthy != true {
                    throw target.error(
                        in: event,
                        "authorizer 'NONE' \(where_) only makes sense when the API has a "
                            + "'DefaultAuthorizer'", at: authorizer.mark)
                }
            }
        }
        if let scopes = auth["AuthorizationScopes"], scopes.isPythonTruthy {
            guard scopes.sequence != nil else {
                throw target.error(
                    in: event, property: "Auth.AuthorizationScopes", "must be a list")
            }
            if auth["Authorizer"]?.isPythonTruthy != true {
                throw target.error(
                    in: event, "'AuthorizationScopes' works only when 'Authorizer' is set")
            }
        }
        let apiKeyRequired = auth["ApiKeyRequired"]
        if let apiKeyRequired, !apiKeyRequired.isNull, !apiKeyRequired.isPythonTruthy,
            apiAuthMap?["ApiKeyRequired"]?.isPythonTruthy != true
        {
            throw target.error(
                in: event,
                "cannot set 'ApiKeyRequired' to false \(where_), since the API does not "
                    + "require API keys")
        }
        if auth["Authorizer"]?.isPythonTruthy == true
            || (apiKeyRequired != nil && apiKeyRequired?.isNull == false)
        {
            let authorizersValue = apiAuth?["Authorizers"].map { PythonValue(template: $0) }?.dict
            do {
                try editor.addAuth(
                    toPath: path, method: method,
                    auth: PythonValue(template: .mapping(auth)).dict ?? PythonDict(py27: true),
                    apiAuthorizers: authorizersValue)
            } catch {
                throw target.error(in: event, error.message)
            }
        }
        if let policy = auth["ResourcePolicy"], policy.isPythonTruthy {
            guard let dict = PythonValue(template: policy).dict else {
                throw target.error(
                    in: event, property: "Auth.ResourcePolicy",
                    "must be a mapping of policy settings")
            }
            let stageNode = context.resources[apiId]?["Properties"]?["StageName"]
            let stageValue: PythonValue =
                if let stage {
                    stageNode?.string == stage ? RestApiAuth.stageValue(stageNode) : .str(stage)
                } else {
                    .none
                }
            do {
                try editor.addResourcePolicy(dict, path: path, stage: stageValue)
                if let statements = dict["CustomStatements"], statements.isTruthy {
                    editor.addCustomStatements(statements)
                }
            } catch {
                throw target.error(in: event, error.message)
            }
        }
    }
}
