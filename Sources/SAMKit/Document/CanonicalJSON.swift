/// Writes a node tree as the one-line JSON text that Python's `json.dumps` produces, which is
/// the text the reference transform hashes for logical ids.
///
/// The canonical layout is `json.dumps(value, sort_keys=True, separators=(",", ":"))`: no
/// spaces, keys sorted by Unicode code point (Python's string order, which is not Swift's
/// `String` order: Swift compares canonically equivalent forms as equal), non-ASCII
/// characters as lowercase `\uXXXX` escapes with surrogate pairs, Python's float spelling.
/// The reference also hashes plain `json.dumps(value)` in places (an API's custom domain);
/// ``Layout/pythonDefault`` gives that text.
public struct CanonicalJSON: Sendable {
    /// How keys are ordered and items separated.
    public enum Layout: Sendable {
        /// `json.dumps(value, sort_keys=True, separators=(",", ":"))`.
        case sortedCompact
        /// `json.dumps(value)`: keys in tree order, `", "` between items, `": "` after keys.
        case pythonDefault
        /// `json.dumps(value, sort_keys=True, indent=4, separators=(",", ": "))`: one item a
        /// line, four spaces a level; the text a state machine's definition becomes.
        case sortedIndented
    }

    public var layout: Layout

    public init(layout: Layout = .sortedCompact) {
        self.layout = layout
    }

    /// The JSON text of `node`, with no trailing newline.
    public func text(for node: Node) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        write(node, depth: 0, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func write(_ node: Node, depth: Int, to bytes: inout [UInt8]) {
        if JSONString.appendScalar(node, asciiOnly: true, to: &bytes) { return }
        switch node.content {
        case .null, .bool, .int, .float, .string:
            return
        case .sequence(let items):
            bytes.append(UInt8(ascii: "["))
            for index in items.indices {
                if index > 0 { appendItemSeparator(to: &bytes) }
                appendLineBreak(depth: depth + 1, to: &bytes)
                write(items[index], depth: depth + 1, to: &bytes)
            }
            if !items.isEmpty { appendLineBreak(depth: depth, to: &bytes) }
            bytes.append(UInt8(ascii: "]"))
        case .mapping(let map):
            bytes.append(UInt8(ascii: "{"))
            let entries = map.entries
            for (position, index) in writingOrder(of: entries).enumerated() {
                if position > 0 { appendItemSeparator(to: &bytes) }
                appendLineBreak(depth: depth + 1, to: &bytes)
                let entry = entries[index]
                JSONString.append(entry.key, asciiOnly: true, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if layout != .sortedCompact { bytes.append(UInt8(ascii: " ")) }
                write(entry.value, depth: depth + 1, to: &bytes)
            }
            if !entries.isEmpty { appendLineBreak(depth: depth, to: &bytes) }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// A new line indented to `depth`, in the indented layout only.
    private func appendLineBreak(depth: Int, to bytes: inout [UInt8]) {
        guard layout == .sortedIndented else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 4 * depth))
    }

    private func appendItemSeparator(to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: ","))
        if layout == .pythonDefault { bytes.append(UInt8(ascii: " ")) }
    }

    /// The positions of `entries` in the order the layout writes them. UTF-8 byte order is
    /// code point order, which is the order Python sorts `str` keys in.
    private func writingOrder(of entries: [Mapping.Entry]) -> [Int] {
        switch layout {
        case .pythonDefault:
            Array(entries.indices)
        case .sortedCompact, .sortedIndented:
            entries.indices.sorted {
                entries[$0].key.utf8.lexicographicallyPrecedes(entries[$1].key.utf8)
            }
        }
    }
}

extension Node {
    /// The text of Python's `json.dumps(value, sort_keys=True, separators=(",", ":"))` for
    /// this tree: the canonical form the reference hashes; see ``CanonicalJSON``.
    public func canonicalJSON() -> String {
        CanonicalJSON().text(for: self)
    }

    /// The text of Python's `json.dumps(value)` with its default arguments for this tree.
    public func pythonDefaultJSON() -> String {
        CanonicalJSON(layout: .pythonDefault).text(for: self)
    }
}
