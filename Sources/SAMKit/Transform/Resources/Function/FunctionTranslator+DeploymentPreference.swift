extension FunctionTranslator {
    /// Records the function's `DeploymentPreference` for the shared CodeDeploy resources, and
    /// when it is enabled, gives the alias the `UpdatePolicy` that hands its updates to
    /// CodeDeploy.
    ///
    /// `Enabled`, `Type` and `PassthroughCondition` are read with parameter references and
    /// `Fn::FindInMap` resolved, since the transform must know them.
    func applyDeploymentPreference(
        _ preference: Node, function: FunctionProperties, alias: inout CloudFormationResource?,
        in context: TransformContext
    ) throws(Diagnostic) {
        guard !preference.isFalseInPython else { return }
        let resource = function.resource
        let given = preference.mapping ?? Mapping()
        func resolved(_ key: String) throws(Diagnostic) -> Node? {
            guard let value = given[key] else { return nil }
            return try context.resolveFindInMap(context.resolveParameterRefs(value))
        }

        // Enabled unless it says false; a disabled preference generates nothing.
        var enabled = true
        if let value = try resolved("Enabled") {
            if value.string == "false" || value.string == "False" || value.isFalseInPython {
                enabled = false
            }
        }
        var entry = DeploymentPreferenceCollection.Preference(
            functionLogicalId: resource.logicalId, enabled: enabled,
            origin: resource.mark(of: "DeploymentPreference"))
        guard enabled else {
            context.deploymentPreferences.add(entry)
            return
        }

        guard let type = try resolved("Type") else {
            throw resource.error(
                property: "DeploymentPreference",
                "needs 'Type', such as 'AllAtOnce' or 'Canary10Percent5Minutes'")
        }
        entry.type = type
        let passesCondition = try passthroughCondition(
            given["PassthroughCondition"], function, context)
        if let hooks = given["Hooks"], !hooks.isNull {
            guard let map = hooks.mapping else {
                throw function.error(
                    "'Hooks' of 'DeploymentPreference' must be a mapping with 'PreTraffic' and "
                        + "'PostTraffic', but it is \(hooks.kindDescription)", at: hooks,
                    property: "DeploymentPreference")
            }
            entry.preTrafficHook = map["PreTraffic"].flatMap { $0.isNull ? nil : $0 }
            entry.postTrafficHook = map["PostTraffic"].flatMap { $0.isNull ? nil : $0 }
        }
        entry.alarms = given["Alarms"].flatMap { $0.isNull ? nil : $0 }
        entry.role = given["Role"].flatMap { $0.isNull ? nil : $0 }
        entry.triggerConfigurations = given["TriggerConfigurations"].flatMap {
            $0.isNull ? nil : $0
        }
        if passesCondition { entry.condition = function.condition }
        if function.propagatesTags, let tags = function["Tags"]?.mapping, !tags.isEmpty {
            entry.tags = tags
        }
        context.deploymentPreferences.add(entry)

        guard function.has("AutoPublishAlias"), var updated = alias else {
            throw resource.error(
                property: "DeploymentPreference",
                "needs 'AutoPublishAlias', since CodeDeploy shifts traffic between the versions "
                    + "of an alias")
        }
        updated.attributes["UpdatePolicy"] = DeploymentPreferenceCollection.updatePolicy(
            for: entry)
        alias = updated
    }

    /// `PassthroughCondition` as a boolean: `true`, `false` or their strings, possibly behind
    /// a parameter reference or `Fn::FindInMap`; false when it is not given.
    private func passthroughCondition(
        _ value: Node?, _ function: FunctionProperties, _ context: TransformContext
    ) throws(Diagnostic) -> Bool {
        guard let value else { return false }
        let resolved = try context.resolveFindInMap(context.resolveParameterRefs(value))
        switch resolved.content {
        case .bool(let flag): return flag
        case .string("true"), .string("True"): return true
        case .string("false"), .string("False"): return false
        default: break
        }
        if resolved.isIntrinsic {
            throw function.error(
                "'PassthroughCondition' of 'DeploymentPreference' can use only 'Ref' to a "
                    + "parameter and 'Fn::FindInMap', which the transform resolves", at: value,
                property: "DeploymentPreference")
        }
        throw function.error(
            "'PassthroughCondition' of 'DeploymentPreference' must be true or false, but it is "
                + Self.describe(resolved), at: value, property: "DeploymentPreference")
    }
}
