/// What the APIs of one template with `UsagePlan: {CreateUsagePlan: SHARED}` have in common:
/// one `ServerlessUsagePlan`, `ServerlessApiKey` and `ServerlessUsagePlanKey` that list every
/// such API's stage, rewritten by each API in turn.
///
/// The shared resources take the strongest `DeletionPolicy` and `UpdateReplacePolicy` of the
/// APIs, and a condition only while every API has one: `SharedUsagePlanCondition`, the one
/// condition or an `Fn::Or` of them all.
struct SharedUsagePlan {
    static let conditionName = "SharedUsagePlanCondition"

    var apiIds: [String] = []
    var apiStages: [Node] = []
    var stageKeys: [Node] = []
    var conditions: [String] = []
    var anyApiWithoutCondition = false
    var deletionPolicy: Node?
    var updateReplacePolicy: Node?

    /// The attributes of the shared resources once `attributes` (an API's pass-through
    /// attributes) are counted in; adds or removes the shared condition in `context`.
    mutating func combinedAttributes(_ attributes: Mapping, context: TransformContext)
        throws(SharedUsagePlanProblem) -> Mapping
    {
        if let policy = attributes["DeletionPolicy"], policy.isPythonTruthy {
            if deletionPolicy == nil || policy.string == "Retain" { deletionPolicy = policy }
        }
        if let policy = attributes["UpdateReplacePolicy"], policy.isPythonTruthy {
            if updateReplacePolicy == nil || policy.string == "Retain"
                || (policy.string == "Snapshot" && updateReplacePolicy?.string == "Delete")
            {
                updateReplacePolicy = policy
            }
        }
        try addCondition(attributes["Condition"], context: context)

        var combined = Mapping()
        if let deletionPolicy { combined["DeletionPolicy"] = deletionPolicy }
        if let updateReplacePolicy { combined["UpdateReplacePolicy"] = updateReplacePolicy }
        if !conditions.isEmpty, !anyApiWithoutCondition {
            combined["Condition"] = .string(Self.conditionName)
        }
        return combined
    }

    private mutating func addCondition(_ condition: Node?, context: TransformContext)
        throws(SharedUsagePlanProblem)
    {
        guard !anyApiWithoutCondition else { return }
        guard let condition, !condition.isNull else {
            anyApiWithoutCondition = true
            _ = context.addedConditions.remove(Self.conditionName)
            return
        }
        guard let name = condition.string, !name.isEmpty, !conditions.contains(name) else {
            return
        }
        guard context.template["Conditions"] != nil else {
            throw SharedUsagePlanProblem(
                "its 'Condition' is shared by the shared usage plan, which needs the template "
                    + "to have a 'Conditions' section")
        }
        conditions.append(name)
        if conditions.count == 1 {
            context.addedConditions[Self.conditionName] = .string(name)
        } else {
            let references = conditions.map {
                Node.mapping(Mapping([.init(key: "Condition", value: .string($0))]))
            }
            context.addedConditions[Self.conditionName] = ["Fn::Or": .sequence(references)]
        }
    }
}

/// Why the shared usage plan could not take in an API.
struct SharedUsagePlanProblem: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
