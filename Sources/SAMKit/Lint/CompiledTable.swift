/// A table compiled into samkit as a string literal (IAM actions, `Fn::GetAtt` attributes):
/// one line per entry, its name, a space, then its data.
///
/// The literal's bytes are copied once into an array and indexed by one scan: that takes
/// microseconds where splitting a `String` took milliseconds, and `samkit validate` pays it
/// at every start that reads the table.
struct CompiledTable: Sendable {
    let bytes: [UInt8]
    /// Where each line's data lies in ``bytes``, by the name that starts the line.
    let lines: [String: Range<Int>]

    init(_ text: String) {
        bytes = Array(text.utf8)
        lines = Self.lineIndex(bytes)
    }

    /// The names of the entries, in no particular order.
    var names: Dictionary<String, Range<Int>>.Keys { lines.keys }

    /// The data of the entry `name`, or `nil` when the table has no such entry.
    func data(_ name: String) -> ArraySlice<UInt8>? {
        lines[name].map { bytes[$0] }
    }

    private static func lineIndex(_ bytes: [UInt8]) -> [String: Range<Int>] {
        var result: [String: Range<Int>] = [:]
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var space = start
                while space < end && bytes[space] != 0x20 { space += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[start..<space])
                if !name.isEmpty {
                    result[String(decoding: name, as: UTF8.self)] = min(space + 1, end)..<end
                }
                start = end + 1
            }
        }
        return result
    }
}
