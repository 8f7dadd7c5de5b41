/// Writes a node tree as indented JSON text, in the layout of Python's
/// `json.dumps(value, indent=2)`.
///
/// Keys keep the order they have in the tree; the transform decides that order. Each level is
/// indented by two spaces, a key is followed by `": "`, items end their line with `","`, empty
/// containers are written `{}` and `[]`, and the text ends with a newline. Numbers are spelled
/// as Python spells them (see ``PythonNumberFormat``), so that output can be compared with the
/// reference transform's byte for byte.
public struct JSONWriter: Sendable {
    /// Whether non-ASCII characters are written as `\uXXXX` escapes, as Python does by
    /// default (`ensure_ascii=True`), rather than as UTF-8.
    public var asciiOnly: Bool
    /// Spaces per level of nesting.
    public var indentWidth: Int

    public init(asciiOnly: Bool = false, indentWidth: Int = 2) {
        self.asciiOnly = asciiOnly
        self.indentWidth = indentWidth
    }

    /// The JSON text of `node`, ending with a newline.
    public func text(for node: Node) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        write(node, depth: 0, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private func write(_ node: Node, depth: Int, to bytes: inout [UInt8]) {
        if JSONString.appendScalar(node, asciiOnly: asciiOnly, to: &bytes) { return }
        switch node.content {
        case .null, .bool, .int, .float, .string:
            return
        case .sequence(let items):
            guard !items.isEmpty else {
                bytes.append(contentsOf: "[]".utf8)
                return
            }
            bytes.append(UInt8(ascii: "["))
            var isFirst = true
            for item in items {
                if !isFirst { bytes.append(UInt8(ascii: ",")) }
                isFirst = false
                newline(depth: depth + 1, to: &bytes)
                write(item, depth: depth + 1, to: &bytes)
            }
            newline(depth: depth, to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        case .mapping(let map):
            guard !map.isEmpty else {
                bytes.append(contentsOf: "{}".utf8)
                return
            }
            bytes.append(UInt8(ascii: "{"))
            var isFirst = true
            for entry in map.entries {
                if !isFirst { bytes.append(UInt8(ascii: ",")) }
                isFirst = false
                newline(depth: depth + 1, to: &bytes)
                JSONString.append(entry.key, asciiOnly: asciiOnly, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                bytes.append(UInt8(ascii: " "))
                write(entry.value, depth: depth + 1, to: &bytes)
            }
            newline(depth: depth, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private func newline(depth: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * indentWidth))
    }
}

extension Node {
    /// This tree as JSON text indented by two spaces, keys in tree order, non-ASCII text as
    /// UTF-8, ending with a newline; see ``JSONWriter``.
    public func jsonText() -> String {
        JSONWriter().text(for: self)
    }
}
