/// An `s3://bucket/key?versionId=...` location, split the way Python's `urlparse` and
/// `parse_qs` split it in the reference transform.
struct S3URI: Equatable {
    var bucket: String
    var key: String
    /// The `versionId` query parameter when it is given exactly once.
    var version: String?

    init(bucket: String, key: String, version: String?) {
        self.bucket = bucket
        self.key = key
        self.version = version
    }

    /// Parses `text`, or returns `nil` when it is not an `s3` URL with a bucket and a path.
    init?(_ text: String) {
        // Python drops leading control characters and spaces, and tabs and newlines anywhere.
        var scalars = Substring(text).unicodeScalars.drop { $0.value <= 0x20 }
        scalars.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let cleaned = String(String.UnicodeScalarView(scalars))

        guard let colon = cleaned.firstIndex(of: ":"),
            cleaned[..<colon].lowercased() == "s3"
        else { return nil }
        var rest = cleaned[cleaned.index(after: colon)...]
        guard rest.hasPrefix("//") else { return nil }
        rest = rest.dropFirst(2)
        let netlocEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let netloc = rest[..<netlocEnd]
        rest = rest[netlocEnd...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard !netloc.isEmpty, !rest.isEmpty, Self.hasValidBrackets(netloc) else { return nil }
        bucket = String(netloc)
        key = String(rest.drop { $0 == "/" })

        let versions = Self.queryValues(named: "versionId", in: query)
        version = versions.count == 1 ? versions[0] : nil
    }

    /// Whether a host is free of brackets or brackets an IPv6 address, as Python's URL
    /// parser demands; it rejects a placeholder such as `[TOKEN.25]` that tools leave in
    /// unresolved templates.
    static func hasValidBrackets(_ netloc: Substring) -> Bool {
        let opens = netloc.firstIndex(of: "[")
        let closes = netloc.firstIndex(of: "]")
        switch (opens, closes) {
        case (nil, nil): return true
        case (let open?, let close?) where open < close:
            let inside = netloc[netloc.index(after: open)..<close]
            return inside.contains(":")
                && inside.unicodeScalars.allSatisfy {
                    $0.properties.isASCIIHexDigit || $0 == ":" || $0 == "."
                }
        default: return false
        }
    }

    /// The non-empty values of `name` in a query string, as `parse_qs` finds them.
    static func queryValues(named name: String, in query: Substring) -> [String] {
        var values: [String] = []
        for field in query.split(separator: "&", omittingEmptySubsequences: true) {
            guard let equals = field.firstIndex(of: "=") else { continue }
            let fieldName = percentDecoded(field[..<equals])
            let value = percentDecoded(field[field.index(after: equals)...])
            if fieldName == name, !value.isEmpty { values.append(value) }
        }
        return values
    }

    /// `+` as a space and `%XX` as the byte it stands for; invalid escapes stay as written.
    static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 2
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The first CloudFormation dynamic reference to SSM or Secrets Manager in `text`, such
    /// as `{{resolve:ssm:/path/name:1}}`, which the transform cannot look inside.
    static func firstDynamicReference(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        let opening = Array("{{resolve:".unicodeScalars)
        var start = 0
        while start + opening.count <= scalars.count {
            if Array(scalars[start..<start + opening.count]) == opening,
                let end = dynamicReferenceEnd(scalars, from: start + opening.count)
            {
                return String(String.UnicodeScalarView(scalars[start..<end]))
            }
            start += 1
        }
        return nil
    }

    /// Where a dynamic reference whose service name starts at `position` ends, or `nil`.
    private static func dynamicReferenceEnd(_ scalars: [Unicode.Scalar], from position: Int)
        -> Int?
    {
        var index = position
        var service = ""
        while index < scalars.count, scalars[index] != ":" {
            service.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard ["ssm", "ssm-secure", "secretsmanager"].contains(service), index < scalars.count
        else { return nil }
        index += 1
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar)
                || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "_.-/".unicodeScalars.contains(scalar)
        }
        let nameStart = index
        while index < scalars.count, isNameScalar(scalars[index]) { index += 1 }
        guard index > nameStart else { return nil }
        if index < scalars.count, scalars[index] == ":" {
            let digitsStart = index + 1
            var end = digitsStart
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
            if end > digitsStart { index = end }
        }
        guard index + 1 < scalars.count, scalars[index] == "}", scalars[index + 1] == "}"
        else { return nil }
        return index + 2
    }
}
