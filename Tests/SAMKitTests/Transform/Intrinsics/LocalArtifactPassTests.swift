import Foundation
import Testing

@testable import SAMKit

/// Local code and definition paths are rejected, or replaced as `sam validate` replaces them.
@Suite struct LocalArtifactPassTests {
    static let template = """
        Resources:
          Local:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: src/, Handler: i.h, Runtime: python3.12}
          Dot:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: ., Handler: i.h, Runtime: python3.12}
          S3:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: s3://b/k, Handler: i.h, Runtime: python3.12}
          Map:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: {Bucket: b, Key: k}, Handler: i.h, Runtime: python3.12}
          Intrinsic:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: !Sub 's3://${B}/k', Handler: i.h, Runtime: python3.12}
          Http:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: 'https://example.com/f.zip', Handler: i.h, Runtime: python3.12}
          Number:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: 12, Handler: i.h, Runtime: python3.12}
          Missing:
            Type: AWS::Serverless::Function
            Properties: {Handler: i.h, Runtime: python3.12}
          Inline:
            Type: AWS::Serverless::Function
            Properties: {InlineCode: x, CodeUri: ., Handler: i.h, Runtime: python3.12}
          ImageZipPath:
            Type: AWS::Serverless::Function
            Properties: {PackageType: Image, CodeUri: src/}
          Built:
            Type: AWS::Serverless::Function
            Properties: {PackageType: Image}
            Metadata: {Dockerfile: Dockerfile, DockerContext: ./app}
          Pushed:
            Type: AWS::Serverless::Function
            Properties: {PackageType: Image, ImageUri: repo/image:1}
            Metadata: {Dockerfile: Dockerfile}
          Layer:
            Type: AWS::Serverless::LayerVersion
            Properties: {ContentUri: layer/}
          NoContent:
            Type: AWS::Serverless::LayerVersion
            Properties: {}
          Api:
            Type: AWS::Serverless::Api
            Properties: {StageName: v1, DefinitionUri: api.yaml}
          NoDefinition:
            Type: AWS::Serverless::Api
            Properties: {StageName: v1}
          HttpApi:
            Type: AWS::Serverless::HttpApi
            Properties: {DefinitionUri: ./http.yaml}
          Machine:
            Type: AWS::Serverless::StateMachine
            Properties: {DefinitionUri: sm.asl.json}
          App:
            Type: AWS::Serverless::Application
            Properties: {Location: app/template.yaml}
          Plain:
            Type: AWS::Lambda::Function
            Properties: {Code: src/}
        """

    @Test func placeholdersAsSamValidateWrites() throws {
        let context = TransformContext(
            options: TransformOptions(localArtifacts: .placeholder),
            template: try IntrinsicTestSupport.sections(Self.template))
        let before = try IntrinsicTestSupport.sections(Self.template)["Resources"]?.mapping
        try LocalArtifactPass().apply(to: context)
        let resources = try #require(context.template["Resources"]?.mapping)
        let placeholder: Node = "s3://bucket/value"
        let image: Node = "111111111111.dkr.ecr.region.amazonaws.com/repository"
        let changed: [String: (String, Node)] = [
            "Local": ("CodeUri", placeholder), "Dot": ("CodeUri", placeholder),
            "Missing": ("CodeUri", placeholder), "Built": ("ImageUri", image),
            "Layer": ("ContentUri", placeholder), "NoContent": ("ContentUri", placeholder),
            "Api": ("DefinitionUri", placeholder), "HttpApi": ("DefinitionUri", placeholder),
            "Machine": ("DefinitionUri", placeholder),
        ]
        for entry in resources {
            var expected = try #require(before?[entry.key])
            if let (property, value) = changed[entry.key] {
                var resource = try #require(expected.mapping)
                var properties = try #require(resource["Properties"]?.mapping)
                properties[property] = value
                resource["Properties"] = .mapping(properties)
                expected = .mapping(resource)
            }
            #expect(entry.value == expected, "\(entry.key)")
        }
        #expect(resources.keys == before?.keys)
    }

    @Test func aReplacedPathKeepsItsPlace() throws {
        let context = TransformContext(
            options: TransformOptions(localArtifacts: .placeholder),
            template: try IntrinsicTestSupport.sections(Self.template))
        try LocalArtifactPass().apply(to: context)
        let local = context.template["Resources"]?["Local"]?["Properties"]?["CodeUri"]
        #expect(local?.mark?.start == SourcePosition(line: 4, column: 27))
    }

    @Test func rejectsLocalPathsWhereTheyAreWritten() throws {
        let context = TransformContext(
            options: TransformOptions(localArtifacts: .reject),
            template: try IntrinsicTestSupport.sections(Self.template))
        let hint =
            " is the local path '%@', which CloudFormation cannot deploy; package the template "
            + "first ('sam package', or 'sam build' then 'sam package'), or pass "
            + "'--local-artifacts placeholder' to check it with a stand-in S3 location"
        func local(_ place: String, _ id: String, _ property: String, _ path: String) -> String {
            "\(place): resource '\(id)': property '\(property)'"
                + hint.replacingOccurrences(of: "%@", with: path)
        }
        let expected = [
            local("4:27", "Local", "CodeUri", "src/"),
            local("7:27", "Dot", "CodeUri", "."),
            "35:28: resource 'Built': its image is built locally from 'Metadata.Dockerfile' and "
                + "it has no 'ImageUri'; build and push the image first ('sam build' then 'sam "
                + "package'), or pass '--local-artifacts placeholder' to check it with a stand-in "
                + "image",
            local("42:30", "Layer", "ContentUri", "layer/"),
            local("48:48", "Api", "DefinitionUri", "api.yaml"),
            local("54:33", "HttpApi", "DefinitionUri", "./http.yaml"),
            local("57:33", "Machine", "DefinitionUri", "sm.asl.json"),
        ]
        do {
            try LocalArtifactPass().apply(to: context)
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.map(IntrinsicTestSupport.located) == expected)
        }
    }

    @Test func aPackagedTemplateIsAcceptedUntouched() throws {
        let text = """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: s3://b/k, Handler: i.h, Runtime: python3.12}
              L:
                Type: AWS::Serverless::LayerVersion
                Properties: {ContentUri: {Bucket: b, Key: k}}
            """
        let context = TransformContext(
            options: TransformOptions(), template: try IntrinsicTestSupport.sections(text))
        try LocalArtifactPass().apply(to: context)
        #expect(context.template == (try IntrinsicTestSupport.sections(text)))
    }
}
