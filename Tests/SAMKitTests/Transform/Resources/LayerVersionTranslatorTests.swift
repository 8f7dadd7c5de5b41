import Testing

@testable import SAMKit

@Suite struct LayerVersionTranslatorTests {
    typealias Case = (name: String, template: String, resources: String)

    /// Outputs, hashed ids included, checked against the reference transform's.
    static let cases: [Case] = [
        (
            "a minimal layer is retained and named after its SAM logical id",
            """
            Resources:
              Minimal:
                Type: AWS::Serverless::LayerVersion
                Properties:
                  ContentUri: s3://bucket/layer.zip?versionId=3
            """,
            """
            Minimalc2ad3c47fc:
              Type: AWS::Lambda::LayerVersion
              DeletionPolicy: Retain
              Properties:
                LayerName: Minimal
                Content: {S3Bucket: bucket, S3Key: layer.zip, S3ObjectVersion: '3'}
            """
        ),
        (
            "parameters are resolved before hashing; RetentionPolicy overrides DeletionPolicy",
            """
            Parameters:
              Policy: {Type: String, Default: delete}
              Name: {Type: String, Default: shared-libs}
            Resources:
              Complete:
                Type: AWS::Serverless::LayerVersion
                DependsOn: Other
                Condition: IsProd
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Metadata: {BuildMethod: python3.12}
                Properties:
                  LayerName: {Ref: Name}
                  Description: Shared libraries
                  ContentUri: {Bucket: bucket, Key: layer.zip, Version: '7'}
                  CompatibleRuntimes: [python3.12]
                  CompatibleArchitectures: [arm64]
                  LicenseInfo: MIT
                  RetentionPolicy: {Ref: Policy}
              Other:
                Type: AWS::SNS::Topic
            """,
            """
            Complete34afb0bc6f:
              Type: AWS::Lambda::LayerVersion
              DependsOn: Other
              Condition: IsProd
              DeletionPolicy: Delete
              UpdateReplacePolicy: Retain
              Properties:
                LayerName: shared-libs
                Description: Shared libraries
                Content: {S3Bucket: bucket, S3Key: layer.zip, S3ObjectVersion: '7'}
                CompatibleArchitectures: [arm64]
                CompatibleRuntimes: [python3.12]
                LicenseInfo: MIT
            Other:
              Type: AWS::SNS::Topic
            """
        ),
        (
            "references to the SAM id follow the layer to its hashed id",
            """
            Resources:
              Minimal:
                Type: AWS::Serverless::LayerVersion
                Properties:
                  ContentUri: s3://bucket/layer.zip?versionId=3
              Uses:
                Type: AWS::SNS::Topic
                DependsOn: Minimal
                Properties:
                  TopicName: {Ref: Minimal}
            """,
            """
            Minimalc2ad3c47fc:
              Type: AWS::Lambda::LayerVersion
              DeletionPolicy: Retain
              Properties:
                LayerName: Minimal
                Content: {S3Bucket: bucket, S3Key: layer.zip, S3ObjectVersion: '3'}
            Uses:
              Type: AWS::SNS::Topic
              DependsOn: Minimalc2ad3c47fc
              Properties:
                TopicName: {Ref: Minimalc2ad3c47fc}
            """
        ),
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        #expect(
            try TransformProbe.resources(item.template)
                == TransformProbe.canonical(item.resources), "\(item.name)")
    }

    /// The transform records the new id, so references to the SAM id can follow it.
    @Test func recordsTheChangedLogicalId() throws {
        let text = """
            Resources:
              Minimal:
                Type: AWS::Serverless::LayerVersion
                Properties:
                  ContentUri: s3://bucket/layer.zip?versionId=3
            """
        let document = try TemplateDocument.load(Array(text.utf8), path: "template.yaml")
        let context = TransformContext(options: TransformOptions(), template: document.sections)
        let entry = try #require(context.resources.entries.first)
        let resource = SAMResource(logicalId: entry.key, node: entry.value, keyMark: entry.keyMark)
        let generated = try LayerVersionTranslator().translate(resource, in: context)
        #expect(generated.map(\.logicalId) == ["Minimalc2ad3c47fc"])
        #expect(context.changedLogicalIds == ["Minimal": "Minimalc2ad3c47fc"])
    }

    typealias ErrorCase = (name: String, properties: String, errors: [String])

    static let errorCases: [ErrorCase] = [
        (
            "an unknown retention policy, with the nearest one",
            "RetentionPolicy: Retian",
            [
                "template.yaml:9:7: error: resource 'Layer': property 'RetentionPolicy' is "
                    + "'Retian', but it must be 'Retain' or 'Delete'; did you mean 'Retain'?"
            ]
        ),
        (
            "a parameter whose value is not one of the policies",
            "RetentionPolicy: !Ref Keep",
            [
                "template.yaml:9:7: error: resource 'Layer': property 'RetentionPolicy' is "
                    + "'Keep', but it must be 'Retain' or 'Delete'"
            ]
        ),
        (
            "a parameter whose value is a list",
            "RetentionPolicy: !Ref Policies",
            [
                "template.yaml:9:7: error: resource 'Layer': property 'RetentionPolicy' refers "
                    + "to a parameter whose value is a list, but it must be a string"
            ]
        ),
        (
            "an intrinsic function other than a parameter reference",
            "RetentionPolicy: !If [IsProd, Retain, Delete]",
            [
                "template.yaml:9:7: error: resource 'Layer': property 'RetentionPolicy' must be "
                    + "'Retain' or 'Delete', and an intrinsic function other than a 'Ref' to a "
                    + "parameter cannot stand for it, since it sets the DeletionPolicy, which "
                    + "CloudFormation reads as written"
            ]
        ),
        (
            "an unknown architecture",
            "CompatibleArchitectures: [x86_64, amd64]",
            [
                "template.yaml:9:41: error: resource 'Layer': property 'CompatibleArchitectures' "
                    + "lists 'amd64', but each architecture must be 'x86_64' or 'arm64'"
            ]
        ),
    ]

    /// Each error case adds its property line to a layer whose content is fine.
    static func template(with property: String, contentUri: String = "s3://bucket/layer.zip")
        -> String
    {
        """
        Parameters:
          Keep: {Type: String, Default: Keep}
          Policies: {Type: CommaDelimitedList, Default: [Retain]}
        Resources:
          Layer:
            Type: AWS::Serverless::LayerVersion
            Properties:
              ContentUri: \(contentUri)
              \(property)
        """
    }

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        #expect(
            try TransformProbe.errors(Self.template(with: item.properties)) == item.errors,
            "\(item.name)")
    }

    static let contentErrors: [(contentUri: String, error: String)] = [
        (
            "s3://bucket",
            "template.yaml:8:7: error: resource 'Layer': property 'ContentUri' is "
                + "'s3://bucket', which is not an S3 URI of the form 's3://bucket/key' (with an "
                + "optional '?versionId=...')"
        ),
        (
            "{Bucket: bucket}",
            "template.yaml:8:7: error: resource 'Layer': property 'ContentUri' needs both "
                + "'Bucket' and 'Key'"
        ),
    ]

    @Test(arguments: contentErrors.indices) func rejectsContent(_ index: Int) throws {
        let item = Self.contentErrors[index]
        let template = Self.template(with: "LicenseInfo: MIT", contentUri: item.contentUri)
        #expect(try TransformProbe.errors(template) == [item.error])
    }
}
