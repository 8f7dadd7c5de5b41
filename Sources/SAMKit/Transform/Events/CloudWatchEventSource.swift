/// `Type: CloudWatchEvent` and `Type: EventBridgeRule`: an EventBridge rule that invokes the
/// function on events matching a pattern.
///
/// The two types are one source under two names, as EventBridge is the new name of
/// CloudWatch Events. Generates the rule, the permission that lets EventBridge invoke the
/// function, and with `DeadLetterConfig: {Type: SQS}` a queue and its policy.
struct CloudWatchEventSource: FunctionEventSource {
    let eventType: String

    init(eventType: String) {
        self.eventType = eventType
    }

    var schema: PropertySchema {
        PropertySchema(
            eventType,
            [
                PropertySpec("EventBusName", .string),
                PropertySpec("RuleName", .string),
                PropertySpec("Pattern", .mapping),
                PropertySpec("DeadLetterConfig", .mapping),
                PropertySpec("RetryPolicy", .mapping),
                PropertySpec("Input", .string),
                PropertySpec("InputPath", .string),
                PropertySpec("Target", .mapping),
                PropertySpec("Enabled", .boolean),
                PropertySpec("State", .string),
                PropertySpec("InputTransformer", .mapping),
            ])
    }

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let ruleId = target.logicalId(of: event)
        let ruleArn = EventSourceNodes.getAtt(ruleId)
        var rule = Mapping()
        for (from, to) in [
            ("EventBusName", "EventBusName"), ("Pattern", "EventPattern"), ("RuleName", "Name"),
        ] {
            if let value = event[from], !value.isNull { rule[to] = value }
        }

        // The dead-letter queue is checked before the state, as the reference checks them.
        var extra: [CloudFormationResource] = []
        var queueArn: Node?
        if let config = try EventRuleSupport.deadLetterConfig(of: event, for: target) {
            let queue = try EventRuleSupport.deadLetterQueue(
                config, rule: ruleId, ruleArn: ruleArn, event: event, target: target)
            extra = queue.resources
            queueArn = queue.arn
        }
        rule["State"] = try EventRuleSupport.state(of: event, for: target)
        rule["Targets"] = [.mapping(ruleTarget(ruleId, event: event, target: target, queueArn))]

        let permission = LambdaPermission(principal: "events.amazonaws.com", sourceArn: ruleArn)
        return EventTranslation(
            resources: extra + [
                target.resource(ruleId, type: "AWS::Events::Rule", properties: rule, for: event),
                permission.resource(for: event, target: target),
            ])
    }

    /// The rule's one target, the function; its id is `Target.Id` when the event gives one.
    private func ruleTarget(
        _ ruleId: String, event: FunctionEvent, target: EventTarget, _ queueArn: Node?
    ) -> Mapping {
        var ruleTarget = Mapping()
        ruleTarget["Arn"] = target.arn
        ruleTarget["Id"] =
            event["Target"]?["Id"] ?? .string(EventRuleSupport.targetId(rule: ruleId))
        for name in ["Input", "InputPath"] {
            if let value = event[name], !value.isNull { ruleTarget[name] = value }
        }
        if let queueArn { ruleTarget["DeadLetterConfig"] = ["Arn": queueArn] }
        for name in ["RetryPolicy", "InputTransformer"] {
            if let value = event[name], !value.isNull { ruleTarget[name] = value }
        }
        return ruleTarget
    }
}
