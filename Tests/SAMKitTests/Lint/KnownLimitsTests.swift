import Testing

@testable import SAMKit

/// What the rules state they do not find, pinned so that a change to it is deliberate.
@Suite struct KnownLimitsTests {
    static let cases: [LintCase] = [
        LintCase(
            "attributes of types outside the attribute table (custom resources, third-party "
                + "types, types newer than the table) are not checked",
            """
            Resources:
              Custom:
                Type: Custom::Thing
              Newer:
                Type: AWS::Brand::NewThing
              Module:
                Type: Acme::Storage::Bucket::MODULE
            Outputs:
              A:
                Value: !GetAtt Custom.NoSuchAttribute
              B:
                Value: !GetAtt Newer.NoSuchAttribute
              C:
                Value: !GetAtt Module.NoSuchAttribute
            """, []),
        LintCase(
            "a secret of no known shape, in a variable with an innocent name, is not found",
            """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Environment:
                    Variables:
                      CONFIG: hunter2hunter2
            """, []),
        LintCase(
            "a value from Globals that every function overrides is not checked",
            """
            Globals:
              Function:
                Timeout: 5000
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 30
            """, []),
    ]

    @Test(arguments: cases)
    func notReported(_ row: LintCase) throws {
        #expect(try LintProbe.findings(row.template) == row.expected)
    }

    /// Suppressions are read from the template the user wrote, not from `Metadata` that the
    /// transform writes onto generated resources.
    @Test func suppressionsInGeneratedMetadataAreNotRead() throws {
        let text = "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n"
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        let suppression: Node = [
            "samkit": ["ignore": [["rule": "test-generated-timeout", "reason": "r"]]]
        ]
        let generated = CloudFormationResource(
            logicalId: "Fn", type: "AWS::Lambda::Function",
            attributes: Mapping([Mapping.Entry(key: "Metadata", value: suppression)]),
            origin: document.sections["Resources"]?.mapping?.entry("Fn")?.keyMark)
        let transformed: Node = ["Resources": ["Fn": generated.node]]
        let linter = Linter(rules: [LinterTests.GeneratedTimeoutRule()], today: LintProbe.day)
        #expect(
            linter.lint(document, transformed: transformed).map(LintProbe.describe) == [
                "2:3: warning: timeout of 'Fn' [test-generated-timeout]"
            ])
    }
}
