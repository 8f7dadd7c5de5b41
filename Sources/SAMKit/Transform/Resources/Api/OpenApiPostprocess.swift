/// Moves a finished definition to OpenAPI 3 where its version is 3.x: security schemes and
/// models into `components`, and CORS `OPTIONS` methods without Swagger-only fields.
enum OpenApiPostprocess {
    static func apply(to definition: PythonValue, openApiVersion: Node?, resource: SAMResource?)
        throws(Diagnostic) -> PythonValue
    {
        guard var doc = definition.dict else { return definition }
        if let swagger = doc["swagger"], swagger != .none { return definition }
        let version: PythonValue? =
            if let given = doc["openapi"], openApiVersion == nil { given } else {
                openApiVersion.map { PythonValue(template: $0) }
            }
        guard let version, version.isTruthy, SwaggerEditor.isOpenAPI3(version) else {
            return definition
        }
        if let security = doc["securityDefinitions"], security.isTruthy {
            var components =
                doc["components"].flatMap { $0.isTruthy ? $0.dict : nil } ?? PythonDict(py27: true)
            components.set("securitySchemes", security)
            doc.set("components", .dict(components))
            doc.remove("securityDefinitions")
        }
        if let models = doc["definitions"], models.isTruthy {
            var components =
                doc["components"].flatMap { $0.isTruthy ? $0.dict : nil } ?? PythonDict(py27: true)
            components.set("schemas", models)
            doc.set("components", .dict(components))
            doc.remove("definitions")
        }
        if let paths = doc["paths"], paths.isTruthy {
            guard var pathsDict = paths.dict else {
                throw failure(
                    "'paths' of the definition must be a mapping", resource)
            }
            for item in pathsDict.items {
                guard var pathItem = item.value.dict else {
                    throw failure(
                        "path '\(item.key)' of the definition must be a mapping of methods",
                        resource)
                }
                guard let options = pathItem["options"], options.isTruthy else { continue }
                guard var optionsDict = options.dict else {
                    throw failure(
                        "the options method of path '\(item.key)' must be a mapping",
                        resource)
                }
                for field in optionsDict.items {
                    if field.key == "produces" || field.key == "consumes" {
                        optionsDict.remove(field.key)
                    }
                    guard field.key == "responses" else { continue }
                    let ok = field.value.dict?["200"]
                    if field.value != .none,
                        field.value.dict == nil
                            || (ok != nil && ok != PythonValue.none && ok?.dict == nil)
                    {
                        throw failure(
                            "'responses' of the options method for path \(item.key) must be a mapping",
                            resource)
                    }
                    guard let responses = field.value.dict, var ok = responses["200"]?.dict,
                        let headers = ok["headers"], headers.isTruthy
                    else { continue }
                    guard var headersDict = headers.dict else {
                        throw failure(
                            "the response headers of the options method of path '\(item.key)' must be a mapping",
                            resource)
                    }
                    for header in headersDict.items {
                        headersDict.set(
                            header.key, .dict(PythonDict.py27([("schema", header.value)])))
                    }
                    ok.set("headers", .dict(headersDict))
                    var updated = responses
                    updated.set("200", .dict(ok))
                    optionsDict.set("responses", .dict(updated))
                }
                pathItem.set("options", .dict(optionsDict))
                pathsDict.set(item.key, .dict(pathItem))
            }
            doc.set("paths", .dict(pathsDict))
        }
        return .dict(doc)
    }

    private static func failure(_ message: String, _ resource: SAMResource?) -> Diagnostic {
        resource?.error(message) ?? .error(message, rule: "transform", at: nil)
    }
}
