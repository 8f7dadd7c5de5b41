/// A value as the reference transform holds it in Python, for the parts of the output whose
/// logical ids hash Python's text of a value.
///
/// Beyond JSON's kinds it records two things Python's `repr` shows: whether a string came from
/// the template (written `u'...'`, as the reference marks template strings to imitate Python
/// 2.7) or from the transform itself (`'...'`), and whether a dictionary iterates in Python 2.7
/// order or in insertion order (``PythonDict``).
public indirect enum PythonValue: Sendable, Equatable {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case str(String, unicode: Bool)
    case list([PythonValue])
    case dict(PythonDict)

    /// A string the transform made.
    public static func str(_ text: String) -> PythonValue { .str(text, unicode: false) }

    /// `node` as the reference holds template values once it has marked them for Python 2.7:
    /// every string a template string, every mapping a Python 2.7 dictionary.
    public init(template node: Node) {
        self.init(node, unicode: true, py27: true)
    }

    /// `node` as plain Python 3 values: transform strings and insertion-ordered dictionaries.
    public init(plain node: Node) {
        self.init(node, unicode: false, py27: false)
    }

    private init(_ node: Node, unicode: Bool, py27: Bool) {
        switch node.content {
        case .null: self = .none
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .float(let number): self = .float(number)
        case .string(let text): self = .str(text, unicode: unicode)
        case .sequence(let items):
            self = .list(items.map { PythonValue($0, unicode: unicode, py27: py27) })
        case .mapping(let map):
            var dict = PythonDict(py27: py27)
            for entry in map {
                dict.set(
                    entry.key, PythonValue(entry.value, unicode: unicode, py27: py27),
                    unicode: unicode)
            }
            self = .dict(dict)
        }
    }

    /// The value as a template node; marks are not kept.
    public var node: Node {
        switch self {
        case .none: Node(.null)
        case .bool(let flag): Node(.bool(flag))
        case .int(let number): Node(.int(number))
        case .float(let number): Node(.float(number))
        case .str(let text, _): Node(.string(text))
        case .list(let items): Node(.sequence(items.map(\.node)))
        case .dict(let dict):
            Node(
                .mapping(
                    Mapping(dict.items.map { Mapping.Entry(key: $0.key, value: $0.value.node) })))
        }
    }

    public var string: String? {
        if case .str(let text, _) = self { return text }
        return nil
    }

    public var dict: PythonDict? {
        if case .dict(let dict) = self { return dict }
        return nil
    }

    public var list: [PythonValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    public subscript(key: String) -> PythonValue? {
        dict?[key]
    }

    /// Python's truth value.
    public var isTruthy: Bool {
        switch self {
        case .none: false
        case .bool(let flag): flag
        case .int(let number): number != 0
        case .float(let number): number != 0
        case .str(let text, _): !text.isEmpty
        case .list(let items): !items.isEmpty
        case .dict(let dict): !dict.isEmpty
        }
    }

    /// The value after `copy.deepcopy`, which rebuilds every Python 2.7 dictionary's table.
    public func deepCopied() -> PythonValue {
        switch self {
        case .list(let items):
            // A list with no dictionary in it comes out of the copy as it went in.
            items.contains(where: \.holdsDictionary) ? .list(items.map { $0.deepCopied() }) : self
        case .dict(let dict): .dict(dict.deepCopied())
        default: self
        }
    }

    /// Whether a dictionary is this value or inside it.
    var holdsDictionary: Bool {
        switch self {
        case .dict: true
        case .list(let items): items.contains(where: \.holdsDictionary)
        default: false
        }
    }

    /// `{"Ref": name}` as the transform makes it.
    static func ref(_ name: String) -> PythonValue {
        var dict = PythonDict(py27: false)
        dict.set("Ref", .str(name))
        return .dict(dict)
    }
}

/// A Python dictionary: string keys in insertion order, iterated either in that order (a plain
/// Python 3 `dict`) or in the order Python 2.7 would give (the reference's `Py27Dict`).
public struct PythonDict: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var key: String
        /// Whether the key is a template string, written `u'...'`.
        public var unicodeKey: Bool
        public var value: PythonValue
    }

    /// Items in insertion order.
    private var storage: [Item] = []
    private var order: Py27KeyOrder?

    public init(py27: Bool) {
        order = py27 ? Py27KeyOrder() : nil
    }

    public var isPy27: Bool { order != nil }
    public var isEmpty: Bool { storage.isEmpty }
    public var count: Int { storage.count }

    /// The items in the order Python iterates them.
    public var items: [Item] {
        guard let order else { return storage }
        let keys = order.keys
        if keys.count <= 8 {
            return keys.compactMap { key in storage.first { $0.key == key } }
        }
        var position: [String: Int] = [:]
        for (index, item) in storage.enumerated() { position[item.key] = index }
        return keys.compactMap { key in position[key].map { storage[$0] } }
    }

    public var keys: [String] { items.map(\.key) }

    public func contains(_ key: String) -> Bool {
        storage.contains { $0.key == key }
    }

    public subscript(key: String) -> PythonValue? {
        get { storage.first { $0.key == key }?.value }
        set {
            if let newValue { set(key, newValue) } else { remove(key) }
        }
    }

    /// `dict[key] = value`; an existing key keeps its place and its own string kind.
    public mutating func set(_ key: String, _ value: PythonValue, unicode: Bool = false) {
        if let index = storage.firstIndex(where: { $0.key == key }) {
            storage[index].value = value
        } else {
            storage.append(Item(key: key, unicodeKey: unicode, value: value))
        }
        order?.add(key)
    }

    public mutating func remove(_ key: String) {
        guard let index = storage.firstIndex(where: { $0.key == key }) else { return }
        storage.remove(at: index)
        order?.remove(key)
    }

    /// `dict.setdefault(key, value)`.
    public mutating func setDefault(_ key: String, _ value: PythonValue) {
        if !contains(key) { set(key, value) }
    }

    /// `dict.update(other)` where `other` is a dictionary.
    public mutating func update(with other: PythonDict) {
        let otherItems = other.items
        order?.merge(otherItems.map(\.key))
        for item in otherItems { set(item.key, item.value, unicode: item.unicodeKey) }
    }

    /// `dict.copy()`: a shallow copy.
    public func copied() -> PythonDict {
        guard let order else { return self }
        var copy = PythonDict(py27: true)
        copy.order = order.copied()
        for item in items { copy.set(item.key, item.value, unicode: item.unicodeKey) }
        return copy
    }

    /// `copy.deepcopy(dict)`.
    public func deepCopied() -> PythonDict {
        var copy = self
        if storage.contains(where: { $0.value.holdsDictionary }) {
            copy.storage = storage.map {
                Item(key: $0.key, unicodeKey: $0.unicodeKey, value: $0.value.deepCopied())
            }
        }
        copy.order = order?.deepCopied()
        return copy
    }

    /// A new Python 2.7 dictionary with `pairs` set one by one.
    static func py27(_ pairs: [(String, PythonValue)]) -> PythonDict {
        var dict = PythonDict(py27: true)
        for (key, value) in pairs { dict.set(key, value) }
        return dict
    }

    /// A new plain dictionary with `pairs`.
    static func plain(_ pairs: [(String, PythonValue)]) -> PythonDict {
        var dict = PythonDict(py27: false)
        for (key, value) in pairs { dict.set(key, value) }
        return dict
    }
}
