/// Merges the `Globals` section into the SAM resources it applies to, then removes it.
///
/// It runs before any resource is translated, so translators see each resource with its
/// globals already in place and never read `Globals` themselves. In the reference transform
/// the implicit APIs (`ServerlessRestApi`, `ServerlessHttpApi`) and the default API
/// definitions are added before globals are merged, so that `Globals.Api` and
/// `Globals.HttpApi` reach them too; a pass that adds them belongs before this one.
///
/// A resource opts out with the `IgnoreGlobals` attribute: `'*'` for every global property of
/// its type, or a list of the ones to leave out. The attribute is consumed here and never
/// reaches the output, as in the reference.
struct GlobalsPass: TemplatePass {
    /// The SAM resource types the reference reads before translating, and so checks for a
    /// `Condition` that is not a name.
    static let samResourceTypes: Set<String> = [
        "AWS::Serverless::Api", "AWS::Serverless::Function", "AWS::Serverless::WebFunction",
        "AWS::Serverless::SimpleTable", "AWS::Serverless::Application",
        "AWS::Serverless::LayerVersion", "AWS::Serverless::HttpApi",
        "AWS::Serverless::WebSocketApi", "AWS::Serverless::StateMachine",
        "AWS::Serverless::CapacityProvider", "AWS::Serverless::MicrovmImage",
        "AWS::Serverless::NetworkConnector",
    ]

    func apply(to context: TransformContext) throws(DiagnosticList) {
        var sections = context.template
        var globals = GlobalsSection()
        if let section = sections.entry("Globals") { globals = try GlobalsSection(section) }

        // Each SAM resource takes the globals of its type, less what it ignores.
        var problems: [Diagnostic] = []
        var resources = sections["Resources"]?.mapping ?? Mapping()
        for (index, entry) in resources.entries.enumerated() {
            guard var resource = entry.value.mapping, let type = resource["Type"]?.string,
                Self.samResourceTypes.contains(type)
            else { continue }
            let sam = SAMResource(logicalId: entry.key, node: entry.value, keyMark: entry.keyMark)
            if let problem = Self.conditionProblem(of: sam) { problems.append(problem) }
            let ignored = resource.remove("IgnoreGlobals")
            if let part = globals.parts[type] {
                do {
                    var merger = part.merger
                    merger.globals = try Self.globals(of: part, for: sam, ignoring: ignored)
                    let properties = resource["Properties"]
                    // A null `Properties` takes no globals in the reference; it stays null.
                    if properties?.isNull != true {
                        resource["Properties"] = merger.merged(
                            into: properties, resourceMark: entry.value.mark)
                    }
                } catch {
                    problems.append(error)
                }
            }
            var updated = entry
            updated.value = Node(.mapping(resource), mark: entry.value.mark)
            resources.insert(updated, at: index)
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }

        context.openApiVersionsFromNumbers = ManagedOpenApiVersion.apply(to: &resources)
        if sections["Resources"] != nil {
            sections["Resources"] = Node(.mapping(resources), mark: sections["Resources"]?.mark)
        }
        sections.remove("Globals")
        context.template = sections
    }

    /// The global properties `resource` takes: all of them, none for `'*'`, or all but the
    /// listed ones. Any other value, or a name the section does not set, is an error, since a
    /// misspelt name would otherwise silently ignore nothing.
    static func globals(
        of part: GlobalsSection.Part, for resource: SAMResource, ignoring ignored: Node?
    ) throws(Diagnostic) -> Mapping {
        var globals = part.merger.globals
        let section = "'Globals.\(part.target.section)'"
        guard let ignored, ignored.isPythonTruthy else { return globals }
        if ignored.string == "*" { return Mapping() }
        guard let names = ignored.sequence else {
            var message =
                "'IgnoreGlobals' must be '*' or a list of property names from \(section), but "
                + "it is " + (ignored.string.map { "'\($0)'" } ?? ignored.kindDescription)
            if let name = ignored.string, globals[name] != nil {
                message += "; to ignore only that property, write a list: ['\(name)']"
            }
            throw resource.error(message, at: ignored.mark)
        }
        var removed: [String] = []
        for item in names {
            guard let name = item.string ?? item.scalarText else {
                throw resource.error(
                    "the items of 'IgnoreGlobals' must be property names from \(section), but "
                        + "one is \(item.kindDescription)", at: item.mark ?? ignored.mark)
            }
            if globals.remove(name) != nil {
                removed.append(name)
                continue
            }
            if item.string != nil, removed.contains(name) {
                throw resource.error("'IgnoreGlobals' lists '\(name)' twice", at: item.mark)
            }
            let set = globals.keys + removed
            var message = "'IgnoreGlobals' lists '\(name)', which \(section) does not set; "
            message +=
                set.isEmpty ? "it sets no properties" : "it sets " + GlobalsSection.quoted(set)
            if item.string != nil, let near = Suggestion.nearest(to: name, among: set) {
                message += "; did you mean '\(near)'?"
            }
            throw resource.error(message, at: item.mark ?? ignored.mark)
        }
        return globals
    }

    /// The reference rejects a SAM resource whose `Condition` is set to anything but a
    /// string; a false, zero or empty value counts as not set.
    static func conditionProblem(of resource: SAMResource) -> Diagnostic? {
        guard let condition = resource.attributes["Condition"], condition.isPythonTruthy,
            condition.string == nil
        else { return nil }
        var message =
            "'Condition' must be the name of a condition in 'Conditions', but it is "
            + condition.kindDescription
        if let call = condition.intrinsic, call.name == "Ref", let target = call.argument.string {
            message += "; write the name alone: 'Condition: \(target)'"
        }
        return resource.error(message, at: condition.mark)
    }
}

extension Node {
    /// Whether Python would take this value as true: anything but null, false, zero and
    /// empty text, lists and mappings.
    var isPythonTruthy: Bool {
        switch content {
        case .null: false
        case .bool(let flag): flag
        case .int(let number): number != 0
        case .float(let number): number != 0
        case .string(let text): !text.isEmpty
        case .sequence(let items): !items.isEmpty
        case .mapping(let map): !map.isEmpty
        }
    }

    /// A number or boolean as the reference would quote it in a message: `1`, `True`.
    fileprivate var scalarText: String? {
        switch content {
        case .bool(let flag): flag ? "True" : "False"
        case .int(let number): String(number)
        case .float(let number): PythonNumberFormat.repr(number)
        default: nil
        }
    }
}
