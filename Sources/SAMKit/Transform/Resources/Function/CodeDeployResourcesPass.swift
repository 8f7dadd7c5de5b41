/// Adds the CodeDeploy application, service role and deployment groups that the functions'
/// deployment preferences share, once every function is translated.
struct CodeDeployResourcesPass: TemplatePass {
    func apply(to context: TransformContext) throws(DiagnosticList) {
        let shared: (resources: [CloudFormationResource], conditions: Mapping)
        do {
            shared = try context.deploymentPreferences.sharedResources(
                partition: context.partition)
        } catch {
            throw DiagnosticList([error])
        }
        guard !shared.resources.isEmpty else { return }
        var sections = context.template
        var resources = sections["Resources"]?.mapping ?? Mapping()
        for resource in shared.resources {
            resources.set(
                .init(key: resource.logicalId, keyMark: resource.origin, value: resource.node))
        }
        sections["Resources"] = .mapping(resources)
        context.template = sections
        for entry in shared.conditions { context.addedConditions.set(entry) }
    }
}
