/// An `SQS` event: Lambda polls the queue `Queue`.
struct SQSEventSource: PullEventSource {
    let eventType = "SQS"
    let sourceProperty: String? = "Queue"
    let ownProperties = [PropertySpec("Queue", required: true, allowsIntrinsic: false)]
    let managedPolicyPath: String? = "service-role/AWSLambdaSQSQueueExecutionRole"

    func rolePolicies(for event: PullEvent, in context: TransformContext) -> [Node] { [] }
}
