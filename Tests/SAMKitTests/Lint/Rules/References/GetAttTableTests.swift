import Foundation
import Testing

@testable import SAMKit

/// The compiled-in table of `Fn::GetAtt` attributes: the same as the installed cfn-lint
/// writes when that is the release it was made from, and answering for the types samkit's
/// rules and users rely on in any case.
@Suite struct GetAttTableTests {
    static var sameRelease: Bool {
        PackagePaths.regenerating
            || GetAttTableGenerator.installedVersion == GetAttAttributes.tableVersion
    }

    @Test(.enabled(if: sameRelease, "cfn-lint \(GetAttAttributes.tableVersion) is not installed"))
    func generatedTableIsCurrent() throws {
        let expected = try GetAttTableGenerator.source()
        let url = GetAttTableGenerator.output
        if PackagePaths.regenerating {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let actual = try PackagePaths.text(of: url)
        #expect(
            firstDifference(actual, expected) == nil,
            "Stale; regenerate: SAMKIT_REGENERATE=1 swift test --filter GetAttTableTests")
    }

    @Test func knownTypes() {
        #expect(GetAttAttributes.attributes(of: "AWS::SQS::Queue")?.contains("QueueUrl") == true)
        #expect(GetAttAttributes.attributes(of: "AWS::S3::Bucket")?.contains("WebsiteURL") == true)
        #expect(
            GetAttAttributes.attributes(of: "AWS::Serverless::Function")
                == GetAttAttributes.attributes(of: "AWS::Lambda::Function"))
        #expect(
            GetAttAttributes.attributes(of: "AWS::Serverless::Api") == [
                "RestApiId", "RootResourceId",
            ])
        #expect(GetAttAttributes.attributes(of: "AWS::ApiGateway::Stage") == [])
        #expect(GetAttAttributes.attributes(of: "AWS::No::Such") == nil)
        #expect(GetAttAttributes.attributes(of: "Custom::Thing") == nil)
        #expect(GetAttAttributes.attributes(of: "AWS::Serverless::Connector") == nil)
    }

    @Test func wildcardsMatchAnyText() throws {
        let stack = try #require(GetAttAttributes.attributes(of: "AWS::Serverless::Application"))
        #expect(stack.contains("Outputs.*"))
        #expect(GetAttAttributes.accepts("Outputs.ApiUrl", among: stack))
        #expect(!GetAttAttributes.accepts("Output", among: stack))
        #expect(GetAttAttributes.accepts("Arn", among: ["Arn"]))
        #expect(!GetAttAttributes.accepts("arn", among: ["Arn"]))
    }
}
