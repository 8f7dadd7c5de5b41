/// Translates `AWS::Serverless::StateMachine` into an `AWS::StepFunctions::StateMachine`, the
/// role it runs as (unless the template gives `Role`), with `AutoPublishAlias` a version and
/// an alias, and what its events generate: EventBridge rules and schedules with the roles
/// that let them start executions.
public struct StateMachineTranslator: ResourceTranslator {
    public init() {}

    public let resourceType = "AWS::Serverless::StateMachine"

    public let schema = PropertySchema(
        "AWS::Serverless::StateMachine",
        [
            PropertySpec("Definition", .mapping),
            PropertySpec("DefinitionUri", .either([.string, .mapping])),
            PropertySpec("Logging", .mapping),
            PropertySpec("Role", .string),
            PropertySpec("RolePath"),
            PropertySpec("DefinitionSubstitutions", .mapping),
            PropertySpec("Events", .mappingOf(.mapping)),
            PropertySpec("Name", .string),
            PropertySpec("Type", .string),
            PropertySpec("Tags", .mapping),
            PropertySpec("PropagateTags", .boolean),
            PropertySpec("Policies", .either([.string, .list(.either([.string, .mapping]))])),
            PropertySpec("Tracing", .mapping),
            PropertySpec("PermissionsBoundary", .string),
            PropertySpec("AutoPublishAlias"),
            PropertySpec("DeploymentPreference"),
            PropertySpec("UseAliasAsEventTarget", .boolean, allowsIntrinsic: false),
        ])

    /// The trust policy that lets Step Functions assume a role.
    static let trustPolicy: Node = [
        "Version": "2012-10-17",
        "Statement": [
            [
                "Action": ["sts:AssumeRole"], "Effect": "Allow",
                "Principal": ["Service": ["states.amazonaws.com"]],
            ]
        ],
    ]

    /// Generated resource types whose `Tags` `PropagateTags` replaces, as in the reference.
    static let taggableTypes: Set<String> = [
        "AWS::StepFunctions::StateMachine", "AWS::IAM::Role", "AWS::SQS::Queue",
    ]

    public func translate(_ resource: SAMResource, in context: TransformContext)
        throws(Diagnostic) -> [CloudFormationResource]
    {
        func value(_ name: String) -> Node? {
            resource[name].flatMap { $0.isFalseInPython ? nil : $0 }
        }

        // The state machine and its definition.
        var properties = try StateMachineDefinition.properties(of: resource)
        var machine = CloudFormationResource(
            logicalId: resource.logicalId, type: "AWS::StepFunctions::StateMachine",
            attributes: resource.mainResourceAttributes, origin: resource.mark)
        let tags = try tagList(resource)

        // The role it runs as: the template's, or one generated from `Policies`.
        var generated: [CloudFormationResource] = []
        if value("Role") != nil && value("Policies") != nil {
            throw resource.error(
                "give either 'Role' or 'Policies', not both: 'Policies' describe the role samkit "
                    + "generates", at: resource.mark(of: "Policies"))
        }
        if let role = value("Role") {
            properties["RoleArn"] = role
        } else {
            let role = try executionRole(resource, tags: tags, in: context)
            properties["RoleArn"] = ["Fn::GetAtt": [.string(role.logicalId), "Arn"]]
            generated.append(role)
        }
        properties["StateMachineName"] = resource["Name"]
        properties["StateMachineType"] = resource["Type"]
        properties["LoggingConfiguration"] = resource["Logging"]
        properties["TracingConfiguration"] = resource["Tracing"]
        properties["Tags"] = tags
        for entry in properties where entry.value.isNull { properties.remove(entry.key) }
        machine.properties = properties

        // With AutoPublishAlias, a version and an alias that shifts traffic to it.
        let published = try versionAndAlias(resource)
        generated += published

        // Events start executions of the state machine, or of its alias when asked.
        var targetArn: Node = ["Ref": .string(resource.logicalId)]
        if resource["UseAliasAsEventTarget"]?.bool == true, let alias = published.last {
            targetArn = ["Ref": .string(alias.logicalId)]
        }
        let events = try StateMachineEvents.translate(
            resource, targetArn: targetArn, in: context)

        var all = [machine] + generated + events
        if resource["PropagateTags"]?.bool == true, let given = value("Tags")?.mapping {
            let propagated = Node.sequence(TagList.from(given))
            all = all.map { item in
                guard Self.taggableTypes.contains(item.type) else { return item }
                var copy = item
                copy["Tags"] = propagated
                return copy
            }
        }
        return all
    }

    /// The role Step Functions assumes to run the state machine: the `Policies` given, and
    /// X-Ray's write access when tracing is enabled.
    private func executionRole(
        _ resource: SAMResource, tags: Node, in context: TransformContext
    ) throws(Diagnostic) -> CloudFormationResource {
        var role = ExecutionRole(
            logicalId: resource.logicalId + "Role", assumeRolePolicyDocument: Self.trustPolicy,
            attributes: resource.passThroughAttributes, origin: resource.mark)
        role.path = resource["RolePath"].flatMap { $0.isFalseInPython ? nil : $0 }
        role.permissionsBoundary = resource["PermissionsBoundary"].flatMap {
            $0.isFalseInPython ? nil : $0
        }
        role.tags = tags
        var entries: [Node] = []
        if let policies = resource["Policies"], !policies.isFalseInPython {
            entries = policies.sequence ?? [policies]
        }
        if resource["Tracing"]?["Enabled"]?.bool == true {
            let name =
                context.partition == "aws" ? "AWSXrayWriteOnlyAccess" : "AWSXRayDaemonWriteAccess"
            entries.append(.string(name))
        }
        try ResourcePolicies.add(entries, of: resource, to: &role, in: context)
        return role.resource
    }

    /// `stateMachine:createdBy: SAM`, then the template's `Tags`.
    private func tagList(_ resource: SAMResource) throws(Diagnostic) -> Node {
        var list: [Node] = [["Key": "stateMachine:createdBy", "Value": "SAM"]]
        if let tags = resource["Tags"]?.mapping {
            if let reserved = tags.entry("stateMachine:createdBy") {
                throw resource.error(
                    "the tag key 'stateMachine:createdBy' is reserved by SAM; choose another key",
                    at: reserved.keyMark ?? resource.mark(of: "Tags"))
            }
            list += TagList.from(tags)
        }
        return .sequence(list)
    }

    /// The version published on each change, and the alias `AutoPublishAlias` names, which
    /// deploys it as `DeploymentPreference` says (all at once by default).
    private func versionAndAlias(_ resource: SAMResource) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        let aliasName = resource["AutoPublishAlias"].flatMap { $0.isFalseInPython ? nil : $0 }
        let preference = resource["DeploymentPreference"].flatMap {
            $0.isFalseInPython ? nil : $0
        }
        if aliasName == nil, resource["UseAliasAsEventTarget"]?.bool == true {
            throw resource.error(
                property: "UseAliasAsEventTarget", "needs 'AutoPublishAlias' to name the alias")
        }
        guard let aliasName else {
            if preference != nil {
                throw resource.error(
                    property: "DeploymentPreference",
                    "needs 'AutoPublishAlias', since a deployment shifts traffic between the "
                        + "versions of an alias")
            }
            return []
        }
        guard let name = aliasName.string else {
            throw resource.error(
                property: "AutoPublishAlias",
                "must be the alias's name, a string, but it is \(aliasName.kindDescription)")
        }
        var preferenceMap = Mapping()
        if let preference {
            guard let map = preference.mapping else {
                throw resource.error(
                    property: "DeploymentPreference",
                    "must be a mapping with 'Type', but it is \(preference.kindDescription)")
            }
            preferenceMap = map
        } else {
            preferenceMap["Type"] = "ALL_AT_ONCE"
        }

        // Both policies keep the previous version while a deployment shifts traffic from it.
        let versionId = resource.logicalId + "Version"
        var versionAttributes = resource.passThroughAttributes
        for name in ["DeletionPolicy", "UpdateReplacePolicy"] where versionAttributes[name] == nil {
            versionAttributes[name] = "Retain"
        }
        var version = Mapping()
        version["StateMachineArn"] = ["Ref": .string(resource.logicalId)]
        version["StateMachineRevisionId"] = [
            "Fn::GetAtt": [.string(resource.logicalId), "StateMachineRevisionId"]
        ]

        preferenceMap["StateMachineVersionArn"] = ["Ref": .string(versionId)]
        var alias = Mapping()
        alias["Name"] = aliasName
        alias["DeploymentPreference"] = .mapping(preferenceMap)
        return [
            CloudFormationResource(
                logicalId: versionId, type: "AWS::StepFunctions::StateMachineVersion",
                properties: version, attributes: versionAttributes, origin: resource.mark),
            CloudFormationResource(
                logicalId: resource.logicalId + "Alias" + name,
                type: "AWS::StepFunctions::StateMachineAlias", properties: alias,
                attributes: resource.passThroughAttributes, origin: resource.mark),
        ]
    }
}
