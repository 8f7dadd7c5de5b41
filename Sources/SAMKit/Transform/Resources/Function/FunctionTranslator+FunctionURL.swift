extension FunctionTranslator {
    /// The CORS settings a function URL takes, with the kind of value each must have.
    static let corsShapes: [(name: String, shape: PropertyShape)] = [
        ("AllowOrigins", .list(.any)), ("AllowMethods", .list(.any)),
        ("AllowCredentials", .boolean), ("AllowHeaders", .list(.any)),
        ("ExposeHeaders", .list(.any)), ("MaxAge", .integer),
    ]

    /// An `AWS::Lambda::Url` for the alias (or the function), and for `AuthType: NONE` the two
    /// permissions that let anyone call it.
    func functionURL(_ function: FunctionProperties, config: Node, alias: CloudFormationResource?)
        throws(Diagnostic) -> [CloudFormationResource]
    {
        let resource = function.resource
        try checkFunctionURL(config, function)
        let target = alias.map { Self.ref($0.logicalId) } ?? Self.ref(resource.logicalId)
        let origin = resource.mark(of: "FunctionUrlConfig")
        let attributes = function.passThroughAttributes

        var url = CloudFormationResource(
            logicalId: resource.logicalId + "Url", type: "AWS::Lambda::Url",
            attributes: attributes, origin: origin)
        if let cors = config["Cors"], !cors.isFalseInPython { url["Cors"] = cors }
        if let authType = config["AuthType"], !authType.isNull { url["AuthType"] = authType }
        url["TargetFunctionArn"] = target
        if let mode = config["InvokeMode"], !mode.isNull { url["InvokeMode"] = mode }
        guard !config.isIntrinsic, config["AuthType"]?.string == "NONE" else { return [url] }

        // Public access takes a permission to call the URL and one to invoke through it.
        var urlPermission = CloudFormationResource(
            logicalId: resource.logicalId + "UrlPublicPermissions",
            type: "AWS::Lambda::Permission", attributes: attributes, origin: origin)
        urlPermission["Action"] = "lambda:InvokeFunctionUrl"
        urlPermission["FunctionName"] = target
        urlPermission["Principal"] = "*"
        urlPermission["FunctionUrlAuthType"] = "NONE"
        var invokePermission = CloudFormationResource(
            logicalId: resource.logicalId + "URLInvokeAllowPublicAccess",
            type: "AWS::Lambda::Permission", attributes: attributes, origin: origin)
        invokePermission["Action"] = "lambda:InvokeFunction"
        invokePermission["Principal"] = "*"
        invokePermission["FunctionName"] = target
        invokePermission["InvokedViaFunctionUrl"] = true
        return [url, urlPermission, invokePermission]
    }

    /// `AuthType` must be `AWS_IAM` or `NONE`, and `Cors` must hold known settings of the
    /// right kinds; intrinsic functions are left to CloudFormation.
    private func checkFunctionURL(_ config: Node, _ function: FunctionProperties)
        throws(Diagnostic)
    {
        guard !config.isIntrinsic else { return }
        let authType = config["AuthType"]
        if let authType, authType.isIntrinsic {
            // Checked by CloudFormation.
        } else if authType?.string != "AWS_IAM" && authType?.string != "NONE" {
            throw function.error(
                "'FunctionUrlConfig' needs 'AuthType' 'AWS_IAM' or 'NONE'"
                    + (authType.map { ", not \(Self.describe($0))" } ?? ""), at: authType,
                property: "FunctionUrlConfig")
        }
        guard let cors = config["Cors"], !cors.isFalseInPython, !cors.isIntrinsic else { return }
        guard let map = cors.mapping else {
            throw function.error(
                "'Cors' of 'FunctionUrlConfig' must be a mapping, but it is "
                    + cors.kindDescription, at: cors, property: "FunctionUrlConfig")
        }
        for entry in map {
            guard let shape = Self.corsShapes.first(where: { $0.name == entry.key })?.shape else {
                var message = "'\(entry.key)' is not a 'Cors' setting of 'FunctionUrlConfig'"
                if let near = Suggestion.nearest(
                    to: entry.key, among: Self.corsShapes.map(\.name))
                {
                    message += "; did you mean '\(near)'?"
                }
                throw function.resource.error(message, at: entry.keyMark ?? cors.mark)
            }
            if !entry.value.isIntrinsic && !shape.accepts(entry.value) {
                throw function.error(
                    "'\(entry.key)' of 'FunctionUrlConfig.Cors' must be \(shape.description), but "
                        + "it is \(entry.value.kindDescription)", at: entry.value,
                    property: "FunctionUrlConfig")
            }
        }
    }
}
