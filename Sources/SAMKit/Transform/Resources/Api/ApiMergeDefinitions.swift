/// `MergeDefinitions` on a REST API: each `Api` event's method is built on an empty
/// definition and then merged into the API's own `DefinitionBody`, the generated fields
/// winning over the written ones.
///
/// As in the reference, the merged method is a plain dictionary (the written fields first,
/// then the generated ones), and a `DefinitionBody` without `paths` gets nothing merged into
/// it.
enum ApiMergeDefinitions {
    /// `source` with the method the editor generated for `path` and `method` merged in.
    static func merge(
        _ source: PythonValue, generated editor: inout SwaggerEditor, path: String, method: String
    ) throws(SwaggerProblem) -> PythonValue {
        guard let sourceDict = source.dict else {
            throw SwaggerProblem("'DefinitionBody' must be a mapping to merge definitions into")
        }
        var merged = sourceDict.copied()
        let generatedDoc = editor.swagger()
        guard let paths = merged["paths"], paths.isTruthy else { return .dict(merged) }
        guard var pathsDict = paths.dict else {
            throw SwaggerProblem("property 'DefinitionBody' is invalid: 'paths' must be a mapping")
        }
        let pathItem = pathsDict[path]
        var written = PythonDict(py27: false)
        if let pathItem, pathItem != .none {
            guard let itemDict = pathItem.dict else {
                throw SwaggerProblem(
                    "property 'DefinitionBody' is invalid: path '\(path)' must be a mapping")
            }
            if let existing = itemDict[method], existing.isTruthy {
                guard let existingDict = existing.dict else {
                    throw SwaggerProblem(
                        "property 'DefinitionBody' is invalid: method '\(method)' of path "
                            + "'\(path)' must be a mapping")
                }
                written = existingDict
            }
        } else if pathItem == PythonValue.none {
            throw SwaggerProblem(
                "property 'DefinitionBody' is invalid: path '\(path)' must be a mapping")
        }
        let normalized = SwaggerEditor.normalizedMethod(method)
        let generated = generatedDoc["paths"]?[path]?[normalized]?.dict ?? PythonDict(py27: false)
        var combined = PythonDict(py27: false)
        for item in written.items + generated.items {
            combined.set(item.key, item.value, unicode: item.unicodeKey)
        }
        var item = pathsDict[path]?.dict ?? PythonDict(py27: false)
        item.set(method, .dict(combined), unicode: true)
        pathsDict.set(path, .dict(item), unicode: true)
        merged.set("paths", .dict(pathsDict))
        return .dict(merged)
    }
}
