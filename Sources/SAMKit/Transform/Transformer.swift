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

    /// The translator of each SAM resource type samkit transforms.
    static let translators: [String: any ResourceTranslator] = {
        let all: [any ResourceTranslator] = [
            FunctionTranslator(),
            StateMachineTranslator(),
            SimpleTableTranslator(),
            LayerVersionTranslator(),
            ApplicationTranslator(),
            CapacityProviderTranslator(),
            RestApiTranslator(),
            ConnectorTranslator(),
            GraphQLApiTranslator(),
            HttpApiTranslator(),
            WebSocketApiTranslator(),
        ]
        return Dictionary(
            all.map { ($0.resourceType, $0) }, uniquingKeysWith: { first, _ in first })
    }()

    /// Passes over the whole template before resources are translated, in order.
    static let passesBeforeTranslation: [any TemplatePass] = [
        ImplicitRestApiPass(),
        ImplicitHttpApiPass(),
        GlobalsPass(),
        ManagedDefinitionVersionPass(),
        EmbeddedConnectorsPass(),
        LocalArtifactPass(),
        MappingsSectionCheck(),
    ]

    /// Passes over the whole template after every resource is translated, in order.
    static let passesAfterTranslation: [any TemplatePass] = [
        CodeDeployResourcesPass(),
        ResourceReferencePass(),
    ]

    /// Transforms `document`, or throws every problem that stopped it.
    public func transform(_ document: TemplateDocument) throws(DiagnosticList) -> TransformResult {
        var problems: [Diagnostic] = []
        _ = checkResources(document, problems: &problems)
        guard problems.isEmpty else { throw DiagnosticList(problems) }

        // Whole-template passes such as Globals run before any resource is translated.
        let context = TransformContext(options: options, template: document.sections)
        for pass in Self.passesBeforeTranslation {
            do {
                try pass.apply(to: context)
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }

        // Each SAM resource is replaced, where it stands, by what its translator generates.
        let input = context.resources
        context.outputResources = input
        for entry in Self.translationOrder(input, visitOrder: context.resourceVisitOrder) {
            let resource = SAMResource(
                logicalId: entry.key, node: entry.value, keyMark: entry.keyMark)
            guard let translator = Self.translators[resource.type] else {
                problems.append(
                    .error(
                        "resource '\(entry.key)' has type '\(resource.type)', which samkit cannot "
                            + "transform yet", rule: "unsupported",
                        at: entry.value["Type"]?.mark ?? entry.keyMark))
                continue
            }
            // The ids of what a SAM resource generates start with its own, so it must be one
            // CloudFormation accepts.
            let isAlphanumeric =
                !entry.key.isEmpty
                && entry.key.unicodeScalars.allSatisfy {
                    ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                }
            guard isAlphanumeric else {
                problems.append(
                    resource.error(
                        "a logical id may contain only the letters A to Z and a to z and the "
                            + "digits 0 to 9"))
                continue
            }
            let schemaProblems = translator.schema.problems(in: resource)
            guard schemaProblems.isEmpty else {
                problems += schemaProblems
                continue
            }
            do {
                let generated = try translator.translate(resource, in: context)
                try replace(resource, with: generated, input: input, in: &context.outputResources)
            } catch {
                problems.append(error)
            }
        }
        var sections = context.template
        sections["Resources"] = .mapping(context.outputResources)
        context.template = sections

        for pass in Self.passesAfterTranslation {
            do {
                try pass.apply(to: context)
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }

        sections = context.template
        sections.remove("Transform")
        if !context.addedConditions.isEmpty {
            var conditions = sections["Conditions"]?.mapping ?? Mapping()
            for entry in context.addedConditions { conditions.set(entry) }
            sections["Conditions"] = .mapping(conditions)
        }
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

    /// Whether the reference holds `Resources` as a Python 2.7 dictionary, and so translates
    /// resources of one kind in that dictionary's order: when the template has a REST API
    /// (explicit, or implied by an `Api` event) or an HTTP API with a default authorizer.
    static func hasRestApi(_ resources: Mapping) -> Bool {
        resources.entries.contains { entry in
            switch entry.value["Type"]?.string {
            case "AWS::Serverless::Api": return true
            case "AWS::Serverless::HttpApi":
                return entry.value["Properties"]?["Auth"]?["DefaultAuthorizer"]?.isPythonTruthy
                    == true
            case "AWS::Serverless::Function", "AWS::Serverless::StateMachine":
                let events = entry.value["Properties"]?["Events"]?.mapping ?? Mapping()
                return events.entries.contains { $0.value["Type"]?.string == "Api" }
            default: return false
            }
        }
    }

    /// SAM resources in the order the reference translates them: functions and state machines
    /// first, since their API events add to APIs; then APIs; then the rest; connectors last,
    /// since they read the CloudFormation the others became. Within a kind, `visitOrder` where
    /// given (ids it lacks last), else the template's order, or Python 2.7's where
    /// ``hasRestApi(_:)`` says the reference uses it.
    static func translationOrder(_ resources: Mapping, visitOrder: [String]? = nil)
        -> [Mapping.Entry]
    {
        func rank(_ entry: Mapping.Entry) -> Int {
            switch entry.value["Type"]?.string {
            case "AWS::Serverless::Function": 0
            case "AWS::Serverless::StateMachine": 1
            case "AWS::Serverless::Api": 2
            case "AWS::Serverless::Connector": 4
            default: 3
            }
        }
        let sam = resources.entries.filter {
            $0.value["Type"]?.string?.hasPrefix(samPrefix) == true
        }
        var positions: [String: Int] = [:]
        var keys = resources.keys
        if let visitOrder {
            keys = visitOrder
        } else if hasRestApi(resources) {
            var order = Py27KeyOrder()
            for key in keys { order.add(key) }
            keys = order.keys
        }
        for (index, key) in keys.enumerated() { positions[key] = index }
        return sam.sorted {
            (rank($0), positions[$0.key] ?? Int.max) < (rank($1), positions[$1.key] ?? Int.max)
        }
    }

    /// Puts `generated` where `resource` stood. A generated logical id that the template
    /// already uses for another resource is an error, as CloudFormation would reject the
    /// result.
    private func replace(
        _ resource: SAMResource, with generated: [CloudFormationResource], input: Mapping,
        in output: inout Mapping
    ) throws(Diagnostic) {
        var position = output.index(of: resource.logicalId) ?? output.count
        output.remove(resource.logicalId)
        for item in generated {
            if item.logicalId != resource.logicalId, input[item.logicalId] != nil {
                throw resource.error(
                    "it generates a resource with logical id '\(item.logicalId)', which the "
                        + "template already uses; rename one of them")
            }
            output.insert(
                Mapping.Entry(key: item.logicalId, keyMark: resource.mark, value: item.node),
                at: position)
            position += 1
        }
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
