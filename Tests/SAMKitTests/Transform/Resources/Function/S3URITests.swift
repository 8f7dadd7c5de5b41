import Testing

@testable import SAMKit

/// S3 locations split as Python's `urlparse` and `parse_qs` split them in the reference.
@Suite struct S3URITests {
    static let cases: [(text: String, expected: S3URI?)] = [
        ("s3://bucket/key.zip", S3URI(bucket: "bucket", key: "key.zip", version: nil)),
        ("s3://bucket/a/b.zip?versionId=3", S3URI(bucket: "bucket", key: "a/b.zip", version: "3")),
        ("S3://bucket//key", S3URI(bucket: "bucket", key: "key", version: nil)),
        ("  s3://bucket/key", S3URI(bucket: "bucket", key: "key", version: nil)),
        (
            "s3://bucket/key?versionId=a%2Bb+c",
            S3URI(bucket: "bucket", key: "key", version: "a+b c")
        ),
        // A repeated or empty versionId is no version.
        ("s3://b/k?versionId=1&versionId=2", S3URI(bucket: "b", key: "k", version: nil)),
        ("s3://b/k?versionId=", S3URI(bucket: "b", key: "k", version: nil)),
        ("s3://b/k#frag?versionId=1", S3URI(bucket: "b", key: "k", version: nil)),
        ("s3://[::1]/k", S3URI(bucket: "[::1]", key: "k", version: nil)),
        ("s3://bucket", nil),
        ("s3:///key", nil),
        ("https://bucket/key", nil),
        ("./src", nil),
        ("s3://[TOKEN.25]/key", nil),
        ("s3://bucket]/key", nil),
    ]

    @Test(arguments: cases.indices)
    func parses(_ index: Int) {
        let item = Self.cases[index]
        #expect(S3URI(item.text) == item.expected, "\(item.text)")
    }

    static let dynamicReferences: [(text: String, expected: String?)] = [
        ("{{resolve:ssm:/code/bucket:2}}", "{{resolve:ssm:/code/bucket:2}}"),
        ("s3://{{resolve:secretsmanager:name}}/k", "{{resolve:secretsmanager:name}}"),
        ("{{resolve:ssm-secure:a.b}} {{resolve:ssm:/x}}", "{{resolve:ssm-secure:a.b}}"),
        ("{{resolve:kms:/x}}", nil),
        ("{{resolve:ssm:}}", nil),
        ("s3://bucket/key", nil),
    ]

    @Test(arguments: dynamicReferences.indices)
    func findsTheFirstDynamicReference(_ index: Int) {
        let item = Self.dynamicReferences[index]
        #expect(S3URI.firstDynamicReference(in: item.text) == item.expected, "\(item.text)")
    }
}
