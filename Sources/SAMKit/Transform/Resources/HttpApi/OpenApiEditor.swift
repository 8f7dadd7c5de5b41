/// Reads and edits an OpenAPI 3 document the way the SAM transform edits an HTTP API's
/// definition: routes with Lambda integrations, authorizers, tags, CORS, title and
/// description.
///
/// Documents are often partial (the transform builds them from a skeleton), so only what an
/// edit touches is checked. A path item or method may be an `Fn::If`; edits apply to both of
/// its branches, leaving out a branch that is `AWS::NoValue`.
struct OpenApiEditor {
    /// Why a document cannot be edited, in words that name the part at fault.
    struct Problem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    static let integrationKey = "x-amazon-apigateway-integration"
    static let anyMethod = "x-amazon-apigateway-any-method"
    static let defaultPath = "$default"
    static let tagValueKey = "x-amazon-apigateway-tag-value"
    static let corsKey = "x-amazon-apigateway-cors"
    static let endpointKey = "x-amazon-apigateway-endpoint-configuration"
    /// The title the skeleton has: the stack's name.
    static let defaultTitle: Node = ["Ref": "AWS::StackName"]

    private var document: Mapping
    var paths: Mapping
    private var securitySchemes: Mapping
    private var tags: Node
    private var info: Mapping

    /// An editor of `node`, which must be an OpenAPI 3 document with `paths`.
    init(_ node: Node?) throws(Problem) {
        guard let node, Self.isValid(node), let document = node.mapping else {
            throw Problem(
                "it is not an OpenAPI 3 document: 'openapi' must be a version such as '3.0.1' "
                    + "and 'paths' a mapping")
        }
        self.document = document
        paths = document["paths"]?.mapping ?? Mapping()
        securitySchemes = try Self.mapping(at: ["components", "securitySchemes"], in: document)
        tags = document["tags"].flatMap { $0.isPythonTruthy ? $0 : nil } ?? .sequence([])
        info = try Self.mapping(at: ["info"], in: document)
    }

    /// Whether `node` is an OpenAPI 3 document the editor can work on.
    static func isValid(_ node: Node?) -> Bool {
        guard let map = node?.mapping, !map.isEmpty, map["paths"]?.mapping != nil,
            let version = map["openapi"], version.isPythonTruthy
        else { return false }
        let text: String
        switch version.content {
        case .string(let value): text = value
        case .int(let number): text = String(number)
        case .float(let number): text = PythonNumberFormat.repr(number)
        default: return false
        }
        return isVersion3(text)
    }

    /// `3.N` or `3.N.N` with one digit each, as the transform accepts.
    private static func isVersion3(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0] == "3" else { return false }
        return parts.dropFirst().allSatisfy {
            $0.count == 1 && $0.first?.isASCII == true && $0.first?.isNumber == true
        }
    }

    /// The document the transform starts an API's definition from.
    static var skeleton: Node {
        [
            "openapi": "3.0.1",
            "info": ["version": "1.0", "title": defaultTitle],
            "paths": .mapping(Mapping()),
        ]
    }

    /// The edited document.
    var result: Node {
        var out = document
        out["paths"] = .mapping(paths)
        if tags.isPythonTruthy { out["tags"] = tags }
        if !securitySchemes.isEmpty {
            var components = out["components"]?.mapping ?? Mapping()
            components["securitySchemes"] = .mapping(securitySchemes)
            out["components"] = .mapping(components)
        }
        if !info.isEmpty { out["info"] = .mapping(info) }
        return .mapping(out)
    }

    /// The mapping at `keys`, empty when absent or null; an error when a step is not a mapping.
    private static func mapping(at keys: [String], in document: Mapping) throws(Problem) -> Mapping
    {
        var current = document
        for (index, key) in keys.enumerated() {
            guard let value = current[key], value.isPythonTruthy else { return Mapping() }
            guard let map = value.mapping else {
                let path = keys[...index].joined(separator: ".")
                throw Problem("'\(path)' must be a mapping, but it is \(value.kindDescription)")
            }
            current = map
        }
        return current
    }

    /// `method` as the document keys it: lower case, with `any` as the API Gateway extension.
    static func normalized(_ method: String) -> String {
        let lower = method.lowercased()
        return lower == "any" ? anyMethod : lower
    }

    // MARK: Conditional contents

    /// Whether `node` is `{"Ref": "AWS::NoValue"}`.
    static func isNoValue(_ node: Node) -> Bool {
        node.mapping?.count == 1 && node["Ref"]?.string == "AWS::NoValue"
    }

    /// The contents of `node`: the branches of an `Fn::If` but `AWS::NoValue`, or `node`.
    static func contents(of node: Node?) throws(Problem) -> [Node] {
        guard let node else { return [Node(.null)] }
        guard let map = node.mapping, let branches = map["Fn::If"] else { return [node] }
        guard let items = branches.sequence else {
            throw Problem("the value of 'Fn::If' must be a list")
        }
        return items.dropFirst().filter { !isNoValue($0) }
    }

    /// Applies `body` to each content of `node` (see `contents(of:)`), in place.
    static func editContents(
        of node: inout Node, _ body: (inout Node) throws(Problem) -> Void
    ) throws(Problem) {
        guard var map = node.mapping, let branches = map["Fn::If"] else {
            try body(&node)
            return
        }
        guard var items = branches.sequence else {
            throw Problem("the value of 'Fn::If' must be a list")
        }
        for index in items.indices.dropFirst() where !isNoValue(items[index]) {
            try body(&items[index])
        }
        map["Fn::If"] = Node(.sequence(items), mark: branches.mark)
        node = Node(.mapping(map), mark: node.mark)
    }

    /// `{"Fn::If": [condition, value, {"Ref": "AWS::NoValue"}]}`.
    static func conditional(_ condition: Node, _ value: Node) -> Node {
        ["Fn::If": [condition, value, ["Ref": "AWS::NoValue"]]]
    }

    private static func pathItemProblem(_ path: String) -> Problem {
        Problem("the path '\(path)' must be a mapping of methods")
    }

    private static func methodProblem(_ method: String, _ path: String) -> Problem {
        Problem("the method '\(method)' of path '\(path)' must be a mapping")
    }

    static func hasIntegration(_ definition: Node) -> Bool {
        definition[integrationKey]?.isPythonTruthy == true
    }

    // MARK: Paths and integrations

    /// Whether the path has the method in every branch.
    func hasPath(_ path: String, method: String) throws(Problem) -> Bool {
        guard paths[path] != nil else { return false }
        let method = Self.normalized(method)
        for item in try Self.contents(of: paths[path]) {
            guard item.mapping?[method] != nil else { return false }
        }
        return true
    }

    /// Whether the method of the path has an integration in every branch.
    func hasIntegration(path: String, method: String) throws(Problem) -> Bool {
        let method = Self.normalized(method)
        guard try hasPath(path, method: method) else { return false }
        for item in try Self.contents(of: paths[path]) {
            guard let map = item.mapping else { throw Self.pathItemProblem(path) }
            guard let definition = map[method], definition.mapping != nil else { return false }
            var found = false
            for content in try Self.contents(of: definition) {
                guard content.mapping != nil else { throw Self.methodProblem(method, path) }
                if Self.hasIntegration(content) { found = true }
            }
            if !found { return false }
        }
        return true
    }

    /// Adds the path and an empty method to it, unless they are there.
    mutating func addPath(_ path: String, method: String) throws(Problem) {
        let method = Self.normalized(method)
        var item = paths[path] ?? .mapping(Mapping())
        guard item.mapping != nil else { throw Self.pathItemProblem(path) }
        try Self.editContents(of: &item) { content throws(Problem) in
            guard var map = content.mapping else { throw Self.pathItemProblem(path) }
            if map[method] == nil { map[method] = .mapping(Mapping()) }
            content = Node(.mapping(map), mark: content.mark)
        }
        paths[path] = item
    }

    /// Adds a Lambda proxy integration to the method of the path, unless it has one; under
    /// `condition`, the method exists only where the condition holds.
    mutating func addLambdaIntegration(
        path: String, method: String, uri: Node, condition: Node?
    ) throws(Problem) {
        let method = Self.normalized(method)
        if try hasIntegration(path: path, method: method) { return }
        try addPath(path, method: method)
        let uri = condition.map { Self.conditional($0, uri) } ?? uri
        var item = paths[path] ?? .mapping(Mapping())
        try Self.editContents(of: &item) { content throws(Problem) in
            guard var map = content.mapping else { throw Self.pathItemProblem(path) }
            var definition = map[method]?.mapping ?? Mapping()
            var integration = Mapping()
            integration["type"] = "aws_proxy"
            integration["httpMethod"] = "POST"
            integration["payloadFormatVersion"] = "2.0"
            integration["uri"] = uri
            definition[Self.integrationKey] = .mapping(integration)
            if path == Self.defaultPath && method == Self.anyMethod {
                definition["isDefaultRoute"] = true
            }
            if definition["responses"] == nil { definition["responses"] = .mapping(Mapping()) }
            var value = Node(.mapping(definition))
            if let condition { value = Self.conditional(condition, value) }
            map[method] = value
            content = Node(.mapping(map), mark: content.mark)
        }
        paths[path] = item
    }

    /// Applies `body` to each definition of the method of the path that has an integration.
    mutating func editMethodDefinitions(
        path: String, method: String, _ body: (inout Mapping) throws(Problem) -> Void
    ) throws(Problem) {
        let method = Self.normalized(method)
        guard var item = paths[path] else { return }
        try Self.editContents(of: &item) { content throws(Problem) in
            guard var map = content.mapping else { throw Self.pathItemProblem(path) }
            guard var definition = map[method] else {
                throw Self.methodProblem(method, path)
            }
            try Self.editContents(of: &definition) { inner throws(Problem) in
                guard var methodMap = inner.mapping else {
                    throw Self.methodProblem(method, path)
                }
                guard Self.hasIntegration(inner) else { return }
                try body(&methodMap)
                inner = Node(.mapping(methodMap), mark: inner.mark)
            }
            map[method] = definition
            content = Node(.mapping(map), mark: content.mark)
        }
        paths[path] = item
    }

    /// Sets a key of the method's integration.
    mutating func setIntegrationValue(
        _ key: String, _ value: Node, path: String, method: String
    ) throws(Problem) {
        try editMethodDefinitions(path: path, method: method) { definition throws(Problem) in
            var integration = definition[Self.integrationKey]?.mapping ?? Mapping()
            integration[key] = value
            definition[Self.integrationKey] = .mapping(integration)
        }
    }

    /// Declares each name as a required path parameter of the method.
    mutating func addPathParameters(_ names: [String], path: String, method: String)
        throws(Problem)
    {
        try editMethodDefinitions(path: path, method: method) { definition throws(Problem) in
            var parameters = definition["parameters"]?.sequence ?? []
            for name in names {
                if let index = parameters.firstIndex(where: { $0["name"]?.string == name }),
                    var existing = parameters[index].mapping
                {
                    existing["in"] = "path"
                    existing["required"] = true
                    parameters[index] = .mapping(existing)
                } else {
                    parameters.append(["name": .string(name), "in": "path", "required": true])
                }
            }
            definition["parameters"] = .sequence(parameters)
        }
    }

    /// Wraps the whole path in `Fn::If` on the condition.
    mutating func makePathConditional(_ path: String, condition: String) {
        guard let item = paths[path] else { return }
        paths[path] = Self.conditional(.string(condition), item)
    }

    // MARK: Authorizers

    /// Adds the authorizers' security schemes.
    mutating func addSecuritySchemes(_ schemes: Mapping) {
        for entry in schemes { securitySchemes.set(entry) }
    }

    /// Gives every method with an integration and no `security` of its own the default
    /// authorizer.
    mutating func setDefaultAuthorizer(_ name: String, scopes: Node) throws(Problem) {
        for path in paths.keys {
            guard var item = paths[path] else { continue }
            try Self.editContents(of: &item) { content throws(Problem) in
                guard var map = content.mapping else { throw Self.pathItemProblem(path) }
                for method in map.keys {
                    let normalized = Self.normalized(method)
                    if normalized == "parameters" || normalized == "options" { continue }
                    guard map[normalized] != nil, var definition = map[method] else {
                        throw Problem(
                            "the path '\(path)' has the method '\(method)', which the "
                                + "definition must write as '\(normalized)'")
                    }
                    try Self.editContents(of: &definition) { inner throws(Problem) in
                        guard var methodMap = inner.mapping else {
                            throw Self.methodProblem(method, path)
                        }
                        guard Self.hasIntegration(inner),
                            methodMap["security"]?.isPythonTruthy != true
                        else { return }
                        methodMap["security"] = [
                            .mapping(Mapping([.init(key: name, value: scopes)]))
                        ]
                        inner = Node(.mapping(methodMap), mark: inner.mark)
                    }
                    map[method] = definition
                }
                content = Node(.mapping(map), mark: content.mark)
            }
            paths[path] = item
        }
    }

    /// Adds one authorizer, with its scopes, to the security of the method of the path.
    mutating func addMethodAuthorizer(
        _ name: String, scopes: Node, path: String, method: String
    ) throws(Problem) {
        try editMethodDefinitions(path: path, method: method) { definition throws(Problem) in
            var security: [Node] = []
            if let existing = definition["security"] {
                guard let items = existing.sequence else {
                    throw Problem(
                        "the 'security' of method '\(method)' of path '\(path)' must be a list")
                }
                security = items
            }
            security.append(.mapping(Mapping([.init(key: name, value: scopes)])))
            definition["security"] = .sequence(security)
        }
    }

    // MARK: Document-wide settings

    /// Sets each tag's value, adding the tags the document does not have.
    mutating func addTags(_ values: Mapping) throws(Problem) {
        guard var items = tags.sequence else {
            throw Problem("'tags' must be a list, but it is \(tags.kindDescription)")
        }
        for entry in values {
            if let index = items.firstIndex(where: { $0["name"]?.string == entry.key }),
                var existing = items[index].mapping
            {
                existing[Self.tagValueKey] = entry.value
                items[index] = .mapping(existing)
            } else {
                items.append(["name": .string(entry.key), Self.tagValueKey: entry.value])
            }
        }
        tags = .sequence(items)
    }

    /// Sets `disableExecuteApiEndpoint` in every server's endpoint configuration.
    mutating func setDisableExecuteApiEndpoint(_ value: Node) throws(Problem) {
        var servers = document["servers"]?.sequence ?? [.mapping(Mapping())]
        for index in servers.indices {
            guard var server = servers[index].mapping else {
                throw Problem("each item of 'servers' must be a mapping")
            }
            var configuration = server[Self.endpointKey]?.mapping ?? Mapping()
            configuration["disableExecuteApiEndpoint"] = value
            server[Self.endpointKey] = .mapping(configuration)
            servers[index] = .mapping(server)
        }
        document["servers"] = .sequence(servers)
    }

    /// Merges CORS settings (keys as the document writes them) into the document's.
    mutating func mergeCors(_ settings: Mapping) throws(Problem) {
        var cors = Mapping()
        if let existing = document[Self.corsKey] {
            guard let map = existing.mapping else {
                throw Problem("'\(Self.corsKey)' must be a mapping")
            }
            cors = map
        }
        for entry in settings { cors.set(entry) }
        document[Self.corsKey] = .mapping(cors)
    }

    var title: Node? { info["title"] }
    var description: Node? { info["description"] }

    mutating func setTitle(_ value: Node) {
        if info["title"] == Self.defaultTitle { info["title"] = value }
    }

    mutating func setDescription(_ value: Node) {
        if info["description"]?.isPythonTruthy != true { info["description"] = value }
    }

    /// Renames the `$default` path to `/$default`, which API Gateway accepts without a warning.
    mutating func renameDefaultPath() {
        guard let item = paths.remove(Self.defaultPath) else { return }
        paths["/" + Self.defaultPath] = item
    }
}
