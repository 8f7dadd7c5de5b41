/// Puts the values of the template's `Mappings` in place of `Fn::FindInMap`, as the reference
/// transform does for the few values it must know while translating (a deployment
/// preference's `Enabled` and `Type`, ...), after resolving parameters in them.
///
/// `{Fn::FindInMap: [Map, TopKey, SecondKey]}` becomes the value found when all three are
/// strings (or `Fn::FindInMap`s that resolve to strings) and the map and both keys exist. The
/// value is not resolved again, but what is below it is. Anything else is left as written:
/// names that are still references (`!Ref Stage`), and a map or key that does not exist.
///
/// Mapping keys are compared as text: a key the YAML wrote as a number (`2012:`) matches the
/// string `"2012"` here, where the reference, which keeps it a number, would leave the
/// `Fn::FindInMap` as written.
public struct MappingResolver: Sendable {
    /// The template's `Mappings` section.
    public var mappings: Mapping

    public init(mappings: Mapping) {
        self.mappings = mappings
    }

    /// `node` with every `Fn::FindInMap` that names existing entries replaced by their value.
    ///
    /// - Throws: a located error where the reference rejects the template: an `Fn::FindInMap`
    ///   that is not a list of three values, or that reaches into a map or top-level entry
    ///   that is not a mapping. With no mappings at all, nothing is checked or resolved.
    public func resolve(_ node: Node) throws(Diagnostic) -> Node {
        guard !mappings.isEmpty else { return node }
        return try IntrinsicWalk.preOrder(node) { (node) throws(Diagnostic) -> Node in
            try lookUp(node) ?? node
        }
    }

    /// The value `node` names when it is an `Fn::FindInMap` that can be resolved.
    private func lookUp(_ node: Node) throws(Diagnostic) -> Node? {
        guard let argument = IntrinsicWalk.argument(of: "Fn::FindInMap", in: node) else {
            return nil
        }
        guard let names = argument.sequence, names.count == 3 else {
            let what =
                argument.sequence.map { "a list of \($0.count) values" }
                ?? argument.kindDescription
            throw .error(
                "'Fn::FindInMap' must be a list of 3 values (map name, top-level key, "
                    + "second-level key), but it is \(what)", rule: "transform",
                at: argument.mark ?? node.mark)
        }
        var keys: [String] = []
        for name in names {
            guard let key = (try lookUp(name) ?? name).string else { return nil }
            keys.append(key)
        }
        guard let map = mappings.entry(keys[0]) else { return nil }
        guard let top = map.value.mapping else {
            throw notTwoLevel(keys[0], at: map.value.mark ?? map.keyMark, node: node)
        }
        guard let second = top.entry(keys[1]) else { return nil }
        guard let values = second.value.mapping else {
            throw notTwoLevel(keys[0], at: second.value.mark ?? second.keyMark, node: node)
        }
        guard let found = values[keys[2]] else { return nil }
        return found
    }

    private func notTwoLevel(_ name: String, at place: SourceMark?, node: Node) -> Diagnostic {
        .error(
            "'Fn::FindInMap' looks up mapping '\(name)', which is not a two-level mapping of "
                + "keys to mappings of values", rule: "transform", at: node.mark ?? place,
            notes: [Diagnostic.Note("mapping '\(name)' is written here", at: place)])
    }
}

extension TransformContext {
    /// The resolver of `Fn::FindInMap` to the template's `Mappings`.
    public var mappingResolver: MappingResolver {
        MappingResolver(mappings: template["Mappings"]?.mapping ?? Mapping())
    }

    /// `node` with `Fn::FindInMap` resolved to the template's `Mappings`; see
    /// ``MappingResolver``. The reference resolves parameters first, so callers that follow it
    /// call ``resolveParameterRefs(_:)`` before this.
    public func resolveFindInMap(_ node: Node) throws(Diagnostic) -> Node {
        try mappingResolver.resolve(node)
    }
}
