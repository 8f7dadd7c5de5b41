/// Python's `repr` of values, written exactly as CPython 3 writes it, including the `u'...'`
/// form the reference gives template strings.
///
/// The reference names an API's deployment after a hash of `str(swagger)`, so every quote,
/// escape and key order here must match Python's own.
public enum PythonRepr {
    /// `repr(value)`.
    public static func repr(_ value: PythonValue) -> String {
        var text = ""
        append(value, to: &text)
        return text
    }

    static func append(_ value: PythonValue, to text: inout String) {
        switch value {
        case .none: text += "None"
        case .bool(let flag): text += flag ? "True" : "False"
        case .int(let number): text += String(number)
        case .float(let number): text += PythonNumberFormat.repr(number)
        case .str(let string, let unicode):
            appendString(string, unicode: unicode, to: &text)
        case .list(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += ", " }
                append(item, to: &text)
            }
            text += "]"
        case .dict(let dict):
            text += "{"
            for (index, item) in dict.items.enumerated() {
                if index > 0 { text += ", " }
                appendString(item.key, unicode: item.unicodeKey, to: &text)
                text += ": "
                append(item.value, to: &text)
            }
            text += "}"
        }
    }

    /// Nearly every string of a definition is printable ASCII without a quote or a backslash,
    /// which both kinds of `repr` only wrap in quotes; the rest take the full path.
    private static func appendString(_ string: String, unicode: Bool, to text: inout String) {
        let plain = string.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "\\")
        }
        guard plain else {
            text += unicode ? unicodeRepr(string) : stringRepr(string)
            return
        }
        text += unicode ? "u'" : "'"
        text += string
        text += "'"
    }

    /// Python 3's `repr` of a `str`: single quotes unless the text has a single quote and no
    /// double one; backslashes, the quote, tab, newline and carriage return escaped; other
    /// unprintable characters as `\xHH`, `\uHHHH` or `\UHHHHHHHH`.
    public static func stringRepr(_ string: String) -> String {
        let quote: Character = string.contains("'") && !string.contains("\"") ? "\"" : "'"
        var text = String(quote)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\t": text += "\\t"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            default:
                if Character(scalar) == quote {
                    text += "\\" + String(quote)
                } else if scalar.value < 0x20 || scalar.value == 0x7f {
                    text += hexEscape(scalar.value)
                } else if scalar.value < 0x7f || isPrintable(scalar) {
                    text.unicodeScalars.append(scalar)
                } else {
                    text += hexEscape(scalar.value)
                }
            }
        }
        text.append(quote)
        return text
    }

    /// The reference's `repr` of a template string: `u` followed by the `repr` of its
    /// `unicode_escape` encoding, with the doubled backslashes made single again, which is how
    /// Python 2.7 wrote a `unicode` value.
    public static func unicodeRepr(_ string: String) -> String {
        var escaped = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value >= 0x7f {
                    escaped += hexEscape(scalar.value)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        let quoted = stringRepr(escaped)
        return "u" + collapsingDoubleBackslashes(quoted)
    }

    private static func collapsingDoubleBackslashes(_ text: String) -> String {
        var result = ""
        var pendingBackslash = false
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                if pendingBackslash {
                    result += "\\"
                    pendingBackslash = false
                } else {
                    pendingBackslash = true
                }
            } else {
                if pendingBackslash { result += "\\" }
                pendingBackslash = false
                result.unicodeScalars.append(scalar)
            }
        }
        if pendingBackslash { result += "\\" }
        return result
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        if value < 0x100 { return "\\x" + String(repeating: "0", count: 2 - digits.count) + digits }
        if value < 0x10000 {
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        return "\\U" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Python's `str.isprintable` for one character beyond ASCII: everything but the
    /// "Other" and "Separator" categories, except that the space is printable.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
            .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}

extension Node {
    /// Python's `repr` of the value this node stands for, as plain Python 3 values:
    /// single-quoted strings, `True`/`False`/`None`, dictionaries in the order written.
    public func pythonRepr() -> String {
        PythonRepr.repr(PythonValue(plain: self))
    }
}
