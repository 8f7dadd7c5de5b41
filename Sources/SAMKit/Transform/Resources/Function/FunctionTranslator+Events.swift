extension FunctionTranslator {
    /// Every event type the reference transform knows for a function. A type in this list
    /// that samkit has no source for is reported as not supported yet; any other type is an
    /// error in the template.
    static let knownEventTypes = [
        "S3", "SNS", "Kinesis", "DynamoDB", "SQS", "MSK", "MQ", "SelfManagedKafka", "DocumentDB",
        "Api", "HttpApi", "Schedule", "ScheduleV2", "CloudWatchEvent", "EventBridgeRule",
        "CloudWatchLogs", "IoTRule", "AlexaSkill", "Cognito",
    ]

    /// Translates the function's `Events` with their registered sources, adding the rights
    /// they need to the generated role.
    ///
    /// Events are translated in the order of their `Path` (for API events) or name, as the
    /// reference translates them.
    func translateEvents(
        _ function: FunctionProperties, target: EventTarget, role: inout ExecutionRole,
        in context: TransformContext
    ) throws(Diagnostic) -> [CloudFormationResource] {
        guard let events = function["Events"] else { return [] }
        guard let map = events.mapping, !events.isIntrinsic else {
            throw function.resource.error(
                property: "Events",
                "must be a mapping of event names to events, but it is \(events.kindDescription)")
        }
        let ordered = map.entries.sorted { sortKey($0) < sortKey($1) }
        var resources: [CloudFormationResource] = []
        for entry in ordered {
            let event = try functionEvent(entry, function: function)
            guard let source = FunctionEventSources.source(for: event.type) else {
                throw unsupported(event, in: function, place: entry.value["Type"]?.mark)
            }
            try source.schema.checkEvent(event, of: function.logicalId)
            let translation = try source.translate(event, for: target, in: context)
            resources += translation.resources
            if target.roleLogicalId != nil {
                for arn in translation.roleManagedPolicyArns { role.addManagedPolicyArn(arn) }
                for policy in translation.rolePolicies { role.addPolicyOnce(policy) }
            }
        }
        return resources
    }

    private func sortKey(_ entry: Mapping.Entry) -> String {
        entry.value["Properties"]?["Path"]?.string ?? entry.key
    }

    /// The event as sources read it, after checking its `Type` and `Properties`.
    private func functionEvent(_ entry: Mapping.Entry, function: FunctionProperties)
        throws(Diagnostic) -> FunctionEvent
    {
        let place = entry.keyMark ?? entry.value.mark
        guard let map = entry.value.mapping else {
            throw function.resource.error(
                "event '\(entry.key)' must be a mapping with 'Type' and 'Properties', but it is "
                    + entry.value.kindDescription, at: place)
        }
        guard let typeNode = map["Type"], let type = typeNode.string else {
            throw function.resource.error(
                "event '\(entry.key)' needs a 'Type' such as 'SQS', 'S3' or 'Schedule'",
                at: map["Type"]?.mark ?? place)
        }
        guard Self.knownEventTypes.contains(type) else {
            var message = "event '\(entry.key)' has type '\(type)', which is not a SAM event type"
            if let near = Suggestion.nearest(to: type, among: Self.knownEventTypes) {
                message += "; did you mean '\(near)'?"
            }
            throw function.resource.error(message, at: typeNode.mark ?? place)
        }
        var properties = Mapping()
        if let given = map["Properties"], !given.isNull {
            guard let mapping = given.mapping else {
                throw function.resource.error(
                    "'Properties' of event '\(entry.key)' must be a mapping, but it is "
                        + given.kindDescription, at: given.mark ?? place)
            }
            properties = mapping
        }
        return FunctionEvent(name: entry.key, type: type, properties: properties, mark: place)
    }

    private func unsupported(
        _ event: FunctionEvent, in function: FunctionProperties, place: SourceMark?
    ) -> Diagnostic {
        .error(
            "resource '\(function.logicalId)': event '\(event.name)' has type '\(event.type)', "
                + "which samkit does not translate yet", rule: "unsupported",
            at: place ?? event.mark)
    }
}
