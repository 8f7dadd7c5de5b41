/// Numbers spelled the way Python prints them, so that emitted text and hashed text match the
/// reference transform character for character.
///
/// Python's `repr(float)` and Swift's `Double.description` both give the shortest digits that
/// read back to the same value, but they lay those digits out differently: Swift switches to
/// exponent form above 2^53, Python only at 1e16. The digits are therefore taken from Swift and
/// laid out again by Python's rule: exponent form when the decimal exponent is below -4 or at
/// least 16, with a sign and at least two exponent digits (`1e-05`, `1e+16`); otherwise plain
/// decimal with at least one digit after the point (`100.0`).
public enum PythonNumberFormat {
    /// The text of Python's `repr(value)`: `0.1`, `1e-05`, `1e+16`, `-0.0`, `inf`, `nan`.
    public static func repr(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendRepr(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text Python's `json` module writes for `value`: the `repr` of finite values, and
    /// `Infinity`, `-Infinity` and `NaN` (which are not JSON, but are what it writes).
    public static func json(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendJSON(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON spelling of `value` to `bytes`; see ``json(_:)``.
    static func appendJSON(_ value: Double, to bytes: inout [UInt8]) {
        if value.isNaN {
            bytes.append(contentsOf: "NaN".utf8)
        } else if value.isInfinite {
            bytes.append(contentsOf: (value < 0 ? "-Infinity" : "Infinity").utf8)
        } else {
            appendRepr(value, to: &bytes)
        }
    }

    /// Appends the decimal digits of `value` to `bytes`, as Python's `repr(int)` spells them.
    static func appendInt(_ value: Int, to bytes: inout [UInt8]) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The magnitude is taken digit by digit from the negative side so Int.min needs no
        // special case.
        var rest = value < 0 ? value : -value
        var digits: [UInt8] = []
        while rest != 0 {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
            digits.append(UInt8(ascii: "0") + UInt8(-remainder))
            rest = quotient
        }
        bytes.append(contentsOf: digits.reversed())
    }

    /// Appends Python's `repr(value)` to `bytes`.
    static func appendRepr(_ value: Double, to bytes: inout [UInt8]) {
        if value.isNaN {
            bytes.append(contentsOf: "nan".utf8)
            return
        }
        if value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
        if value.isInfinite {
            bytes.append(contentsOf: "inf".utf8)
            return
        }
        let (digits, pointPosition) = shortestDigits(of: value.magnitude)
        layOut(digits: digits, pointPosition: pointPosition, to: &bytes)
    }

    /// The shortest round-trip digits of a finite, non-negative `value`, with no leading or
    /// trailing zeros (`[0]` for zero), and where the decimal point falls among them: the
    /// value is `0.d1d2d3... × 10^pointPosition`.
    private static func shortestDigits(of value: Double) -> (digits: [UInt8], pointPosition: Int) {
        if value == 0 { return ([UInt8(ascii: "0")], 1) }
        let text = Array(value.description.utf8)
        var mantissa = text[...]
        var exponent = 0
        if let eIndex = text.firstIndex(where: { $0 == UInt8(ascii: "e") }) {
            mantissa = text[..<eIndex]
            exponent = parseExponent(text[(eIndex + 1)...])
        }

        // Digits before the point set where it falls; leading zeros move it left.
        var digits: [UInt8] = []
        var integerDigitCount = 0
        var seenPoint = false
        for byte in mantissa {
            if byte == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            if digits.isEmpty && byte == UInt8(ascii: "0") {
                if seenPoint { integerDigitCount -= 1 }
                continue
            }
            digits.append(byte)
            if !seenPoint { integerDigitCount += 1 }
        }
        while digits.count > 1, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
        }
        return (digits, integerDigitCount + exponent)
    }

    private static func parseExponent(_ text: ArraySlice<UInt8>) -> Int {
        var sign = 1
        var magnitude = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "-"): sign = -1
            case UInt8(ascii: "+"): break
            default: magnitude = magnitude * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        return sign * magnitude
    }

    private static func layOut(digits: [UInt8], pointPosition: Int, to bytes: inout [UInt8]) {
        let zero = UInt8(ascii: "0")
        let point = UInt8(ascii: ".")

        // Exponent form: one digit, the rest after the point, then e±XX.
        if pointPosition < -3 || pointPosition > 16 {
            bytes.append(digits[0])
            if digits.count > 1 {
                bytes.append(point)
                bytes.append(contentsOf: digits[1...])
            }
            bytes.append(UInt8(ascii: "e"))
            let exponent = pointPosition - 1
            bytes.append(UInt8(ascii: exponent < 0 ? "-" : "+"))
            if exponent.magnitude < 10 { bytes.append(zero) }
            appendInt(Int(exponent.magnitude), to: &bytes)
            return
        }

        // Plain decimal form, always with a digit after the point.
        if pointPosition <= 0 {
            bytes.append(contentsOf: [zero, point])
            bytes.append(contentsOf: repeatElement(zero, count: -pointPosition))
            bytes.append(contentsOf: digits)
        } else if pointPosition >= digits.count {
            bytes.append(contentsOf: digits)
            bytes.append(contentsOf: repeatElement(zero, count: pointPosition - digits.count))
            bytes.append(contentsOf: [point, zero])
        } else {
            bytes.append(contentsOf: digits[..<pointPosition])
            bytes.append(point)
            bytes.append(contentsOf: digits[pointPosition...])
        }
    }
}
