/// The template's `Globals` section, read and checked: for each resource type it names, the
/// properties every resource of that type takes unless it writes its own.
struct GlobalsSection: Sendable {
    struct Part: Sendable {
        let target: GlobalsTarget
        /// Where the section's name was written under `Globals`.
        let mark: SourceMark?
        var merger: GlobalsMerger
    }

    /// The parts by resource type, such as `AWS::Serverless::Function`.
    private(set) var parts: [String: Part] = [:]

    init() {}

    /// Reads the value of `Globals`, or throws every problem in it: a value that is not a
    /// mapping, a resource type that takes no globals, a property its type does not take.
    init(_ section: Mapping.Entry) throws(DiagnosticList) {
        guard let sections = section.value.mapping else {
            let what = section.value.isNull ? "empty" : section.value.kindDescription
            throw DiagnosticList([
                .error(
                    "'Globals' must be a mapping from resource types, such as 'Function', to "
                        + "the properties they share, but it is \(what)", rule: "transform",
                    at: section.value.isNull ? section.keyMark : section.value.mark)
            ])
        }
        var problems: [Diagnostic] = []
        for entry in sections {
            guard let target = GlobalsTarget.named(entry.key) else {
                problems.append(
                    .error(
                        Self.unknownSection(entry.key), rule: "transform",
                        at: entry.keyMark ?? entry.value.mark))
                continue
            }
            guard let properties = entry.value.mapping else {
                let what = entry.value.isNull ? "empty" : entry.value.kindDescription
                problems.append(
                    .error(
                        "'Globals.\(entry.key)' must be a mapping of property names to values, "
                            + "but it is \(what)", rule: "transform",
                        at: entry.value.isNull ? entry.keyMark : entry.value.mark))
                continue
            }
            for property in properties where !target.properties.contains(property.key) {
                problems.append(
                    .error(
                        Self.unknownProperty(property.key, of: target), rule: "transform",
                        at: property.keyMark ?? property.value.mark))
            }
            let merger = GlobalsMerger(globals: properties, rules: target.rules)
            parts[target.resourceType] = Part(target: target, mark: entry.keyMark, merger: merger)
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
    }

    /// The names in single quotes, separated by commas: `'Api', 'Function'`.
    static func quoted(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }

    private static func unknownSection(_ name: String) -> String {
        var message =
            "'\(name)' in 'Globals' is not a resource type that takes globals; expected one of "
            + Self.quoted(GlobalsTarget.sectionNames)
        if name.hasPrefix(Transformer.samPrefix),
            GlobalsTarget.named(String(name.dropFirst(Transformer.samPrefix.count))) != nil
        {
            message += "; write it without the '\(Transformer.samPrefix)' prefix"
        } else if let near = Suggestion.nearest(to: name, among: GlobalsTarget.sectionNames) {
            message += "; did you mean '\(near)'?"
        }
        return message
    }

    private static func unknownProperty(_ name: String, of target: GlobalsTarget) -> String {
        var message =
            "'\(name)' is not a property that 'Globals.\(target.section)' can set; expected "
            + "one of " + Self.quoted(target.properties)
        if target.perResourceOnly.contains(name) {
            message += "; set '\(name)' on each resource instead"
        } else if let near = Suggestion.nearest(to: name, among: target.properties) {
            message += "; did you mean '\(near)'?"
        }
        return message
    }
}
