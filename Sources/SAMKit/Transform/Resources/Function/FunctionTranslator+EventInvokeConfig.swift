extension FunctionTranslator {
    /// What `EventInvokeConfig` generates: the configuration, any destinations it creates, and
    /// the policies the role needs to send to its destinations.
    struct InvokeConfigTranslation {
        var resources: [CloudFormationResource] = []
        var policies: [Node] = []
    }

    /// Destination types `EventInvokeConfig` accepts.
    static let destinationTypes = ["SQS", "SNS", "EventBridge", "Lambda", "S3Bucket"]

    /// An `AWS::Lambda::EventInvokeConfig` for the alias (or `$LATEST`), with its `OnSuccess`
    /// and `OnFailure` destinations. A queue or topic destination without a `Destination` ARN
    /// is created; an `Fn::If` with `AWS::NoValue` on one side creates it under that condition.
    ///
    /// The configuration is read with parameter references resolved.
    func eventInvokeConfig(
        _ config: Node, function: FunctionProperties, aliasName: String?,
        alias: CloudFormationResource?, in context: TransformContext
    ) throws(Diagnostic) -> InvokeConfigTranslation {
        let resource = function.resource
        let resolved = try context.resolveParameterRefs(config)
        let logicalId = resource.logicalId + "EventInvokeConfig"
        var result = InvokeConfigTranslation()
        var invokeConfig = CloudFormationResource(
            logicalId: logicalId, type: "AWS::Lambda::EventInvokeConfig",
            attributes: function.attributes(
                Self.functionAttributeNames.filter { $0 != "DependsOn" }),
            origin: resource.mark(of: "EventInvokeConfig"))
        if let alias { invokeConfig.attributes["DependsOn"] = [.string(alias.logicalId)] }

        // Each destination, created when it must be.
        var destinations = Mapping()
        if let given = resolved["DestinationConfig"], !given.isFalseInPython {
            guard let map = given.mapping else {
                throw function.error(
                    "'DestinationConfig' of 'EventInvokeConfig' must be a mapping, but it is "
                        + given.kindDescription, at: given, property: "EventInvokeConfig")
            }
            for name in ["OnSuccess", "OnFailure"] {
                guard let value = map[name], !value.isNull else { continue }
                guard value.mapping != nil else {
                    throw function.error(
                        "'\(name)' of 'EventInvokeConfig.DestinationConfig' must be a mapping "
                            + "with 'Type' and 'Destination', but it is \(value.kindDescription)",
                        at: value, property: "EventInvokeConfig")
                }
                let destination = try self.destination(
                    value, name: name, configLogicalId: logicalId, function: function,
                    in: context)
                destinations[name] = ["Destination": destination.arn]
                if let created = destination.resource { result.resources.append(created) }
                if let policy = destination.policy { result.policies.append(policy) }
            }
        }

        invokeConfig["FunctionName"] = Self.ref(resource.logicalId)
        invokeConfig["Qualifier"] = .string(aliasName ?? "$LATEST")
        invokeConfig["DestinationConfig"] = .mapping(destinations)
        for name in ["MaximumEventAgeInSeconds", "MaximumRetryAttempts"] {
            if let value = resolved[name], !value.isNull { invokeConfig[name] = value }
        }
        result.resources.append(invokeConfig)
        return result
    }

    /// One destination: its ARN as the configuration names it, the queue or topic created for
    /// it, and the policy the function's role needs to send to it.
    private func destination(
        _ config: Node, name: String, configLogicalId: String, function: FunctionProperties,
        in context: TransformContext
    ) throws(Diagnostic) -> (arn: Node, resource: CloudFormationResource?, policy: Node?) {
        let typeNode = config["Type"]
        guard let type = typeNode?.string, Self.destinationTypes.contains(type) else {
            throw function.error(
                "the 'Type' of destination '\(name)' of 'EventInvokeConfig' is "
                    + "\(typeNode.map(Self.describe) ?? "missing"); expected one of "
                    + Self.destinationTypes.map { "'\($0)'" }.joined(separator: ", "),
                at: typeNode ?? config, property: "EventInvokeConfig")
        }
        let prefix = configLogicalId + name
        let given = config["Destination"].flatMap { $0.isNull ? nil : $0 }
        let (condition, otherArn) = try destinationCondition(
            given, configLogicalId: configLogicalId, function: function, in: context)

        // A given ARN, unconditionally.
        if let given, condition == nil {
            return (given, nil, Self.destinationPolicy(type: type, arn: given, prefix: prefix))
        }

        // Otherwise a queue or topic is created, under the condition when there is one.
        guard type == "SQS" || type == "SNS" else {
            throw function.error(
                "destination '\(name)' of 'EventInvokeConfig' needs a 'Destination' ARN; only "
                    + "'SQS' and 'SNS' destinations are created when it is left out",
                at: config, property: "EventInvokeConfig")
        }
        var created = CloudFormationResource(
            logicalId: prefix + (type == "SQS" ? "Queue" : "Topic"),
            type: type == "SQS" ? "AWS::SQS::Queue" : "AWS::SNS::Topic",
            attributes: function.passThroughAttributes, origin: config.mark)
        if let combined = combinedCondition(
            function.condition, condition, function: function, in: context)
        {
            created.attributes["Condition"] = combined
        }
        // A topic's ARN is its `Ref`; a queue's `Ref` is its URL.
        let createdArn =
            type == "SNS" ? Self.ref(created.logicalId) : Self.getAtt(created.logicalId, "Arn")
        var arn = createdArn
        if let condition { arn = ["Fn::If": [condition, createdArn, otherArn ?? nil]] }
        return (arn, created, Self.destinationPolicy(type: type, arn: arn, prefix: prefix))
    }

    /// For `Destination: !If [C, !Ref AWS::NoValue, ARN]` the condition under which the
    /// destination is created (C, or a new negation of it for the other side) and the ARN of
    /// the other side; `nil` for anything else.
    private func destinationCondition(
        _ destination: Node?, configLogicalId: String, function: FunctionProperties,
        in context: TransformContext
    ) throws(Diagnostic) -> (Node?, Node?) {
        guard let destination, let (name, argument) = destination.intrinsic, name == "Fn::If"
        else { return (nil, nil) }
        guard let items = argument.sequence, items.count == 3 else {
            throw function.error(
                "'Fn::If' in a 'Destination' of 'EventInvokeConfig' needs three arguments",
                at: destination, property: "EventInvokeConfig")
        }
        switch (Self.isNoValue(items[1]), Self.isNoValue(items[2])) {
        case (true, true), (false, false):
            return (nil, nil)
        case (true, false):
            return (items[0], items[2])
        case (false, true):
            let negated = Self.generatedConditionName(
                "NOT" + (items[0].string ?? ""), hashing: configLogicalId)
            context.addedConditions[negated] = ["Fn::Not": [["Condition": items[0]]]]
            return (.string(negated), items[1])
        }
    }

    /// The function's condition and the destination's, combined into a new `Fn::And`
    /// condition when both are given.
    private func combinedCondition(
        _ resourceCondition: Node?, _ propertyCondition: Node?, function: FunctionProperties,
        in context: TransformContext
    ) -> Node? {
        guard let resourceCondition else { return propertyCondition }
        guard let propertyCondition else { return resourceCondition }
        let name = Self.generatedConditionName(
            (resourceCondition.string ?? "") + "AND" + (propertyCondition.string ?? ""),
            hashing: function.logicalId)
        // The reference wraps each condition twice, `{Condition: {Condition: name}}`; samkit
        // writes the same so that the output is identical.
        context.addedConditions[name] = [
            "Fn::And": [
                ["Condition": ["Condition": resourceCondition]],
                ["Condition": ["Condition": propertyCondition]],
            ]
        ]
        return .string(name)
    }

    /// A condition name the transform makes up: `name` and a hash of `text`, cut to the 255
    /// characters CloudFormation allows.
    ///
    /// The reference transform fails on a name longer than that instead of cutting it (it
    /// reads from standard input by mistake); samkit cuts it, which is what the reference
    /// evidently means to do.
    static func generatedConditionName(_ name: String, hashing text: String) -> String {
        String((name + LogicalIdGenerator(prefix: "", text: text).logicalId).prefix(255))
    }

    /// The inline policy that lets the function's role send to a destination.
    static func destinationPolicy(type: String, arn: Node, prefix: String) -> Node {
        func policy(_ suffix: String, _ statements: [Node]) -> Node {
            [
                "PolicyName": .string(prefix + suffix),
                "PolicyDocument": ["Statement": .sequence(statements)],
            ]
        }
        func allow(_ action: String, _ resource: Node) -> Node {
            ["Action": .string(action), "Effect": "Allow", "Resource": resource]
        }
        switch type {
        case "SQS": return policy("SQSPolicy", [allow("sqs:SendMessage", arn)])
        case "SNS": return policy("SNSPolicy", [allow("sns:publish", arn)])
        case "EventBridge": return policy("EventBridgePolicy", [allow("events:PutEvents", arn)])
        case "Lambda": return policy("LambdaPolicy", [allow("lambda:InvokeFunction", arn)])
        default:
            return policy(
                "S3Policy",
                [
                    allow("s3:PutObject", ["Fn::Join": ["/", [arn, "*"]]]),
                    allow("s3:ListBucket", arn),
                ])
        }
    }
}
