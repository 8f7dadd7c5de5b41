/// The resources of some CloudFormation types in a template, each with the tree it is read
/// from: the ones the user wrote, read from the SAM template so that they are checked even
/// when the transform fails, and, once the transform has run, the ones it generated, read from
/// its output, where they carry the marks of the SAM nodes they came from.
struct PlacedResources {
    /// One resource and where a finding about it is located.
    struct Resource {
        var id: String
        var type: String
        var properties: Mapping
        var tree: Finding.Tree
        /// `Resources/<id>` in `tree`.
        var path: TemplatePath

        /// The path of one of its properties.
        func path(_ keys: String...) -> TemplatePath {
            TemplatePath(path.components + [.key("Properties")] + keys.map { .key($0) })
        }
    }

    static func of(types: Set<String>, in context: LintContext) -> [Resource] {
        var found: [Resource] = []
        var written: Set<String> = []
        for entry in context.resources {
            guard let type = entry.value["Type"]?.string else { continue }
            if !type.hasPrefix("AWS::Serverless::") { written.insert(entry.key) }
            guard types.contains(type) else { continue }
            found.append(
                Resource(
                    id: entry.key, type: type,
                    properties: entry.value["Properties"]?.mapping ?? Mapping(), tree: .sam,
                    path: TemplatePath(keys: "Resources", entry.key)))
        }
        for entry in context.generatedResources ?? Mapping() where !written.contains(entry.key) {
            guard let type = entry.value["Type"]?.string, types.contains(type) else { continue }
            found.append(
                Resource(
                    id: entry.key, type: type,
                    properties: entry.value["Properties"]?.mapping ?? Mapping(),
                    tree: .cloudFormation, path: TemplatePath(keys: "Resources", entry.key)))
        }
        return found
    }
}
