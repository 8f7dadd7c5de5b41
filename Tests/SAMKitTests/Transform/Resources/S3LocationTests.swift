import Testing

@testable import SAMKit

@Suite struct S3LocationTests {
    typealias Parsed = (bucket: String, key: String, version: String?)

    /// URIs split as Python's `urlparse` and `parse_qs` split them.
    static let uris: [(uri: String, parsed: Parsed?)] = [
        ("s3://bucket/key.zip", ("bucket", "key.zip", nil)),
        ("s3://bucket/dir/key.zip?versionId=abc", ("bucket", "dir/key.zip", "abc")),
        ("S3://bucket//key.zip", ("bucket", "key.zip", nil)),
        ("s3://bucket/key.zip?versionId=a%20b+c", ("bucket", "key.zip", "a b c")),
        ("s3://bucket/key.zip?versionId=1&versionId=2", ("bucket", "key.zip", nil)),
        ("s3://bucket/key.zip?versionId=", ("bucket", "key.zip", nil)),
        ("s3://bucket/key.zip#part", ("bucket", "key.zip", nil)),
        ("s3://bucket/key.zip;type=a", ("bucket", "key.zip;type=a", nil)),
        ("s3://bucket/key.zip?a=1;versionId=2", ("bucket", "key.zip", nil)),
        ("s3://bucket/", ("bucket", "", nil)),
        ("s3://bucket", nil),
        ("s3:///key.zip", nil),
        ("https://bucket/key.zip", nil),
        ("./layer", nil),
    ]

    @Test(arguments: uris.indices) func parses(_ index: Int) {
        let item = Self.uris[index]
        let parsed = S3Location.parse(item.uri)
        #expect(parsed?.bucket == item.parsed?.bucket, "\(item.uri)")
        #expect(parsed?.key == item.parsed?.key, "\(item.uri)")
        #expect(parsed?.version == item.parsed?.version, "\(item.uri)")
    }

    static let references: [(text: String, names: [String])] = [
        ("{{resolve:ssm:/app/key}}", ["/app/key"]),
        ("a-{{resolve:ssm-secure:name:12}}-b", ["name"]),
        ("{{resolve:secretsmanager:x}}{{resolve:ssm:y}}", ["x", "y"]),
        ("{{resolve:ssm:name:}}", []),
        ("{{resolve:ssm:}}", []),
        ("{{resolve:s3:name}}", []),
    ]

    @Test(arguments: references.indices) func findsDynamicReferences(_ index: Int) {
        let item = Self.references[index]
        #expect(
            DynamicReference.names(
                in: item.text, services: ["ssm", "ssm-secure", "secretsmanager"]) == item.names,
            "\(item.text)")
    }
}
