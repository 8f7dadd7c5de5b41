/// `Type: SNS`: a subscription of the function to a topic, directly or through a queue.
///
/// - Without `SqsSubscription`: the subscription and the permission that lets SNS invoke
///   the function.
/// - `SqsSubscription: true`: a new queue subscribed to the topic, its policy letting the
///   topic send to it, and an event source mapping from the queue to the function (a FIFO
///   queue when the topic, a resource of the template, is a FIFO topic).
/// - `SqsSubscription: {QueueArn, QueueUrl, ...}`: the same through an existing queue.
///
/// With a queue, the function's generated role gets the managed policy that lets it read
/// the queue.
struct SNSEventSource: FunctionEventSource {
    let eventType = "SNS"

    let schema = PropertySchema(
        "SNS",
        [
            PropertySpec("Topic", .string, required: true),
            PropertySpec("Region", .string),
            PropertySpec("FilterPolicy"),
            PropertySpec("FilterPolicyScope"),
            PropertySpec("SqsSubscription", .either([.boolean, .mapping])),
            PropertySpec("RedrivePolicy", .mapping),
        ])

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let topic = event["Topic"] ?? Node(.null)
        let subscriptionForm = event["SqsSubscription"] ?? Node(.null)

        // SNS invokes the function itself.
        if subscriptionForm.isFalseInPython {
            let permission = LambdaPermission(principal: "sns.amazonaws.com", sourceArn: topic)
            return EventTranslation(resources: [
                permission.resource(for: event, target: target),
                subscription(
                    protocol: "lambda", endpoint: target.arn, event: event, target: target),
            ])
        }

        let eventId = target.logicalId(of: event)
        var resources: [CloudFormationResource] = []
        let queueArn: Node
        let queueUrl: Node
        var policyId = eventId + "QueuePolicy"
        var batchSize: Node?
        if subscriptionForm.bool != nil {
            // A new queue, FIFO when the topic is.
            var queue = Mapping()
            if let fifo = fifoSetting(ofTopic: topic, in: context) { queue["FifoQueue"] = fifo }
            resources.append(
                target.resource(
                    eventId + "Queue", type: "AWS::SQS::Queue", properties: queue, for: event))
            queueArn = EventSourceNodes.getAtt(eventId + "Queue")
            queueUrl = EventSourceNodes.ref(eventId + "Queue")
        } else {
            // An existing queue.
            guard let existing = subscriptionForm.mapping else {
                throw target.error(
                    in: event, property: "SqsSubscription",
                    "must be a boolean or a mapping, but it is \(subscriptionForm.kindDescription)")
            }
            guard let arn = existing["QueueArn"], !arn.isFalseInPython,
                let url = existing["QueueUrl"], !url.isFalseInPython
            else {
                throw target.error(
                    in: event, property: "SqsSubscription",
                    "must give both 'QueueArn' and 'QueueUrl' of the queue to subscribe")
            }
            queueArn = arn
            queueUrl = url
            if let name = existing["QueuePolicyLogicalId"], !name.isFalseInPython {
                guard let text = name.string else {
                    throw target.error(
                        in: event,
                        "'QueuePolicyLogicalId' of 'SqsSubscription' must be a string, but it is "
                            + name.kindDescription,
                        at: existing.entry("QueuePolicyLogicalId")?.keyMark)
                }
                policyId = text
            }
            batchSize = existing["BatchSize"]
        }

        let mapping = eventSourceMapping(
            eventId + "EventSourceMapping", queueArn: queueArn, batchSize: batchSize,
            event: event, target: target)
        resources += [
            mapping,
            queuePolicy(
                policyId, topic: topic, queueArn: queueArn, queueUrl: queueUrl,
                event: event, target: target),
            subscription(protocol: "sqs", endpoint: queueArn, event: event, target: target),
        ]
        let managedPolicy =
            "arn:\(context.partition):iam::aws:policy/service-role/"
            + "AWSLambdaSQSQueueExecutionRole"
        return EventTranslation(
            resources: resources, roleManagedPolicyArns: [.string(managedPolicy)])
    }

    /// The topic's `FifoTopic`, when the topic is a resource of the template and the
    /// setting, its parameters resolved, is not false.
    private func fifoSetting(ofTopic topic: Node, in context: TransformContext) -> Node? {
        guard let topicId = Self.logicalId(referencedBy: topic),
            let fifo = context.resources[topicId]?["Properties"]?["FifoTopic"]
        else { return nil }
        let resolved = context.resolvingParameterRefs(fifo)
        return resolved.isFalseInPython ? nil : resolved
    }

    /// The logical id a `Ref` or `Fn::GetAtt` names, or `nil` for any other value.
    static func logicalId(referencedBy node: Node) -> String? {
        guard let (name, argument) = node.intrinsic else { return nil }
        if name == "Ref" { return argument.string }
        guard name == "Fn::GetAtt" else { return nil }
        if let items = argument.sequence {
            return items.count == 2 ? items[0].string : nil
        }
        guard let parts = argument.string?.split(separator: ".", omittingEmptySubsequences: false),
            parts.count == 2
        else { return nil }
        return String(parts[0])
    }

    private func subscription(
        protocol kind: String, endpoint: Node, event: FunctionEvent, target: EventTarget
    ) -> CloudFormationResource {
        var properties = Mapping()
        properties["Protocol"] = .string(kind)
        properties["Endpoint"] = endpoint
        properties["TopicArn"] = event["Topic"] ?? Node(.null)
        for name in ["Region", "FilterPolicy", "FilterPolicyScope", "RedrivePolicy"] {
            if let value = event[name], !value.isNull { properties[name] = value }
        }
        return target.resource(
            target.logicalId(of: event), type: "AWS::SNS::Subscription", properties: properties,
            for: event)
    }

    /// The policy that lets the topic send to the queue.
    private func queuePolicy(
        _ logicalId: String, topic: Node, queueArn: Node, queueUrl: Node, event: FunctionEvent,
        target: EventTarget
    ) -> CloudFormationResource {
        let statement: Node = [
            "Action": "sqs:SendMessage",
            "Effect": "Allow",
            "Principal": "*",
            "Resource": queueArn,
            "Condition": ["ArnEquals": ["aws:SourceArn": topic]],
        ]
        var policy = Mapping()
        policy["PolicyDocument"] = ["Version": "2012-10-17", "Statement": [statement]]
        policy["Queues"] = [queueUrl]
        return target.resource(
            logicalId, type: "AWS::SQS::QueuePolicy", properties: policy, for: event)
    }

    /// The mapping that makes Lambda poll the queue: ten messages a batch unless the
    /// existing queue's settings say otherwise, and always enabled.
    ///
    /// `Enabled` of an existing queue's `SqsSubscription` is accepted and not used: the
    /// mapping is enabled whatever it says, as the reference makes it.
    private func eventSourceMapping(
        _ logicalId: String, queueArn: Node, batchSize: Node?, event: FunctionEvent,
        target: EventTarget
    ) -> CloudFormationResource {
        let size = batchSize.flatMap { $0.isFalseInPython ? nil : $0 } ?? 10
        var properties = Mapping()
        properties["FunctionName"] = target.nameOrArn
        properties["EventSourceArn"] = queueArn
        properties["BatchSize"] = size
        properties["Enabled"] = true
        return target.resource(
            logicalId, type: "AWS::Lambda::EventSourceMapping", properties: properties,
            for: event)
    }
}
