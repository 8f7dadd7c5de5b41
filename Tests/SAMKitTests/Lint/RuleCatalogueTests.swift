import Testing

@testable import SAMKit

/// The catalogue: every rule documents itself fully, and its examples show what it says they
/// show, since `samkit rules ID` and the SARIF output print them.
@Suite struct RuleCatalogueTests {
    static let ids = LintRules.descriptions.map(\.id)

    @Test func idsAreUniqueAndStable() {
        #expect(Set(Self.ids).count == Self.ids.count)
        #expect(
            Self.ids == [
                "undefined-reference", "unused-parameter", "unused-condition", "unused-mapping",
                "circular-dependency", "template-limits", "template-size-needs-s3",
                "deprecated-runtime", "blocked-runtime", "lambda-timeout", "lambda-memory-size",
                "reserved-environment-variable", "api-timeout", "sqs-visibility-timeout",
                "hardcoded-secret", "password-parameter-no-echo", "lambda-permission-public",
                "resource-policy-public", "function-url-public", "tracing-not-active",
                "log-retention",
                "iam-admin-access", "iam-wildcard-action", "iam-wildcard-resource",
                "iam-passrole-wildcard", "iam-privilege-escalation", "iam-allow-with-not",
                "iam-unknown-action", "policy-template-wildcard", "unknown-managed-policy",
            ])
        for id in Self.ids {
            #expect(!LintRules.builtInChecks.contains(id))
        }
    }

    @Test(arguments: LintRules.all.map(\.rule.id))
    func theRuleDocumentsItself(_ id: String) throws {
        let rule = try #require(LintRules.rule(id))
        #expect(rule.title.hasSuffix("."))
        #expect(!rule.title.contains("\n"))
        #expect(rule.rationale.count > 80)
        #expect(rule.documentation.hasPrefix("https://docs.aws.amazon.com/"))
        #expect(!rule.documentation.contains(" ") && !rule.documentation.contains("\n"))
    }

    @Test(arguments: LintRules.all.map(\.rule.id))
    func theBadExampleIsReportedAndTheGoodOneIsNot(_ id: String) throws {
        let rule = try #require(LintRules.all.first { $0.rule.id == id })
        let bad = try LintProbe.findings(rule.rule.badExample, rules: [rule])
        #expect(!bad.isEmpty, "the bad example of '\(id)' is not reported")
        #expect(bad.allSatisfy { $0.hasSuffix("[\(id)]") })
        #expect(try LintProbe.findings(rule.rule.goodExample, rules: [rule]) == [])
    }
}
