extension FunctionTranslator {
    /// The function URL and the permissions to call it.
    func functionURL(_ function: FunctionProperties, config: Node, alias: CloudFormationResource?)
        throws(Diagnostic) -> [CloudFormationResource]
    {
        throw .error(
            "resource '\(function.logicalId)': samkit does not translate 'FunctionUrlConfig' yet",
            rule: "unsupported", at: function.resource.mark(of: "FunctionUrlConfig"))
    }
}
