/// The parameters, conditions and mappings a template uses, gathered in one walk over every
/// section but their own definitions.
///
/// A parameter is used by `Ref`, or by `${Name}` in an `Fn::Sub` string; a condition by a
/// `Condition` key or `!Condition`, or as the first argument of `Fn::If`; a mapping as the
/// first argument of `Fn::FindInMap`. SAM's own sections count: a parameter referred to only
/// in `Globals` is used.
struct TemplateUsage {
    var parameters: Set<String> = []
    var conditions: Set<String> = []
    var mappings: Set<String> = []

    init(_ sections: Mapping) {
        for section in sections where section.key != "Parameters" && section.key != "Mappings" {
            NodeWalker.walk(section.value, at: TemplatePath(keys: section.key)) { node, _ in
                record(node)
            }
        }
        // A parameter may appear inside a mapping only through intrinsics, which
        // CloudFormation does not allow there, so `Mappings` uses nothing.
    }

    private mutating func record(_ node: Node) {
        if let map = node.mapping, let condition = map["Condition"]?.string {
            conditions.insert(condition)
        }
        guard let (name, argument) = NodeWalker.intrinsic(node) else { return }
        switch name {
        case "Ref":
            if let target = argument.string { parameters.insert(target) }
        case "Fn::Sub":
            let text = argument.string ?? argument.sequence?.first?.string ?? ""
            for variable in SubstitutionTemplate.variables(in: text) {
                parameters.insert(variable)
            }
        case "Fn::If":
            if let condition = argument.sequence?.first?.string { conditions.insert(condition) }
        case "Fn::FindInMap":
            if let mapping = argument.sequence?.first?.string { mappings.insert(mapping) }
        default:
            break
        }
    }
}
