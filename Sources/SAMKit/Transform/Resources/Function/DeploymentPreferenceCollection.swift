/// The `DeploymentPreference` of every function in a template, gathered as functions are
/// translated, and the CodeDeploy resources they share, made once all are known.
///
/// One CodeDeploy application and one service role serve every function; each function with an
/// enabled preference gets its own deployment group. When every enabled preference passes its
/// function's condition through, the shared resources exist only under those conditions.
public struct DeploymentPreferenceCollection: Sendable {
    /// One function's preference, as read from its `DeploymentPreference`.
    struct Preference: Sendable {
        var functionLogicalId: String
        var enabled: Bool
        var type: Node?
        var preTrafficHook: Node?
        var postTrafficHook: Node?
        var alarms: Node?
        var role: Node?
        var triggerConfigurations: Node?
        /// The function's `Condition` when the preference passes it through.
        var condition: Node?
        /// The function's tags when it propagates them.
        var tags: Mapping?
        var origin: SourceMark?
    }

    static let applicationLogicalId = "ServerlessDeploymentApplication"
    static let serviceRoleLogicalId = "CodeDeployServiceRole"
    static let conditionName = "ServerlessCodeDeployCondition"

    /// The deployment configurations CodeDeploy predefines for Lambda, which a preference's
    /// `Type` names without the `CodeDeployDefault.Lambda` prefix.
    static let predefinedConfigurations = [
        "Canary10Percent5Minutes", "Canary10Percent10Minutes", "Canary10Percent15Minutes",
        "Canary10Percent30Minutes", "Linear10PercentEvery1Minute", "Linear10PercentEvery2Minutes",
        "Linear10PercentEvery3Minutes", "Linear10PercentEvery10Minutes", "AllAtOnce",
    ]

    private(set) var preferences: [Preference] = []

    public init() {}

    mutating func add(_ preference: Preference) {
        preferences.append(preference)
    }

    var anyEnabled: Bool { preferences.contains { $0.enabled } }

    static func deploymentGroupLogicalId(_ functionLogicalId: String) -> String {
        functionLogicalId + "DeploymentGroup"
    }

    /// The `UpdatePolicy` that hands the alias's updates to CodeDeploy.
    static func updatePolicy(for preference: Preference) -> Node {
        var update = Mapping()
        update["ApplicationName"] = FunctionTranslator.ref(applicationLogicalId)
        update["DeploymentGroupName"] = FunctionTranslator.ref(
            deploymentGroupLogicalId(preference.functionLogicalId))
        if let hook = preference.preTrafficHook { update["BeforeAllowTrafficHook"] = hook }
        if let hook = preference.postTrafficHook { update["AfterAllowTrafficHook"] = hook }
        return ["CodeDeployLambdaAliasUpdate": .mapping(update)]
    }

    // MARK: - Shared resources

    /// The conditions of the preferences that pass one through, without repeats.
    private var conditions: [Node] {
        var found: [Node] = []
        for preference in preferences {
            if let condition = preference.condition, !found.contains(condition) {
                found.append(condition)
            }
        }
        return found
    }

    /// Whether the shared resources exist only under a condition: when every enabled
    /// preference has one.
    private var needsCondition: Bool {
        !preferences.isEmpty && !preferences.contains { $0.condition == nil && $0.enabled }
    }

    /// The condition the shared resources carry: the one condition, or the combined one.
    private var sharedCondition: Node? {
        guard needsCondition else { return nil }
        let all = conditions
        if all.count <= 1 { return all.first }
        return .string(Self.conditionName)
    }

    /// The tags of every enabled preference that propagates them, later ones winning.
    private var mergedTags: Mapping {
        var merged = Mapping()
        for preference in preferences where preference.enabled {
            for entry in preference.tags ?? Mapping() { merged[entry.key] = entry.value }
        }
        return merged
    }

    private func tagList(_ tags: Mapping) -> Node {
        .sequence(tags.map(FunctionTranslator.pair))
    }

    /// The CodeDeploy application, service role and deployment groups, and the conditions that
    /// combine the preferences' conditions, or a located error about a preference.
    func sharedResources(partition: String) throws(Diagnostic) -> (
        resources: [CloudFormationResource], conditions: Mapping
    ) {
        guard anyEnabled else { return ([], Mapping()) }
        let origin = preferences.first { $0.enabled }?.origin
        var resources: [CloudFormationResource] = []
        var attributes = Mapping()
        if let condition = sharedCondition { attributes["Condition"] = condition }
        let tags = mergedTags

        // The application every deployment group belongs to.
        var application = CloudFormationResource(
            logicalId: Self.applicationLogicalId, type: "AWS::CodeDeploy::Application",
            attributes: attributes, origin: origin)
        application["ComputePlatform"] = "Lambda"
        if !tags.isEmpty { application["Tags"] = tagList(tags) }
        resources.append(application)

        var newConditions = Mapping()
        if needsCondition {
            newConditions = Self.combinedCondition(conditions, named: Self.conditionName)
        }

        // The service role, unless every enabled preference names its own.
        if preferences.contains(where: { $0.enabled && $0.role.map(\.isFalseInPython) ?? true }) {
            let limited = partition == "aws-iso" || partition == "aws-iso-b"
            let policy =
                limited ? "AWSCodeDeployRoleForLambdaLimited" : "AWSCodeDeployRoleForLambda"
            var role = CloudFormationResource(
                logicalId: Self.serviceRoleLogicalId, type: "AWS::IAM::Role",
                attributes: attributes, origin: origin)
            role["AssumeRolePolicyDocument"] = [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Action": ["sts:AssumeRole"], "Effect": "Allow",
                        "Principal": ["Service": ["codedeploy.amazonaws.com"]],
                    ]
                ],
            ]
            role["ManagedPolicyArns"] = [
                .string("arn:\(partition):iam::aws:policy/service-role/\(policy)")
            ]
            if !tags.isEmpty { role["Tags"] = tagList(tags) }
            resources.append(role)
        }

        // One deployment group per enabled preference.
        for preference in preferences where preference.enabled {
            resources.append(try deploymentGroup(preference))
        }
        return (resources, newConditions)
    }

    private func deploymentGroup(_ preference: Preference) throws(Diagnostic)
        -> CloudFormationResource
    {
        var group = CloudFormationResource(
            logicalId: Self.deploymentGroupLogicalId(preference.functionLogicalId),
            type: "AWS::CodeDeploy::DeploymentGroup", origin: preference.origin)
        if let alarms = try alarmConfiguration(preference) { group["AlarmConfiguration"] = alarms }
        group["ApplicationName"] = FunctionTranslator.ref(Self.applicationLogicalId)
        group["AutoRollbackConfiguration"] = [
            "Enabled": true,
            "Events": [
                "DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM", "DEPLOYMENT_STOP_ON_REQUEST",
            ],
        ]
        if let type = preference.type {
            group["DeploymentConfigName"] = Self.replacingPredefined(type, key: nil)
        }
        group["DeploymentStyle"] = [
            "DeploymentType": "BLUE_GREEN", "DeploymentOption": "WITH_TRAFFIC_CONTROL",
        ]
        group["ServiceRoleArn"] = FunctionTranslator.getAtt(Self.serviceRoleLogicalId, "Arn")
        if let role = preference.role, !role.isFalseInPython { group["ServiceRoleArn"] = role }
        if let triggers = preference.triggerConfigurations, !triggers.isFalseInPython {
            group["TriggerConfigurations"] = triggers
        }
        if let tags = preference.tags, !tags.isEmpty { group["Tags"] = tagList(tags) }
        if let condition = preference.condition { group.attributes["Condition"] = condition }
        return group
    }

    /// `Alarms` as an `AlarmConfiguration`, also inside an `Fn::If`.
    private func alarmConfiguration(_ preference: Preference) throws(Diagnostic) -> Node? {
        guard let alarms = preference.alarms, !alarms.isFalseInPython,
            !FunctionTranslator.isNoValue(alarms)
        else { return nil }
        func build(_ node: Node) throws(Diagnostic) -> Node {
            guard let list = node.sequence else {
                throw .error(
                    "resource '\(preference.functionLogicalId)': 'Alarms' of "
                        + "'DeploymentPreference' must be a list of alarm names, but it is "
                        + node.kindDescription, rule: "transform",
                    at: node.mark ?? preference.origin)
            }
            guard let first = list.first, !FunctionTranslator.isNoValue(first) else {
                return Node(.mapping(Mapping()))
            }
            return [
                "Enabled": true,
                "Alarms": .sequence(list.map { ["Name": $0] }),
            ]
        }
        if let (name, argument) = alarms.intrinsic, name == "Fn::If" {
            guard let items = argument.sequence, items.count == 3 else {
                throw .error(
                    "resource '\(preference.functionLogicalId)': 'Fn::If' in 'Alarms' needs "
                        + "three arguments", rule: "transform", at: alarms.mark ?? preference.origin
                )
            }
            return ["Fn::If": [items[0], try build(items[1]), try build(items[2])]]
        }
        return try build(alarms)
    }

    /// `Type` with each predefined configuration name written as CodeDeploy's full name.
    static func replacingPredefined(_ value: Node, key: String?) -> Node {
        if let items = value.sequence {
            return .sequence(items.map { replacingPredefined($0, key: nil) }, mark: value.mark)
        }
        if value.isIntrinsic, let map = value.mapping {
            var copy = Mapping()
            for entry in map {
                copy.set(
                    .init(
                        key: entry.key, keyMark: entry.keyMark,
                        value: replacingPredefined(entry.value, key: entry.key)))
            }
            return .mapping(copy, mark: value.mark)
        }
        if let name = value.string, predefinedConfigurations.contains(name) {
            let arguments: Node = [
                "CodeDeployDefault.Lambda${ConfigName}", ["ConfigName": .string(name)],
            ]
            // Inside an `Fn::Sub` already, the arguments stand alone.
            return key == "Fn::Sub" ? arguments : ["Fn::Sub": arguments]
        }
        return value
    }

    /// Conditions that are true when any of `names` is, in `Fn::Or`s of at most ten; nothing
    /// for fewer than two names.
    static func combinedCondition(_ names: [Node], named base: String) -> Mapping {
        guard names.count >= 2 else { return Mapping() }
        let limit = 10
        var remaining = names
        var result = Mapping()
        // Each Fn::Or takes up to ten and adds one name back, so this many are needed.
        var index = 1 + (names.count - 2) / (limit - 1) - 1
        while remaining.count > 1 {
            var name = base
            if index > 0 {
                name = "\(base)\(index)"
                index -= 1
            }
            let group: [Node] = remaining.prefix(limit).map { ["Condition": $0] }
            remaining = Array(remaining.dropFirst(limit))
            remaining.append(.string(name))
            result[name] = ["Fn::Or": .sequence(group)]
        }
        return result
    }
}
