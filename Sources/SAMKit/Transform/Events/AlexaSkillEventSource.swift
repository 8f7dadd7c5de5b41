/// `Type: AlexaSkill`: the permission that lets Alexa invoke the function, limited to one
/// skill when `SkillId` is given.
struct AlexaSkillEventSource: FunctionEventSource {
    let eventType = "AlexaSkill"

    let schema = PropertySchema("AlexaSkill", [PropertySpec("SkillId", .string)])

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let permission = LambdaPermission(
            principal: "alexa-appkit.amazon.com", eventSourceToken: event["SkillId"])
        return EventTranslation(resources: [permission.resource(for: event, target: target)])
    }
}
