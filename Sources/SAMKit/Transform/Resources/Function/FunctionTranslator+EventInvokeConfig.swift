extension FunctionTranslator {
    /// What `EventInvokeConfig` generates: the configuration, any destinations it creates, and
    /// the policies the role needs to send to its destinations.
    struct InvokeConfigTranslation {
        var resources: [CloudFormationResource]
        var policies: [Node]
    }

    func eventInvokeConfig(
        _ config: Node, function: FunctionProperties, aliasName: String?,
        alias: CloudFormationResource?, in context: TransformContext
    ) throws(Diagnostic) -> InvokeConfigTranslation {
        throw .error(
            "resource '\(function.logicalId)': samkit does not translate 'EventInvokeConfig' yet",
            rule: "unsupported", at: function.resource.mark(of: "EventInvokeConfig"))
    }
}
