/// A mapping key written twice in one mapping.
///
/// CloudFormation and the reference transform both keep the last value, so loading does too;
/// the caller decides whether that deserves a warning or an error.
public struct DuplicateKey: Sendable, Equatable {
    public var key: String
    public var first: SourceMark
    public var second: SourceMark

    public static func == (lhs: DuplicateKey, rhs: DuplicateKey) -> Bool {
        lhs.key == rhs.key && lhs.first.start == rhs.first.start
            && lhs.second.start == rhs.second.start
    }
}

/// A YAML or JSON document read into a node tree.
public struct LoadedDocument: Sendable {
    public var root: Node
    public var duplicateKeys: [DuplicateKey]
}

/// Reads YAML (and JSON, which loads through the same path) into a `Node` tree the way the
/// reference transform reads templates.
///
/// Plain scalars are typed by YAML 1.1 rules (`ScalarResolver`); quoted and block scalars are
/// strings. A local tag `!Name` becomes the CloudFormation long form: `{"Ref": ...}`,
/// `{"Condition": ...}`, or `{"Fn::Name": ...}`, with `!GetAtt A.B` split on its first dot;
/// a tagged scalar is always a string. Anchors, aliases and `<<` merge keys resolve as
/// PyYAML resolves them: explicit keys win over merged ones, and among several merged
/// mappings the earlier wins.
///
/// An anchor defined a second time names its latest definition from there on, as YAML allows;
/// the reference refuses such a file ("found duplicate anchor"), and samkit loads it.
public enum YAMLLoader {
    /// How deeply collections may nest, counting those reached through aliases. Templates
    /// rarely pass 20 levels; the bound keeps every later recursive pass within its stack.
    public static let maximumDepth = 200

    /// How many nodes a document may hold once its aliases are expanded. A "billion laughs"
    /// file passes it within a few aliases and fails at once, before anything is copied.
    public static let maximumNodeCount = 1_000_000

    public static func load(_ bytes: [UInt8], file: SourceFile) throws(Diagnostic)
        -> LoadedDocument
    {
        let builder = try TreeBuilder(reader: YAMLEventReader(bytes: bytes, file: file))
        return try builder.document()
    }

    public static func load(_ text: String, path: String = "<input>") throws(Diagnostic)
        -> LoadedDocument
    {
        try load(Array(text.utf8), file: SourceFile(path: path))
    }
}

/// Turns the event stream of one document into a tree, one function per kind of node.
private final class TreeBuilder {
    /// A node with what alias checks and merge keys need to know about it.
    struct Built {
        var node: Node
        /// Nodes in the subtree, aliases counted as expanded.
        var size: Int
        /// Levels of collections in the subtree, 0 for a scalar.
        var height: Int
        /// The node before a CloudFormation tag wrapped it, `nil` when none did. A `<<` merge
        /// key sees this, as PyYAML merges YAML nodes before their tags are applied.
        var untagged: Node? = nil
        /// For a sequence with a tagged item, every item as `untagged` gives it.
        var untaggedItems: [Node]? = nil
    }

    private let reader: YAMLEventReader
    private var anchors: [String: Built] = [:]
    private var openAnchors: Set<String> = []
    private var nodeCount = 0
    private var duplicates: [DuplicateKey] = []

    init(reader: YAMLEventReader) {
        self.reader = reader
    }

    private var file: SourceFile { reader.file }

    private func mark(_ event: YAMLEvent) -> SourceMark {
        SourceMark(file: file, start: event.start, end: event.end)
    }

    private func fail(_ message: String, at event: YAMLEvent) -> Diagnostic {
        Diagnostic.error(message, rule: "load", at: mark(event))
    }

    func document() throws(Diagnostic) -> LoadedDocument {
        _ = try reader.next()  // stream start
        let first = try reader.next()
        guard case .documentStart = first.kind else {
            throw fail("the file is empty; a template is a YAML or JSON mapping", at: first)
        }
        let root = try node(try reader.next(), depth: 1)
        _ = try reader.next()  // document end
        let after = try reader.next()
        if case .documentStart = after.kind {
            throw fail(
                "a second YAML document starts here; a template file holds exactly one document",
                at: after)
        }
        return LoadedDocument(root: root.node, duplicateKeys: duplicates)
    }

    private func node(_ event: YAMLEvent, depth: Int) throws(Diagnostic) -> Built {
        var built: Built
        var anchor: String?
        switch event.kind {
        case .alias(let name):
            return try alias(name, event: event, depth: depth)
        case .scalar(let value, let tag, let scalarAnchor, let plain):
            anchor = scalarAnchor
            built = Built(
                node: try scalar(value, tag: tag, plain: plain, event: event), size: 1, height: 0)
            if let tag, intrinsicName(tag) != nil { built.untagged = .string(value) }
        case .sequenceStart(let tag, let sequenceAnchor):
            anchor = sequenceAnchor
            try checkDepth(depth, event)
            try openAnchor(anchor)
            built = try sequence(start: event, depth: depth)
            built = try tagged(built, tag: tag, event: event)
        case .mappingStart(let tag, let mappingAnchor):
            anchor = mappingAnchor
            try checkDepth(depth, event)
            try openAnchor(anchor)
            built = try mapping(start: event, depth: depth)
            built = try tagged(built, tag: tag, event: event)
        default:
            throw fail("unexpected YAML event where a value belongs", at: event)
        }
        try count(1, at: event)
        if let anchor {
            openAnchors.remove(anchor)
            anchors[anchor] = built
        }
        return built
    }

    private func openAnchor(_ anchor: String?) throws(Diagnostic) {
        if let anchor { openAnchors.insert(anchor) }
    }

    private func checkDepth(_ depth: Int, _ event: YAMLEvent) throws(Diagnostic) {
        guard depth <= YAMLLoader.maximumDepth else {
            throw fail(
                "collections nest more than \(YAMLLoader.maximumDepth) levels deep here",
                at: event)
        }
    }

    private func tooManyNodes(_ event: YAMLEvent) -> Diagnostic {
        fail(
            "the document expands to more than \(YAMLLoader.maximumNodeCount) values once its "
                + "aliases are resolved; is an alias repeated by mistake?", at: event)
    }

    private func alias(_ name: String, event: YAMLEvent, depth: Int) throws(Diagnostic) -> Built {
        guard let target = anchors[name] else {
            if openAnchors.contains(name) {
                throw fail("alias '*\(name)' refers to a node that contains it", at: event)
            }
            throw fail("alias '*\(name)' refers to no anchor '&\(name)' before it", at: event)
        }
        if depth - 1 + target.height > YAMLLoader.maximumDepth {
            throw fail(
                "alias '*\(name)' nests collections more than \(YAMLLoader.maximumDepth) "
                    + "levels deep", at: event)
        }
        try count(target.size, at: event)
        return target
    }

    // MARK: - Scalars

    private func scalar(_ value: String, tag: String?, plain: Bool, event: YAMLEvent)
        throws(Diagnostic) -> Node
    {
        let here = mark(event)
        guard let tag, tag != "!" else {
            guard plain else { return Node(.string(value), mark: here) }
            switch ScalarResolver.resolve(value) {
            case .content(let content):
                return Node(content, mark: here)
            case .mergeKey:
                return Node(.string(value), mark: here)
            case .integerOutOfRange:
                throw fail(
                    "the integer '\(value)' does not fit in 64 bits; quote it to keep it as text",
                    at: event)
            }
        }
        if let name = intrinsicName(tag) {
            let argument: Node
            if name == "Fn::GetAtt" {
                let parts = value.split(
                    separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                argument = Node(
                    .sequence(parts.map { Node(.string(String($0)), mark: here) }), mark: here)
            } else {
                argument = Node(.string(value), mark: here)
            }
            return intrinsic(name, argument, at: here)
        }
        return try coreScalar(value, tag: tag, event: event)
    }

    /// A scalar with an explicit YAML core tag such as `!!str` or `!!int`.
    private func coreScalar(_ value: String, tag: String, event: YAMLEvent) throws(Diagnostic)
        -> Node
    {
        let here = mark(event)
        let resolved = ScalarResolver.resolve(value)
        switch tag {
        case CoreTag.string:
            return Node(.string(value), mark: here)
        case CoreTag.integer:
            if case .content(.int(let number)) = resolved { return Node(.int(number), mark: here) }
            throw fail("'\(value)' is tagged !!int but is not an integer", at: event)
        case CoreTag.float:
            if case .content(.float(let number)) = resolved {
                return Node(.float(number), mark: here)
            }
            if case .content(.int(let number)) = resolved {
                return Node(.float(Double(number)), mark: here)
            }
            throw fail("'\(value)' is tagged !!float but is not a number", at: event)
        case CoreTag.bool:
            if case .content(.bool(let flag)) = resolved { return Node(.bool(flag), mark: here) }
            throw fail("'\(value)' is tagged !!bool but is not a boolean", at: event)
        case CoreTag.null:
            return Node(.null, mark: here)
        default:
            throw unsupportedTag(tag, event)
        }
    }

    private func unsupportedTag(_ tag: String, _ event: YAMLEvent) -> Diagnostic {
        let shown = tag.hasPrefix(CoreTag.prefix) ? "!!" + tag.dropFirst(CoreTag.prefix.count) : tag
        return fail(
            "the tag '\(shown)' is not supported; templates use CloudFormation tags such as "
                + "'!Ref' and '!Sub'", at: event)
    }

    /// The long-form key for a local tag: `!Ref` → `Ref`, `!Sub` → `Fn::Sub`.
    private func intrinsicName(_ tag: String) -> String? {
        guard tag.hasPrefix("!"), tag.count > 1, !tag.hasPrefix("!!") else { return nil }
        let name = String(tag.dropFirst())
        return name == "Ref" || name == "Condition" ? name : "Fn::" + name
    }

    private func intrinsic(_ name: String, _ argument: Node, at here: SourceMark) -> Node {
        Node(
            .mapping(Mapping([Mapping.Entry(key: name, keyMark: here, value: argument)])),
            mark: here)
    }

    /// A collection with its tag applied: an intrinsic wraps it, a core tag must match it.
    private func tagged(_ built: Built, tag: String?, event: YAMLEvent) throws(Diagnostic) -> Built
    {
        guard let tag, tag != "!" else { return built }
        if let name = intrinsicName(tag) {
            let wrapped = intrinsic(name, built.node, at: mark(event))
            return Built(
                node: wrapped, size: built.size + 1, height: built.height + 1,
                untagged: built.node, untaggedItems: built.untaggedItems)
        }
        switch (tag, built.node.content) {
        case (CoreTag.sequence, .sequence), (CoreTag.mapping, .mapping):
            return built
        default:
            throw unsupportedTag(tag, event)
        }
    }

    // MARK: - Collections

    private func sequence(start: YAMLEvent, depth: Int) throws(Diagnostic) -> Built {
        var items: [Node] = []
        var untaggedItems: [Node]?
        var size = 1
        var height = 0
        while true {
            let event = try reader.next()
            if case .sequenceEnd = event.kind {
                let here = SourceMark(file: file, start: start.start, end: event.end)
                return Built(
                    node: Node(.sequence(items), mark: here), size: size, height: height + 1,
                    untaggedItems: untaggedItems)
            }
            let item = try node(event, depth: depth + 1)
            if item.untagged != nil && untaggedItems == nil { untaggedItems = items }
            untaggedItems?.append(item.untagged ?? item.node)
            items.append(item.node)
            size += item.size
            height = max(height, item.height)
        }
    }

    private func mapping(start: YAMLEvent, depth: Int) throws(Diagnostic) -> Built {
        var explicit = Mapping()
        var merged: [Mapping.Entry] = []
        var firstMarks: [String: SourceMark] = [:]
        var size = 1
        var height = 0
        while true {
            let keyEvent = try reader.next()
            if case .mappingEnd = keyEvent.kind {
                let here = SourceMark(file: file, start: start.start, end: keyEvent.end)
                var result = explicit
                if !merged.isEmpty {
                    // Merged keys come first and explicit keys override them, as in PyYAML.
                    result = Mapping(merged)
                    for entry in explicit { result.set(entry) }
                }
                return Built(
                    node: Node(.mapping(result), mark: here), size: size, height: height + 1)
            }
            let (key, isMerge) = try self.key(keyEvent, depth: depth)
            let value = try node(try reader.next(), depth: depth + 1)
            size += value.size + 1
            height = max(height, value.height)
            if isMerge {
                merged += try mergeEntries(value, at: keyEvent)
                continue
            }
            let keyMark = mark(keyEvent)
            let entry = Mapping.Entry(key: key, keyMark: keyMark, value: value.node)
            guard let index = explicit.index(of: key) else {
                explicit.append(absent: entry)
                continue
            }
            if let first = firstMarks[key] ?? explicit.entries[index].keyMark {
                // Every repeat points back at the first occurrence, whose value it replaced.
                firstMarks[key] = first
                duplicates.append(DuplicateKey(key: key, first: first, second: keyMark))
            }
            explicit.set(entry)
        }
    }

    /// A mapping key as the string it becomes in JSON, and whether it is the `<<` merge key.
    private func key(_ event: YAMLEvent, depth: Int) throws(Diagnostic) -> (String, Bool) {
        if case .scalar(let value, nil, _, true) = event.kind, value == "<<" {
            return ("<<", true)
        }
        // Keys are nearly all untagged scalars without anchors; they need no node.
        if case .scalar(let value, nil, nil, let plain) = event.kind {
            if !plain { return try (countedKey(value, event), false) }
            if case .content(let content) = ScalarResolver.resolve(value),
                let text = Self.keyText(content)
            {
                return try (countedKey(text, event), false)
            }
        }
        let built = try node(event, depth: depth + 1)
        if let text = Self.keyText(built.node.content) { return (text, false) }
        throw fail(
            "a mapping key must be a scalar such as a name, not \(built.node.kindDescription)",
            at: event)
    }

    /// A key counts towards the bound on the values of a document, as every node does.
    private func countedKey(_ text: String, _ event: YAMLEvent) throws(Diagnostic) -> String {
        try count(1, at: event)
        return text
    }

    /// Adds `nodes` to the values of the document, failing once they pass the bound.
    private func count(_ nodes: Int, at event: YAMLEvent) throws(Diagnostic) {
        nodeCount += nodes
        if nodeCount > YAMLLoader.maximumNodeCount { throw tooManyNodes(event) }
    }

    /// A scalar key as the string it becomes in JSON; `nil` for a collection.
    private static func keyText(_ content: Node.Content) -> String? {
        switch content {
        case .string(let text): text
        case .int(let number): String(number)
        case .float(let number): PythonNumberFormat.json(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .sequence, .mapping: nil
        }
    }

    /// The entries a `<<` key brings in: those of one mapping, or of a list of mappings with
    /// the earlier ones winning. Tags on the value and its items are ignored, as in PyYAML.
    private func mergeEntries(_ value: Built, at event: YAMLEvent) throws(Diagnostic)
        -> [Mapping.Entry]
    {
        switch (value.untagged ?? value.node).content {
        case .mapping(let map):
            return map.entries
        case .sequence(let items):
            var entries: [Mapping.Entry] = []
            for item in (value.untaggedItems ?? items).reversed() {
                guard case .mapping(let map) = item.content else {
                    throw fail("a merge key '<<' takes a mapping or a list of mappings", at: event)
                }
                entries += map.entries
            }
            return entries
        default:
            throw fail("a merge key '<<' takes a mapping or a list of mappings", at: event)
        }
    }
}

/// The YAML core schema tags samkit accepts.
private enum CoreTag {
    static let prefix = "tag:yaml.org,2002:"
    static let string = prefix + "str"
    static let integer = prefix + "int"
    static let float = prefix + "float"
    static let bool = prefix + "bool"
    static let null = prefix + "null"
    static let sequence = prefix + "seq"
    static let mapping = prefix + "map"
}
