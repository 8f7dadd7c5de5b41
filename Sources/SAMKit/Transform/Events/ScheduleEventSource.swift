/// `Type: Schedule`: an EventBridge rule that invokes the function on a schedule.
///
/// Generates the rule (named by the event's logical id, the function's and the event's name
/// together), the permission that lets EventBridge invoke the function, and with
/// `DeadLetterConfig: {Type: SQS}` a queue and its policy.
struct ScheduleEventSource: FunctionEventSource {
    let eventType = "Schedule"

    let schema = PropertySchema(
        "Schedule",
        [
            PropertySpec("Schedule", .string, required: true),
            // Accepted as the reference accepts it, though it names nothing: `Name` names
            // the rule.
            PropertySpec("RuleName", .string),
            PropertySpec("Input", .string),
            PropertySpec("Enabled", .boolean),
            PropertySpec("State", .string),
            PropertySpec("Name", .string),
            PropertySpec("Description", .string),
            PropertySpec("DeadLetterConfig", .mapping),
            PropertySpec("RetryPolicy", .mapping),
        ])

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let ruleId = target.logicalId(of: event)
        let ruleArn = EventSourceNodes.getAtt(ruleId)
        var rule = Mapping()
        rule["ScheduleExpression"] = event["Schedule"]
        rule["State"] = try EventRuleSupport.state(of: event, for: target)
        for name in ["Name", "Description"] {
            if let value = event[name], !value.isNull { rule[name] = value }
        }

        var extra: [CloudFormationResource] = []
        var ruleTarget = Mapping()
        ruleTarget["Arn"] = target.arn
        ruleTarget["Id"] = .string(EventRuleSupport.targetId(rule: ruleId))
        if let input = event["Input"], !input.isNull { ruleTarget["Input"] = input }
        if let config = try EventRuleSupport.deadLetterConfig(of: event, for: target) {
            let queue = try EventRuleSupport.deadLetterQueue(
                config, rule: ruleId, ruleArn: ruleArn, event: event, target: target)
            extra = queue.resources
            ruleTarget["DeadLetterConfig"] = ["Arn": queue.arn]
        }
        if let retry = event["RetryPolicy"], !retry.isNull { ruleTarget["RetryPolicy"] = retry }
        rule["Targets"] = [.mapping(ruleTarget)]

        let permission = LambdaPermission(principal: "events.amazonaws.com", sourceArn: ruleArn)
        return EventTranslation(
            resources: [
                target.resource(ruleId, type: "AWS::Events::Rule", properties: rule, for: event)
            ] + extra + [permission.resource(for: event, target: target)])
    }
}
