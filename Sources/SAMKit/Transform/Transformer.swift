/// What a successful transform produced.
public struct TransformResult: Sendable {
    /// The CloudFormation template.
    public var template: Node
    /// Problems that did not stop the transform, such as a key written twice.
    public var warnings: [Diagnostic]
}

/// Turns a SAM template into the CloudFormation that AWS's SAM transform produces for it.
///
/// Sections and resources that are not SAM pass through unchanged; the `Transform`
/// declaration is removed, as the reference removes it, even when it lists other macros.
public struct Transformer: Sendable {
    public var options: TransformOptions

    public init(options: TransformOptions = TransformOptions()) {
        self.options = options
    }

    /// Transforms `document`, or throws every problem that stopped it.
    public func transform(_ document: TemplateDocument) throws(DiagnosticList) -> TransformResult {
        var problems: [Diagnostic] = []
        let resources = checkResources(document, problems: &problems)

        // SAM resources need a translator; until one exists for a type, say so plainly rather
        // than pass through something CloudFormation would reject.
        for entry in resources where entry.value["Type"]?.string?.hasPrefix(Self.samPrefix) == true
        {
            let type = entry.value["Type"]?.string ?? ""
            problems.append(
                .error(
                    "resource '\(entry.key)' has type '\(type)', which samkit cannot transform yet",
                    rule: "unsupported", at: entry.value["Type"]?.mark ?? entry.keyMark))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }

        var sections = document.sections
        sections.remove("Transform")
        let warnings = document.duplicateKeys.map { duplicate in
            Diagnostic(
                .warning,
                "key '\(duplicate.key)' is written twice in one mapping; the last value is used",
                rule: "duplicate-key", at: duplicate.second,
                notes: [
                    Diagnostic.Note("the first '\(duplicate.key)' is here", at: duplicate.first)
                ])
        }
        return TransformResult(
            template: Node(.mapping(sections), mark: document.root.mark), warnings: warnings)
    }

    static let samPrefix = "AWS::Serverless::"

    /// The `Resources` section after the checks every template must pass: it exists, it is a
    /// non-empty mapping, and each resource is a mapping whose `Properties`, if any, is one too.
    private func checkResources(_ document: TemplateDocument, problems: inout [Diagnostic])
        -> Mapping
    {
        guard let section = document.sections.entry("Resources") else {
            problems.append(
                .error(
                    "the template has no 'Resources' section; a SAM template declares at least "
                        + "one resource", rule: "structure", at: document.root.mark))
            return Mapping()
        }
        guard let resources = section.value.mapping, !resources.isEmpty else {
            let what = section.value.mapping == nil ? section.value.kindDescription : "empty"
            problems.append(
                .error(
                    "'Resources' must be a mapping of logical ids to resources, but it is \(what)",
                    rule: "structure", at: section.value.mark ?? section.keyMark))
            return Mapping()
        }
        var valid = Mapping()
        for entry in resources {
            guard let resource = entry.value.mapping else {
                problems.append(
                    .error(
                        "resource '\(entry.key)' must be a mapping with a 'Type', but it is "
                            + "\(entry.value.kindDescription); is it indented under its logical id?",
                        rule: "structure", at: entry.value.mark ?? entry.keyMark))
                continue
            }
            if let properties = resource["Properties"], properties.mapping == nil,
                !properties.isNull
            {
                problems.append(
                    .error(
                        "'Properties' of resource '\(entry.key)' must be a mapping, but it is "
                            + properties.kindDescription, rule: "structure",
                        at: properties.mark ?? entry.keyMark))
                continue
            }
            valid.set(entry)
        }
        return valid
    }
}
