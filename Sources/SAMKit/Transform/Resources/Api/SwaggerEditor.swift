/// Edits a REST API's Swagger 2.0 or OpenAPI 3 definition the way the reference does, step for
/// step, so that the definition's Python text, and with it the deployment's logical id, comes
/// out the same.
///
/// Like the reference it works on a deep copy of the definition and hands back another deep
/// copy from ``swagger``; each copy rebuilds the Python 2.7 key tables, which can change the
/// key order, so callers make an editor exactly where the reference makes one.
struct SwaggerEditor {
    static let integrationKey = "x-amazon-apigateway-integration"
    static let anyMethod = "x-amazon-apigateway-any-method"
    static let allHTTPMethods = ["OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]
    static let excludedPathFields: Set<String> = ["summary", "description", "parameters"]

    var doc: PythonDict
    var paths: PythonDict
    var securityDefinitions: PythonDict?
    var gatewayResponses: PythonDict?
    var resourcePolicy: PythonDict
    var definitions: PythonValue?

    init(_ definition: PythonValue?) throws(SwaggerProblem) {
        guard let definition, Self.isValid(definition), case .dict(let original) = definition
        else {
            throw SwaggerProblem(
                "the definition is not a Swagger or OpenAPI document written in 'DefinitionBody'")
        }
        doc = original.deepCopied()
        paths = doc["paths"]?.dict ?? PythonDict(py27: true)
        securityDefinitions = doc["securityDefinitions"].flatMap { $0.isTruthy ? $0.dict : nil }
        gatewayResponses = doc["x-amazon-apigateway-gateway-responses"].flatMap {
            $0.isTruthy ? $0.dict : nil
        }
        resourcePolicy =
            doc["x-amazon-apigateway-policy"].flatMap { $0.isTruthy ? $0.dict : nil }
            ?? PythonDict(py27: true)
        definitions = doc["definitions"]
        for item in paths.items {
            for content in try Self.conditionalContents(item.value) {
                try Self.requireDict(content, pathItemMessage(item.key))
            }
        }
    }

    /// Whether `value` is a definition the reference edits: a mapping with `paths` and a
    /// `swagger` version, or an `openapi` version 3.x.
    static func isValid(_ value: PythonValue?) -> Bool {
        guard let dict = value?.dict, !dict.isEmpty, dict["paths"]?.dict != nil else {
            return false
        }
        if dict["swagger"]?.isTruthy == true { return true }
        if let version = dict["openapi"], version.isTruthy {
            return isOpenAPI3(version)
        }
        return false
    }

    /// Whether `version`'s Python text reads `3.D` or `3.D.D`.
    static func isOpenAPI3(_ version: PythonValue) -> Bool {
        ManagedOpenApiVersion.isVersion3(pythonText(version))
    }

    static func pythonText(_ value: PythonValue) -> String {
        if case .str(let text, _) = value { return text }
        return PythonRepr.repr(value)
    }

    /// The skeleton the reference starts a definition from.
    static func skeleton() -> PythonValue {
        var info = PythonDict(py27: true)
        info.set("version", .str("1.0"))
        info.set("title", .ref("AWS::StackName"))
        var skeleton = PythonDict(py27: true)
        skeleton.set("swagger", .str("2.0"))
        skeleton.set("info", .dict(info))
        skeleton.set("paths", .dict(PythonDict(py27: true)))
        return .dict(skeleton)
    }

    /// The edited definition, as a fresh deep copy.
    mutating func swagger() -> PythonValue {
        if doc.contains("paths") { doc.set("paths", .dict(paths)) }
        if let securityDefinitions, !securityDefinitions.isEmpty {
            doc.set("securityDefinitions", .dict(securityDefinitions))
        }
        if let gatewayResponses, !gatewayResponses.isEmpty {
            doc.set("x-amazon-apigateway-gateway-responses", .dict(gatewayResponses))
        }
        if let definitions, definitions.isTruthy { doc.set("definitions", definitions) }
        return .dict(doc.deepCopied())
    }

    mutating func setDocument(_ key: String, _ value: PythonValue) {
        doc.set(key, value)
    }

    // MARK: Conditional contents

    static func isNoValue(_ value: PythonValue) -> Bool {
        guard let dict = value.dict, dict.count == 1 else { return false }
        return dict["Ref"]?.string == "AWS::NoValue"
    }

    /// The values an item stands for: both branches of an `Fn::If` (less `AWS::NoValue`), or
    /// the item itself.
    static func conditionalContents(_ item: PythonValue?) throws(SwaggerProblem) -> [PythonValue] {
        guard let item else { return [.none] }
        guard let dict = item.dict, let condition = dict["Fn::If"] else { return [item] }
        guard let arguments = condition.list else {
            throw SwaggerProblem("the value of 'Fn::If' must be a list")
        }
        return arguments.dropFirst().filter { !isNoValue($0) }
    }

    /// Calls `body` on each value `item` stands for, in place.
    static func editContents(
        _ item: inout PythonValue, _ body: (inout PythonValue) throws(SwaggerProblem) -> Void
    ) throws(SwaggerProblem) {
        guard var dict = item.dict, let condition = dict["Fn::If"] else {
            try body(&item)
            return
        }
        guard var arguments = condition.list else {
            throw SwaggerProblem("the value of 'Fn::If' must be a list")
        }
        for index in arguments.indices.dropFirst() where !isNoValue(arguments[index]) {
            try body(&arguments[index])
        }
        dict.set("Fn::If", .list(arguments))
        item = .dict(dict)
    }

    static func requireDict(_ value: PythonValue, _ message: String) throws(SwaggerProblem) {
        guard value.dict != nil else { throw SwaggerProblem(message) }
    }

    private func pathItemMessage(_ path: String) -> String {
        "path '\(path)' of the definition must be a mapping of methods"
    }

    /// Edits each path item of `path` (each branch of a conditional one).
    mutating func editPathItems(
        _ path: String, _ body: (inout PythonDict) throws(SwaggerProblem) -> Void
    ) throws(SwaggerProblem) {
        guard var item = paths[path] else {
            throw SwaggerProblem(pathItemMessage(path))
        }
        let message = pathItemMessage(path)
        try Self.editContents(&item) { (content: inout PythonValue) throws(SwaggerProblem) in
            guard var dict = content.dict else { throw SwaggerProblem(message) }
            try body(&dict)
            content = .dict(dict)
        }
        paths.set(path, item)
    }

    /// Edits each method definition at `path` and `method` that has an integration.
    mutating func editMethodDefinitions(
        _ path: String, _ method: String, skipWithoutIntegration: Bool = true,
        _ body: (inout PythonDict) throws(SwaggerProblem) -> Void
    ) throws(SwaggerProblem) {
        let name = Self.normalizedMethod(method)
        try editPathItems(path) { (item: inout PythonDict) throws(SwaggerProblem) in
            guard var methodValue = item[name] else {
                throw SwaggerProblem(
                    "method \'\(method)\' of path \'\(path)\' must be a mapping")
            }
            try Self.editContents(&methodValue) {
                (content: inout PythonValue) throws(SwaggerProblem) in
                guard var definition = content.dict else {
                    throw SwaggerProblem(
                        "method \'\(method)\' of path \'\(path)\' must be a mapping")
                }
                if skipWithoutIntegration, definition[Self.integrationKey]?.isTruthy != true {
                    return
                }
                try body(&definition)
                content = .dict(definition)
            }
            item.set(name, methodValue)
        }
    }

    // MARK: Paths and methods

    static func normalizedMethod(_ method: String) -> String {
        let lower = method.lowercased()
        return lower == "any" ? anyMethod : lower
    }

    func hasPath(_ path: String, method: String? = nil) throws(SwaggerProblem) -> Bool {
        guard let item = paths[path] else { return false }
        if let method {
            let name = Self.normalizedMethod(method)
            for content in try Self.conditionalContents(item) {
                guard let dict = content.dict, dict.contains(name) else { return false }
            }
        }
        return true
    }

    func hasIntegration(_ path: String, _ method: String) throws(SwaggerProblem) -> Bool {
        let name = Self.normalizedMethod(method)
        guard try hasPath(path, method: name) else { return false }
        for content in try Self.conditionalContents(paths[path]) {
            guard let item = content.dict else { throw SwaggerProblem(pathItemMessage(path)) }
            guard let definition = item[name], definition.dict != nil else { return false }
            var found = false
            for methodContent in try Self.conditionalContents(definition) {
                guard let dict = methodContent.dict else {
                    throw SwaggerProblem(
                        "method \'\(name)\' of path \'\(path)\' must be a mapping")
                }
                if dict[Self.integrationKey]?.isTruthy == true { found = true }
            }
            if !found { return false }
        }
        return true
    }

    mutating func addPath(_ path: String, method: String) throws(SwaggerProblem) {
        let name = Self.normalizedMethod(method)
        if !paths.contains(path) { paths.set(path, .dict(PythonDict(py27: true)), unicode: true) }
        guard var item = paths[path], item.dict != nil else {
            throw SwaggerProblem(pathItemMessage(path))
        }
        try Self.editContents(&item) { (content: inout PythonValue) throws(SwaggerProblem) in
            guard var dict = content.dict else { return }
            if !dict.contains(name) {
                dict.set(name, .dict(PythonDict(py27: true)), unicode: name != Self.anyMethod)
            }
            content = .dict(dict)
        }
        paths.set(path, item)
    }

    /// Wraps the whole path item in `Fn::If` on `condition`, a template string unless the
    /// transform named it.
    mutating func makePathConditional(_ path: String, condition: String, unicode: Bool = true) {
        guard let item = paths[path] else { return }
        paths.set(path, Self.conditional(condition, item, unicode: unicode))
    }

    /// `{"Fn::If": [condition, value, {"Ref": "AWS::NoValue"}]}`.
    static func conditional(_ condition: String, _ value: PythonValue, unicode: Bool = true)
        -> PythonValue
    {
        .dict(
            PythonDict.plain([
                ("Fn::If", .list([.str(condition, unicode: unicode), value, .ref("AWS::NoValue")]))
            ]))
    }

    /// The normalized names and definitions of the methods of `path` that have an
    /// integration, in the order Python iterates them.
    func methods(of path: String, skipWithoutIntegration: Bool = true) throws(SwaggerProblem)
        -> [(name: String, definition: PythonDict)]
    {
        var result: [(String, PythonDict)] = []
        for content in try Self.conditionalContents(paths[path]) {
            guard let item = content.dict else { throw SwaggerProblem(pathItemMessage(path)) }
            for entry in item.items where !Self.excludedPathFields.contains(entry.key) {
                for methodContent in try Self.conditionalContents(entry.value) {
                    guard let definition = methodContent.dict else {
                        throw SwaggerProblem(
                            "method \'\(entry.key)\' of path \'\(path)\' must be a mapping"
                        )
                    }
                    if skipWithoutIntegration,
                        definition[Self.integrationKey]?.isTruthy != true
                    {
                        continue
                    }
                    result.append((Self.normalizedMethod(entry.key), definition))
                }
            }
        }
        return result
    }

    /// Edits every method of every path item of `path` that has an integration, passing the
    /// normalized method name.
    mutating func editAllMethods(
        of path: String, _ body: (String, inout PythonDict) throws(SwaggerProblem) -> Void
    ) throws(SwaggerProblem) {
        let message = pathItemMessage(path)
        try editPathItems(path) { (item: inout PythonDict) throws(SwaggerProblem) in
            for entry in item.items where !Self.excludedPathFields.contains(entry.key) {
                var value = entry.value
                let name = Self.normalizedMethod(entry.key)
                try Self.editContents(&value) {
                    (content: inout PythonValue) throws(SwaggerProblem) in
                    guard var definition = content.dict else {
                        throw SwaggerProblem(
                            "method \'\(entry.key)\' of path \'\(path)\' must be a mapping"
                        )
                    }
                    guard definition[Self.integrationKey]?.isTruthy == true else { return }
                    try body(name, &definition)
                    content = .dict(definition)
                }
                _ = message
                item.set(entry.key, value)
            }
        }
    }
}
