@testable import SAMKit

/// Reads JSON text into a ``Node`` keeping the order of object keys, which Foundation's
/// `JSONSerialization` loses and the generated sources and reference comparisons need.
///
/// Strict about the grammar: a test that feeds it a malformed file should fail with the place,
/// not go on with half a tree.
struct OrderedJSON {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let bytes: [UInt8]
    private var position = 0

    static func parse(_ text: String) throws -> Node {
        var reader = OrderedJSON(bytes: Array(text.utf8))
        reader.skipSpace()
        let value = try reader.value()
        reader.skipSpace()
        guard reader.position == reader.bytes.count else {
            throw reader.failure("text after the value")
        }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func value() throws -> Node {
        guard position < bytes.count else { throw failure("end of text where a value belongs") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return Node(.string(try string()))
        case UInt8(ascii: "t"): try word("true"); return Node(.bool(true))
        case UInt8(ascii: "f"): try word("false"); return Node(.bool(false))
        case UInt8(ascii: "n"): try word("null"); return Node(.null)
        default: return try number()
        }
    }

    private mutating func object() throws -> Node {
        position += 1
        var map = Mapping()
        skipSpace()
        if take("}") { return Node(.mapping(map)) }
        repeat {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("an object key must be a string")
            }
            let key = try string()
            skipSpace()
            guard take(":") else { throw failure("':' after an object key") }
            skipSpace()
            let item = try value()
            guard map[key] == nil else { throw failure("the key '\(key)' is repeated") }
            map[key] = item
            skipSpace()
        } while take(",")
        guard take("}") else { throw failure("',' or '}' in an object") }
        return Node(.mapping(map))
    }

    private mutating func array() throws -> Node {
        position += 1
        var items: [Node] = []
        skipSpace()
        if take("]") { return Node(.sequence(items)) }
        repeat {
            skipSpace()
            items.append(try value())
            skipSpace()
        } while take(",")
        guard take("]") else { throw failure("',' or ']' in an array") }
        return Node(.sequence(items))
    }

    private mutating func string() throws -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw.removeAll()
        }
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                scalars.append(try escape())
            case 0..<0x20:
                throw failure("a control character inside a string")
            default:
                raw.append(byte)
            }
        }
        throw failure("an unterminated string")
    }

    private mutating func escape() throws -> Unicode.Scalar {
        guard position < bytes.count else { throw failure("an unterminated escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try hexQuad()
            if (0xD800..<0xDC00).contains(first) {
                guard take("\\"), take("u") else { throw failure("a lone surrogate") }
                let second = try hexQuad()
                let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                guard (0xDC00..<0xE000).contains(second), let scalar = Unicode.Scalar(combined)
                else { throw failure("a bad surrogate pair") }
                return scalar
            }
            guard let scalar = Unicode.Scalar(first) else { throw failure("a lone surrogate") }
            return scalar
        default:
            throw failure("an unknown escape")
        }
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard position + 4 <= bytes.count,
            let number = UInt32(
                String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw failure("four hexadecimal digits after '\\u'") }
        position += 4
        return number
    }

    private mutating func number() throws -> Node {
        let start = position
        let allowed = Set("+-0123456789.eE".utf8)
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let integer = Int(text) { return Node(.int(integer)) }
        if let float = Double(text), !text.isEmpty { return Node(.float(float)) }
        position = start
        throw failure("a value")
    }

    private mutating func word(_ expected: String) throws {
        let end = position + expected.utf8.count
        guard end <= bytes.count, bytes[position..<end].elementsEqual(expected.utf8) else {
            throw failure("'\(expected)'")
        }
        position = end
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: character) else {
            return false
        }
        position += 1
        return true
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
            position += 1
        }
    }

    private func failure(_ expected: String) -> Failure {
        Failure(description: "JSON at byte \(position): expected \(expected)")
    }
}
