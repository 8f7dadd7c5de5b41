/// A REST API's `Cors`: an `OPTIONS` method answering the browser's preflight request, added
/// by a mock integration to every path of the definition that has none.
///
/// `Cors` is either the allowed origin (a string or an intrinsic) or a mapping of
/// `AllowOrigin` (default `'*'`), `AllowHeaders`, `AllowMethods` (default: the methods of the
/// path, with `OPTIONS`), `MaxAge` and `AllowCredentials`. The method is built key by key in
/// the reference's order, since the definition's text names the deployment.
enum ApiCors {
    static let wildcard = "'*'"
    static let fields = [
        "AllowMethods", "AllowHeaders", "AllowOrigin", "MaxAge", "AllowCredentials",
    ]

    /// The definition with preflight methods added, or the definition unchanged when `cors`
    /// is empty.
    static func add(_ cors: Node, to definition: PythonValue?) throws(SwaggerProblem)
        -> PythonValue?
    {
        let value = PythonValue(template: cors)
        guard value.isTruthy else { return definition }
        guard definition?.isTruthy == true else {
            throw SwaggerProblem("'Cors' works only with a definition in 'DefinitionBody'")
        }
        var settings: [String: PythonValue] = ["AllowOrigin": .str(wildcard)]
        if case .str = value {
            settings["AllowOrigin"] = value
        } else if let dict = value.dict, isIntrinsic(dict) {
            settings["AllowOrigin"] = value
        } else if let dict = value.dict {
            for item in dict.items {
                guard fields.contains(item.key) else {
                    throw SwaggerProblem(
                        "'Cors' has no setting '\(item.key)'; expected one of "
                            + fields.map { "'\($0)'" }.joined(separator: ", "))
                }
                settings[item.key] = item.value
            }
        } else {
            throw SwaggerProblem("'Cors' must be a string, an intrinsic function or a mapping")
        }
        guard SwaggerEditor.isValid(definition) else {
            throw SwaggerProblem(
                "cannot add 'Cors', since 'DefinitionBody' is not a valid Swagger definition")
        }
        let credentials = settings["AllowCredentials"]
        if credentials == .bool(true), let origin = settings["AllowOrigin"],
            SwaggerEditor.pythonText(origin) == wildcard
        {
            throw SwaggerProblem(
                "'AllowCredentials' cannot be true in 'Cors' when 'AllowOrigin' is \"'*'\" "
                    + "or not set; name the allowed origins")
        }

        var editor = try SwaggerEditor(definition)
        var seen: Set<String> = []
        for path in editor.paths.keys {
            // The methods computed for one branch of a conditional path item serve the next.
            var methods = settings["AllowMethods"]
            var normalized = path
            if path != "/" {
                while normalized.hasSuffix("/") { normalized.removeLast() }
            }
            guard seen.insert(normalized).inserted else { continue }
            try editor.editPathItems(path) { (item: inout PythonDict) throws(SwaggerProblem) in
                guard !item.contains("options") else { return }
                guard let origin = settings["AllowOrigin"], origin.isTruthy else {
                    throw SwaggerProblem("'AllowOrigin' in 'Cors' cannot be empty")
                }
                if methods?.isTruthy != true {
                    methods = .str("'" + allowedMethods(of: item) + "'")
                }
                item.set(
                    "options",
                    preflightMethod(
                        origin: origin, headers: settings["AllowHeaders"], methods: methods,
                        maxAge: settings["MaxAge"], credentials: credentials == .bool(true)))
            }
        }
        return editor.swagger()
    }

    /// Python's test for an intrinsic: a mapping with one key, `Ref`, `Condition` or `Fn::...`.
    static func isIntrinsic(_ dict: PythonDict) -> Bool {
        guard dict.count == 1, let key = dict.keys.first else { return false }
        return key == "Ref" || key == "Condition" || key.hasPrefix("Fn::")
    }

    /// The methods of a path item in upper case, sorted, with `OPTIONS`; every method for
    /// `ANY`.
    static func allowedMethods(of item: PythonDict) -> String {
        var names = item.keys
        if names.contains(SwaggerEditor.anyMethod) {
            names = SwaggerEditor.allHTTPMethods
        } else {
            names.append("options")
        }
        return Set(names.map { $0.uppercased() }).sorted {
            Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes(
                $1.unicodeScalars.map(\.value))
        }.joined(separator: ",")
    }

    private static func preflightMethod(
        origin: PythonValue, headers: PythonValue?, methods: PythonValue?, maxAge: PythonValue?,
        credentials: Bool
    ) -> PythonValue {
        func header(_ name: String) -> String { "method.response.header." + name }
        func typed(_ type: String) -> PythonValue {
            .dict(PythonDict.plain([("type", .str(type))]))
        }
        var parameters = PythonDict.py27([(header("Access-Control-Allow-Origin"), origin)])
        var headerTypes = PythonDict.py27([("Access-Control-Allow-Origin", typed("string"))])
        if let headers, headers.isTruthy {
            parameters.set(header("Access-Control-Allow-Headers"), headers)
            headerTypes.set("Access-Control-Allow-Headers", typed("string"))
        }
        if let methods, methods.isTruthy {
            parameters.set(header("Access-Control-Allow-Methods"), methods)
            headerTypes.set("Access-Control-Allow-Methods", typed("string"))
        }
        if let maxAge, maxAge != .none {
            parameters.set(header("Access-Control-Max-Age"), maxAge)
            headerTypes.set("Access-Control-Max-Age", typed("integer"))
        }
        if credentials {
            parameters.set(header("Access-Control-Allow-Credentials"), .str("'true'"))
            headerTypes.set("Access-Control-Allow-Credentials", typed("string"))
        }
        let requestTemplates = PythonDict.plain([
            ("application/json", .str("{\n  \"statusCode\" : 200\n}\n"))
        ])
        let responseTemplates = PythonDict.plain([("application/json", .str("{}\n"))])
        var response = PythonDict(py27: true)
        response.set("statusCode", .str("200"))
        response.set("responseParameters", .dict(parameters))
        response.set("responseTemplates", .dict(responseTemplates))
        var integration = PythonDict(py27: true)
        integration.set("type", .str("mock"))
        integration.set("requestTemplates", .dict(requestTemplates))
        integration.set("responses", .dict(PythonDict.py27([("default", .dict(response))])))
        var ok = PythonDict(py27: true)
        ok.set("description", .str("Default response for CORS method"))
        ok.set("headers", .dict(headerTypes))
        var method = PythonDict(py27: true)
        method.set("summary", .str("CORS support"))
        method.set("consumes", .list([.str("application/json")]))
        method.set("produces", .list([.str("application/json")]))
        method.set(SwaggerEditor.integrationKey, .dict(integration))
        method.set("responses", .dict(PythonDict.py27([("200", .dict(ok))])))
        return .dict(method)
    }
}
