import Foundation

/// A JSON value decoded with Foundation, independent of the library under test, so that the
/// conformance comparison does not trust samkit's own reader.
enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([JSONValue].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// A text that two values share exactly when the corpus README calls them equal: key order
    /// never matters, and every list is compared as a multiset (its items' texts sorted).
    var comparable: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number):
            number == number.rounded() && abs(number) < 1e18 ? "#\(Int(number))" : "#\(number)"
        case .string(let text): Self.quoted(text)
        case .array(let items): "[" + items.map(\.comparable).sorted().joined(separator: ",") + "]"
        case .object(let members):
            "{"
                + members.keys.sorted().map { Self.quoted($0) + ":" + members[$0]!.comparable }
                .joined(separator: ",") + "}"
        }
    }

    var errorMessage: String? {
        if case .object(let members) = self, members.count == 1,
            case .string(let message)? = members["errorMessage"]
        {
            return message
        }
        return nil
    }

    private static func quoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: "\\\"") + "\""
    }
}
