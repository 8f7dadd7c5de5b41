/// The registry of function event types samkit translates.
public enum FunctionEventSources {
    /// Every event source, one per event `Type`.
    static let all: [any FunctionEventSource] = [
        SQSEventSource(),
        ApiEventSource(),
        KinesisEventSource(),
        DynamoDBEventSource(),
        MSKEventSource(),
        MQEventSource(),
        SelfManagedKafkaEventSource(),
        DocumentDBEventSource(),
        S3EventSource(),
        SNSEventSource(),
        ScheduleEventSource(),
        ScheduleV2EventSource(),
        CloudWatchEventSource(eventType: "CloudWatchEvent"),
        CloudWatchEventSource(eventType: "EventBridgeRule"),
        CloudWatchLogsEventSource(),
        IoTRuleEventSource(),
        AlexaSkillEventSource(),
        CognitoEventSource(),
        HttpApiEventSource(),
    ]

    static let byType: [String: any FunctionEventSource] = Dictionary(
        all.map { ($0.eventType, $0) }, uniquingKeysWith: { first, _ in first })

    /// The source for an event `Type`, or `nil` when samkit does not translate it.
    public static func source(for type: String) -> (any FunctionEventSource)? {
        byType[type]
    }
}
