import Foundation
import Testing

@testable import SAMKit

/// The connector profiles compiled into samkit must say what the reference's profiles file
/// says, read back into the reference's layout.
@Suite struct ConnectorProfilesTests {
    static func referenceFile() throws -> Node {
        let url = PackagePaths.inShared("reference/connector_profiles.json")
        let text = try PackagePaths.text(of: url)
        return try TemplateDocument.load(Array(text.utf8), path: url.path).root
    }

    /// A profile in the reference's layout.
    static func layout(_ profile: ConnectorProfile) -> Node {
        let kinds: [ConnectorProfile.Kind: String] = [
            .rolePolicy: "AWS_IAM_ROLE_MANAGED_POLICY", .lambdaPermission: "AWS_LAMBDA_PERMISSION",
            .queuePolicy: "AWS_SQS_QUEUE_POLICY", .topicPolicy: "AWS_SNS_TOPIC_POLICY",
        ]
        var categories = Mapping()
        for category in profile.categories {
            categories[category.name] =
                category.statements.isEmpty
                ? .mapping(category.permission)
                : ["Statement": .sequence(category.statements.map(\.node))]
        }
        var properties = Mapping()
        properties["SourcePolicy"] = Node(.bool(profile.side == .source))
        properties["AccessCategories"] = .mapping(categories)
        if let combinations = profile.validCombinations {
            properties["ValidAccessCategories"] = .sequence(
                combinations.map { .sequence($0.map { .string($0) }) })
        }
        switch profile.dependent {
        case .source: properties["DependedBy"] = "SOURCE"
        case .destinationEventSourceMapping:
            properties["DependedBy"] = "DESTINATION_EVENT_SOURCE_MAPPING"
        case nil: break
        }
        return ["Type": .string(kinds[profile.kind] ?? ""), "Properties": .mapping(properties)]
    }

    /// A resource type's inputs and outputs in the reference's layout.
    static func layout(_ endpoint: ConnectorEndpointType) -> Node {
        var map = Mapping()
        switch endpoint.role {
        case .property(let name): map["Inputs"] = ["Role": .string(name)]
        case .ruleTargetRole: map["Inputs"] = ["Role": ["Function": "GetEventsRuleRole"]]
        case nil: break
        }
        map["Outputs"] = .mapping(endpoint.outputs)
        return .mapping(map)
    }

    /// Each profile compared with the reference's, leaving out its `_comment` notes.
    @Test func profilesAgreeWithTheReference() throws {
        let reference = try Self.referenceFile()["Permissions"]?.mapping ?? Mapping()
        var pairs: [String] = []
        for source in reference {
            for destination in source.value.mapping ?? Mapping() {
                pairs.append(source.key + " " + destination.key)
                var expected = destination.value.mapping ?? Mapping()
                expected.remove("_comment")
                let profile = ConnectorProfile.profile(from: source.key, to: destination.key)
                #expect(
                    profile.map { Self.layout($0).canonicalJSON() }
                        == Node(.mapping(expected)).canonicalJSON(),
                    "\(source.key) to \(destination.key)")
                // Statements follow the order of the categories, which the JSON text hides.
                #expect(
                    profile?.categories.map(\.name)
                        == expected["Properties"]?["AccessCategories"]?.mapping?.keys.map { $0 })
            }
        }
        #expect(ConnectorProfile.all.map { $0.source + " " + $0.destination } == pairs)
    }

    @Test func resourceTypesAgreeWithTheReference() throws {
        let reference = try Self.referenceFile()
        var types = Mapping()
        for endpoint in ConnectorEndpointType.all { types[endpoint.type] = Self.layout(endpoint) }
        #expect(
            Node(.mapping(types)).canonicalJSON()
                == reference["CfnResourceProperties"]?.canonicalJSON())
    }

    @Test func profilesAreFoundByTheirTwoTypes() {
        let profile = ConnectorProfile.profile(
            from: "AWS::SQS::Queue", to: "AWS::Lambda::Function")
        #expect(profile?.validCombinations == [["Read", "Write"]])
        #expect(profile?.side == .destination)
        #expect(
            ConnectorProfile.profile(from: "AWS::SNS::Topic", to: "AWS::DynamoDB::Table") == nil)
    }
}
