/// What the implicit-API pass gathers from functions' `Api` events: each API's paths and
/// methods with the condition of the function behind each, and the functions' deletion and
/// update-replace policies.
struct EventCollector {
    /// Per API, per path, per method as written: the function's condition, if any.
    private(set) var conditions:
        [(api: String, paths: [(path: String, methods: [(String, String?)])])] = []
    private var deletionPolicies: [String?] = []
    private var updateReplacePolicies: [String?] = []
    /// Tags functions propagate to the implicit API.
    private var implicitApiTags: Mapping?

    /// Adds the `Api` events of one function, in the order the reference visits them, and
    /// gives each its `RestApiId`.
    mutating func process(
        _ events: inout Mapping, functionId: String, attributes: Mapping, resources: Mapping,
        context: TransformContext
    ) throws(Diagnostic) {
        // The reference visits events in Python 2.7 order, through a second dictionary.
        var written = PythonDict(py27: true)
        for entry in events { written.set(entry.key, .none) }
        var apiEvents = PythonDict(py27: true)
        for key in written.keys {
            guard let event = events[key]?.mapping, event["Type"]?.string == "Api" else { continue }
            apiEvents.set(key, .none)
        }
        let condition = attributes["Condition"]?.string
        for name in apiEvents.keys {
            guard let entry = events.entry(name), var event = entry.value.mapping,
                let given = event["Properties"], given.isPythonTruthy
            else { continue }
            func failure(_ message: String, at place: SourceMark? = nil) -> Diagnostic {
                .error(
                    "resource '\(functionId)', event '\(name)': \(message)", rule: "transform",
                    at: place ?? entry.keyMark)
            }
            guard var properties = given.mapping else {
                throw failure("'Properties' must be a mapping", at: given.mark)
            }
            if properties["RestApiId"] == nil {
                addPropagatedTags(functionId: functionId, resources: resources, context: context)
                properties["RestApiId"] = ["Ref": .string(ImplicitRestApiPass.logicalId)]
            }
            let restApiId = properties["RestApiId"] ?? Node(.null)
            let apiValue = restApiId.mapping?["Ref"] ?? restApiId
            for required in ["Path", "Method"]
            where properties[required] == nil || properties[required]?.isNull == true {
                throw failure("the required property '\(required)' is missing")
            }
            guard let apiId = apiValue.string else {
                throw failure(
                    "property 'RestApiId' must be a string or a 'Ref' to an 'AWS::Serverless::Api'",
                    at: restApiId.mark)
            }
            guard let path = properties["Path"]?.string else {
                throw failure("property 'Path' must be a string", at: properties["Path"]?.mark)
            }
            guard let method = properties["Method"]?.string else {
                throw failure("property 'Method' must be a string", at: properties["Method"]?.mark)
            }
            record(api: apiId, path: path, method: method, condition: condition)
            if apiId == ImplicitRestApiPass.logicalId {
                deletionPolicies.append(attributes["DeletionPolicy"]?.string)
                updateReplacePolicies.append(attributes["UpdateReplacePolicy"]?.string)
            }

            // The path joins the definition the transform builds for the API.
            guard let api = resources[apiId]?.mapping,
                api["Type"]?.string == "AWS::Serverless::Api"
            else {
                throw failure(
                    "property 'RestApiId' must name an 'AWS::Serverless::Api' in the same "
                        + "template, but '\(apiId)' is not one", at: restApiId.mark)
            }
            let apiProperties = api["Properties"]?.mapping ?? Mapping()
            if apiProperties[ManagedOpenApiVersion.managedMarker]?.isPythonTruthy == true,
                let definition = context.restApiDefinitions[apiId],
                SwaggerEditor.isValid(definition)
            {
                do throws(SwaggerProblem) {
                    var editor = try SwaggerEditor(definition)
                    try editor.addPath(path, method: method)
                    context.restApiDefinitions[apiId] = editor.swagger()
                } catch {
                    throw failure(error.message)
                }
            }
            event["Properties"] = Node(.mapping(properties), mark: given.mark)
            events.set(
                Mapping.Entry(
                    key: name, keyMark: entry.keyMark,
                    value: Node(.mapping(event), mark: entry.value.mark)))
        }
    }

    /// A function that propagates its tags (itself or through Globals) gives them to the
    /// implicit API its event belongs to.
    private mutating func addPropagatedTags(
        functionId: String, resources: Mapping, context: TransformContext
    ) {
        guard let function = resources[functionId],
            let type = function["Type"]?.string?.split(separator: ":").last
        else { return }
        let globals = context.template["Globals"]?[String(type)]
        let properties = function["Properties"]
        let propagate = [properties?["PropagateTags"], globals?["PropagateTags"]]
            .compactMap { $0 }.first { $0.isPythonTruthy }
        let tags = [properties?["Tags"], globals?["Tags"]].compactMap { $0 }
            .first { $0.isPythonTruthy }
        guard propagate != nil, let tags = tags?.mapping else { return }
        var merged = implicitApiTags ?? Mapping()
        for entry in tags { merged.set(entry) }
        implicitApiTags = merged
    }

    private mutating func record(api: String, path: String, method: String, condition: String?) {
        let apiIndex =
            conditions.firstIndex { $0.api == api }
            ?? {
                conditions.append((api, []))
                return conditions.count - 1
            }()
        var paths = conditions[apiIndex].paths
        let pathIndex =
            paths.firstIndex { $0.path == path }
            ?? {
                paths.append((path, []))
                return paths.count - 1
            }()
        var methods = paths[pathIndex].methods
        if let index = methods.firstIndex(where: { $0.0 == method }) {
            methods[index].1 = condition
        } else {
            methods.append((method, condition))
        }
        paths[pathIndex].methods = methods
        conditions[apiIndex].paths = paths
    }

    /// Gives the implicit API the condition, deletion policy and update-replace policy its
    /// events' functions share.
    func applyAttributes(to resources: inout Mapping, conditions templateConditions: inout Mapping?)
    {
        guard var api = resources[ImplicitRestApiPass.logicalId]?.mapping else { return }
        if let paths = conditions.first(where: { $0.api == ImplicitRestApiPass.logicalId })?.paths {
            let all = paths.flatMap { $0.methods.map(\.1) }
            if !all.isEmpty, !all.contains(where: { $0 == nil }) {
                let names = Set(all.compactMap { $0 })
                if names.count == 1, let only = names.first {
                    api["Condition"] = .string(only)
                } else {
                    api["Condition"] = "ServerlessRestApiCondition"
                    Self.addCombinedCondition(
                        "ServerlessRestApiCondition", of: names.sorted(), to: &templateConditions)
                }
            }
        }
        let deletion = deletionPolicies
        if deletion.contains(where: { $0 != nil }) {
            if deletion.contains("Retain") {
                api["DeletionPolicy"] = "Retain"
            } else if deletion.contains("Delete") {
                api["DeletionPolicy"] = "Delete"
            }
        }
        let replace = updateReplacePolicies
        if replace.contains(where: { $0 != nil }) {
            if replace.contains("Retain") {
                api["UpdateReplacePolicy"] = "Retain"
            } else if replace.contains("Snapshot") {
                api["UpdateReplacePolicy"] = "Snapshot"
            } else if replace.contains("Delete") {
                api["UpdateReplacePolicy"] = "Delete"
            }
        }
        if let tags = implicitApiTags, var properties = api["Properties"]?.mapping {
            var merged = properties["Tags"]?.mapping ?? Mapping()
            for entry in tags { merged.set(entry) }
            properties["Tags"] = .mapping(merged)
            properties["PropagateTags"] = true
            api["Properties"] = .mapping(properties)
        }
        resources[ImplicitRestApiPass.logicalId] = .mapping(api)
    }

    /// Wraps each path of a definition the transform builds in the condition its methods'
    /// functions share.
    func makePathsConditional(
        resources: Mapping, conditions templateConditions: inout Mapping?, context: TransformContext
    ) throws(Diagnostic) {
        for entry in resources.entries where entry.value["Type"]?.string == "AWS::Serverless::Api" {
            guard
                entry.value["Properties"]?[ManagedOpenApiVersion.managedMarker]?.isPythonTruthy
                    == true,
                let definition = context.restApiDefinitions[entry.key]
            else { continue }
            do throws(SwaggerProblem) {
                var editor = try SwaggerEditor(definition)
                let recorded = conditions.first { $0.api == entry.key }?.paths ?? []
                for path in editor.paths.keys {
                    let methods = recorded.first { $0.path == path }?.methods ?? []
                    let all = methods.map(\.1)
                    guard !all.isEmpty, !all.contains(where: { $0 == nil }) else { continue }
                    let names = Set(all.compactMap { $0 })
                    if names.count == 1, let only = names.first {
                        editor.makePathConditional(path, condition: only)
                    } else {
                        let name = ImplicitHttpApiPass.pathConditionName(
                            api: entry.key, path: path)
                        Self.addCombinedCondition(name, of: names.sorted(), to: &templateConditions)
                        // The name is the transform's own text, not a template string.
                        editor.makePathConditional(path, condition: name, unicode: false)
                    }
                }
                context.restApiDefinitions[entry.key] = editor.swagger()
            } catch {
                throw .error(
                    "resource '\(entry.key)': \(error.message)", rule: "transform",
                    at: entry.keyMark)
            }
        }
    }

    /// Adds `name` as the `Fn::Or` of `names`, split into numbered conditions of at most ten.
    static func addCombinedCondition(
        _ name: String, of names: [String], to conditions: inout Mapping?
    ) {
        var map = conditions ?? Mapping()
        let combined = DeploymentPreferenceCollection.combinedCondition(
            names.map { .string($0) }, named: name)
        for entry in combined { map.set(entry) }
        conditions = map
    }
}
