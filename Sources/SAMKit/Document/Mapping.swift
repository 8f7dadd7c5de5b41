/// A mapping that keeps its keys in the order they were written or added.
///
/// Keys are unique. Setting a key that is present replaces its value where it stands, which
/// is how both CloudFormation and the reference transform treat a repeated key: the last
/// value wins, at the place of the first.
public struct Mapping: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        /// Where the key itself was written.
        public var keyMark: SourceMark?
        public var value: Node

        public init(key: String, keyMark: SourceMark? = nil, value: Node) {
            self.key = key
            self.keyMark = keyMark
            self.value = value
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.key == rhs.key && lhs.value == rhs.value
        }
    }

    public private(set) var entries: [Entry]

    public init() {
        entries = []
    }

    public init(_ entries: [Entry]) {
        self.entries = []
        for entry in entries { set(entry) }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }

    /// The position of `key`; a linear search, which beats hashing for the few keys a
    /// template's mappings hold.
    ///
    /// Keys match byte for byte, not by Swift's canonical equivalence: `"é"` and `"e\u{301}"`
    /// are two keys in JSON and in the reference, so they are two keys here.
    public func index(of key: String) -> Int? {
        let length = key.utf8.count
        // Lengths and `==` (a byte comparison for the ASCII keys templates use) rule out
        // nearly every candidate cheaply; only a match is checked byte for byte.
        return entries.firstIndex {
            $0.key.utf8.count == length && $0.key == key && $0.key.utf8.elementsEqual(key.utf8)
        }
    }

    public func entry(_ key: String) -> Entry? {
        index(of: key).map { entries[$0] }
    }

    /// The value under `key`; assigning `nil` removes the key.
    public subscript(key: String) -> Node? {
        get { index(of: key).map { entries[$0].value } }
        set {
            guard let newValue else {
                remove(key)
                return
            }
            set(Entry(key: key, value: newValue))
        }
    }

    /// Adds `entry`, or replaces the value of the entry with its key and keeps that entry's
    /// place and key mark when `entry` has none.
    public mutating func set(_ entry: Entry) {
        if let index = index(of: entry.key) {
            entries[index].value = entry.value
            if let keyMark = entry.keyMark { entries[index].keyMark = keyMark }
        } else {
            entries.append(entry)
        }
    }

    /// Replaces the value of the entry at `index`, keeping its key and key mark.
    mutating func replaceValue(at index: Int, with value: Node) {
        entries[index].value = value
    }

    /// Adds `entry`, whose key the caller has just looked up and not found, without a second
    /// search.
    mutating func append(absent entry: Entry) {
        entries.append(entry)
    }

    @discardableResult
    public mutating func remove(_ key: String) -> Node? {
        guard let index = index(of: key) else { return nil }
        return entries.remove(at: index).value
    }

    /// Puts `entry` at `position`, moving any existing entry with its key.
    public mutating func insert(_ entry: Entry, at position: Int) {
        remove(entry.key)
        entries.insert(entry, at: Swift.min(position, entries.count))
    }

    mutating func fillMarks(_ mark: SourceMark) {
        for index in entries.indices {
            if entries[index].keyMark == nil { entries[index].keyMark = mark }
            entries[index].value = entries[index].value.marked(mark)
        }
    }
}

extension Mapping: Sequence {
    public func makeIterator() -> IndexingIterator<[Entry]> {
        entries.makeIterator()
    }
}
