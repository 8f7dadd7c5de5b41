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
        if asciiOnly {
            for scalar in text.unicodeScalars {
                if scalar.value < 0x80 {
                    appendASCII(UInt8(scalar.value), escapingDelete: true, to: &bytes)
                } else if scalar.value < 0x1_0000 {
                    appendEscape(UInt16(scalar.value), to: &bytes)
                } else {
                    let offset = scalar.value - 0x1_0000
                    appendEscape(UInt16(0xD800 + (offset >> 10)), to: &bytes)
                    appendEscape(UInt16(0xDC00 + (offset & 0x3FF)), to: &bytes)
                }
            }
        } else {
            for byte in text.utf8 {
                if byte < 0x80 {
                    appendASCII(byte, escapingDelete: false, to: &bytes)
                } else {
                    bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendASCII(_ byte: UInt8, escapingDelete: Bool, to bytes: inout [UInt8]) {
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
        } else if byte < 0x20 || (escapingDelete && byte == 0x7F) {
            appendEscape(UInt16(byte), to: &bytes)
        } else {
            bytes.append(byte)
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
