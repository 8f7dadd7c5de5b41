/// The tables compiled into samkit as string literals (IAM actions, `Fn::GetAtt`
/// attributes): one line per entry, its name, a space, then its data.
enum CompiledTable {
    /// Where each line's data lies in `bytes`, by the name that starts the line; one scan of
    /// the bytes, which costs microseconds where splitting a `String` costs milliseconds.
    static func lineIndex(_ bytes: [UInt8]) -> [String: Range<Int>] {
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
