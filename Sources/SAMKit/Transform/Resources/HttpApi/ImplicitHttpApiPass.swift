/// Prepares HTTP APIs before Globals are merged: gives each `AWS::Serverless::HttpApi`
/// without a definition one the transform builds, and adds the implicit `ServerlessHttpApi`
/// that `HttpApi` events without an `ApiId` attach to.
///
/// Each `HttpApi` event is completed here as the reference completes it: an `ApiId` (the
/// implicit API when none is written), `$default` and any method when it has neither `Path`
/// nor `Method`, its route added to a definition the transform builds, and its
/// `RouteSettings` merged into the API's. The implicit API takes the condition of the
/// functions that use it (combined when they differ), their `DeletionPolicy` and
/// `UpdateReplacePolicy`, and, with `PropagateTags`, their tags. It is dropped when no event
/// uses it; a resource the template itself names `ServerlessHttpApi` is then kept.
///
/// It runs before ``GlobalsPass`` so that `Globals.HttpApi` reaches the APIs it adds.
struct ImplicitHttpApiPass: TemplatePass {
    static let implicitLogicalId = "ServerlessHttpApi"
    static let implicitCondition = "ServerlessHttpApiCondition"
    static let apiType = "AWS::Serverless::HttpApi"
    static let managed = ManagedOpenApiVersion.managedMarker

    func apply(to context: TransformContext) throws(DiagnosticList) {
        var resources = context.resources
        guard Self.hasHttpApis(resources) else { return }
        addDefaultDefinitions(to: &resources)

        let existing = resources.entry(Self.implicitLogicalId)
        var implicit = Mapping()
        implicit["Type"] = .string(Self.apiType)
        var implicitProperties = Mapping()
        implicitProperties["DefinitionBody"] = OpenApiEditor.skeleton
        implicitProperties[Self.managed] = true
        implicit["Properties"] = .mapping(implicitProperties)
        resources[Self.implicitLogicalId] = .mapping(implicit)

        var state = EventState()
        var problems: [Diagnostic] = []
        for entry in resources.entries {
            let type = entry.value["Type"]?.string
            guard type == "AWS::Serverless::Function" || type == "AWS::Serverless::StateMachine"
            else { continue }
            do {
                try processEvents(
                    of: entry, in: &resources, state: &state, template: context.template)
            } catch {
                problems.append(error)
            }
        }

        // The implicit API exists where its functions do.
        if var api = resources[Self.implicitLogicalId]?.mapping {
            let conditions = state.conditions[Self.implicitLogicalId] ?? [:]
            let all = conditions.values.flatMap { $0.values }
            if !all.isEmpty, all.allSatisfy({ $0 != nil }) {
                let names = Set(all.compactMap { $0 }).sorted()
                if names.count == 1 {
                    api["Condition"] = .string(names[0])
                } else {
                    api["Condition"] = .string(Self.implicitCondition)
                    addCombinedCondition(names, named: Self.implicitCondition, in: context)
                }
            }
            let deletion = state.deletionPolicies[Self.implicitLogicalId] ?? []
            if deletion.contains("Retain") {
                api["DeletionPolicy"] = "Retain"
            } else if deletion.contains("Delete") {
                api["DeletionPolicy"] = "Delete"
            }
            let replace = state.updateReplacePolicies[Self.implicitLogicalId] ?? []
            for policy in ["Retain", "Snapshot", "Delete"] where replace.contains(policy) {
                api["UpdateReplacePolicy"] = .string(policy)
                break
            }
            resources[Self.implicitLogicalId] = .mapping(api)
        }

        conditionPaths(in: &resources, state: state, context: context)

        // Without routes the implicit API goes, giving back what the template had there.
        if let paths = resources[Self.implicitLogicalId]?["Properties"]?["DefinitionBody"]?[
            "paths"]?.mapping, paths.isEmpty
        {
            if let existing {
                resources.set(existing)
            } else {
                _ = resources.remove(Self.implicitLogicalId)
            }
        }
        ImplicitRestApiPass.markImplicitApi(
            Self.implicitLogicalId, in: &resources, eventType: "HttpApi", apiProperty: "ApiId")
        var template = context.template
        template["Resources"] = .mapping(resources)
        context.template = template
        if !problems.isEmpty { throw DiagnosticList(problems) }
    }

    /// Whether any HTTP API or `HttpApi` event is written; without one the pass has nothing to
    /// do, and skipping it spares a copy of every resource.
    static func hasHttpApis(_ resources: Mapping) -> Bool {
        resources.entries.contains { entry in
            let type = entry.value["Type"]?.string
            if type == apiType { return true }
            guard type == "AWS::Serverless::Function" || type == "AWS::Serverless::StateMachine"
            else { return false }
            let events = entry.value["Properties"]?["Events"]?.mapping ?? Mapping()
            return events.entries.contains { $0.value["Type"]?.string == "HttpApi" }
        }
    }

    /// What the events tell about each API: the condition of each route's function, and
    /// the deletion and replacement policies of the functions.
    struct EventState {
        /// API id → path → method → the function's condition, or nil.
        var conditions: [String: [String: [String: String?]]] = [:]
        var deletionPolicies: [String: [String]] = [:]
        var updateReplacePolicies: [String: [String]] = [:]
    }

    /// Gives each HTTP API with neither `DefinitionBody` nor `DefinitionUri` a definition the
    /// transform builds.
    private func addDefaultDefinitions(to resources: inout Mapping) {
        for entry in resources.entries where entry.value["Type"]?.string == Self.apiType {
            guard var resource = entry.value.mapping else { continue }
            var properties = resource["Properties"]?.mapping ?? Mapping()
            if properties["DefinitionBody"]?.isPythonTruthy == true
                || properties["DefinitionUri"]?.isPythonTruthy == true
            {
                continue
            }
            properties["DefinitionBody"] = OpenApiEditor.skeleton
            properties[Self.managed] = true
            resource["Properties"] = Node(
                .mapping(properties), mark: resource["Properties"]?.mark)
            var updated = entry
            updated.value = Node(.mapping(resource), mark: entry.value.mark)
            resources.set(updated)
        }
    }

    /// Completes the function's `HttpApi` events and adds their routes to their APIs.
    private func processEvents(
        of entry: Mapping.Entry, in resources: inout Mapping, state: inout EventState,
        template: Mapping
    ) throws(Diagnostic) {
        let function = SAMResource(logicalId: entry.key, node: entry.value, keyMark: entry.keyMark)
        guard var events = function["Events"]?.mapping else { return }
        let condition = function.attributes["Condition"]?.string
        let deletion = function.attributes["DeletionPolicy"]?.string
        let replace = function.attributes["UpdateReplacePolicy"]?.string
        var changed = false
        defer {
            if changed, var resource = entry.value.mapping,
                var properties = resource["Properties"]?.mapping
            {
                properties["Events"] = Node(.mapping(events), mark: function["Events"]?.mark)
                resource["Properties"] = Node(
                    .mapping(properties), mark: resource["Properties"]?.mark)
                resources[entry.key] = Node(.mapping(resource), mark: entry.value.mark)
            }
        }
        for eventEntry in events.entries {
            guard var event = eventEntry.value.mapping, event["Type"]?.string == "HttpApi" else {
                continue
            }
            let place = eventEntry.keyMark ?? eventEntry.value.mark
            func problem(_ message: String, at mark: SourceMark? = nil) -> Diagnostic {
                .error(
                    "resource '\(function.logicalId)', event '\(eventEntry.key)': \(message)",
                    rule: "transform", at: mark ?? place)
            }
            var properties = Mapping()
            if let given = event["Properties"] {
                guard let map = given.mapping else {
                    throw problem(
                        "'Properties' must be a mapping, but it is \(given.kindDescription)",
                        at: given.mark)
                }
                properties = map
            }
            if properties["ApiId"] == nil {
                addTagsToImplicitApi(from: function, template: template, in: &resources)
                properties["ApiId"] = ["Ref": .string(Self.implicitLogicalId)]
            }
            if properties["Path"]?.isPythonTruthy != true
                && properties["Method"]?.isPythonTruthy != true
            {
                properties["Path"] = .string(OpenApiEditor.defaultPath)
                properties["Method"] = .string(OpenApiEditor.anyMethod)
            }

            // The API, path and method must all be plain text by now.
            let rawApiId = properties["ApiId"] ?? Node(.null)
            let apiIdNode = rawApiId.mapping?["Ref"] ?? rawApiId
            for (key, value) in [("Path", properties["Path"]), ("Method", properties["Method"])] {
                guard let value, !value.isNull else {
                    let other = key == "Path" ? "Method" : "Path"
                    throw problem("needs a '\(key)' when it has a '\(other)'")
                }
            }
            guard let apiId = apiIdNode.string else {
                throw problem(
                    "'ApiId' must be the logical id of an HTTP API in this template or a 'Ref' "
                        + "to one, but it is \(apiIdNode.kindDescription)",
                    at: properties.entry("ApiId")?.keyMark)
            }
            guard let path = properties["Path"]?.string else {
                throw problem(
                    "'Path' must be a string such as '/items', but it is "
                        + (properties["Path"]?.kindDescription ?? "missing"),
                    at: properties.entry("Path")?.keyMark)
            }
            guard let method = properties["Method"]?.string else {
                throw problem(
                    "'Method' must be a string such as 'get', but it is "
                        + (properties["Method"]?.kindDescription ?? "missing"),
                    at: properties.entry("Method")?.keyMark)
            }
            state.conditions[apiId, default: [:]][path, default: [:]][method] = .some(condition)
            state.deletionPolicies[apiId, default: []].append(deletion ?? "")
            state.updateReplacePolicies[apiId, default: []].append(replace ?? "")

            guard var api = resources[apiId]?.mapping else {
                var message =
                    "'ApiId' names '\(apiId)', which is not an 'AWS::Serverless::HttpApi' in this "
                    + "template"
                let apis = resources.entries.filter { $0.value["Type"]?.string == Self.apiType }
                if let near = Suggestion.nearest(to: apiId, among: apis.map(\.key)) {
                    message += "; did you mean '\(near)'?"
                }
                throw problem(message, at: properties.entry("ApiId")?.keyMark)
            }
            var apiProperties = api["Properties"]?.mapping ?? Mapping()
            if OpenApiEditor.isValid(apiProperties["DefinitionBody"]),
                apiProperties[Self.managed]?.isPythonTruthy == true
            {
                do {
                    var editor = try OpenApiEditor(apiProperties["DefinitionBody"])
                    try editor.addPath(path, method: method)
                    apiProperties["DefinitionBody"] = editor.result
                } catch {
                    throw problem("cannot add its route to '\(apiId)': \(error.message)")
                }
            }
            if let settings = properties["RouteSettings"] {
                let route =
                    method == OpenApiEditor.anyMethod ? path : "\(method.uppercased()) \(path)"
                var all = Mapping()
                if let given = apiProperties["RouteSettings"] {
                    guard let map = given.mapping else {
                        throw function.error(
                            "the HTTP API '\(apiId)' has 'RouteSettings' that is not a mapping",
                            at: given.mark ?? place)
                    }
                    all = map
                }
                var eventSettings = settings
                if let condition {
                    eventSettings = OpenApiEditor.conditional(.string(condition), settings)
                }
                guard let additions = eventSettings.mapping else {
                    throw problem(
                        "'RouteSettings' must be a mapping, but it is \(settings.kindDescription)",
                        at: settings.mark)
                }
                var routeSettings = all[route]?.mapping ?? Mapping()
                for addition in additions { routeSettings.set(addition) }
                all[route] = .mapping(routeSettings)
                apiProperties["RouteSettings"] = .mapping(all)
            }
            api["Properties"] = .mapping(apiProperties)
            resources[apiId] = Node(.mapping(api), mark: resources[apiId]?.mark)

            event["Properties"] = Node(.mapping(properties), mark: event["Properties"]?.mark)
            events[eventEntry.key] = Node(.mapping(event), mark: eventEntry.value.mark)
            changed = true
        }
    }

    /// With `PropagateTags`, the function's tags (or `Globals.Function`'s) go to the
    /// implicit API too.
    private func addTagsToImplicitApi(
        from function: SAMResource, template: Mapping, in resources: inout Mapping
    ) {
        let kind = function.type == "AWS::Serverless::StateMachine" ? "StateMachine" : "Function"
        let globals = template["Globals"]?[kind]?.mapping ?? Mapping()
        func value(_ key: String) -> Node? {
            if let own = function[key], own.isPythonTruthy { return own }
            if let global = globals[key], global.isPythonTruthy { return global }
            return nil
        }
        guard value("PropagateTags") != nil, let tags = value("Tags")?.mapping,
            var api = resources[Self.implicitLogicalId]?.mapping
        else { return }
        var properties = api["Properties"]?.mapping ?? Mapping()
        var merged = properties["Tags"]?.mapping ?? Mapping()
        for tag in tags { merged.set(tag) }
        properties["Tags"] = .mapping(merged)
        properties["PropagateTags"] = true
        api["Properties"] = .mapping(properties)
        resources[Self.implicitLogicalId] = .mapping(api)
    }

    /// Wraps each route of a built definition whose functions all have conditions in
    /// `Fn::If` on them (combined when they differ).
    private func conditionPaths(
        in resources: inout Mapping, state: EventState, context: TransformContext
    ) {
        for entry in resources.entries where entry.value["Type"]?.string == Self.apiType {
            guard var api = entry.value.mapping, var properties = api["Properties"]?.mapping,
                properties[Self.managed]?.isPythonTruthy == true,
                var editor = try? OpenApiEditor(properties["DefinitionBody"])
            else { continue }
            for path in editor.paths.keys {
                guard let methods = state.conditions[entry.key]?[path] else { continue }
                let all = Array(methods.values)
                guard !all.isEmpty, all.allSatisfy({ $0 != nil }) else { continue }
                let names = Set(all.compactMap { $0 }).sorted()
                if names.count == 1 {
                    editor.makePathConditional(path, condition: names[0])
                } else {
                    let name = Self.pathConditionName(api: entry.key, path: path)
                    addCombinedCondition(names, named: name, in: context)
                    editor.makePathConditional(path, condition: name)
                }
            }
            properties["DefinitionBody"] = editor.result
            api["Properties"] = .mapping(properties)
            var updated = entry
            updated.value = Node(.mapping(api), mark: entry.value.mark)
            resources.set(updated)
        }
    }

    /// A condition name made of the API's logical id and the path, with the characters a
    /// logical id cannot hold spelled out.
    static func pathConditionName(api: String, path: String) -> String {
        let spelled = path.replacing("/", with: "SLASH").replacing("{", with: "OB")
            .replacing("}", with: "CB")
        return api + spelled + "PathCondition"
    }

    private func addCombinedCondition(
        _ names: [String], named name: String, in context: TransformContext
    ) {
        let combined = DeploymentPreferenceCollection.combinedCondition(
            names.map { .string($0) }, named: name)
        for entry in combined { context.addedConditions.set(entry) }
    }
}
