/// Translates an `HttpApi` event: a permission for API Gateway to invoke the function, and a
/// route with a Lambda proxy integration in the HTTP API's OpenAPI definition.
///
/// The implicit API pass has already given the event its `ApiId` (the implicit
/// `ServerlessHttpApi` when none is written), its `Path` and `Method` (`$default` and any
/// method when neither is written), and checked that the API exists. Functions are translated
/// before APIs, so the route goes into ``TransformContext/httpApiDefinitions``, where the API's
/// translator finds it. An API with its definition in `DefinitionUri` gets only the
/// permission.
struct HttpApiEventSource: FunctionEventSource {
    let eventType = "HttpApi"

    let schema = PropertySchema(
        "HttpApi",
        [
            PropertySpec("Path", .string),
            PropertySpec("Method", .string),
            PropertySpec("ApiId", .string),
            PropertySpec("Stage", .string),
            PropertySpec("Auth", .mapping),
            PropertySpec("TimeoutInMillis", .integer),
            PropertySpec("RouteSettings", .mapping),
            PropertySpec("PayloadFormatVersion", .string),
        ])

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let rawApiId = event["ApiId"] ?? Node(.null)
        let apiId = rawApiId["Ref"]?.string ?? rawApiId.string ?? ""
        guard let path = event["Path"]?.string, let method = event["Method"]?.string,
            let api = context.resources[apiId]
        else {
            throw target.error(
                in: event, "needs a 'Path', a 'Method' and an 'ApiId' naming an HTTP API")
        }
        let apiProperties = api["Properties"]?.mapping ?? Mapping()
        let body = context.httpApiDefinitions[apiId] ?? apiProperties["DefinitionBody"]
        var editor: OpenApiEditor?
        if let body, body.isPythonTruthy {
            editor = try openApiEditor(body, apiId: apiId, event: event, target: target)
        }

        var resources: [CloudFormationResource] = []
        if let permission = try permission(
            event, target: target, path: path, method: method, apiId: rawApiId, editor: editor)
        {
            resources.append(permission)
        }

        guard let body, !body.isNull else { return EventTranslation(resources: resources) }
        var routes = try openApiEditor(body, apiId: apiId, event: event, target: target)
        try addRoute(
            event, to: &routes, target: target, path: path, method: method.lowercased(),
            api: apiProperties)
        context.httpApiDefinitions[apiId] = routes.result
        return EventTranslation(resources: resources)
    }

    private func openApiEditor(
        _ body: Node, apiId: String, event: FunctionEvent, target: EventTarget
    ) throws(Diagnostic) -> OpenApiEditor {
        do {
            return try OpenApiEditor(body)
        } catch {
            throw target.error(
                in: event,
                "cannot add a route to the 'DefinitionBody' of '\(apiId)': \(error.message)")
        }
    }

    /// The permission for the route, or `nil` when the function already serves the API's
    /// `$default` route, whose permission covers every route.
    private func permission(
        _ event: FunctionEvent, target: EventTarget, path written: String, method: String,
        apiId: Node, editor: OpenApiEditor?
    ) throws(Diagnostic) -> CloudFormationResource? {
        // API Gateway drops one trailing slash.
        var path = written
        if path.count > 1, path.hasSuffix("/") { path.removeLast() }
        if path == OpenApiEditor.defaultPath {
            path = ""
        } else if let editor, servesDefaultRoute(editor, function: target.functionLogicalId) {
            return nil
        }
        path = Self.wildcardingParameters(path)
        let lower = method.lowercased()
        let isAny = lower == "any" || lower == OpenApiEditor.anyMethod
        var resource = "${__ApiId__}/${__Stage__}"
        if lower == "any" && path == "/" + OpenApiEditor.defaultPath {
            resource += path
        } else {
            resource += "/" + (isAny ? "*" : method.uppercased()) + path
        }
        let arn = "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:" + resource
        let permission = LambdaPermission(
            principal: "apigateway.amazonaws.com",
            sourceArn: ["Fn::Sub": [.string(arn), ["__ApiId__": apiId, "__Stage__": "*"]]])
        return permission.resource(for: event, target: target)
    }

    /// Whether the API's `$default` route, for any method, integrates this function in every
    /// branch.
    private func servesDefaultRoute(_ editor: OpenApiEditor, function: String) -> Bool {
        let path = OpenApiEditor.defaultPath
        guard (try? editor.hasIntegration(path: path, method: OpenApiEditor.anyMethod)) == true,
            let items = try? OpenApiEditor.contents(of: editor.paths[path])
        else { return false }
        for item in items {
            guard let definitions = try? OpenApiEditor.contents(of: item[OpenApiEditor.anyMethod])
            else { return false }
            for definition in definitions {
                guard let uri = definition[OpenApiEditor.integrationKey]?["uri"],
                    uri.mapping != nil, let contents = try? OpenApiEditor.contents(of: uri)
                else { return false }
                for content in contents {
                    let text = content["Fn::Sub"]?.string ?? ""
                    guard Self.firstArnReference(in: text) == function else { return false }
                }
            }
        }
        return true
    }

    /// The logical id of the first `Name.Arn` in `text` (alphanumeric `Name`), if any.
    static func firstArnReference(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar)
        }
        let suffix = Array(".Arn".unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard isAlphanumeric(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isAlphanumeric(scalars[end]) { end += 1 }
            if end + suffix.count <= scalars.count,
                Array(scalars[end..<end + suffix.count]) == suffix
            {
                return String(String.UnicodeScalarView(scalars[index..<end]))
            }
            index = end + 1
        }
        return nil
    }

    /// `path` with each `{name}` (letters, digits, `.`, `_`, `-`) and `{proxy+}` as `*`.
    static func wildcardingParameters(_ path: String) -> String {
        var result = ""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}") {
                let name = after[..<close]
                let simple =
                    !name.isEmpty
                    && name.unicodeScalars.allSatisfy {
                        ("a"..."z").contains($0) || ("A"..."Z").contains($0)
                            || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
                    }
                if simple || name == "proxy+" {
                    result += "*"
                    rest = after[after.index(after: close)...]
                    continue
                }
            }
            result += "{"
            rest = after
        }
        return result + rest
    }

    /// The names between braces in `path`, each up to the first closing brace.
    static func pathParameters(_ path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            names.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// Adds the route, its authorizer, timeout, path parameters and payload format version.
    private func addRoute(
        _ event: FunctionEvent, to editor: inout OpenApiEditor, target: EventTarget,
        path: String, method: String, api: Mapping
    ) throws(Diagnostic) {
        let managed = api[ManagedOpenApiVersion.managedMarker]?.isPythonTruthy == true
        let uri: Node = [
            "Fn::Sub": .string(
                "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/"
                    + "functions/\(Self.shorthand(target.arn))/invocations")
        ]
        do {
            if managed, try editor.hasIntegration(path: path, method: method) {
                throw target.error(
                    in: event,
                    "the method '\(method)' of path '\(path)' is already defined by another event")
            }
            try editor.addLambdaIntegration(
                path: path, method: method, uri: uri, condition: target.condition)
            if let auth = event["Auth"], auth.isPythonTruthy {
                try addAuthorizer(
                    auth, event: event, to: &editor, target: target, path: path, method: method,
                    api: api)
            }
            if let timeout = event["TimeoutInMillis"], timeout.isPythonTruthy {
                try editor.setIntegrationValue(
                    "timeoutInMillis", timeout, path: path, method: method)
            }
            let parameters = Self.pathParameters(path)
            if !parameters.isEmpty {
                try editor.addPathParameters(parameters, path: path, method: method)
            }
            if let version = event["PayloadFormatVersion"], version.isPythonTruthy {
                try editor.setIntegrationValue(
                    "payloadFormatVersion", version, path: path, method: method)
            }
        } catch let problem as OpenApiEditor.Problem {
            throw target.error(
                in: event, "cannot add its route to the API's definition: \(problem.message)")
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw target.error(in: event, "cannot add its route to the API's definition")
        }
    }

    /// `${Name.Arn}` for a `Fn::GetAtt` to a function, `${Name}` for a `Ref` to its alias.
    static func shorthand(_ node: Node) -> String {
        if let parts = node["Fn::GetAtt"]?.sequence {
            return "${" + parts.compactMap(\.string).joined(separator: ".") + "}"
        }
        if let name = node["Ref"]?.string { return "${\(name)}" }
        return node.string ?? ""
    }

    /// Adds the event's authorizer (or the API's default) to its route, after checking that
    /// the API defines it.
    private func addAuthorizer(
        _ auth: Node, event: FunctionEvent, to editor: inout OpenApiEditor, target: EventTarget,
        path: String, method: String, api: Mapping
    ) throws {
        let route = "the method '\(method)' of path '\(path)'"
        guard let auth = auth.mapping else { return }
        let apiAuth = api["Auth"]?.mapping ?? Mapping()
        var authorizer = auth["Authorizer"].flatMap { $0.isPythonTruthy ? $0 : nil }
        let defaultAuthorizer = apiAuth["DefaultAuthorizer"].flatMap {
            $0.isPythonTruthy ? $0 : nil
        }
        if authorizer == nil {
            guard let defaultAuthorizer else {
                throw target.error(
                    in: event, property: "Auth",
                    "needs an 'Authorizer', or the HTTP API needs a 'DefaultAuthorizer'")
            }
            authorizer = defaultAuthorizer
        }
        let authorizers = apiAuth["Authorizers"]
        let iamEnabled = apiAuth["EnableIamAuthorizer"]?.bool == true
        let name = authorizer?.string
        if name != "NONE" && !(name == "AWS_IAM" && iamEnabled) {
            guard let name else {
                throw target.error(
                    in: event, property: "Auth",
                    "has an 'Authorizer' that is \(authorizer?.kindDescription ?? "null"), but it "
                        + "must be the name of one of the HTTP API's 'Authorizers'")
            }
            if let authorizers, authorizers.mapping == nil {
                throw target.error(
                    in: event, property: "Auth",
                    "names the authorizer '\(name)', but the HTTP API's 'Authorizers' is "
                        + "\(authorizers.kindDescription), not a mapping of names to authorizers")
            }
            guard let defined = authorizers?.mapping, !defined.isEmpty else {
                throw target.error(
                    in: event, property: "Auth",
                    "names the authorizer '\(name)' for \(route), but the HTTP API defines no "
                        + "'Authorizers'")
            }
            guard defined[name]?.isPythonTruthy == true else {
                var message =
                    "names the authorizer '\(name)' for \(route), which is not one of the HTTP "
                    + "API's 'Authorizers'"
                if let near = Suggestion.nearest(to: name, among: defined.keys) {
                    message += "; did you mean '\(near)'?"
                }
                throw target.error(in: event, property: "Auth", message)
            }
        } else if name == "NONE", defaultAuthorizer == nil {
            throw target.error(
                in: event, property: "Auth",
                "sets the authorizer 'NONE' for \(route), which only turns off a "
                    + "'DefaultAuthorizer', and the HTTP API has none")
        }
        let eventScopes = auth["AuthorizationScopes"]
        if let eventScopes, eventScopes.isPythonTruthy, eventScopes.sequence == nil {
            throw target.error(
                in: event, property: "Auth",
                "has 'AuthorizationScopes' that is not a list of strings")
        }
        guard let name else { return }
        var scopes: Node = .sequence([])
        if name != "NONE" && name != "AWS_IAM" {
            let definition = authorizers?[name]
            if let definition, !definition.isNull, definition.mapping == nil {
                throw target.error(
                    in: event, property: "Auth",
                    "names the authorizer '\(name)', which the HTTP API does not define as a "
                        + "mapping")
            }
            var chosen = definition?["AuthorizationScopes"]
            if let eventScopes, eventScopes.isPythonTruthy { chosen = eventScopes }
            if definition?.isPythonTruthy == true, let chosen, chosen.isPythonTruthy {
                scopes = chosen
            }
        }
        try editor.addMethodAuthorizer(name, scopes: scopes, path: path, method: method)
    }
}
