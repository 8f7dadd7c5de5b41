/// The `AWS::Lambda::Permission` a push event source adds to let its service invoke the
/// function.
///
/// Without it the service's calls are refused; `SourceArn` or `SourceAccount`, when the
/// service has them, keep other resources of the same service from invoking the function.
struct LambdaPermission {
    /// The service that invokes: `s3.amazonaws.com`, `events.amazonaws.com`, ...
    var principal: String
    var sourceArn: Node?
    var sourceAccount: Node?
    /// The Alexa skill id that alone may invoke.
    var eventSourceToken: Node?

    init(
        principal: String, sourceArn: Node? = nil, sourceAccount: Node? = nil,
        eventSourceToken: Node? = nil
    ) {
        self.principal = principal
        self.sourceArn = sourceArn
        self.sourceAccount = sourceAccount
        self.eventSourceToken = eventSourceToken
    }

    /// The permission for `event`, named after the event unless `prefix` is given.
    func resource(for event: FunctionEvent, target: EventTarget, prefix: String? = nil)
        -> CloudFormationResource
    {
        var properties = Mapping()
        properties["Action"] = "lambda:InvokeFunction"
        properties["FunctionName"] = target.nameOrArn
        properties["Principal"] = .string(principal)
        if let sourceArn, !sourceArn.isNull { properties["SourceArn"] = sourceArn }
        if let sourceAccount, !sourceAccount.isNull { properties["SourceAccount"] = sourceAccount }
        if let eventSourceToken, !eventSourceToken.isNull {
            properties["EventSourceToken"] = eventSourceToken
        }
        let logicalId = (prefix ?? target.logicalId(of: event)) + "Permission"
        return target.resource(
            logicalId, type: "AWS::Lambda::Permission", properties: properties, for: event)
    }
}

extension LambdaPermission {
    /// The permission API Gateway needs to call the Lambda authorizer `name` of `api` (all of
    /// the API's authorizers): `<api><name>AuthorizerPermission`. `partition` is how the API's
    /// translator writes the partition in ARNs: REST APIs name it, HTTP and WebSocket APIs
    /// write `${AWS::Partition}`, as in the reference.
    static func authorizer(
        _ name: String, function arn: Node, api: SAMResource, partition: String
    ) -> CloudFormationResource {
        var permission = CloudFormationResource(
            logicalId: api.logicalId + name + "AuthorizerPermission",
            type: "AWS::Lambda::Permission", attributes: api.passThroughAttributes,
            origin: api.mark(of: "Auth"))
        permission["Action"] = "lambda:InvokeFunction"
        permission["FunctionName"] = arn
        permission["Principal"] = "apigateway.amazonaws.com"
        var variables = Mapping()
        variables["__ApiId__"] = EventSourceNodes.ref(api.logicalId)
        permission["SourceArn"] = EventSourceNodes.sub(
            "arn:\(partition):execute-api:${AWS::Region}:${AWS::AccountId}:"
                + "${__ApiId__}/authorizers/*",
            variables)
        return permission
    }
}
