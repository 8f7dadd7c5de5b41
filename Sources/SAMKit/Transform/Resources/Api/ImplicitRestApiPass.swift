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
/// `ServerlessRestApi` put back).
/// A function with `PropagateTags` gives its tags to the implicit API its events use.
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
            resources.set(
                Mapping.Entry(
                    key: entry.key, keyMark: entry.keyMark,
                    value: Node(.mapping(resource), mark: entry.value.mark)))
            context.restApiDefinitions[entry.key] = skeleton
        }

        // The implicit API, replaced by the template's own if no event uses it.
        let existing = resources.entry(Self.logicalId)
        var implicitProperties = Mapping()
        implicitProperties["StageName"] = "Prod"
        implicitProperties["DefinitionBody"] = SwaggerEditor.skeleton().node
        implicitProperties[ManagedOpenApiVersion.managedMarker] = true
        resources[Self.logicalId] = [
            "Type": "AWS::Serverless::Api", "Properties": .mapping(implicitProperties),
        ]
        let savedDefinition = context.restApiDefinitions[Self.logicalId]
        context.restApiDefinitions[Self.logicalId] = SwaggerEditor.skeleton()

        // The reference holds the resources in a Python 2.7 dictionary, to which it adds this
        // API first; it visits functions in that dictionary's order.
        var visitOrder = PythonDict(py27: true)
        for entry in context.resources.entries { visitOrder.set(entry.key, .none, unicode: true) }
        visitOrder.set(Self.logicalId, .none)

        var collector = EventCollector()
        var problems: [Diagnostic] = []
        for key in visitOrder.keys {
            guard let index = resources.index(of: key) else { continue }
            let entry = resources.entries[index]
            let type = entry.value["Type"]?.string
            guard type == "AWS::Serverless::Function" || type == "AWS::Serverless::StateMachine",
                var resource = entry.value.mapping,
                var properties = resource["Properties"]?.mapping,
                var events = properties["Events"]?.mapping
            else { continue }
            let attributes = resource
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
            try collector.makePathsConditional(
                resources: resources, conditions: &conditions, context: context)
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
                visitOrder.remove(Self.logicalId)
            }
        }
        Self.markImplicitApi(
            Self.logicalId, in: &resources, eventType: "Api", apiProperty: "RestApiId")
        // The implicit HTTP API is added the same way next, and removed again when unused.
        visitOrder.set("ServerlessHttpApi", .none)
        if resources["ServerlessHttpApi"] == nil, !Self.usesImplicitHttpApi(resources) {
            visitOrder.remove("ServerlessHttpApi")
        }
        context.resourceVisitOrder = visitOrder.keys
        sections["Resources"] = Node(.mapping(resources), mark: sections["Resources"]?.mark)
        context.template = sections
        guard problems.isEmpty else { throw DiagnosticList(problems) }
    }

    /// Gives an implicit API that the template does not write the place of the first event
    /// that makes it, so that a problem with it (such as a `Globals.Api` setting it cannot
    /// take) is reported somewhere the user can look.
    static func markImplicitApi(
        _ logicalId: String, in resources: inout Mapping, eventType: String, apiProperty: String
    ) {
        guard var entry = resources.entry(logicalId), entry.keyMark == nil else { return }
        for resource in resources.entries {
            let events = resource.value["Properties"]?["Events"]?.mapping ?? Mapping()
            // By now the pass has given such events a `Ref` to the implicit API.
            let first = events.entries.first { event in
                let api = event.value["Properties"]?[apiProperty]
                return event.value["Type"]?.string == eventType
                    && (api == nil || api?["Ref"]?.string == logicalId)
            }
            if let first, let mark = first.keyMark ?? first.value.mark {
                entry.keyMark = mark
                resources.set(entry)
                return
            }
        }
    }

    /// Whether an `HttpApi` event names no API, so that it belongs to `ServerlessHttpApi`.
    private static func usesImplicitHttpApi(_ resources: Mapping) -> Bool {
        resources.entries.contains { entry in
            let events = entry.value["Properties"]?["Events"]?.mapping ?? Mapping()
            return events.entries.contains {
                $0.value["Type"]?.string == "HttpApi" && $0.value["Properties"]?["ApiId"] == nil
            }
        }
    }
}
