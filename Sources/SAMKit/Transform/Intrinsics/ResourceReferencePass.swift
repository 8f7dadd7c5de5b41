/// Rewrites references to what SAM resources became, over the whole translated template, as
/// the reference transform does last.
///
/// Every section is rewritten (Resources, Outputs, Conditions, Metadata, ...), at any depth,
/// in three steps:
/// 1. `DependsOn`: in any mapping that has the key, a string or list item that is a logical
///    id the transform changed (a layer's `MyLayer` became `MyLayer0fe3d22673`) is changed.
/// 2. References to a changed logical id: `{Ref: MyLayer}`, `{Fn::GetAtt: [MyLayer, Arn]}`
///    and `${MyLayer}` or `${MyLayer.Arn}` in an `Fn::Sub` string.
/// 3. References to a generated part of a SAM resource (``TransformContext/references``):
///    `{Ref: MyFunction.Alias}`, `!GetAtt MyFunction.Alias.Arn` in either of its list forms
///    (`[MyFunction, Alias.Arn]`, `[MyFunction.Alias, Arn]`), and `${MyFunction.Alias}` or
///    `${MyFunction.Alias.Name}` in an `Fn::Sub` string.
///
/// References that name nothing known are left as written, for CloudFormation to judge, as
/// the reference leaves them. `Fn::GetAtt` is rewritten only when its list has two or more
/// strings; the rewritten list is the logical id followed by the rest split at dots.
struct ResourceReferencePass: TemplatePass {
    func apply(to context: TransformContext) throws(DiagnosticList) {
        let renamed = context.changedLogicalIds
        var parts: [String: [String: String]] = [:]
        for (logicalId, properties) in context.references {
            for (property, value) in properties {
                if let target = value.string, !target.isEmpty {
                    parts[logicalId, default: [:]][property] = target
                }
            }
        }
        guard !renamed.isEmpty || !parts.isEmpty else { return }
        do {
            // The three rewrites share one walk: each reads only the node it is given (a
            // mapping's `DependsOn`, an intrinsic's own argument), so applying them in turn at
            // every node gives what three whole walks in turn would.
            let visit = { (node: Node) -> Node in
                var result = node
                if !renamed.isEmpty {
                    result = Self.renamingIds(Self.renamingDependsOn(result, renamed), renamed)
                }
                if !parts.isEmpty { result = Self.resolvingParts(result, parts) }
                return result
            }
            let original = Node(.mapping(context.template))
            // Most templates refer to nothing that changed; finding that out reads the tree
            // without rebuilding it.
            let mayChange = { (node: Node) -> Bool in
                Self.mayChange(node, renamed: renamed, parts: parts, visit: visit)
            }
            guard IntrinsicWalk.anyNode(original, where: mayChange) else { return }
            let root = try IntrinsicWalk.preOrder(original, visit)
            context.template = root.mapping ?? context.template
        } catch {
            throw DiagnosticList([error])
        }
    }

    /// Whether the rewrites may change `node`: exactly for `Ref`, the commonest reference, and
    /// a `Fn::GetAtt` whose names include a changed or generated one; by running them for
    /// `Fn::Sub` and `DependsOn`. Only these nodes are ever changed.
    static func mayChange(
        _ node: Node, renamed: [String: String], parts: [String: [String: String]],
        visit: (Node) -> Node
    ) -> Bool {
        guard let map = node.mapping else { return false }
        if map.count == 1, let entry = map.entries.first {
            switch entry.key {
            case "Ref":
                guard let text = entry.value.string else { return false }
                guard let dot = text.firstIndex(of: ".") else { return renamed[text] != nil }
                let property = String(text[text.index(after: dot)...])
                return parts[String(text[..<dot])]?[property] != nil
            case "Fn::GetAtt":
                guard let names = getAttParts(entry.value) else { return false }
                return renamed[names[0]] != nil || parts[names[0]]?[names[1]] != nil
            case "Fn::Sub":
                return visit(node) != node
            default:
                break
            }
        }
        guard let dependsOn = map["DependsOn"] else { return false }
        return visit(node)["DependsOn"] != dependsOn
    }

    /// `node` with the logical ids in its `DependsOn`, if it has one, renamed.
    static func renamingDependsOn(_ node: Node, _ renamed: [String: String]) -> Node {
        guard var map = node.mapping, let entry = map.entry("DependsOn") else { return node }
        var value = entry.value
        switch value.content {
        case .string(let id):
            guard let new = renamed[id] else { return node }
            value.content = .string(new)
        case .sequence(let items):
            value.content = .sequence(
                items.map { item in
                    guard let id = item.string, let new = renamed[id] else { return item }
                    return Node(.string(new), mark: item.mark)
                })
        default:
            return node
        }
        map.set(Mapping.Entry(key: entry.key, keyMark: entry.keyMark, value: value))
        return Node(.mapping(map), mark: node.mark)
    }

    /// `node` with a `Ref`, `Fn::GetAtt` or `Fn::Sub` to a renamed logical id renamed.
    static func renamingIds(_ node: Node, _ renamed: [String: String]) -> Node {
        if let argument = IntrinsicWalk.argument(of: "Ref", in: node) {
            guard let id = argument.string, !id.contains("."), let new = renamed[id] else {
                return node
            }
            return IntrinsicWalk.replacingArgument(
                of: node, with: Node(.string(new), mark: argument.mark))
        }
        if let argument = IntrinsicWalk.argument(of: "Fn::GetAtt", in: node) {
            guard let parts = getAttParts(argument), let new = renamed[parts[0]] else {
                return node
            }
            return replacingGetAtt(node, argument, with: [new] + parts.dropFirst())
        }
        if let argument = IntrinsicWalk.argument(of: "Fn::Sub", in: node) {
            let rewritten = SubVariables.rewritingArgument(argument) { variable in
                let id = String(
                    variable.name.split(separator: ".", omittingEmptySubsequences: false)[0])
                guard let new = renamed[id], !id.isEmpty else { return variable.text }
                return replacingAll(id, with: new, in: variable.text)
            }
            return rewritten == argument
                ? node : IntrinsicWalk.replacingArgument(of: node, with: rewritten)
        }
        return node
    }

    /// `node` with a `Ref`, `Fn::GetAtt` or `Fn::Sub` to `LogicalId.Property` resolved.
    static func resolvingParts(_ node: Node, _ parts: [String: [String: String]]) -> Node {
        if let argument = IntrinsicWalk.argument(of: "Ref", in: node) {
            guard let text = argument.string, let dot = text.firstIndex(of: ".") else {
                return node
            }
            let id = String(text[..<dot])
            let property = String(text[text.index(after: dot)...])
            guard !id.isEmpty, !property.isEmpty, let target = parts[id]?[property] else {
                return node
            }
            return IntrinsicWalk.replacingArgument(
                of: node, with: Node(.string(target), mark: argument.mark))
        }
        if let argument = IntrinsicWalk.argument(of: "Fn::GetAtt", in: node) {
            guard let split = getAttParts(argument), let target = parts[split[0]]?[split[1]] else {
                return node
            }
            return replacingGetAtt(node, argument, with: [target] + split.dropFirst(2))
        }
        if let argument = IntrinsicWalk.argument(of: "Fn::Sub", in: node) {
            let rewritten = SubVariables.rewritingArgument(argument) { variable in
                let names = variable.name.split(separator: ".", omittingEmptySubsequences: false)
                guard names.count >= 2,
                    let target = parts[String(names[0])]?[String(names[1])]
                else { return variable.text }
                return replacingAll("\(names[0]).\(names[1])", with: target, in: variable.text)
            }
            return rewritten == argument
                ? node : IntrinsicWalk.replacingArgument(of: node, with: rewritten)
        }
        return node
    }

    /// The items of an `Fn::GetAtt` list joined and split again at dots, when it is a list of
    /// two or more strings; `[A, B.C]` and `[A.B, C]` both give `[A, B, C]`.
    static func getAttParts(_ argument: Node) -> [String]? {
        guard let items = argument.sequence, items.count >= 2 else { return nil }
        var texts: [String] = []
        for item in items {
            guard let text = item.string else { return nil }
            texts.append(text)
        }
        return texts.joined(separator: ".").split(separator: ".", omittingEmptySubsequences: false)
            .map(String.init)
    }

    private static func replacingGetAtt(
        _ node: Node, _ argument: Node, with names: some Sequence<String>
    ) -> Node {
        let items = names.map { Node(.string($0), mark: argument.mark) }
        return IntrinsicWalk.replacingArgument(
            of: node, with: Node(.sequence(items), mark: argument.mark))
    }

    /// `text` with every occurrence of `old` replaced by `new`, as Python's `str.replace`.
    static func replacingAll(_ old: String, with new: String, in text: String) -> String {
        let source = Array(text.utf8)
        let needle = Array(old.utf8)
        guard !needle.isEmpty else { return text }
        var result: [UInt8] = []
        var index = 0
        while index < source.count {
            if index + needle.count <= source.count,
                source[index..<(index + needle.count)].elementsEqual(needle)
            {
                result += new.utf8
                index += needle.count
            } else {
                result.append(source[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
