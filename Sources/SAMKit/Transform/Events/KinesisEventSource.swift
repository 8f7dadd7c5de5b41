/// A `Kinesis` event: Lambda reads the data stream `Stream` from `StartingPosition`.
struct KinesisEventSource: PullEventSource {
    let eventType = "Kinesis"
    let sourceProperty: String? = "Stream"
    let ownProperties = [
        PropertySpec("Stream", required: true, allowsIntrinsic: false),
        PropertySpec("StartingPosition", required: true, allowsIntrinsic: false),
    ]
    let managedPolicyPath: String? = "service-role/AWSLambdaKinesisExecutionRole"

    func rolePolicies(for event: PullEvent, in context: TransformContext) -> [Node] { [] }
}
