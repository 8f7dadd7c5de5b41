import Testing

@testable import SAMKit

@Suite struct PartitionTests {
    static let regions: [(region: String, partition: String)] = [
        ("us-east-1", "aws"), ("ap-southeast-1", "aws"), ("eu-central-2", "aws"),
        ("cn-north-1", "aws-cn"), ("cn-northwest-1", "aws-cn"),
        ("us-gov-west-1", "aws-us-gov"), ("us-gov-east-1", "aws-us-gov"),
        ("us-iso-east-1", "aws-iso"), ("us-isob-east-1", "aws-iso-b"),
        ("eu-isoe-west-1", "aws-iso-e"), ("us-isof-south-1", "aws-iso-f"),
        ("eusc-de-east-1", "aws-eusc"), ("CN-NORTH-1", "aws-cn"),
    ]

    @Test(arguments: regions)
    func aRegionBelongsToItsPartition(_ item: (region: String, partition: String)) {
        #expect(Partition.containing(region: item.region).name == item.partition)
    }

    @Test func optionsFollowTheRegionUnlessAPartitionIsGiven() {
        #expect(TransformOptions(region: "cn-north-1").partition == .china)
        #expect(TransformOptions(region: "cn-north-1", partition: .aws).partition == .aws)
    }

    /// Every ARN the transform writes names the partition it transforms for.
    @Test func generatedARNsUseThePartition() throws {
        let text = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/code.zip
                  Handler: index.handler
                  Runtime: python3.12
            """
        for (region, partition) in [("cn-north-1", "aws-cn"), ("us-gov-west-1", "aws-us-gov")] {
            let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
            let output = try Transformer(options: TransformOptions(region: region)).transform(
                document)
            let role = output.template["Resources"]?["FnRole"]
            #expect(
                role?["Properties"]?["ManagedPolicyArns"]
                    == [
                        .string(
                            "arn:\(partition):iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
                        )
                    ])
        }
    }
}
