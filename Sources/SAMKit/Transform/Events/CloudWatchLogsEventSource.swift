/// `Type: CloudWatchLogs`: a subscription filter that sends a log group's matching events to
/// the function.
///
/// The filter depends on the permission, as CloudWatch Logs checks that it may invoke the
/// function when the filter is created.
struct CloudWatchLogsEventSource: FunctionEventSource {
    let eventType = "CloudWatchLogs"

    let schema = PropertySchema(
        "CloudWatchLogs",
        [
            PropertySpec("LogGroupName", .string, required: true),
            PropertySpec("FilterPattern", .string, required: true),
        ])

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let logGroup = event["LogGroupName"] ?? Node(.null)
        var variables = Mapping()
        variables["__LogGroupName__"] = logGroup
        let sourceArn = EventSourceNodes.sub(
            context.arn(service: "logs", resource: "log-group:${__LogGroupName__}:*"), variables)
        let permission = LambdaPermission(principal: "logs.amazonaws.com", sourceArn: sourceArn)
            .resource(for: event, target: target)

        var filter = Mapping()
        filter["LogGroupName"] = logGroup
        filter["FilterPattern"] = event["FilterPattern"] ?? Node(.null)
        filter["DestinationArn"] = target.arn
        return EventTranslation(resources: [
            permission,
            target.resource(
                target.logicalId(of: event), type: "AWS::Logs::SubscriptionFilter",
                properties: filter, for: event, dependsOn: [permission.logicalId]),
        ])
    }
}
