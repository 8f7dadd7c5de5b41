/// The `Auth` of an `AWS::Serverless::Api`: authorizers, the default authorizer and API key
/// requirement of every method, the resource policy, and the permissions that let API
/// Gateway call Lambda authorizers.
///
/// It edits the definition after the function events have added their methods (so that an
/// event's own authorizer, `NONE` or `ApiKeyRequired: false` wins over the defaults), and
/// works only on a definition the template holds inline, as the reference does.
struct RestApiAuth {
    static let propertyNames: Set<String> = [
        "Authorizers", "DefaultAuthorizer", "InvokeRole", "AddDefaultAuthorizerToCorsPreflight",
        "AddApiKeyRequiredToCorsPreflight", "ApiKeyRequired", "ResourcePolicy", "UsagePlan",
    ]

    let resource: SAMResource
    /// `Auth` with parameter references resolved, as the reference reads it.
    let auth: PythonDict

    /// The API's `Auth`, or `nil` when it has none (or one Python counts as false).
    ///
    /// - Throws: where a parameter reference in it cannot be resolved as the reference does.
    init?(resource: SAMResource, context: TransformContext) throws(Diagnostic) {
        guard let node = resource["Auth"],
            let auth = PythonValue(template: try context.resolveParameterRefs(node)).dict,
            !auth.isEmpty
        else { return nil }
        self.resource = resource
        self.auth = auth
    }

    /// The definition with the API's authorization written in, finished for OpenAPI 3 where
    /// the version asks for it.
    func apply(to definition: PythonValue?, partition: String) throws(Diagnostic) -> PythonValue {
        guard let definition, definition.isTruthy else {
            throw resource.error(
                property: "Auth",
                "works only with a definition written inline in 'DefinitionBody' (or built "
                    + "from function events)")
        }
        if let unknown = auth.keys.first(where: { !Self.propertyNames.contains($0) }) {
            var message = "has no setting '\(unknown)'"
            if let near = Suggestion.nearest(to: unknown, among: Self.propertyNames.sorted()) {
                message += "; did you mean '\(near)'?"
            }
            throw resource.error(property: "Auth", message)
        }
        guard SwaggerEditor.isValid(definition) else {
            throw resource.error(
                property: "Auth",
                "cannot be added, since 'DefinitionBody' is not a valid Swagger or OpenAPI "
                    + "definition")
        }
        let edited: PythonValue
        do throws(SwaggerProblem) {
            var editor = try SwaggerEditor(definition)
            let defaultAuthorizer = auth["DefaultAuthorizer"]
            if let authorizers = try ApiAuthorizerSet.read(
                auth["Authorizers"], defaultAuthorizer: defaultAuthorizer)
            {
                try editor.addAuthorizerSchemes(authorizers, partition: partition)
                try setDefaultAuthorizer(defaultAuthorizer, authorizers, on: &editor)
            }
            if auth["ApiKeyRequired"]?.isTruthy == true {
                try editor.requireSecurityDefinitionsMapping()
                editor.addApiKeySecurityDefinition()
                let preflight = auth["AddApiKeyRequiredToCorsPreflight"].map(\.isTruthy) ?? true
                for path in editor.paths.keys {
                    try editor.setDefaultApiKeyRequired(path: path, includingPreflight: preflight)
                }
            }
            if let policy = auth["ResourcePolicy"], policy.isTruthy {
                guard let dict = policy.dict else {
                    throw SwaggerProblem(
                        "'Auth.ResourcePolicy' must be a mapping of policy settings")
                }
                let stage = Self.stageValue(resource["StageName"])
                for path in editor.paths.keys {
                    try editor.addResourcePolicy(dict, path: path, stage: stage)
                }
                if let statements = dict["CustomStatements"], statements.isTruthy {
                    editor.addCustomStatements(statements)
                }
            }
            edited = editor.swagger()
        } catch {
            throw resource.error(error.message, at: resource.mark(of: "Auth"))
        }
        return try OpenApiPostprocess.apply(
            to: edited, openApiVersion: resource.setValue("OpenApiVersion"), resource: resource)
    }

    /// `StageName` as the reference holds it: a template string, except the implicit API's
    /// `Prod`, which the transform wrote (and which therefore carries no source mark).
    static func stageValue(_ node: Node?) -> PythonValue {
        guard let node else { return .none }
        if node.mark == nil, let text = node.string { return .str(text) }
        return PythonValue(template: node)
    }

    private func setDefaultAuthorizer(
        _ value: PythonValue?, _ authorizers: ApiAuthorizerSet, on editor: inout SwaggerEditor
    ) throws(SwaggerProblem) {
        guard let value, value.isTruthy else { return }
        guard let name = value.string else {
            throw SwaggerProblem("'Auth.DefaultAuthorizer' must be the name of an authorizer")
        }
        guard authorizers[name] != nil || name == "AWS_IAM" else {
            var message =
                "cannot use '\(name)' as 'DefaultAuthorizer', since 'Authorizers' does not "
                + "define it"
            if let near = Suggestion.nearest(to: name, among: authorizers.entries.map(\.name)) {
                message += "; did you mean '\(near)'?"
            }
            throw SwaggerProblem(message)
        }
        let preflight = auth["AddDefaultAuthorizerToCorsPreflight"].map(\.isTruthy) ?? true
        for path in editor.paths.keys {
            try editor.setDefaultAuthorizer(
                path: path, authorizer: value, authorizers: authorizers,
                includingPreflight: preflight)
        }
    }

    /// A permission for API Gateway to invoke each Lambda authorizer's function, unless the
    /// authorizer sets `DisableFunctionDefaultPermissions`.
    func authorizerPermissions(in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        let authorizers: ApiAuthorizerSet?
        do {
            authorizers = try ApiAuthorizerSet.read(auth["Authorizers"])
        } catch {
            throw resource.error(error.message, at: resource.mark(of: "Auth"))
        }
        var permissions: [CloudFormationResource] = []
        for entry in authorizers?.entries ?? [] {
            guard let arn = entry.authorizer.functionArn, arn.isTruthy,
                !entry.authorizer.disablesDefaultPermissions
            else { continue }
            permissions.append(
                LambdaPermission.authorizer(
                    entry.name, function: arn.node, api: resource, partition: context.partition))
        }
        return permissions
    }
}
