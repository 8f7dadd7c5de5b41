extension TransformContext {
    /// `node` with every `Ref` to a parameter that has a value replaced by that value, at any
    /// depth.
    ///
    /// The reference resolves parameters only in the few properties whose value it must know
    /// at transform time (an alias name, a code location that feeds a version hash); callers
    /// use this for those properties alone and pass everything else through as written.
    public func resolvingParameterRefs(_ node: Node) -> Node {
        switch node.content {
        case .mapping(let map):
            if let (name, argument) = node.intrinsic, name == "Ref",
                let parameter = argument.string,
                let value = parameterValues[parameter]
            {
                return Node(value.content, mark: node.mark)
            }
            var resolved = map
            for entry in map {
                resolved.set(
                    Mapping.Entry(
                        key: entry.key, keyMark: entry.keyMark,
                        value: resolvingParameterRefs(entry.value)))
            }
            return Node(.mapping(resolved), mark: node.mark)
        case .sequence(let items):
            return Node(.sequence(items.map(resolvingParameterRefs)), mark: node.mark)
        default:
            return node
        }
    }
}
