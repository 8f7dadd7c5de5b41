/// Gives a plain (unquoted, untagged) YAML scalar its type, the way the reference transform's
/// YAML 1.1 loader does.
///
/// Booleans have twenty spellings (`yes`, `No`, `ON`, ...); integers take signs,
/// underscores, `0b`, `0x`, leading-zero octal and base 60 (`1:30`); floats need a dot
/// (`1.5e+3` is a float but `1e5` and `1.5e3` are strings) and include `.inf` and `.nan`;
/// `~`, `null` and the empty scalar are null. `0o17` is a string, as YAML 1.1 has no `0o`.
/// Timestamps become the text Python prints for the date or datetime they denote
/// (`2001-12-14t21:59:43.10-05:00` reads as `2001-12-14 21:59:43.100000-05:00`), since the
/// reference passes them through `str()` on their way to JSON.
enum ScalarResolver {
    /// What a plain scalar turned out to be.
    enum Resolved: Equatable {
        case content(Node.Content)
        /// The `<<` merge key.
        case mergeKey
        /// An integer beyond 64 bits, which the tree cannot hold.
        case integerOutOfRange
    }

    static func resolve(_ text: String) -> Resolved {
        guard let first = text.utf8.first else { return .content(.null) }
        switch first {
        case UInt8(ascii: "~"):
            return text == "~" ? .content(.null) : .content(.string(text))
        case UInt8(ascii: "<"):
            return text == "<<" ? .mergeKey : .content(.string(text))
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            if nullSpellings.contains(text) { return .content(.null) }
            return boolSpellings[text].map { .content(.bool($0)) } ?? .content(.string(text))
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"), UInt8(ascii: "T"),
            UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return boolSpellings[text].map { .content(.bool($0)) } ?? .content(.string(text))
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
            UInt8(ascii: "."):
            break
        default:
            return .content(.string(text))
        }

        // Numbers and timestamps: a small set of patterns over the bytes.
        let bytes = Array(text.utf8)
        if let number = YAMLNumber.float(bytes) { return .content(.float(number)) }
        switch YAMLNumber.integer(bytes) {
        case .value(let number): return .content(.int(number))
        case .outOfRange: return .integerOutOfRange
        case .none: break
        }
        if let stamp = YAMLTimestamp.pythonText(bytes) { return .content(.string(stamp)) }
        return .content(.string(text))
    }

    private static let nullSpellings: Set<String> = ["null", "Null", "NULL"]

    private static let boolSpellings: [String: Bool] = [
        "yes": true, "Yes": true, "YES": true, "no": false, "No": false, "NO": false,
        "true": true, "True": true, "TRUE": true, "false": false, "False": false,
        "FALSE": false, "on": true, "On": true, "ON": true, "off": false, "Off": false,
        "OFF": false,
    ]
}
