/// The definition of a REST API that `HttpApi` events added routes to, as the reference holds
/// it when it hashes the definition for the deployment's logical id.
///
/// An `HttpApi` event may name an `AWS::Serverless::Api`; the reference then adds the route
/// with its OpenAPI editor, as for an HTTP API. What the template wrote stays template text
/// (`u'...'` in Python's repr); what the editor wrote is the transform's own (`'...'`), except
/// the path and method the event wrote and the integration URI, which is built from the
/// function's logical id and so is template text too.
enum RestApiHttpRoutes {
    static func definition(_ routes: Node, written: Node?) -> PythonValue {
        guard let map = routes.mapping else { return PythonValue(template: routes) }
        var dict = PythonDict(py27: true)
        for entry in map {
            let original = written?[entry.key]
            let value =
                entry.key == "paths"
                ? paths(entry.value, written: original) : PythonValue(template: entry.value)
            dict.set(entry.key, value, unicode: original != nil || entry.key != "paths")
        }
        return .dict(dict)
    }

    private static func paths(_ node: Node, written: Node?) -> PythonValue {
        guard let map = node.mapping else { return PythonValue(template: node) }
        var dict = PythonDict(py27: true)
        for entry in map {
            let original = written?[entry.key]
            let unicode = original != nil || entry.key != OpenApiEditor.defaultPath
            dict.set(entry.key, pathItem(entry.value, written: original), unicode: unicode)
        }
        return .dict(dict)
    }

    private static func pathItem(_ node: Node, written: Node?) -> PythonValue {
        guard let map = node.mapping else { return PythonValue(template: node) }
        var dict = PythonDict(py27: true)
        for entry in map {
            if let original = written?[entry.key], original == entry.value {
                dict.set(entry.key, PythonValue(template: entry.value), unicode: true)
            } else {
                dict.set(
                    entry.key, method(entry.value),
                    unicode: entry.key != OpenApiEditor.anyMethod)
            }
        }
        return .dict(dict)
    }

    /// A method the editor added: its keys and constants are the transform's own.
    private static func method(_ node: Node) -> PythonValue {
        guard let map = node.mapping else { return PythonValue(plain: node) }
        var dict = PythonDict(py27: true)
        for entry in map {
            var value = py27Plain(entry.value)
            if entry.key == OpenApiEditor.integrationKey, case .dict(var integration) = value,
                let uri = entry.value["uri"]
            {
                integration["uri"] = uriValue(uri)
                value = .dict(integration)
            }
            dict.set(entry.key, value)
        }
        return .dict(dict)
    }

    private static func uriValue(_ node: Node) -> PythonValue {
        guard let text = node["Fn::Sub"]?.string else { return PythonValue(template: node) }
        return .dict(PythonDict.py27([("Fn::Sub", .str(text, unicode: true))]))
    }

    /// Transform-made values: plain strings in Python 2.7 dictionaries.
    private static func py27Plain(_ node: Node) -> PythonValue {
        switch node.content {
        case .mapping(let map):
            var dict = PythonDict(py27: true)
            for entry in map { dict.set(entry.key, py27Plain(entry.value)) }
            return .dict(dict)
        case .sequence(let items):
            return .list(items.map(py27Plain))
        default:
            return PythonValue(plain: node)
        }
    }
}
