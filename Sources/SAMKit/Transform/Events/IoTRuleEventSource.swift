/// `Type: IoTRule`: an IoT topic rule whose action invokes the function.
struct IoTRuleEventSource: FunctionEventSource {
    let eventType = "IoTRule"

    let schema = PropertySchema(
        "IoTRule",
        [
            PropertySpec("Sql", .string, required: true),
            PropertySpec("AwsIotSqlVersion", .string),
        ])

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let ruleId = target.logicalId(of: event)
        var variables = Mapping()
        variables["RuleName"] = EventSourceNodes.ref(ruleId)
        let permission = LambdaPermission(
            principal: "iot.amazonaws.com",
            sourceArn: EventSourceNodes.sub(
                context.arn(service: "iot", resource: "rule/${RuleName}"), variables),
            sourceAccount: ["Fn::Sub": "${AWS::AccountId}"])

        var payload = Mapping()
        payload["Sql"] = event["Sql"] ?? Node(.null)
        payload["RuleDisabled"] = false
        payload["Actions"] = [["Lambda": ["FunctionArn": target.arn]]]
        if let version = event["AwsIotSqlVersion"], !version.isFalseInPython {
            payload["AwsIotSqlVersion"] = version
        }
        var rule = Mapping()
        rule["TopicRulePayload"] = .mapping(payload)
        return EventTranslation(resources: [
            permission.resource(for: event, target: target),
            target.resource(ruleId, type: "AWS::IoT::TopicRule", properties: rule, for: event),
        ])
    }
}
