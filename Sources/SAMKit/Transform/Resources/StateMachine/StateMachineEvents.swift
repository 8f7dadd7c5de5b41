/// Translates a state machine's `Events`: `Schedule`, `CloudWatchEvent` and
/// `EventBridgeRule` become EventBridge rules, `ScheduleV2` an EventBridge Scheduler schedule,
/// each with a role that may start executions unless the event names its own; `Api` a method
/// of a REST API (see `StateMachineApiEvent`).
enum StateMachineEvents {
    /// Every event type the reference knows for a state machine.
    static let knownTypes = [
        "Schedule", "ScheduleV2", "CloudWatchEvent", "EventBridgeRule", "Api",
    ]

    /// What each EventBridge rule target of a state machine ends its id with.
    static let targetIdSuffix = "StepFunctionsTarget"

    /// The resources the events of `resource` generate, in the order the events are written.
    static func translate(
        _ resource: SAMResource, targetArn: Node, in context: TransformContext
    ) throws(Diagnostic) -> [CloudFormationResource] {
        guard let events = resource["Events"], !events.isNull else { return [] }
        guard let map = events.mapping, !events.isIntrinsic else {
            throw resource.error(
                property: "Events",
                "must be a mapping of event names to events, but it is \(events.kindDescription)")
        }
        var target = EventTarget(
            function: resource, arn: targetArn,
            invokedLogicalId: targetArn["Ref"]?.string ?? resource.logicalId,
            passThroughAttributes: resource.passThroughAttributes, roleLogicalId: nil)
        target.invokeAction = "states:StartExecution"
        target.invokePolicySuffix = "StartExecutionPolicy"

        var resources: [CloudFormationResource] = []
        for entry in map {
            let (event, typeMark) = try self.event(entry, of: resource)
            switch event.type {
            case "Schedule":
                try scheduleSchema.checkEvent(event, of: resource.logicalId)
                resources += try rule(event, target: target, schedule: true, in: context)
            case "CloudWatchEvent", "EventBridgeRule":
                try ruleSchema(event.type).checkEvent(event, of: resource.logicalId)
                resources += try rule(event, target: target, schedule: false, in: context)
            case "ScheduleV2":
                let source = ScheduleV2EventSource()
                try source.schema.checkEvent(event, of: resource.logicalId)
                resources += try source.translate(event, for: target, in: context).resources
            case "Api":
                try StateMachineApiEvent.schema.checkEvent(event, of: resource.logicalId)
                resources += try StateMachineApiEvent(event: event, target: target)
                    .translate(in: context)
            default:
                throw Diagnostic.error(
                    "resource '\(resource.logicalId)': event '\(event.name)' has type "
                        + "'\(event.type)', which samkit does not translate yet for a state "
                        + "machine", rule: "unsupported", at: typeMark ?? event.mark)
            }
        }
        return resources
    }

    static let scheduleSchema = PropertySchema(
        "Schedule",
        [
            PropertySpec("Schedule", .string, required: true),
            PropertySpec("Input", .string),
            PropertySpec("Enabled", .boolean),
            PropertySpec("State", .string),
            PropertySpec("Name", .string),
            PropertySpec("Description", .string),
            PropertySpec("DeadLetterConfig", .mapping),
            PropertySpec("RetryPolicy", .mapping),
            PropertySpec("Target", .mapping, allowsIntrinsic: false),
            PropertySpec("RoleArn", .string, allowsIntrinsic: false),
        ])

    static func ruleSchema(_ type: String) -> PropertySchema {
        PropertySchema(
            type,
            [
                PropertySpec("EventBusName", .string),
                PropertySpec("RuleName", .string),
                PropertySpec("Pattern", .mapping),
                PropertySpec("Input", .string),
                PropertySpec("InputPath", .string),
                PropertySpec("DeadLetterConfig", .mapping),
                PropertySpec("RetryPolicy", .mapping),
                PropertySpec("State", .string),
                PropertySpec("Target", .mapping, allowsIntrinsic: false),
                PropertySpec("InputTransformer", .mapping),
            ])
    }

    /// An EventBridge rule that starts the state machine, on a schedule or on matching
    /// events, with the role it does so as and, with `DeadLetterConfig: {Type: SQS}`, a queue.
    private static func rule(
        _ event: FunctionEvent, target: EventTarget, schedule: Bool, in context: TransformContext
    ) throws(Diagnostic) -> [CloudFormationResource] {
        func given(_ name: String) -> Node? {
            event[name].flatMap { $0.isNull ? nil : $0 }
        }
        let ruleId = target.logicalId(of: event)
        var rule = Mapping()
        if schedule {
            rule["ScheduleExpression"] = given("Schedule")
            rule["State"] = try EventRuleSupport.state(of: event, for: target)
            rule["Name"] = given("Name")
            rule["Description"] = given("Description")
        } else {
            rule["EventBusName"] = given("EventBusName")
            rule["EventPattern"] = given("Pattern")
            rule["Name"] = given("RuleName")
            if let state = event["State"], !state.isFalseInPython { rule["State"] = state }
        }
        var resources = [
            target.resource(ruleId, type: "AWS::Events::Rule", properties: Mapping(), for: event)
        ]

        // The role EventBridge assumes, unless a schedule names its own.
        var roleArn: Node
        if schedule, let given = given("RoleArn") {
            roleArn = given
        } else {
            let role = startExecutionRole(
                ruleId + "Role", principal: "events.amazonaws.com", target: target, event: event)
            resources.append(role)
            roleArn = EventSourceNodes.getAtt(role.logicalId)
        }

        var ruleTarget = Mapping()
        ruleTarget["Arn"] = target.arn
        var targetId = Node.string(
            EventRuleSupport.targetId(rule: ruleId, suffix: targetIdSuffix))
        if let id = given("Target")?.mapping?["Id"] { targetId = id }
        ruleTarget["Id"] = targetId
        ruleTarget["RoleArn"] = roleArn
        ruleTarget["Input"] = given("Input")
        if !schedule { ruleTarget["InputPath"] = given("InputPath") }
        if let config = try EventRuleSupport.deadLetterConfig(of: event, for: target) {
            let queue = try EventRuleSupport.deadLetterQueue(
                config, rule: ruleId, ruleArn: EventSourceNodes.getAtt(ruleId), event: event,
                target: target)
            resources += queue.resources
            ruleTarget["DeadLetterConfig"] = ["Arn": queue.arn]
        }
        ruleTarget["RetryPolicy"] = given("RetryPolicy")
        if !schedule { ruleTarget["InputTransformer"] = given("InputTransformer") }
        rule["Targets"] = [.mapping(ruleTarget)]
        resources[0].properties = rule
        return resources
    }

    /// A role `principal` assumes to start executions of the state machine.
    static func startExecutionRole(
        _ logicalId: String, principal: String, target: EventTarget, event: FunctionEvent
    ) -> CloudFormationResource {
        var role = Mapping()
        role["AssumeRolePolicyDocument"] = [
            "Version": "2012-10-17",
            "Statement": [
                [
                    "Action": ["sts:AssumeRole"], "Effect": "Allow",
                    "Principal": ["Service": [.string(principal)]],
                ]
            ],
        ]
        role["Policies"] = [
            [
                "PolicyName": .string(logicalId + "StartExecutionPolicy"),
                "PolicyDocument": [
                    "Statement": [
                        [
                            "Action": "states:StartExecution", "Effect": "Allow",
                            "Resource": target.arn,
                        ]
                    ]
                ],
            ]
        ]
        if let boundary = target.function["PermissionsBoundary"], !boundary.isFalseInPython {
            role["PermissionsBoundary"] = boundary
        }
        return target.resource(logicalId, type: "AWS::IAM::Role", properties: role, for: event)
    }

    /// The event as the sources read it, after checking its `Type` and `Properties`, with
    /// where its `Type` is written.
    private static func event(_ entry: Mapping.Entry, of resource: SAMResource)
        throws(Diagnostic) -> (FunctionEvent, SourceMark?)
    {
        let place = entry.keyMark ?? entry.value.mark
        guard let map = entry.value.mapping else {
            throw resource.error(
                "event '\(entry.key)' must be a mapping with 'Type' and 'Properties', but it is "
                    + entry.value.kindDescription, at: place)
        }
        guard let typeNode = map["Type"], let type = typeNode.string else {
            throw resource.error(
                "event '\(entry.key)' needs a 'Type' such as 'Schedule' or 'EventBridgeRule'",
                at: map["Type"]?.mark ?? place)
        }
        guard knownTypes.contains(type) else {
            var message =
                "event '\(entry.key)' has type '\(type)', which is not an event type of a state "
                + "machine"
            if let near = Suggestion.nearest(to: type, among: knownTypes) {
                message += "; did you mean '\(near)'?"
            }
            throw resource.error(message, at: typeNode.mark ?? place)
        }
        var properties = Mapping()
        if let given = map["Properties"], !given.isNull {
            guard let mapping = given.mapping else {
                throw resource.error(
                    "'Properties' of event '\(entry.key)' must be a mapping, but it is "
                        + given.kindDescription, at: given.mark ?? place)
            }
            properties = mapping
        }
        let event = FunctionEvent(name: entry.key, type: type, properties: properties, mark: place)
        return (event, typeNode.mark)
    }
}
