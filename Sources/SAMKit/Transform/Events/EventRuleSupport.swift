/// What the EventBridge-based sources (`Schedule`, `CloudWatchEvent`, `EventBridgeRule`,
/// `ScheduleV2`) share: the rule's target id, its state, and its dead-letter queue.
enum EventRuleSupport {
    /// EventBridge refuses a target id longer than this.
    static let maximumTargetIdLength = 64

    /// The id of the rule's Lambda target: the rule's logical id and `LambdaTarget`, with the
    /// logical id cut short when the whole would be too long.
    static func targetId(rule ruleLogicalId: String) -> String {
        let suffix = "LambdaTarget"
        let scalars = Array(ruleLogicalId.unicodeScalars)
        let room = maximumTargetIdLength - suffix.unicodeScalars.count
        guard scalars.count > room else { return ruleLogicalId + suffix }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars.prefix(room))
        return String(kept) + suffix
    }

    /// The rule's `State`: as written, or from `Enabled` (`ENABLED` unless it is `false`).
    ///
    /// An intrinsic function given for `Enabled` counts as true, as the reference reads it.
    ///
    /// - Throws: when both are given.
    static func state(of event: FunctionEvent, for target: EventTarget) throws(Diagnostic)
        -> Node?
    {
        let state = event["State"].flatMap { $0.isFalseInPython ? nil : $0 }
        let enabled = event["Enabled"].flatMap { $0.isNull ? nil : $0 }
        if state != nil, enabled != nil {
            throw target.error(
                in: event, "'State' and 'Enabled' cannot both be given; keep one of them",
                at: event.mark(of: "Enabled"))
        }
        if let enabled { return enabled.isFalseInPython ? "DISABLED" : "ENABLED" }
        return state
    }

    /// The event's `DeadLetterConfig` once checked: it gives either the `Arn` of a queue or
    /// `Type: SQS` for samkit to make one.
    static func deadLetterConfig(of event: FunctionEvent, for target: EventTarget)
        throws(Diagnostic) -> Mapping?
    {
        guard let node = event["DeadLetterConfig"], !node.isNull else { return nil }
        let config = node.mapping ?? Mapping()
        let hasArn = config.index(of: "Arn") != nil
        let hasType = config.index(of: "Type") != nil
        if hasArn && hasType {
            throw target.error(
                in: event, property: "DeadLetterConfig",
                "gives both 'Arn' and 'Type'; give 'Arn' for an existing queue or 'Type: SQS' "
                    + "for a new one")
        }
        if hasType, config["Type"]?.string != "SQS" {
            throw target.error(
                in: event, "'Type' of 'DeadLetterConfig' must be 'SQS'",
                at: config.entry("Type")?.keyMark ?? event.mark(of: "DeadLetterConfig"))
        }
        if !hasArn && !hasType {
            throw target.error(
                in: event, property: "DeadLetterConfig",
                "must give 'Arn' for an existing queue or 'Type: SQS' for a new one")
        }
        return config
    }

    /// The dead-letter queue's ARN, with the queue to generate when the config asks for one.
    ///
    /// A rule's queue comes with a policy that lets the rule (`ruleArn`) send to it; a
    /// scheduler's queue comes without one (pass `ruleArn: nil`), since its role grants that.
    static func deadLetterQueue(
        _ config: Mapping, rule ruleLogicalId: String, ruleArn: Node?, event: FunctionEvent,
        target: EventTarget
    ) throws(Diagnostic) -> (arn: Node, resources: [CloudFormationResource]) {
        if let arn = config["Arn"], !arn.isNull { return (arn, []) }
        var queueId = ruleLogicalId + "Queue"
        if let name = config["QueueLogicalId"], !name.isNull {
            guard let text = name.string else {
                throw target.error(
                    in: event,
                    "'QueueLogicalId' of 'DeadLetterConfig' must be a string, but it is "
                        + name.kindDescription,
                    at: config.entry("QueueLogicalId")?.keyMark
                        ?? event.mark(of: "DeadLetterConfig"))
            }
            queueId = text
        }
        let queueArn = EventSourceNodes.getAtt(queueId)
        var resources = [
            target.resource(queueId, type: "AWS::SQS::Queue", properties: Mapping(), for: event)
        ]
        if let ruleArn {
            let statement: Node = [
                "Action": "sqs:SendMessage",
                "Effect": "Allow",
                "Principal": ["Service": "events.amazonaws.com"],
                "Resource": queueArn,
                "Condition": ["ArnEquals": ["aws:SourceArn": ruleArn]],
            ]
            var policy = Mapping()
            policy["PolicyDocument"] = ["Version": "2012-10-17", "Statement": [statement]]
            policy["Queues"] = [EventSourceNodes.ref(queueId)]
            resources.append(
                target.resource(
                    ruleLogicalId + "QueuePolicy", type: "AWS::SQS::QueuePolicy",
                    properties: policy, for: event))
        }
        return (queueArn, resources)
    }
}
