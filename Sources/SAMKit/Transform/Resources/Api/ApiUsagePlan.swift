/// `Auth.UsagePlan` of an `AWS::Serverless::Api`: a usage plan for the API's stage with an API
/// key and the key's link to the plan.
///
/// `PER_API` makes `<Api>UsagePlan`, `<Api>ApiKey` and `<Api>UsagePlanKey`; `SHARED` makes
/// one `ServerlessUsagePlan`, `ServerlessApiKey` and `ServerlessUsagePlanKey` for all such
/// APIs of the template (see ``SharedUsagePlan``); `NONE` makes nothing.
struct ApiUsagePlan {
    static let propertyNames = [
        "CreateUsagePlan", "Description", "Quota", "Tags", "Throttle", "UsagePlanName",
    ]
    static let sharedIds = ["ServerlessUsagePlan", "ServerlessApiKey", "ServerlessUsagePlanKey"]

    let resource: SAMResource
    /// The API's `Auth`, parameter references resolved.
    let auth: PythonDict

    /// The resources for the API whose stage is `stageId`.
    func resources(stageId: String, in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        guard let value = auth["UsagePlan"], value != .none else { return [] }
        let settings = value.node
        guard let map = settings.mapping else {
            throw error("must be a mapping with 'CreateUsagePlan'")
        }
        if let unknown = map.keys.first(where: { !Self.propertyNames.contains($0) }) {
            var message = "has no setting '\(unknown)'"
            if let near = Suggestion.nearest(to: unknown, among: Self.propertyNames) {
                message += "; did you mean '\(near)'?"
            }
            throw error(message)
        }
        guard let create = map["CreateUsagePlan"], !create.isNull else {
            throw error("needs 'CreateUsagePlan': 'PER_API', 'SHARED' or 'NONE'")
        }
        guard let mode = create.string, ["SHARED", "PER_API", "NONE"].contains(mode) else {
            throw error(
                "has 'CreateUsagePlan' '\(create.string ?? create.pythonRepr())'; expected "
                    + "'PER_API', 'SHARED' or 'NONE'")
        }
        if mode == "NONE" { return [] }

        let id = resource.logicalId
        let stage = Mapping([
            .init(key: "ApiId", value: EventSourceNodes.ref(id)),
            .init(key: "Stage", value: EventSourceNodes.ref(stageId)),
        ])
        let stageKey = Mapping([
            .init(key: "RestApiId", value: EventSourceNodes.ref(id)),
            .init(key: "StageName", value: EventSourceNodes.ref(stageId)),
        ])
        let names: (plan: String, key: String, link: String)
        let dependsOn: [String]
        let stages: [Node]
        let stageKeys: [Node]
        var attributes = resource.passThroughAttributes
        if mode == "PER_API" {
            names = (id + "UsagePlan", id + "ApiKey", id + "UsagePlanKey")
            dependsOn = [id]
            stages = [.mapping(stage)]
            stageKeys = [.mapping(stageKey)]
        } else {
            names = (Self.sharedIds[0], Self.sharedIds[1], Self.sharedIds[2])
            var shared = context.sharedUsagePlan
            if !shared.apiIds.contains(id) { shared.apiIds.append(id) }
            if !shared.apiStages.contains(.mapping(stage)) {
                shared.apiStages.append(.mapping(stage))
            }
            if !shared.stageKeys.contains(.mapping(stageKey)) {
                shared.stageKeys.append(.mapping(stageKey))
            }
            do {
                attributes = try shared.combinedAttributes(attributes, context: context)
            } catch {
                throw resource.error(
                    error.message, at: resource.attributes.entry("Condition")?.keyMark)
            }
            context.sharedUsagePlan = shared
            dependsOn = shared.apiIds
            stages = shared.apiStages
            stageKeys = shared.stageKeys
            // Each API rewrites the shared resources with everything gathered so far.
            for name in Self.sharedIds { _ = context.outputResources.remove(name) }
        }

        let origin = resource.mark(of: "Auth")
        var planAttributes = attributes
        planAttributes["DependsOn"] = .sequence(dependsOn.map { .string($0) })
        var plan = CloudFormationResource(
            logicalId: names.plan, type: "AWS::ApiGateway::UsagePlan",
            attributes: planAttributes, origin: origin)
        plan["ApiStages"] = .sequence(stages)
        for name in ["UsagePlanName", "Description", "Quota", "Tags", "Throttle"] {
            if let value = map[name], value.isPythonTruthy { plan[name] = value }
        }

        var keyAttributes = attributes
        keyAttributes["DependsOn"] = [.string(names.plan)]
        var apiKey = CloudFormationResource(
            logicalId: names.key, type: "AWS::ApiGateway::ApiKey", attributes: keyAttributes,
            origin: origin)
        apiKey["Enabled"] = true
        apiKey["StageKeys"] = .sequence(stageKeys)

        var linkAttributes = attributes
        linkAttributes["DependsOn"] = [.string(names.key)]
        var link = CloudFormationResource(
            logicalId: names.link, type: "AWS::ApiGateway::UsagePlanKey",
            attributes: linkAttributes, origin: origin)
        link["KeyId"] = EventSourceNodes.ref(names.key)
        link["KeyType"] = "API_KEY"
        link["UsagePlanId"] = EventSourceNodes.ref(names.plan)
        return [plan, apiKey, link]
    }

    private func error(_ message: String) -> Diagnostic {
        .error(
            "resource '\(resource.logicalId)': 'Auth.UsagePlan' \(message)", rule: "transform",
            at: resource.mark(of: "Auth"))
    }
}
