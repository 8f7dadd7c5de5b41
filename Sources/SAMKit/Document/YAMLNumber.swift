/// The YAML 1.1 integer and float forms, matched and converted as the reference's loader
/// does, over the UTF-8 bytes of a plain scalar.
enum YAMLNumber {
    enum IntegerMatch: Equatable {
        case value(Int)
        case outOfRange
    }

    /// The float a scalar denotes, or `nil` when it is not one of the YAML 1.1 float forms:
    /// `1.5`, `1.`, `-1_0.5_`, `.5`, `6.02e+23` (the exponent needs its sign), `1:30.5`
    /// (base 60), `.inf`, `-.Inf`, `.NaN`.
    static func float(_ bytes: [UInt8]) -> Double? {
        guard matchesFloat(bytes) else { return nil }
        var text = bytes.filter { $0 != underscore }.map { lowercased($0) }
        var sign = 1.0
        if let first = text.first, first == minus || first == plus {
            if first == minus { sign = -1 }
            text.removeFirst()
        }
        let body = String(decoding: text, as: UTF8.self)
        if body == ".inf" { return sign * .infinity }
        if body == ".nan" { return .nan }
        if text.contains(colon) {
            var total = 0.0
            for part in body.split(separator: ":", omittingEmptySubsequences: false) {
                guard let digit = Double(String(part)) else { return nil }
                total = total * 60 + digit
            }
            return sign * total
        }
        return Double(body).map { sign * $0 }
    }

    /// The integer a scalar denotes, or `nil` when it is not one of the YAML 1.1 integer
    /// forms: `12`, `-1_000`, `0b101`, `017` (octal), `0x1F`, `1:30` (base 60).
    static func integer(_ bytes: [UInt8]) -> IntegerMatch? {
        guard matchesInteger(bytes) else { return nil }
        var digits = bytes.filter { $0 != underscore }
        var negative = false
        if let first = digits.first, first == minus || first == plus {
            negative = first == minus
            digits.removeFirst()
        }
        let radix: Int
        if digits.count > 1 && digits[0] == zero && (digits[1] | 0x20) == UInt8(ascii: "b") {
            digits.removeFirst(2)
            radix = 2
        } else if digits.count > 1 && digits[0] == zero
            && (digits[1] | 0x20) == UInt8(ascii: "x")
        {
            digits.removeFirst(2)
            radix = 16
        } else if digits.count > 1 && digits[0] == zero {
            radix = 8
        } else if digits.contains(colon) {
            return sexagesimal(digits, negative: negative)
        } else {
            radix = 10
        }
        // `0x_` passes the pattern but holds no digit; the reference fails on it, and reading
        // it as the string it looks like is the kinder outcome.
        guard !digits.isEmpty else { return nil }
        var total = 0
        for byte in digits {
            guard let digit = digitValue(byte) else { return nil }
            let (shifted, overflowA) = total.multipliedReportingOverflow(by: radix)
            let (sum, overflowB) = shifted.addingReportingOverflow(negative ? -digit : digit)
            if overflowA || overflowB { return .outOfRange }
            total = sum
        }
        return .value(total)
    }

    // MARK: - Patterns

    private static func matchesFloat(_ bytes: [UInt8]) -> Bool {
        var cursor = Cursor(bytes)
        let signed = cursor.skip(where: { $0 == plus || $0 == minus })
        let rest = bytes[cursor.index...]
        if rest.elementsEqual(".inf".utf8) || rest.elementsEqual(".Inf".utf8)
            || rest.elementsEqual(".INF".utf8)
        {
            return true
        }
        if !signed
            && (rest.elementsEqual(".nan".utf8) || rest.elementsEqual(".NaN".utf8)
                || rest.elementsEqual(".NAN".utf8))
        {
            return true
        }
        if cursor.skip(where: isDigit) {
            cursor.skipAll(where: isDigitOrUnderscore)
            if cursor.peek == colon {
                guard cursor.skipSexagesimalGroups() else { return false }
                guard cursor.skip(where: { $0 == dot }) else { return false }
                cursor.skipAll(where: isDigitOrUnderscore)
                return cursor.atEnd
            }
            guard cursor.skip(where: { $0 == dot }) else { return false }
            cursor.skipAll(where: isDigitOrUnderscore)
            return cursor.skipExponent() && cursor.atEnd
        }
        guard !signed, cursor.skip(where: { $0 == dot }), cursor.skip(where: isDigit) else {
            return false
        }
        cursor.skipAll(where: isDigitOrUnderscore)
        return cursor.skipExponent() && cursor.atEnd
    }

    private static func matchesInteger(_ bytes: [UInt8]) -> Bool {
        var cursor = Cursor(bytes)
        cursor.skip(where: { $0 == plus || $0 == minus })
        guard let first = cursor.peek, isDigit(first) else { return false }
        if first == zero {
            cursor.skip(where: { _ in true })
            if cursor.atEnd { return true }
            let marker = cursor.peek ?? 0
            if marker == UInt8(ascii: "b") {
                cursor.skip(where: { _ in true })
                return cursor.skipAll(where: { $0 == zero || $0 == one || $0 == underscore }) > 0
                    && cursor.atEnd
            }
            if marker == UInt8(ascii: "x") {
                cursor.skip(where: { _ in true })
                return cursor.skipAll(where: { isHexDigit($0) || $0 == underscore }) > 0
                    && cursor.atEnd
            }
            return cursor.skipAll(where: { (zero...seven).contains($0) || $0 == underscore }) > 0
                && cursor.atEnd
        }
        cursor.skip(where: { _ in true })
        cursor.skipAll(where: isDigitOrUnderscore)
        if cursor.peek == colon {
            return cursor.skipSexagesimalGroups() && cursor.atEnd
        }
        return cursor.atEnd
    }

    private static func sexagesimal(_ digits: [UInt8], negative: Bool) -> IntegerMatch? {
        var total = 0
        for part in digits.split(separator: colon, omittingEmptySubsequences: false) {
            guard let value = Int(String(decoding: part, as: UTF8.self)) else { return nil }
            let (shifted, overflowA) = total.multipliedReportingOverflow(by: 60)
            let (sum, overflowB) = shifted.addingReportingOverflow(value)
            if overflowA || overflowB { return .outOfRange }
            total = sum
        }
        return .value(negative ? -total : total)
    }

    /// A read position over a scalar's bytes for the hand-written patterns above.
    private struct Cursor {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }
        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        @discardableResult
        mutating func skip(where matches: (UInt8) -> Bool) -> Bool {
            guard let byte = peek, matches(byte) else { return false }
            index += 1
            return true
        }

        @discardableResult
        mutating func skipAll(where matches: (UInt8) -> Bool) -> Int {
            let start = index
            while let byte = peek, matches(byte) { index += 1 }
            return index - start
        }

        /// One or more `:[0-5]?[0-9]` groups.
        mutating func skipSexagesimalGroups() -> Bool {
            var groups = 0
            while peek == colon {
                index += 1
                guard let first = peek, isDigit(first) else { return false }
                index += 1
                if first <= five, let second = peek, isDigit(second) { index += 1 }
                groups += 1
            }
            return groups > 0
        }

        /// An optional `[eE][-+][0-9]+`; false when one starts but is incomplete.
        mutating func skipExponent() -> Bool {
            guard let byte = peek, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") else {
                return true
            }
            index += 1
            guard skip(where: { $0 == plus || $0 == minus }) else { return false }
            return skipAll(where: isDigit) > 0
        }
    }

    private static let underscore = UInt8(ascii: "_")
    private static let minus = UInt8(ascii: "-")
    private static let plus = UInt8(ascii: "+")
    private static let colon = UInt8(ascii: ":")
    private static let dot = UInt8(ascii: ".")
    private static let zero = UInt8(ascii: "0")
    private static let one = UInt8(ascii: "1")
    private static let five = UInt8(ascii: "5")
    private static let seven = UInt8(ascii: "7")

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= zero && byte <= UInt8(ascii: "9")
    }

    private static func isDigitOrUnderscore(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == underscore
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        digitValue(byte).map { $0 < 16 } ?? false
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case zero...UInt8(ascii: "9"): Int(byte - zero)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
