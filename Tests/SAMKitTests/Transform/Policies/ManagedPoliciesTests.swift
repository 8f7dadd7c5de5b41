import Foundation
import Testing

@testable import SAMKit

/// The compiled-in managed-policy map agrees with the reference's, entry for entry.
@Suite struct ManagedPoliciesTests {
    @Test func generatedTableIsCurrent() throws {
        let expected = try ManagedPolicyTableGenerator.source()
        let url = ManagedPolicyTableGenerator.output
        if PackagePaths.regenerating {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let actual = try PackagePaths.text(of: url)
        let difference = firstDifference(actual, expected)
        #expect(
            difference == nil,
            "Stale; regenerate: SAMKIT_REGENERATE=1 swift test --filter ManagedPoliciesTests"
        )
    }

    @Test func everyReferenceEntryHasItsARN() throws {
        let reference = try ManagedPolicyTableGenerator.readReference()
        #expect(reference.map(\.partition) == ["aws", "aws-cn", "aws-us-gov", "aws-eusc"])
        for partition in reference {
            var wrong: [String] = []
            for (name, arn) in partition.policies
            where ManagedPolicies.arn(for: name, partition: partition.partition) != arn {
                wrong.append(name)
            }
            let wrongCount = wrong.count
            #expect(wrongCount == 0, "\(partition.partition): \(wrong.prefix(5))")
            let listed = Set(ManagedPolicies.names(in: partition.partition))
            let difference = listed.symmetricDifference(partition.policies.map(\.0))
            #expect(difference.isEmpty, "\(partition.partition)")
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var partition: String
        var arn: String?
        var testDescription: String { "\(name) in \(partition)" }
    }

    static let cases: [Case] = [
        Case(
            name: "AWSLambdaRole", partition: "aws",
            arn: "arn:aws:iam::aws:policy/service-role/AWSLambdaRole"),
        Case(
            name: "AmazonS3ReadOnlyAccess", partition: "aws-cn",
            arn: "arn:aws-cn:iam::aws:policy/AmazonS3ReadOnlyAccess"),
        Case(
            name: "ViewOnlyAccess", partition: "aws-us-gov",
            arn: "arn:aws-us-gov:iam::aws:policy/job-function/ViewOnlyAccess"),
        Case(
            name: "APIGatewayServiceRolePolicy", partition: "aws-eusc",
            arn: "arn:aws-eusc:iam::aws:policy/aws-service-role/APIGatewayServiceRolePolicy"),
        // Names are matched exactly, as the reference matches them.
        Case(name: "awslambdarole", partition: "aws", arn: nil),
        Case(name: "AWSLambdaRole", partition: "aws-mars", arn: nil),
        Case(name: "", partition: "aws", arn: nil),
    ]

    @Test(arguments: cases)
    func lookUp(_ example: Case) {
        #expect(ManagedPolicies.arn(for: example.name, partition: example.partition) == example.arn)
    }

    @Test func aPolicyMissingFromOnePartitionIsNotFoundThere() throws {
        let reference = try ManagedPolicyTableGenerator.readReference()
        let china = try #require(reference.first { $0.partition == "aws-cn" })
        let inChina = Set(china.policies.map(\.0))
        let onlyElsewhere = try #require(
            reference.first { $0.partition == "aws" }?.policies.map(\.0)
                .first { !inChina.contains($0) })
        #expect(ManagedPolicies.arn(for: onlyElsewhere, partition: "aws-cn") == nil)
        #expect(ManagedPolicies.arn(for: onlyElsewhere, partition: "aws") != nil)
    }
}
