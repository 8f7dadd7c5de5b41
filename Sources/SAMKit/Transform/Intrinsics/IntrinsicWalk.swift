/// The tree walk every reference resolution of the transform shares.
///
/// The reference visits a node before its children and then walks the children of whatever
/// the visit returned, never the returned node itself: `Ref: P` whose value is `{Ref: Q}`
/// becomes `{Ref: Q}` and stays so. Resolution is a chain of such walks, one per kind of
/// reference, so each kind sees what the one before produced.
enum IntrinsicWalk {
    /// How deep a walk may go before it stops with an error. Only a value that a visit puts
    /// in, such as a parameter default or a map value that refers back to itself, can make a
    /// tree deeper than the loader allows.
    static let depthLimit = 1_000

    /// `node` with `visit` applied to it and then, in order, to every node below the result.
    static func preOrder(
        _ node: Node, depth: Int = 0, _ visit: (Node) throws(Diagnostic) -> Node
    ) throws(Diagnostic) -> Node {
        guard depth < depthLimit else {
            throw .error(
                "resolving references nests deeper than \(depthLimit) levels; does a parameter "
                    + "default or a mapping value refer to itself?", rule: "transform",
                at: node.mark)
        }
        var result = try visit(node)
        switch result.content {
        case .mapping(let map):
            // The mapping is released from the result while it is walked, so that replacing
            // values in it copies nothing.
            var walked = map
            result.content = .null
            for index in walked.entries.indices {
                let value = try preOrder(walked.entries[index].value, depth: depth + 1, visit)
                walked.replaceValue(at: index, with: value)
            }
            result.content = .mapping(walked)
        case .sequence(let items):
            var walked: [Node] = []
            walked.reserveCapacity(items.count)
            for item in items { walked.append(try preOrder(item, depth: depth + 1, visit)) }
            result.content = .sequence(walked)
        default:
            break
        }
        return result
    }

    /// Whether `test` holds for any node of the tree under `node`. A tree deeper than a walk
    /// may go counts as holding, so that the walk reports it.
    static func anyNode(_ node: Node, depth: Int = 0, where test: (Node) -> Bool) -> Bool {
        guard depth < IntrinsicWalk.depthLimit else { return true }
        if test(node) { return true }
        switch node.content {
        case .mapping(let map):
            return map.entries.contains { anyNode($0.value, depth: depth + 1, where: test) }
        case .sequence(let items):
            return items.contains { anyNode($0, depth: depth + 1, where: test) }
        default:
            return false
        }
    }

    /// The argument of `node` when it is the intrinsic function `name`: a mapping whose one
    /// key is `name`. A mapping with other keys beside it is data, not a function call.
    static func argument(of name: String, in node: Node) -> Node? {
        guard let map = node.mapping, map.count == 1, let entry = map.entries.first,
            entry.key == name
        else { return nil }
        return entry.value
    }

    /// `node`, a one-key mapping, with its value replaced by `argument`.
    static func replacingArgument(of node: Node, with argument: Node) -> Node {
        guard var map = node.mapping, let entry = map.entries.first else { return node }
        map.set(Mapping.Entry(key: entry.key, keyMark: entry.keyMark, value: argument))
        return Node(.mapping(map), mark: node.mark)
    }
}
