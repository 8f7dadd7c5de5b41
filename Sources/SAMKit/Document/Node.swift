/// One value of a template, with the place it was written.
///
/// The same tree carries a template from the loader through the transform to the emitters.
/// Values copied from the input keep their marks; values the transform creates take the mark
/// of the SAM node they were made from, so that anything reported about them points at what
/// the user wrote. Equality compares values only, never marks.
public struct Node: Sendable, Equatable {
    /// The JSON-like value of a node. Mapping keys are strings, as they are in the
    /// CloudFormation the transform produces.
    public enum Content: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)
        case sequence([Node])
        case mapping(Mapping)
    }

    public var content: Content
    /// Where the value was written, or for a generated value, where what it was made from was
    /// written; `nil` only for values with no source at all.
    public var mark: SourceMark?

    public init(_ content: Content, mark: SourceMark? = nil) {
        self.content = content
        self.mark = mark
    }

    public static func == (lhs: Node, rhs: Node) -> Bool {
        lhs.content == rhs.content
    }
}

// MARK: - Reading

extension Node {
    public var isNull: Bool {
        if case .null = content { return true }
        return false
    }

    public var string: String? {
        if case .string(let text) = content { return text }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let flag) = content { return flag }
        return nil
    }

    public var int: Int? {
        if case .int(let number) = content { return number }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: Mapping? {
        if case .mapping(let map) = content { return map }
        return nil
    }

    /// The value under `key` when this node is a mapping that has it.
    public subscript(key: String) -> Node? {
        mapping?[key]
    }

    /// The kind of value in the words messages use: "a string", "a mapping", ...
    public var kindDescription: String {
        switch content {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .float: "a number"
        case .string: "a string"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// The same value with `mark` on this node and on every node below it that has none.
    ///
    /// The transform uses this to give what it builds the location of the SAM node it came
    /// from, without disturbing values copied from the input, which keep their own. A node
    /// that has a mark is left as it is, children included: it was read from the template,
    /// whose nodes all have marks, or built at a place the transform chose, which suits its
    /// children better than `mark` does; not copying such subtrees keeps this cheap.
    public func marked(_ newMark: SourceMark?) -> Node {
        guard let newMark, mark == nil else { return self }
        var copy = self
        copy.mark = newMark
        switch copy.content {
        case .sequence(let items):
            copy.content = .sequence(items.map { $0.marked(newMark) })
        case .mapping(var map):
            map.fillMarks(newMark)
            copy.content = .mapping(map)
        default:
            break
        }
        return copy
    }
}

// MARK: - Building

extension Node: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral text: String) { self.init(.string(text)) }
    public init(integerLiteral number: Int) { self.init(.int(number)) }
    public init(floatLiteral number: Double) { self.init(.float(number)) }
    public init(booleanLiteral flag: Bool) { self.init(.bool(flag)) }
    public init(nilLiteral: ()) { self.init(.null) }
    public init(arrayLiteral items: Node...) { self.init(.sequence(items)) }

    /// Builds a mapping in the order written; a repeated key keeps its last value.
    public init(dictionaryLiteral pairs: (String, Node)...) {
        var map = Mapping()
        for (key, value) in pairs { map[key] = value }
        self.init(.mapping(map))
    }

    public static func string(_ text: String, mark: SourceMark? = nil) -> Node {
        Node(.string(text), mark: mark)
    }

    public static func sequence(_ items: [Node], mark: SourceMark? = nil) -> Node {
        Node(.sequence(items), mark: mark)
    }

    public static func mapping(_ map: Mapping, mark: SourceMark? = nil) -> Node {
        Node(.mapping(map), mark: mark)
    }
}
