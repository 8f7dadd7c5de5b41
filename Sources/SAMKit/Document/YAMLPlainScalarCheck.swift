/// Decides whether a string can be written as a plain YAML scalar and still read back as a
/// string.
///
/// A YAML 1.1 reader turns some plain scalars into other types: booleans (`yes`, `Off`, `y`),
/// null (`~`, `null`, the empty string), integers and floats in many spellings (`0x1F`,
/// `1_000`, `1:30`, `.inf`), dates (`2020-01-01`), the merge key `<<` and the value key `=`.
/// The check is deliberately coarse: every such form starts with a digit or one of
/// `+ - . ~ = <`, or is one of a few words in any letter case, so any string that starts that
/// way or is such a word is quoted. Some strings that would have been safe plain, such as
/// `-Xmx512m` or `.hidden`, are quoted as well; that costs two quote characters, never a
/// changed value. Whether the text is otherwise valid plain YAML (`: `, ` #`, leading
/// indicators, spaces at the ends) is libyaml's own analysis, which quotes when needed.
enum YAMLPlainScalarCheck {
    /// Words YAML 1.1 reads as booleans or null, compared without regard to letter case.
    private static let reservedWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null",
    ]

    static func isSafe(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "="), UInt8(ascii: "<"):
            return false
        default:
            break
        }
        if text.utf8.count <= 5 && reservedWords.contains(text.lowercased()) { return false }
        return true
    }
}
