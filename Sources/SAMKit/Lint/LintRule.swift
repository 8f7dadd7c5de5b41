/// A check over a template: it looks at the SAM template the user wrote or at the
/// CloudFormation the transform made from it, and reports what it finds against places in
/// that tree. It never works out line numbers; the `Linter` does that from the nodes' marks.
///
/// Rules are registered in the explicit list `LintRules.all`.
public protocol LintRule: Sendable {
    var rule: RuleDescription { get }

    /// Every problem the rule finds in `context`, in any order.
    func check(_ context: LintContext) -> [Finding]
}

extension LintRule {
    /// A finding of this rule about the node at `path` in the SAM template, or in `tree`.
    func finding(
        _ message: String, at path: TemplatePath, in tree: Finding.Tree = .sam, key: Bool = false,
        severity: Severity? = nil,
        resource: String? = nil, notes: [Finding.Note] = []
    ) -> Finding {
        Finding(
            rule: rule.id, message: message, tree: tree, path: path, pointsAtKey: key,
            severity: severity, resource: resource, notes: notes)
    }
}
