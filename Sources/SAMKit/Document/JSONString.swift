/// Writes a string as a quoted JSON string literal, escaped the way Python's `json` module
/// escapes it.
///
/// Both JSON writers share it so that pretty output and hashed canonical text agree on every
/// character: `\"`, `\\`, `\n`, `\r`, `\t`, `\b` and `\f` in their short forms, every other
/// control character as `\u00XX` with lowercase hex digits.
enum JSONString {
    /// Appends `text` as a JSON string literal to `bytes`.
    ///
    /// - Parameter asciiOnly: when true, every character outside printable ASCII (including
    ///   DEL) is written as `\uXXXX`, characters beyond the Basic Multilingual Plane as a
    ///   UTF-16 surrogate pair, as Python does with `ensure_ascii=True`; when false, non-ASCII
    ///   text is copied as UTF-8.
    static func append(_ text: String, asciiOnly: Bool, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0, asciiOnly: asciiOnly, to: &bytes) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends the JSON text of a scalar node and returns true, or returns false for a
    /// sequence or mapping, whose layout each writer decides.
    static func appendScalar(_ node: Node, asciiOnly: Bool, to bytes: inout [UInt8]) -> Bool {
        switch node.content {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): PythonNumberFormat.appendInt(number, to: &bytes)
        case .float(let number): PythonNumberFormat.appendJSON(number, to: &bytes)
        case .string(let text): append(text, asciiOnly: asciiOnly, to: &bytes)
        case .sequence, .mapping: return false
        }
        return true
    }

    /// Copies runs of bytes that need no escape in one step; most strings are one such run.
    private static func appendEscaped(
        _ utf8: UnsafeBufferPointer<UInt8>, asciiOnly: Bool, to bytes: inout [UInt8]
    ) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            let needsEscape =
                byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || (asciiOnly && byte >= 0x7F)
            guard needsEscape else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            if byte < 0x80 {
                appendASCII(byte, to: &bytes)
                index += 1
            } else {
                let (scalar, length) = decodeScalar(utf8, at: index)
                appendEscape(scalar, to: &bytes)
                index += length
            }
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// The scalar whose UTF-8 encoding starts at `index` (a lead byte of a multi-byte
    /// sequence), and how many bytes it takes. Swift strings hold valid UTF-8 only.
    private static func decodeScalar(
        _ utf8: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (UInt32, Int) {
        let lead = UInt32(utf8[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0xFF >> UInt32(length + 1))
        for offset in 1..<length where index + offset < utf8.count {
            value = value << 6 | (UInt32(utf8[index + offset]) & 0x3F)
        }
        return (value, length)
    }

    /// Writes `\uXXXX`, or a surrogate pair of them beyond the Basic Multilingual Plane.
    private static func appendEscape(_ scalar: UInt32, to bytes: inout [UInt8]) {
        if scalar < 0x1_0000 {
            appendEscape(UInt16(scalar), to: &bytes)
        } else {
            let offset = scalar - 0x1_0000
            appendEscape(UInt16(0xD800 + (offset >> 10)), to: &bytes)
            appendEscape(UInt16(0xDC00 + (offset & 0x3FF)), to: &bytes)
        }
    }

    private static func appendASCII(_ byte: UInt8, to bytes: inout [UInt8]) {
        let shortForm: UInt8? =
            switch byte {
            case UInt8(ascii: "\""): UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): UInt8(ascii: "\\")
            case 0x0A: UInt8(ascii: "n")
            case 0x0D: UInt8(ascii: "r")
            case 0x09: UInt8(ascii: "t")
            case 0x08: UInt8(ascii: "b")
            case 0x0C: UInt8(ascii: "f")
            default: nil
            }
        if let shortForm {
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(shortForm)
        } else {
            appendEscape(UInt16(byte), to: &bytes)
        }
    }

    private static func appendEscape(_ unit: UInt16, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(hexDigit(UInt8((unit >> UInt16(shift)) & 0xF)))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
