/// Visits every node of a tree with its path, for rules that look for intrinsic functions
/// wherever they are written.
enum NodeWalker {
    /// Calls `visit` for `node` and every node below it, parents before children, in the
    /// order written.
    static func walk(_ node: Node, at path: TemplatePath, _ visit: (Node, TemplatePath) -> Void) {
        visit(node, path)
        switch node.content {
        case .mapping(let map):
            for entry in map { walk(entry.value, at: path.appending(entry.key), visit) }
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                walk(item, at: path.appending(index: index), visit)
            }
        default:
            break
        }
    }

    /// When `node` is an intrinsic function, a one-key mapping such as `{Ref: X}`, its name
    /// and argument.
    static func intrinsic(_ node: Node) -> (name: String, argument: Node)? {
        guard let map = node.mapping, map.count == 1, let entry = map.entries.first,
            entry.key == "Ref" || entry.key == "Condition" || entry.key.hasPrefix("Fn::")
        else { return nil }
        return (entry.key, entry.value)
    }
}
