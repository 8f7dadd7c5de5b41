extension FunctionTranslator {
    /// Gradual deployment of the alias through CodeDeploy.
    func applyDeploymentPreference(
        _ preference: Node, function: FunctionProperties, alias: inout CloudFormationResource?,
        in context: TransformContext
    ) throws(Diagnostic) {
        throw .error(
            "resource '\(function.logicalId)': samkit does not translate 'DeploymentPreference' "
                + "yet", rule: "unsupported", at: function.resource.mark(of: "DeploymentPreference")
        )
    }
}
