/// A `DynamoDB` event: Lambda reads the table's stream `Stream` from `StartingPosition`.
struct DynamoDBEventSource: PullEventSource {
    let eventType = "DynamoDB"
    let sourceProperty: String? = "Stream"
    let ownProperties = [
        PropertySpec("Stream", required: true, allowsIntrinsic: false),
        PropertySpec("StartingPosition", required: true, allowsIntrinsic: false),
    ]
    let managedPolicyPath: String? = "service-role/AWSLambdaDynamoDBExecutionRole"

    func rolePolicies(for event: PullEvent, in context: TransformContext) -> [Node] { [] }
}
