/// Translates `AWS::Serverless::Connector`: the policies or permissions that let its `Source`
/// reach each `Destination` with the `Permissions` (`Read`, `Write`) given.
///
/// Connectors are translated after every other resource, since they read the CloudFormation
/// the others became: a function's role, a rule's target. What is generated depends on the
/// pair of types (see `ConnectorProfile`): a managed policy on a role, Lambda permissions, or
/// a queue or topic policy. Each generated resource records the connector in its `Metadata`.
public struct ConnectorTranslator: ResourceTranslator {
    public init() {}

    public let resourceType = "AWS::Serverless::Connector"

    public let schema = PropertySchema(
        "AWS::Serverless::Connector",
        [
            PropertySpec("Source", .mapping, required: true),
            PropertySpec("Destination", .either([.mapping, .list(.mapping)]), required: true),
            PropertySpec("Permissions", .list(.string), required: true),
        ])

    public func translate(_ resource: SAMResource, in context: TransformContext)
        throws(Diagnostic) -> [CloudFormationResource]
    {
        let source = resource["Source"]?.mapping ?? Mapping()
        let destinations: [Node]
        let several: Bool
        if let list = resource["Destination"]?.sequence {
            destinations = list
            several = true
        } else {
            destinations = resource["Destination"].map { [$0] } ?? []
            several = false
        }
        var generated: [CloudFormationResource] = []
        for (index, destination) in destinations.enumerated() {
            let destinationMap = destination.mapping ?? Mapping()
            let place = destination.mark ?? resource.mark(of: "Destination")
            let ends: (ConnectorEndpoint, ConnectorEndpoint)
            do {
                ends = (
                    try ConnectorEndpoint(
                        source, other: destinationMap, resources: context.outputResources),
                    try ConnectorEndpoint(
                        destinationMap, other: source, resources: context.outputResources)
                )
            } catch {
                throw resource.error(error.message, at: place)
            }
            var made = try resources(
                resource, from: ends.0, to: ends.1, index: several ? index : nil, in: context)
            let metadata = self.metadata(resource, from: ends.0, to: ends.1, in: context)
            for position in made.indices {
                var merged = made[position].attributes["Metadata"]?.mapping ?? Mapping()
                merged["aws:sam:connectors"] = metadata
                made[position].attributes["Metadata"] = .mapping(merged)
            }
            generated += made
        }
        guard !generated.isEmpty else {
            throw resource.error(property: "Destination", "is an empty list; name at least one")
        }
        replaceDependencies(on: resource.logicalId, by: generated.map(\.logicalId), in: context)
        return generated
    }

    /// The resources that let `source` reach `destination`; `index` is the destination's
    /// position when `Destination` is a list.
    private func resources(
        _ resource: SAMResource, from source: ConnectorEndpoint, to destination: ConnectorEndpoint,
        index: Int?, in context: TransformContext
    ) throws(Diagnostic) -> [CloudFormationResource] {
        guard let profile = ConnectorProfile.profile(from: source.type, to: destination.type)
        else {
            throw resource.error(
                "a connector from '\(source.type)' to '\(destination.type)' is not supported")
        }
        let permissions = try self.permissions(resource, profile: profile)

        // The profile with the two sides' names filled in.
        let values: [(String, Node?)] = [
            ("Source.Arn", source.arn), ("Destination.Arn", destination.arn),
            ("Source.ResourceId", source.resourceId),
            ("Destination.ResourceId", destination.resourceId),
            ("Source.Name", source.name), ("Destination.Name", destination.name),
            ("Source.Qualifier", source.qualifier),
            ("Destination.Qualifier", destination.qualifier),
        ]
        var categories: [(name: String, grant: Node)] = []
        do {
            for category in profile.categories {
                let grant: Node =
                    category.statements.isEmpty
                    ? .mapping(category.permission)
                    : .sequence(category.statements.map(\.node))
                categories.append(
                    (category.name, try ConnectorPlaceholders.fill(grant, with: values)))
            }
        } catch {
            throw resource.error(error.message)
        }
        let granted = categories.filter { permissions.contains($0.name) }
        var statements: [Node] = []
        for category in granted { statements += category.grant.sequence ?? [] }
        let document: Node = ["Version": "2012-10-17", "Statement": .sequence(statements)]

        let owner = profile.side == .source ? source : destination
        let sideName = profile.side == .source ? "Source" : "Destination"
        let suffix = index.map { "Destination\($0)" } ?? ""
        func make(_ name: String, _ type: String, _ properties: Mapping) -> CloudFormationResource {
            CloudFormationResource(
                logicalId: resource.logicalId + name + suffix, type: type, properties: properties,
                attributes: resource.mainResourceAttributes, origin: resource.mark)
        }
        switch profile.kind {
        case .rolePolicy:
            guard let role = owner.roleName else {
                throw resource.error(
                    "cannot tell the IAM role of the '\(sideName)' resource: it must name its "
                        + "role with 'Ref' or 'Fn::GetAtt', or '\(sideName)' must give 'Type' "
                        + "and 'RoleName'")
            }
            var properties = Mapping()
            properties["PolicyDocument"] = document
            properties["Roles"] = [role]
            let policy = make("Policy", "AWS::IAM::ManagedPolicy", properties)
            addDependency(profile.dependent, on: policy.logicalId, source, destination, context)
            return [policy]
        case .lambdaPermission:
            guard let arn = owner.arn else {
                throw resource.error(
                    "cannot tell the ARN of the '\(sideName)' Lambda function; give 'Type' and "
                        + "'Arn' for it")
            }
            return granted.map { category in
                var properties = category.grant.mapping ?? Mapping()
                properties["FunctionName"] = arn
                return make(
                    category.name + "LambdaPermission", "AWS::Lambda::Permission", properties)
            }
        case .topicPolicy:
            guard let arn = owner.arn else {
                throw resource.error(
                    "cannot tell the ARN of the '\(sideName)' SNS topic; give 'Type' and 'Arn' "
                        + "for it")
            }
            var properties = Mapping()
            properties["Topics"] = [arn]
            properties["PolicyDocument"] = document
            return [make("TopicPolicy", "AWS::SNS::TopicPolicy", properties)]
        case .queuePolicy:
            guard let url = owner.queueURL else {
                throw resource.error(
                    "cannot tell the URL of the '\(sideName)' SQS queue; give 'Type' and "
                        + "'QueueUrl' for it")
            }
            var properties = Mapping()
            properties["PolicyDocument"] = document
            properties["Queues"] = [url]
            return [make("QueuePolicy", "AWS::SQS::QueuePolicy", properties)]
        }
    }

    /// `Permissions` once checked against what the profile offers.
    private func permissions(_ resource: SAMResource, profile: ConnectorProfile)
        throws(Diagnostic) -> Set<String>
    {
        let offered = profile.categories.map(\.name)
        let list = offered.map { "'\($0)'" }.joined(separator: ", ")
        let given = Set((resource["Permissions"]?.sequence ?? []).compactMap(\.string))
        guard !given.isEmpty else {
            throw resource.error(property: "Permissions", "is empty; give one or more of \(list)")
        }
        for permission in given.sorted() where !offered.contains(permission) {
            throw resource.error(
                property: "Permissions",
                "has '\(permission)', which a connector from '\(profile.source)' to "
                    + "'\(profile.destination)' does not offer; give one or more of \(list)")
        }
        if let combinations = profile.validCombinations,
            !combinations.contains(where: { Set($0) == given })
        {
            let allowed = combinations.map { $0.sorted().joined(separator: " + ") }
                .joined(separator: ", ")
            throw resource.error(
                property: "Permissions",
                "must be one of these combinations for a connector from '\(profile.source)' to "
                    + "'\(profile.destination)': \(allowed)")
        }
        return given
    }

    /// Makes what would start too early without the policy wait for it.
    private func addDependency(
        _ dependent: ConnectorProfile.Dependent?, on policyId: String,
        _ source: ConnectorEndpoint, _ destination: ConnectorEndpoint, _ context: TransformContext
    ) {
        guard let sourceId = source.logicalId else { return }
        switch dependent {
        case .source:
            addDependsOn(policyId, to: sourceId, in: context)
        case .destinationEventSourceMapping:
            guard let functionId = destination.logicalId else { return }
            let mappings = context.outputResources.entries.filter { entry in
                guard entry.value["Type"]?.string == "AWS::Lambda::EventSourceMapping",
                    let properties = entry.value["Properties"],
                    let function = properties["FunctionName"].flatMap(ConnectorEndpoint.logicalId),
                    let eventSource = properties["EventSourceArn"].flatMap(
                        ConnectorEndpoint.logicalId)
                else { return false }
                return function == functionId && eventSource == sourceId
            }
            // A second mapping between the two would fail to deploy, so only one is expected.
            if mappings.count == 1 { addDependsOn(policyId, to: mappings[0].key, in: context) }
        case nil:
            return
        }
    }

    private func addDependsOn(_ id: String, to logicalId: String, in context: TransformContext) {
        guard let resource = context.outputResources[logicalId], var map = resource.mapping else {
            return
        }
        var list = map["DependsOn"].map { $0.sequence ?? [$0] } ?? []
        if !list.contains(.string(id)) { list.append(.string(id)) }
        map["DependsOn"] = .sequence(list)
        context.outputResources[logicalId] = Node(.mapping(map), mark: resource.mark)
    }

    /// Every `DependsOn` on the connector now waits for what it generated instead.
    private func replaceDependencies(
        on connectorId: String, by generated: [String], in context: TransformContext
    ) {
        for entry in context.outputResources {
            guard var map = entry.value.mapping, let dependsOn = map["DependsOn"] else { continue }
            var list = dependsOn.sequence ?? [dependsOn]
            guard let index = list.firstIndex(of: .string(connectorId)) else { continue }
            list.remove(at: index)
            for id in generated where !list.contains(.string(id)) { list.append(.string(id)) }
            map["DependsOn"] = .sequence(list)
            context.outputResources[entry.key] = Node(.mapping(map), mark: entry.value.mark)
        }
    }

    /// `{ConnectorId: {Source: {Type}, Destination: {Type}}}`, with the SAM type a side was
    /// written as when it is a SAM resource.
    private func metadata(
        _ resource: SAMResource, from source: ConnectorEndpoint, to destination: ConnectorEndpoint,
        in context: TransformContext
    ) -> Node {
        func type(_ side: ConnectorEndpoint) -> Node {
            let original = side.logicalId.flatMap { context.resources[$0]?["Type"] }
            return ["Type": original ?? .string(side.type)]
        }
        var connectors = Mapping()
        connectors[resource.logicalId] = ["Source": type(source), "Destination": type(destination)]
        return .mapping(connectors)
    }
}
