import Foundation
import Testing

@testable import SAMKit

@Suite struct LogicalIdGeneratorTests {
    typealias CorpusCase = (corpusCase: String, generator: LogicalIdGenerator, id: String)

    /// Ids taken from the reference transform's outputs in the corpus, each with the data the
    /// reference hashes to make it.
    static let corpusCases: [CorpusCase] = [
        (
            "function_with_alias",
            LogicalIdGenerator(
                prefix: "MinimalFunctionVersion",
                data: ["S3Bucket": "sam-demo-bucket", "S3Key": "hello.zip"]),
            "MinimalFunctionVersion640128d35d"
        ),
        (
            // Code location, then the environment, memory size and SnapStart merged in.
            "globals_for_function",
            LogicalIdGenerator(
                prefix: "MinimalFunctionVersion",
                data: [
                    "S3Bucket": "global-bucket", "S3Key": "global.zip",
                    "SourceKMSKeyArn": .string(
                        "arn:aws:kms:us-west-2:123456789012:key/"
                            + "dec86919-7219-4e8d-8871-7f1609df2c7f"),
                    "Variables": ["Var1": "value1", "Var2": "value2"],
                    "MemorySize": 1024,
                    "SnapStart": ["ApplyOn": "PublishedVersions"],
                ]),
            "MinimalFunctionVersion5244f38b49"
        ),
        (
            // A layer hashes its own SAM definition, less DeletionPolicy and the like.
            "basic_layer",
            LogicalIdGenerator(
                prefix: "LayerWithContentUriObject",
                data: [
                    "LayerWithContentUriObject": [
                        "Type": "AWS::Serverless::LayerVersion",
                        "Properties": [
                            "ContentUri": [
                                "Bucket": "somebucket", "Key": "somekey", "Version": "v1",
                            ],
                            "RetentionPolicy": "Delete",
                        ],
                    ]
                ]),
            "LayerWithContentUriObjectbdbf1b82ac"
        ),
        (
            "basic_layer",
            LogicalIdGenerator(
                prefix: "LayerWithCondition",
                data: [
                    "LayerWithCondition": [
                        "Type": "AWS::Serverless::LayerVersion",
                        "Condition": "TestCondition",
                        "Properties": ["ContentUri": "s3://sam-demo-bucket/layer.zip"],
                    ]
                ]),
            "LayerWithCondition7c655e10ea"
        ),
        (
            // A string is hashed as it is, not as JSON.
            "api_custom_domain_private_endpoint_base",
            LogicalIdGenerator(prefix: "ApiGatewayDomainNameV2", text: "sam.apigateway.com"),
            "ApiGatewayDomainNameV2f6d6317296"
        ),
        (
            // A given code digest replaces the hash of the code location.
            "function_with_alias_and_code_sha256",
            LogicalIdGenerator(
                prefix: "MinimalFunctionVersion",
                data: ["S3Bucket": "sam-demo-bucket", "S3Key": "hello.zip"],
                precomputedHash: "6b86b273ff34fce19d6b804eff5a3f57"
                    + "47ada4eaa22f1d49c01e52ddb7875b4b"),
            "MinimalFunctionVersion6b86b273ff"
        ),
    ]

    @Test(arguments: corpusCases)
    func reproducesReferenceIds(
        corpusCase: String, generator: LogicalIdGenerator, id: String
    ) throws {
        #expect(generator.logicalId == id)

        // The id really is one the reference produced.
        let path = Self.corpusRoot + "/expected/aws/\(corpusCase).json"
        let output = try String(contentsOfFile: path, encoding: .utf8)
        #expect(output.contains("\"\(id)\": {"), "\(path)")
    }

    /// Data Python counts as false adds nothing to the prefix.
    static let falseData: [Node] = [nil, false, 0, 0.0, "", [], [:]]

    @Test(arguments: falseData)
    func falseDataGivesThePrefixAlone(data: Node) {
        #expect(LogicalIdGenerator(prefix: "Role", data: data).logicalId == "Role")
    }

    @Test func emptyPrecomputedHashFallsBackToTheData() {
        let generator = LogicalIdGenerator(prefix: "P", data: "abc", precomputedHash: "")
        #expect(generator.logicalId == "Pa9993e3647")
    }

    @Test func fullLengthHashForDescriptions() {
        let generator = LogicalIdGenerator(prefix: "P", text: "abc")
        #expect(generator.hash(length: 40) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(generator.hash(length: 99) == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test func listsAreHashedAsCanonicalJSON() {
        // As the reference does for a Route 53 record set group: [zone id, domain name].
        let generator = LogicalIdGenerator(prefix: "RecordSetGroup", data: ["Z1", "a.example.com"])
        #expect(generator.hashedText == #"["Z1","a.example.com"]"#)
        #expect(generator.logicalId == "RecordSetGroupd58b8332a5")
    }

    static let corpusRoot: String = {
        // Tests/SAMKitTests/Transform/ThisFile.swift -> the package root, then ../shared.
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().path + "/shared/corpus/sam-translator"
    }()
}
