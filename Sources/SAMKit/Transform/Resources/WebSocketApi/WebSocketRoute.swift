/// One entry of a WebSocket API's `Routes`: its `AWS::ApiGatewayV2::Route`, the Lambda proxy
/// integration the route targets, the permission for API Gateway to invoke the function, and
/// for `$connect` under a `CUSTOM` `Auth`, the authorizer.
///
/// Logical ids are the API's followed by the route key: `$connect`, `$disconnect` and
/// `$default` without the `$`, other keys, which must be alphanumeric, capitalized as Python
/// capitalizes (`sendMessage` becomes `Sendmessage`).
struct WebSocketRoute {
    var api: SAMResource
    var key: String
    var keyMark: SourceMark?
    var spec: Node
    var stageName: Node
    var attributes: Mapping

    struct Generated {
        var route: CloudFormationResource
        var integration: CloudFormationResource
        var permission: CloudFormationResource
        var authorizer: CloudFormationResource?
    }

    private func error(_ message: String) -> Diagnostic {
        api.error("route '\(key)' \(message)", at: keyMark ?? api.mark(of: "Routes"))
    }

    /// The key as it appears in logical ids.
    func idPart() throws(Diagnostic) -> String {
        if WebSocketApiTranslator.specialRoutes.contains(key) {
            return Self.capitalized(String(key.dropFirst()))
        }
        let alphanumeric =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
            }
        guard alphanumeric else {
            throw error(
                "must be '$connect', '$disconnect', '$default' or a key of letters and digits")
        }
        return Self.capitalized(key)
    }

    /// The ARN API Gateway invokes the function named by the `Fn::Sub` variable with.
    static func invocationArn(_ variable: String) -> String {
        "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${"
            + variable + "}/invocations"
    }

    /// The first letter upper case and the rest lower case.
    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst().lowercased()
    }

    func resources(auth: Mapping?) throws(Diagnostic) -> Generated {
        let base = api.logicalId + (try idPart())
        guard let spec = spec.mapping else {
            throw error("must be a mapping with a 'FunctionArn', but it is \(spec.kindDescription)")
        }
        let origin = keyMark ?? api.mark(of: "Routes")

        var route = CloudFormationResource(
            logicalId: base + "Route", type: "AWS::ApiGatewayV2::Route", attributes: attributes,
            origin: origin)
        route["RouteKey"] = .string(key)
        route["ApiId"] = ["Ref": .string(api.logicalId)]
        for name in [
            "ApiKeyRequired", "ModelSelectionExpression", "OperationName", "RequestModels",
        ] {
            if let value = spec[name], !value.isNull { route[name] = value }
        }
        if let parameters = spec["RequestParameters"], parameters.isPythonTruthy {
            guard key == "$connect" else {
                throw error("has 'RequestParameters', which only the '$connect' route takes")
            }
            route["RequestParameters"] = parameters
        }
        if let value = spec["RouteResponseSelectionExpression"], !value.isNull {
            route["RouteResponseSelectionExpression"] = value
        }
        route["Target"] = [
            "Fn::Join": ["/", ["integrations", ["Ref": .string(base + "Integration")]]]
        ]

        // `Auth` is checked on every route and applies to `$connect`.
        var authorizer: CloudFormationResource?
        if let auth {
            try check(auth)
            if key == "$connect" {
                switch auth["AuthType"]?.string {
                case "CUSTOM":
                    if auth["AuthArn"]?.isPythonTruthy == true {
                        let made = self.authorizer(auth, origin: origin)
                        route["AuthorizationType"] = "CUSTOM"
                        route["AuthorizerId"] = ["Ref": .string(made.logicalId)]
                        authorizer = made
                    }
                case "AWS_IAM":
                    route["AuthorizationType"] = "AWS_IAM"
                default:
                    route["AuthorizationType"] = "NONE"
                }
            }
        }

        guard let function = spec["FunctionArn"] else {
            throw error("needs a 'FunctionArn', the function it invokes")
        }
        var integration = CloudFormationResource(
            logicalId: base + "Integration", type: "AWS::ApiGatewayV2::Integration",
            attributes: attributes, origin: origin)
        integration["ApiId"] = ["Ref": .string(api.logicalId)]
        integration["IntegrationType"] = "AWS_PROXY"
        integration["IntegrationUri"] = [
            "Fn::Sub": [.string(Self.invocationArn("FunctionArn")), ["FunctionArn": function]]
        ]
        if let timeout = spec["IntegrationTimeout"], !timeout.isNull {
            integration["TimeoutInMillis"] = timeout
        }

        var permission = CloudFormationResource(
            logicalId: base + "Permission", type: "AWS::Lambda::Permission",
            attributes: attributes, origin: origin)
        permission["Action"] = "lambda:InvokeFunction"
        permission["FunctionName"] = function
        permission["Principal"] = "apigateway.amazonaws.com"
        let arn =
            "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
            + api.logicalId + ".ApiId}/"
        if let stage = stageName.string {
            permission["SourceArn"] = ["Fn::Sub": .string(arn + stage + "/" + key)]
        } else {
            permission["SourceArn"] = [
                "Fn::Sub": [.string(arn + "${__StageName__}/" + key), ["__StageName__": stageName]]
            ]
        }
        return Generated(
            route: route, integration: integration, permission: permission,
            authorizer: authorizer)
    }

    /// Checks `Auth`: an `AuthType` of `AWS_IAM`, `CUSTOM` (with an `AuthArn`) or `NONE`, and
    /// nothing else beside the first and last.
    private func check(_ auth: Mapping) throws(Diagnostic) {
        let place = api.mark(of: "Auth")
        guard let type = auth["AuthType"], type.isPythonTruthy else {
            throw api.error("'Auth' needs an 'AuthType': 'AWS_IAM', 'CUSTOM' or 'NONE'", at: place)
        }
        let text = type.string ?? ""
        guard ["NONE", "AWS_IAM", "CUSTOM"].contains(text) else {
            throw api.error(
                "'Auth.AuthType' is \(type.string.map { "'\($0)'" } ?? type.kindDescription); it "
                    + "must be 'AWS_IAM', 'CUSTOM' or 'NONE'", at: type.mark ?? place)
        }
        if text == "CUSTOM", auth["AuthArn"]?.isPythonTruthy != true {
            throw api.error("'Auth' of type 'CUSTOM' needs an 'AuthArn'", at: place)
        }
        if text != "CUSTOM", auth.count > 1 {
            throw api.error(
                "'Auth' of type '\(text)' takes no other settings, but it has "
                    + auth.keys.filter { $0 != "AuthType" }.map { "'\($0)'" }.joined(
                        separator: ", "), at: place)
        }
    }

    /// The `$connect` route's Lambda authorizer.
    private func authorizer(_ auth: Mapping, origin: SourceMark?) -> CloudFormationResource {
        let name = api.logicalId + "ConnectAuthorizer"
        var authorizer = CloudFormationResource(
            logicalId: name, type: "AWS::ApiGatewayV2::Authorizer", attributes: attributes,
            origin: api.mark(of: "Auth"))
        authorizer["ApiId"] = ["Ref": .string(api.logicalId)]
        if let role = auth["InvokeRole"] { authorizer["AuthorizerCredentialsArn"] = role }
        authorizer["AuthorizerType"] = "REQUEST"
        if let arn = auth["AuthArn"] {
            authorizer["AuthorizerUri"] = [
                "Fn::Sub": [.string(Self.invocationArn("AuthArn")), ["AuthArn": arn]]
            ]
        }
        if let source = auth["IdentitySource"], !source.isNull {
            authorizer["IdentitySource"] = source
        }
        authorizer["Name"] = auth["Name"].flatMap { $0.isPythonTruthy ? $0 : nil } ?? .string(name)
        return authorizer
    }
}
