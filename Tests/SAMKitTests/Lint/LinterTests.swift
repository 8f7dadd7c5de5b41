import Testing

@testable import SAMKit

/// The engine: suppressions in their four forms, findings on generated CloudFormation, and
/// the configuration.
@Suite struct LinterTests {
    /// A rule that reports every `Timeout` of a Lambda function in the transformed template,
    /// with equivalents in all three other linters, to exercise the engine's CloudFormation
    /// path and every suppression form.
    struct GeneratedTimeoutRule: LintRule {
        let rule = RuleDescription(
            id: "test-generated-timeout", severity: .warning, title: "t", rationale: "r",
            documentation: "https://docs.aws.amazon.com/",
            equivalents: .init(cfnLint: ["W9001"], cfnNag: ["W89"], checkov: ["CKV_AWS_99"]),
            badExample: "", goodExample: "")

        func check(_ context: LintContext) -> [Finding] {
            (context.generatedResources ?? Mapping()).compactMap { entry in
                guard entry.value["Type"]?.string == "AWS::Lambda::Function" else { return nil }
                return Finding(
                    rule: rule.id, message: "timeout of '\(entry.key)'", tree: .cloudFormation,
                    path: TemplatePath(keys: "Resources", entry.key, "Properties", "Timeout"))
            }
        }
    }

    /// The template and a stand-in for its transform: `Fn` becomes a Lambda function that
    /// keeps its logical id and `Timeout` node, and `Worker` becomes `WorkerFunction`, built
    /// from nothing the user wrote, so it carries only its SAM resource's mark.
    static func transformed(_ document: TemplateDocument) -> Node {
        var output = Mapping()
        for entry in document.sections["Resources"]?.mapping ?? Mapping() {
            let sam = SAMResource(logicalId: entry.key, node: entry.value, keyMark: entry.keyMark)
            var properties = Mapping()
            if let timeout = sam["Timeout"] { properties["Timeout"] = timeout }
            let id = entry.key == "Worker" ? "WorkerFunction" : entry.key
            let generated = CloudFormationResource(
                logicalId: id, type: "AWS::Lambda::Function", properties: properties,
                origin: sam.mark)
            output.set(Mapping.Entry(key: id, keyMark: sam.mark, value: generated.node))
        }
        var sections = document.sections
        sections["Resources"] = .mapping(output)
        return Node(.mapping(sections))
    }

    static func lint(_ text: String) throws -> [String] {
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        let linter = Linter(rules: [GeneratedTimeoutRule()], today: LintProbe.day)
        return linter.lint(document, transformed: transformed(document)).map(LintProbe.describe)
    }

    static let resources = """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Timeout: 3
          Worker:
            Type: AWS::Serverless::Function
        """

    @Test func aFindingOnGeneratedCloudFormationPointsAtTheSAMNodeItCameFrom() throws {
        #expect(
            try Self.lint(Self.resources) == [
                "5:16: warning: timeout of 'Fn' [test-generated-timeout]",
                "6:3: warning: timeout of 'WorkerFunction' [test-generated-timeout]",
            ])
    }

    struct SuppressionCase: Sendable, CustomStringConvertible {
        var name: String
        var metadata: String
        var resource: String
        var expected: [String]
        var description: String { name }
    }

    static let suppressionCases: [SuppressionCase] = [
        SuppressionCase(
            name: "samkit's own form on the SAM resource covers what it generates",
            metadata: "",
            resource: """
                    Metadata:
                      samkit:
                        ignore:
                          - rule: test-generated-timeout
                            reason: batch work
                """,
            expected: ["5:16: warning: timeout of 'Fn' [test-generated-timeout]"]),
        SuppressionCase(
            name: "cfn-lint's ignore_checks, matched as a prefix",
            metadata: "",
            resource: """
                    Metadata:
                      cfn-lint:
                        config:
                          ignore_checks: [W90]
                """,
            expected: ["5:16: warning: timeout of 'Fn' [test-generated-timeout]"]),
        SuppressionCase(
            name: "cfn_nag's rules_to_suppress",
            metadata: "",
            resource: """
                    Metadata:
                      cfn_nag:
                        rules_to_suppress:
                          - id: W89
                            reason: batch work
                """,
            expected: ["5:16: warning: timeout of 'Fn' [test-generated-timeout]"]),
        SuppressionCase(
            name: "checkov's skip",
            metadata: "",
            resource: """
                    Metadata:
                      checkov:
                        skip:
                          - id: CKV_AWS_99
                            comment: batch work
                """,
            expected: ["5:16: warning: timeout of 'Fn' [test-generated-timeout]"]),
        SuppressionCase(
            name: "another tool's id that is not an equivalent suppresses nothing",
            metadata: "",
            resource: """
                    Metadata:
                      checkov:
                        skip:
                          - id: CKV_AWS_45
                """,
            expected: [
                "5:16: warning: timeout of 'Fn' [test-generated-timeout]",
                "6:3: warning: timeout of 'WorkerFunction' [test-generated-timeout]",
            ]),
        SuppressionCase(
            name: "template-level Metadata covers every resource",
            metadata: """
                Metadata:
                  samkit:
                    ignore:
                      - rule: test-generated-timeout
                        reason: every function here is batch work

                """, resource: "", expected: []),
        SuppressionCase(
            name: "a samkit suppression without a reason, or of an unknown rule, is reported",
            metadata: "",
            resource: """
                    Metadata:
                      samkit:
                        ignore:
                          - test-generated-timeout
                          - rule: test-generated-timeot
                            reason: typo
                """,
            expected: [
                "5:16: warning: timeout of 'Fn' [test-generated-timeout]",
                "11:13: warning: the suppression of 'test-generated-timeout' gives no reason; "
                    + "write it as '{rule: test-generated-timeout, reason: ...}' so readers know "
                    + "why [suppression]",
                "12:19: warning: the suppression names 'test-generated-timeot', which is not a "
                    + "samkit rule; did you mean 'test-generated-timeout'? [suppression]",
            ]),
    ]

    @Test(arguments: suppressionCases)
    func suppressions(_ row: SuppressionCase) throws {
        let text = row.metadata + Self.resources + "\n" + row.resource
        #expect(try Self.lint(text) == row.expected)
    }

    @Test func theConfigurationIgnoresAndRegradesRules() throws {
        let template = """
            Parameters:
              Unused:
                Type: String
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Timeout: 0
            """
        let configuration = try LintConfiguration.parse(
            Array("ignore: [lambda-timeout]\nseverity:\n  unused-parameter: info\n".utf8),
            path: ".samkit.yaml", knownRules: LintRules.knownIds)
        #expect(
            try LintProbe.findings(template, configuration: configuration) == [
                "2:3: info: parameter 'Unused' is never used; remove it or refer to it with 'Ref' "
                    + "[unused-parameter]"
            ])
    }

    struct ConfigurationCase: Sendable, CustomStringConvertible {
        var text: String
        var expected: String
        var description: String { text }
    }

    static let badConfigurations: [ConfigurationCase] = [
        ConfigurationCase(
            text: "ignore: [unused-paramter]\n",
            expected: ".samkit.yaml:1:10: error: unknown rule 'unused-paramter'; did you mean "
                + "'unused-parameter'?"),
        ConfigurationCase(
            text: "severity:\n  unused-parameter: fatal\n",
            expected: ".samkit.yaml:2:21: error: a severity must be 'error', 'warning' or "
                + "'info', not 'fatal'"),
        ConfigurationCase(
            text: "severity-treshold: error\n",
            expected: ".samkit.yaml:1:1: error: unknown setting 'severity-treshold'; expected "
                + "'ignore', 'severity' or 'severity-threshold'; did you mean "
                + "'severity-threshold'?"),
        ConfigurationCase(
            text: "- ignore\n",
            expected: ".samkit.yaml:1:1: error: the configuration must be a mapping with "
                + "'ignore', 'severity' or 'severity-threshold', not a list"),
    ]

    @Test(arguments: badConfigurations)
    func aBadConfigurationIsALocatedError(_ row: ConfigurationCase) {
        do {
            _ = try LintConfiguration.parse(
                Array(row.text.utf8), path: ".samkit.yaml", knownRules: LintRules.knownIds)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == row.expected)
        }
    }

    @Test func theThresholdDefaultsToWarning() throws {
        let configuration = try LintConfiguration.parse(
            Array("severity-threshold: error\n".utf8), path: "c", knownRules: [])
        #expect(configuration.effectiveThreshold == .error)
        #expect(LintConfiguration().effectiveThreshold == .warning)
    }
}
