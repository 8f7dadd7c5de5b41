/// Reads the S3 locations SAM properties such as `ContentUri` and `CodeUri` take, as a
/// `s3://bucket/key?versionId=...` string or a `{Bucket, Key, Version}` mapping, the way the
/// reference reads them.
struct S3Location {
    /// What the location becomes in a Lambda resource: `S3Bucket`, `S3Key`, and
    /// `S3ObjectVersion` and `S3ObjectStorageMode` when given.
    var code: Mapping

    /// Reads `value`, the value of `property` on `resource`.
    ///
    /// - Throws: a located error when the value is neither an `s3://` URI nor a mapping with
    ///   `Bucket` and `Key`, or when it is a string with an SSM or Secrets Manager dynamic
    ///   reference to a path, which the reference refuses.
    init(_ value: Node, property: String, of resource: SAMResource) throws(Diagnostic) {
        let place = value.mark ?? resource.mark(of: property)
        switch value.content {
        case .mapping(let map):
            guard let bucket = map["Bucket"], !bucket.isFalseInPython, let key = map["Key"],
                !key.isFalseInPython
            else {
                throw resource.error(
                    "property '\(property)' must give both 'Bucket' and 'Key' of the S3 object",
                    at: place)
            }
            var code = Mapping()
            code["S3Bucket"] = bucket
            code["S3Key"] = key
            if let version = map.entry("Version") {
                code.set(Mapping.Entry(key: "S3ObjectVersion", value: version.value))
            }
            if let mode = map.entry("StorageMode") {
                code.set(Mapping.Entry(key: "S3ObjectStorageMode", value: mode.value))
            }
            self.code = code
        case .string(let text):
            if Self.hasPathDynamicReference(text) {
                throw resource.error(
                    "property '\(property)' holds an SSM or Secrets Manager dynamic reference, "
                        + "which the transform cannot read; give the location as a mapping with "
                        + "'Bucket' and 'Key'", at: place)
            }
            guard let parts = Self.parse(text) else {
                throw resource.error(
                    "property '\(property)' is '\(text)', which is not an S3 location "
                        + "'s3://bucket/key' (with an optional '?versionId='); package the "
                        + "template to upload local files first", at: place)
            }
            var code = Mapping()
            code["S3Bucket"] = Node(.string(parts.bucket), mark: value.mark)
            code["S3Key"] = Node(.string(parts.key), mark: value.mark)
            if let version = parts.version {
                code["S3ObjectVersion"] = Node(.string(version), mark: value.mark)
            }
            self.code = code
        default:
            throw resource.error(
                "property '\(property)' must be an S3 URI or a mapping with 'Bucket' and 'Key', "
                    + "but it is \(value.kindDescription)", at: place)
        }
    }

    /// The bucket, key and version of an `s3://` URI, split as Python's `urlparse` and
    /// `parse_qs` split it; `nil` when it is not one.
    static func parse(_ uri: String) -> (bucket: String, key: String, version: String?)? {
        var rest = Substring(uri)
        guard let colon = rest.firstIndex(of: ":"),
            rest[..<colon].lowercased() == "s3"
        else { return nil }
        rest = rest[rest.index(after: colon)...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard rest.hasPrefix("//") else { return nil }
        rest = rest.dropFirst(2)
        let netlocEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let bucket = rest[..<netlocEnd]
        let path = rest[netlocEnd...]
        guard !bucket.isEmpty, !path.isEmpty else { return nil }
        let key = String(path.drop(while: { $0 == "/" }))
        let versions = queryValues(of: "versionId", in: query)
        return (String(bucket), key, versions.count == 1 ? versions[0] : nil)
    }

    /// The non-empty values of `name` in a query string, decoded as `parse_qs` decodes them.
    private static func queryValues(of name: String, in query: Substring) -> [String] {
        var values: [String] = []
        for pair in query.split(separator: "&") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let value = pair[pair.index(after: equals)...]
            if percentDecoded(pair[..<equals]) == name, !value.isEmpty {
                values.append(percentDecoded(value))
            }
        }
        return values
    }

    private static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let high = hexValue(utf8[utf8.startIndex]),
                let low = hexValue(utf8[utf8.startIndex + 1])
            {
                bytes.append(high << 4 | low)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
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

    /// Whether `text` holds `{{resolve:ssm:NAME}}` (or `ssm-secure`, `secretsmanager`) whose
    /// name contains a `/`, which the reference rejects in a code location.
    static func hasPathDynamicReference(_ text: String) -> Bool {
        DynamicReference.names(in: text, services: ["ssm", "ssm-secure", "secretsmanager"])
            .contains { $0.contains("/") }
    }
}
