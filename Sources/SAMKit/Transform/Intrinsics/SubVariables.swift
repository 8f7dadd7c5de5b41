/// The `${Name}` variables of an `Fn::Sub` string, found and rewritten the way the reference
/// transform finds and rewrites them.
///
/// A variable is `${` then either letters, digits and dots (`${MyFunction.Alias.Arn}`) or a
/// pseudo parameter (`${AWS::Region}`), then `}`. Other forms, `${!Literal}`, `${ Name }` or
/// `${My-Name}`, are not variables here. Rewriting keeps a quirk of the reference: each
/// variable found in the original text replaces the first place its text appears in the text
/// rewritten so far, so a replacement that itself looks like a later variable takes that
/// variable's turn (`${A} ${B}` with `A` = `${B}` and `B` = `b` becomes `b ${B}`).
enum SubVariables {
    /// One variable: its whole text (`${A.B}`) and its name (`A.B`).
    struct Variable: Equatable {
        var text: String
        var name: String
    }

    /// The variables of `text`, left to right, none overlapping.
    static func variables(in text: String) -> [Variable] {
        let bytes = Array(text.utf8)
        var found: [Variable] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), bytes[index + 1] == UInt8(ascii: "{"),
                let end = nameEnd(in: bytes, from: index + 2)
            else {
                index += 1
                continue
            }
            found.append(
                Variable(
                    text: String(decoding: bytes[index...end], as: UTF8.self),
                    name: String(decoding: bytes[(index + 2)..<end], as: UTF8.self)))
            index = end + 1
        }
        return found
    }

    /// `text` with each variable replaced by what `replacement` returns for it; returning the
    /// variable's own text leaves it as written.
    static func rewriting<Failure: Error>(
        _ text: String, _ replacement: (Variable) throws(Failure) -> String
    ) throws(Failure) -> String {
        var result = Array(text.utf8)
        for variable in variables(in: text) {
            let new = try replacement(variable)
            guard new != variable.text else { continue }
            let old = Array(variable.text.utf8)
            if let start = firstIndex(of: old, in: result) {
                result.replaceSubrange(start..<(start + old.count), with: Array(new.utf8))
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `argument` of an `Fn::Sub` with the variables of its string rewritten: the argument
    /// itself when it is a string, its first item when it is a list that starts with one.
    /// Anything else is returned as it is, for CloudFormation to judge.
    static func rewritingArgument<Failure: Error>(
        _ argument: Node, _ replacement: (Variable) throws(Failure) -> String
    ) throws(Failure) -> Node {
        switch argument.content {
        // An unchanged text gives back `argument` itself, which later comparisons find equal
        // without reading it.
        case .string(let text):
            let rewritten = try rewriting(text, replacement)
            return rewritten == text ? argument : Node(.string(rewritten), mark: argument.mark)
        case .sequence(var items):
            guard let text = items.first?.string else { return argument }
            let rewritten = try rewriting(text, replacement)
            guard rewritten != text else { return argument }
            items[0] = Node(.string(rewritten), mark: items[0].mark)
            return Node(.sequence(items), mark: argument.mark)
        default:
            return argument
        }
    }

    /// The index of the `}` that closes a variable name starting at `start`, if one does.
    private static func nameEnd(in bytes: [UInt8], from start: Int) -> Int? {
        // Letters, digits and dots.
        var index = start
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        if index > start, index < bytes.count, bytes[index] == UInt8(ascii: "}") { return index }

        // A pseudo parameter: AWS::, a capital letter, then letters.
        let prefix = Array("AWS::".utf8)
        guard bytes.count - start > prefix.count + 1,
            Array(bytes[start..<(start + prefix.count)]) == prefix
        else { return nil }
        index = start + prefix.count
        guard isUpper(bytes[index]) else { return nil }
        index += 1
        while index < bytes.count, isUpper(bytes[index]) || isLower(bytes[index]) { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "}") ? index : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isUpper(byte) || isLower(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2E
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0]
            && haystack[start..<(start + needle.count)].elementsEqual(needle)
        {
            return start
        }
        return nil
    }
}
