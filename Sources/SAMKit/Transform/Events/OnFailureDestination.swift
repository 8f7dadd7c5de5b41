/// The `DestinationConfig` of a pull event: where Lambda sends records it gave up on.
///
/// SAM reads one extra key, `OnFailure.Type` (`SQS`, `SNS`, `S3` or `Kafka`), to grant the
/// function's role the right to send there, and removes it before the configuration reaches
/// the mapping. Without a `Type` the configuration passes through and the role gets nothing.
enum OnFailureDestination {
    static let types = ["SQS", "SNS", "S3", "Kafka"]

    /// The configuration for the mapping and the inline policy the role needs, if any.
    static func read(_ config: Node, of event: PullEvent) throws(Diagnostic) -> (Node, Node?) {
        guard let onFailure = config["OnFailure"], !onFailure.isNull else {
            throw event.error(
                "'DestinationConfig' needs 'OnFailure', a mapping with the 'Destination'",
                property: "DestinationConfig")
        }
        guard var failure = onFailure.mapping else {
            throw event.error(
                "'DestinationConfig.OnFailure' must be a mapping, but it is "
                    + onFailure.kindDescription,
                at: onFailure.mark)
        }
        guard let type = failure["Type"], PullEvent.isGiven(type) else {
            return (config, nil)
        }
        guard let name = type.string, types.contains(name) else {
            throw event.error(
                "'DestinationConfig.OnFailure.Type' must be one of "
                    + types.map { "'\($0)'" }.joined(separator: ", ")
                    + ", but it is \(describe(type))",
                at: type.mark)
        }
        failure.remove("Type")
        var trimmed = config.mapping ?? Mapping()
        trimmed["OnFailure"] = Node(.mapping(failure), mark: onFailure.mark)
        let target = failure["Destination"] ?? Node(.null)
        return (Node(.mapping(trimmed), mark: config.mark), policy(name, target, event.logicalId))
    }

    /// The role policy letting the function send to `destination`, named after the mapping.
    static func policy(_ type: String, _ destination: Node, _ logicalId: String) -> Node? {
        let statements: [Node]
        switch type {
        case "SQS":
            statements = [statement("sqs:SendMessage", destination)]
        case "SNS":
            statements = [statement("sns:publish", destination)]
        case "S3":
            let objects: Node = ["Fn::Join": ["/", [destination, "*"]]]
            statements = [
                statement("s3:PutObject", objects), statement("s3:ListBucket", destination),
            ]
        default:
            return nil
        }
        return [
            "PolicyName": .string(logicalId + type + "Policy"),
            "PolicyDocument": ["Statement": .sequence(statements)],
        ]
    }

    private static func statement(_ action: String, _ resource: Node) -> Node {
        ["Action": .string(action), "Effect": "Allow", "Resource": resource]
    }

    private static func describe(_ value: Node) -> String {
        value.string.map { "'\($0)'" } ?? value.kindDescription
    }
}
