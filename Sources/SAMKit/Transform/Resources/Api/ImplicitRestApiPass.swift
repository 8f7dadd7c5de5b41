/// Adds the REST API that functions' `Api` events without a `RestApiId` belong to
/// (`ServerlessRestApi`), and starts the definitions the transform builds.
///
/// It runs before Globals, as in the reference, so that `Globals.Api` reaches the implicit API.
/// First every `AWS::Serverless::Api` with neither `DefinitionBody` nor `DefinitionUri` gets a
/// Swagger skeleton, marked `__MANAGE_SWAGGER`; then `ServerlessRestApi` is added with stage
/// `Prod`, each `Api` event gets `RestApiId: !Ref ServerlessRestApi` when it has none, and its
/// path and method are added to the definition of the API it names. A path whose methods all
/// belong to functions with a `Condition` exists only under those conditions; the implicit API
/// too. An implicit API no event uses is removed again (or the template's own
/// `ServerlessRestApi` put back). A function or state machine with `PropagateTags` (its own or
/// its Globals') whose events use the implicit API gives it its `Tags` too.
struct ImplicitRestApiPass: TemplatePass {
    static let logicalId = "ServerlessRestApi"

    func apply(to context: TransformContext) throws(DiagnosticList) {
        var sections = context.template
        guard var resources = sections["Resources"]?.mapping else { return }
        let hasApi = resources.entries.contains { entry in
            let type = entry.value["Type"]?.string
            if type == "AWS::Serverless::Api" { return true }
            guard type == "AWS::Serverless::Function" || type == "AWS::Serverless::StateMachine",
                let events = entry.value["Properties"]?["Events"]?.mapping
            else { return false }
            return events.entries.contains { $0.value["Type"]?.string == "Api" }
        }
        guard hasApi else { return }

        // Explicit APIs without a definition get the skeleton the transform fills in.
        for entry in resources.entries where entry.value["Type"]?.string == "AWS::Serverless::Api" {
            guard var resource = entry.value.mapping else { continue }
            var properties = resource["Properties"]?.mapping ?? Mapping()
            if properties["DefinitionBody"]?.isPythonTruthy == true
                || properties["DefinitionUri"]?.isPythonTruthy == true
            {
                continue
            }
            let skeleton = SwaggerEditor.skeleton()
            properties["DefinitionBody"] = skeleton.node
            properties[ManagedOpenApiVersion.managedMarker] = true
            resource["Properties"] = .mapping(properties)
            resources.set(Mapping.Entry(key: entry.key, keyMark: entry.keyMark, value: Node(.mapping(resource), mark: entry.value.mark)))
            context.restApiDefinitions[entry.key] = skeleton
        }

        // The implicit API, replaced by the template's own if no event uses it.
        let existing = resources.entry(Self.logicalId)
        var implicitProperties = Mapping()
        implicitProperties["StageName"] = "Prod"
        implicitProperties["DefinitionBody"] = SwaggerEditor.skeleton().node
        implicitProperties[ManagedOpenApiVersion.managedMarker] = true
        resources[Self.logicalId] = ["Type": "AWS::Serverless::Api", "Properties": .mapping(implicitProperties)]
        let savedDefinition = context.restApiDefinitions[Self.logicalId]
        context.restApiDefinitions[Self.logicalId] = SwaggerEditor.skeleton()

        var collector = EventCollector()
        var problems: [Diagnostic] = []
        for (index, entry) in resources.entries.enumerated() {
            let type = entry.value["Type"]?.string
            guard type == "AWS::Serverless::Function" || type == "AWS::Serverless::StateMachine",
                var resource = entry.value.mapping,
                var properties = resource["Properties"]?.mapping,
                var events = properties["Events"]?.mapping
            else { continue }
            let attributes = resource
            let section = type == "AWS::Serverless::Function" ? "Function" : "StateMachine"
            let globals = sections["Globals"]?[section]
            propagateTags(properties: properties, globals: globals?.mapping, to: &resources)
            do {
                try collector.process(
                    &events, functionId: entry.key, attributes: attributes,
                    resources: resources, context: context)
            } catch {
                problems.append(error)
                continue
            }
            properties["Events"] = Node(.mapping(events), mark: properties["Events"]?.mark)
            resource["Properties"] = Node(.mapping(properties), mark: resource["Properties"]?.mark)
            var updated = entry
            updated.value = Node(.mapping(resource), mark: entry.value.mark)
            resources.insert(updated, at: index)
        }

        // The implicit API and its paths exist under the conditions of their functions.
        var conditions = sections["Conditions"]?.mapping
        collector.applyAttributes(to: &resources, conditions: &conditions)
        do {
            try collector.makePathsConditional(resources: resources, conditions: &conditions, context: context)
        } catch {
            problems.append(error)
        }
        if let conditions { sections["Conditions"] = .mapping(conditions) }

        let paths = context.restApiDefinitions[Self.logicalId]?["paths"]?.dict
        if paths?.isEmpty != false {
            if let existing {
                resources.set(existing)
                if let savedDefinition {
                    context.restApiDefinitions[Self.logicalId] = savedDefinition
                } else {
                    context.restApiDefinitions[Self.logicalId] = nil
                }
            } else {
                _ = resources.remove(Self.logicalId)
                context.restApiDefinitions[Self.logicalId] = nil
            }
        }
        sections["Resources"] = Node(.mapping(resources), mark: sections["Resources"]?.mark)
        context.template = sections
        guard problems.isEmpty else { throw DiagnosticList(problems) }
    }

    /// Copies the tags of a resource with `PropagateTags` to the implicit API when one of its
    /// `Api` events names no `RestApiId`, reading Globals as written, since they are not
    /// merged yet.
    private func propagateTags(
        properties: Mapping, globals: Mapping?, to resources: inout Mapping
    ) {
        let usesImplicitApi = (properties["Events"]?.mapping ?? Mapping()).entries.contains {
            guard $0.value["Type"]?.string == "Api",
                let eventProperties = $0.value["Properties"]?.mapping, !eventProperties.isEmpty
            else { return false }
            return eventProperties["RestApiId"] == nil
        }
        guard usesImplicitApi, var api = resources[Self.logicalId]?.mapping,
            var apiProperties = api["Properties"]?.mapping
        else { return }
        let propagates =
            properties["PropagateTags"]?.isPythonTruthy == true
            || globals?["PropagateTags"]?.isPythonTruthy == true
        let given = properties["Tags"].flatMap { $0.isPythonTruthy ? $0 : nil } ?? globals?["Tags"]
        guard propagates, let tags = given?.mapping, !tags.isEmpty else { return }
        var merged = apiProperties["Tags"]?.mapping ?? Mapping()
        for entry in tags { merged.set(entry) }
        apiProperties["Tags"] = .mapping(merged)
        apiProperties["PropagateTags"] = true
        api["Properties"] = .mapping(apiProperties)
        resources[Self.logicalId] = .mapping(api)
    }
}
