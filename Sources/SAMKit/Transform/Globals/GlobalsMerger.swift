/// Combines the properties one `Globals` section sets with the properties of one resource.
///
/// The rules are the reference transform's:
/// - two mappings merge key by key, recursively: global keys first in their order, then the
///   resource's new keys;
/// - two lists concatenate, global items first, duplicates kept;
/// - anything else, including two scalars, two values of different kinds, and an intrinsic
///   function on either side (`Fn::If`, `Ref`, ... count as scalars because CloudFormation
///   resolves them later), gives the resource's value;
/// - a value the resource does not write is taken from the globals;
/// - paths listed in the target's rules replace or prune instead of merging.
///
/// Merged values keep their marks, so a problem in a value that came from `Globals` points at
/// the line in `Globals` where it was written.
struct GlobalsMerger: Sendable {
    /// The properties the section sets.
    var globals: Mapping
    var rules: [String: GlobalsTarget.MergeRule]

    /// The resource's `Properties` with the globals merged in; `properties` is `nil` when the
    /// resource has no `Properties` key, which merges as an empty mapping.
    func merged(into properties: Node?, resourceMark: SourceMark?) -> Node {
        let local = properties ?? Node(.mapping(Mapping()), mark: resourceMark)
        return merge(Node(.mapping(globals), mark: local.mark), local, path: "")
    }

    private enum Kind {
        case scalar, mapping, list
    }

    private static func kind(of node: Node) -> Kind {
        switch node.content {
        case .mapping: node.isIntrinsic ? .scalar : .mapping
        case .sequence: .list
        default: .scalar
        }
    }

    private func merge(_ global: Node, _ local: Node, path: String) -> Node {
        let kind = Self.kind(of: global)
        guard kind == Self.kind(of: local) else { return local }
        switch kind {
        case .scalar:
            return local
        case .list:
            guard rules[path] != .replace, let first = global.sequence,
                let second = local.sequence
            else { return local }
            return Node(.sequence(first + second), mark: local.mark)
        case .mapping:
            guard let first = global.mapping, let second = local.mapping else { return local }
            switch rules[path] {
            case .replace:
                return local
            case .keepResourceKeys where !second.isEmpty:
                return Node(.mapping(pruned(first, second, path: path)), mark: local.mark)
            default:
                return Node(.mapping(merged(first, second, path: path)), mark: local.mark)
            }
        }
    }

    private func merged(_ global: Mapping, _ local: Mapping, path: String) -> Mapping {
        var result = global
        for entry in local {
            var combined = entry
            if let value = global[entry.key] {
                combined.value = merge(value, entry.value, path: Self.path(path, entry.key))
            }
            result.set(combined)
        }
        return result
    }

    private func pruned(_ global: Mapping, _ local: Mapping, path: String) -> Mapping {
        var result = Mapping()
        for entry in local {
            var kept = entry
            if let value = global[entry.key] {
                kept.value = merge(value, entry.value, path: Self.path(path, entry.key))
            }
            result.set(kept)
        }
        return result
    }

    /// The dotted path of `key` below `parent`, without leading dots, which is how the
    /// reference names the paths its rules apply to.
    private static func path(_ parent: String, _ key: String) -> String {
        String(("\(parent).\(key)").drop { $0 == "." })
    }
}
