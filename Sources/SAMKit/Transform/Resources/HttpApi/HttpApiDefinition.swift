/// An HTTP API's inline OpenAPI definition as its translator builds it: the settings that
/// API Gateway reads from the definition rather than from the API resource.
///
/// Each setting needs an inline definition; without one, or with one that is not OpenAPI 3,
/// the setting is an error naming the API, as in the reference.
struct HttpApiDefinition {
    var resource: SAMResource
    /// The definition, `nil` when the API has none inline.
    var body: Node?
    var partition: String

    /// The editor of the definition, or an error that `setting` needs one.
    private func editor(for setting: String) throws(Diagnostic) -> OpenApiEditor {
        guard let body else {
            throw resource.error(
                property: setting, "needs the OpenAPI definition inline, in 'DefinitionBody'")
        }
        do {
            return try OpenApiEditor(body)
        } catch {
            throw resource.error(
                property: setting, "cannot be added to 'DefinitionBody': \(error.message)")
        }
    }

    private func attempt<T>(
        _ setting: String, _ body: () throws(OpenApiEditor.Problem) -> T
    ) throws(Diagnostic) -> T {
        do {
            return try body()
        } catch {
            throw resource.error(
                property: setting, "cannot be added to 'DefinitionBody': \(error.message)")
        }
    }

    // MARK: CORS

    /// The keys of `CorsConfiguration`, and how the definition's extension spells them.
    private static let corsKeys = [
        ("AllowOrigins", "allowOrigins"), ("AllowHeaders", "allowHeaders"),
        ("AllowMethods", "allowMethods"), ("ExposeHeaders", "exposeHeaders"),
        ("MaxAge", "maxAge"), ("AllowCredentials", "allowCredentials"),
    ]

    /// Merges `CorsConfiguration` (`true`, a mapping, or an intrinsic) into the definition.
    mutating func addCors(_ cors: Node) throws(Diagnostic) {
        var settings = Mapping()
        if cors.bool == true {
            settings["allowOrigins"] = ["*"]
        } else if cors.isIntrinsic {
            // An intrinsic stands for the whole configuration; its keys are respelled.
            settings = Self.respellingCorsKeys(cors).mapping ?? Mapping()
        } else if let map = cors.mapping {
            for entry in map where !Self.corsKeys.contains(where: { $0.0 == entry.key }) {
                var message = "'\(entry.key)' is not a key of 'CorsConfiguration'"
                if let near = Suggestion.nearest(
                    to: entry.key, among: Self.corsKeys.map(\.0))
                {
                    message += "; did you mean '\(near)'?"
                }
                throw resource.error(
                    message, at: entry.keyMark ?? resource.mark(of: "CorsConfiguration"))
            }
            for (key, spelled) in Self.corsKeys {
                guard let value = map[key] else { continue }
                switch key {
                case "MaxAge": if !value.isNull { settings[spelled] = value }
                case "AllowCredentials": if value.bool == true { settings[spelled] = value }
                default: if value.isPythonTruthy { settings[spelled] = value }
                }
            }
            if map["AllowCredentials"]?.bool == true, map["AllowOrigins"] == ["*"] {
                throw resource.error(
                    property: "CorsConfiguration",
                    "cannot allow credentials for every origin: with 'AllowCredentials' true, "
                        + "'AllowOrigins' must list the origins")
            }
        } else {
            throw resource.error(
                property: "CorsConfiguration",
                "must be true or a mapping, but it is \(cors.kindDescription)")
        }
        var editor = try editor(for: "CorsConfiguration")
        try attempt("CorsConfiguration") { () throws(OpenApiEditor.Problem) in
            try editor.mergeCors(settings)
        }
        body = editor.result
    }

    /// `node` with the CORS key names in its keys and strings spelled as the definition
    /// spells them, as the reference rewrites an intrinsic configuration's JSON text.
    private static func respellingCorsKeys(_ node: Node) -> Node {
        func respell(_ text: String) -> String {
            var result = text
            for (key, spelled) in corsKeys { result = result.replacing(key, with: spelled) }
            return result
        }
        switch node.content {
        case .string(let text):
            return Node(.string(respell(text)), mark: node.mark)
        case .sequence(let items):
            return Node(.sequence(items.map(respellingCorsKeys)), mark: node.mark)
        case .mapping(let map):
            var out = Mapping()
            for entry in map {
                out.set(
                    Mapping.Entry(
                        key: respell(entry.key), keyMark: entry.keyMark,
                        value: respellingCorsKeys(entry.value)))
            }
            return Node(.mapping(out), mark: node.mark)
        default:
            return node
        }
    }

    // MARK: Auth

    /// Adds the authorizers of `Auth` and the default one; returns the authorizers.
    mutating func addAuth(_ auth: Node?) throws(Diagnostic) -> [HttpApiAuthorizer] {
        guard let auth else { return [] }
        guard body != nil else {
            throw resource.error(
                property: "Auth", "needs the OpenAPI definition inline, in 'DefinitionBody'")
        }
        let known = ["Authorizers", "DefaultAuthorizer", "EnableIamAuthorizer"]
        let map = auth.mapping ?? Mapping()
        for entry in map where !known.contains(entry.key) {
            var message = "'\(entry.key)' is not a key of 'Auth'"
            if let near = Suggestion.nearest(to: entry.key, among: known) {
                message += "; did you mean '\(near)'?"
            }
            throw resource.error(message, at: entry.keyMark ?? resource.mark(of: "Auth"))
        }
        var editor = try editor(for: "Auth")
        let authorizers = try Self.authorizers(of: map, in: resource)
        var schemes = Mapping()
        for authorizer in authorizers {
            do {
                schemes[authorizer.name] = try authorizer.securityScheme(partition: partition)
            } catch {
                // The problem is the authorizer's, so it points at the authorizer.
                let place = map["Authorizers"]?.mapping?.entry(authorizer.name)?.keyMark
                throw resource.error(error.message, at: place ?? resource.mark(of: "Auth"))
            }
        }
        editor.addSecuritySchemes(schemes)

        if let name = map["DefaultAuthorizer"], name.isPythonTruthy,
            !OpenApiEditor.isNoValue(name)
        {
            guard let text = name.string else {
                throw resource.error(
                    "'Auth.DefaultAuthorizer' must be a string, but it is \(name.kindDescription)",
                    at: name.mark ?? resource.mark(of: "Auth"))
            }
            guard let authorizer = authorizers.first(where: { $0.name == text }) else {
                var message =
                    "'Auth.DefaultAuthorizer' is '\(text)', which is not one of the API's "
                    + "'Authorizers'"
                if let near = Suggestion.nearest(to: text, among: authorizers.map(\.name)) {
                    message += "; did you mean '\(near)'?"
                }
                throw resource.error(message, at: name.mark ?? resource.mark(of: "Auth"))
            }
            let scopes = authorizer.authorizationScopes ?? .sequence([])
            try attempt("Auth") { () throws(OpenApiEditor.Problem) in
                try editor.setDefaultAuthorizer(text, scopes: scopes)
            }
        }
        body = editor.result
        return authorizers
    }

    /// The authorizers of an `Auth` mapping: `AWS_IAM` first when enabled, then the ones
    /// written, in order.
    static func authorizers(of auth: Mapping, in resource: SAMResource) throws(Diagnostic)
        -> [HttpApiAuthorizer]
    {
        var authorizers: [HttpApiAuthorizer] = []
        if auth["EnableIamAuthorizer"]?.bool == true { authorizers.append(.iam) }
        guard let written = auth["Authorizers"], written.isPythonTruthy else { return authorizers }
        guard let map = written.mapping else {
            throw resource.error(
                "'Auth.Authorizers' must be a mapping of names to authorizers, but it is "
                    + written.kindDescription, at: written.mark ?? resource.mark(of: "Auth"))
        }
        for entry in map {
            do {
                let authorizer = try HttpApiAuthorizer(name: entry.key, node: entry.value)
                authorizers.removeAll { $0.name == entry.key }
                authorizers.append(authorizer)
            } catch {
                throw resource.error(error.message, at: entry.keyMark ?? resource.mark(of: "Auth"))
            }
        }
        return authorizers
    }

    // MARK: Tags, endpoint, title, description

    /// Adds `Tags` and the transform's own tag to the definition; returns the tags the stage
    /// carries.
    ///
    /// The definition lists the tags as written, then the transform's. The reference lists
    /// them in Python 2.7's dictionary order instead; API Gateway and CloudFormation do not
    /// tell the two apart.
    mutating func addTags(_ tags: Node?) throws(Diagnostic) -> Mapping? {
        if tags != nil && body == nil {
            throw resource.error(
                property: "Tags", "needs the OpenAPI definition inline, in 'DefinitionBody'")
        }
        guard body != nil else { return nil }
        guard OpenApiEditor.isValid(body) else {
            if tags != nil { _ = try editor(for: "Tags") }
            return nil
        }
        var all = tags?.mapping ?? Mapping()
        all[HttpApiTranslator.tagName] = "SAM"
        var editor = try editor(for: "Tags")
        try attempt("Tags") { () throws(OpenApiEditor.Problem) in try editor.addTags(all) }
        body = editor.result
        return all
    }

    mutating func setDisableExecuteApiEndpoint(_ value: Node) throws(Diagnostic) {
        var editor = try editor(for: "DisableExecuteApiEndpoint")
        try attempt("DisableExecuteApiEndpoint") { () throws(OpenApiEditor.Problem) in
            try editor.setDisableExecuteApiEndpoint(value)
        }
        body = editor.result
    }

    /// Sets the definition's title from `Name`; the definition must not have its own.
    mutating func setTitle(_ name: Node) throws(Diagnostic) {
        var editor = try editor(for: "Name")
        guard editor.title == OpenApiEditor.defaultTitle else {
            throw resource.error(
                property: "Name",
                "cannot set the title: 'DefinitionBody' already has 'info.title'; remove one")
        }
        editor.setTitle(name)
        body = editor.result
    }

    /// Sets the definition's description; the definition must not have its own.
    mutating func setDescription(_ description: Node) throws(Diagnostic) {
        var editor = try editor(for: "Description")
        guard editor.description?.isPythonTruthy != true else {
            throw resource.error(
                property: "Description",
                "cannot be set: 'DefinitionBody' already has 'info.description'; remove one")
        }
        editor.setDescription(description)
        body = editor.result
    }

    /// Renames the `$default` path, which with `FailOnWarnings` would fail the deployment.
    mutating func renameDefaultPath() throws(Diagnostic) {
        guard var paths = body?["paths"]?.mapping, var map = body?.mapping,
            let item = paths.remove(OpenApiEditor.defaultPath)
        else { return }
        paths["/" + OpenApiEditor.defaultPath] = item
        map["paths"] = .mapping(paths)
        body = .mapping(map)
    }
}
