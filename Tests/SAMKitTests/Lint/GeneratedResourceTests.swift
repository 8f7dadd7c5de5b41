import Testing

@testable import SAMKit

/// The linter on the real transform's output: findings on generated CloudFormation point at
/// what the user wrote, and a SAM resource's suppressions cover what it generates.
@Suite struct GeneratedResourceTests {
    /// Reports the inline policies of every generated IAM role, as an IAM rule would.
    struct RolePolicyRule: LintRule {
        let rule = RuleDescription(
            id: "test-role-policies", severity: .warning, title: "t", rationale: "r",
            documentation: "https://docs.aws.amazon.com/", badExample: "", goodExample: "")

        func check(_ context: LintContext) -> [Finding] {
            (context.generatedResources ?? Mapping()).compactMap { entry in
                guard entry.value["Type"]?.string == "AWS::IAM::Role",
                    entry.value["Properties"]?["Policies"] != nil
                else { return nil }
                return Finding(
                    rule: rule.id, message: "policies of '\(entry.key)'", tree: .cloudFormation,
                    path: TemplatePath(keys: "Resources", entry.key, "Properties", "Policies"))
            }
        }
    }

    static let template = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Worker:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.13
              CodeUri: s3://bucket/key.zip
              Handler: app.handler
              Policies:
                - SQSPollerPolicy:
                    QueueName: q
        Outputs:
          Role:
            Value: !GetAtt WorkerRole.Arn
          Misspelt:
            Value: !GetAtt WorkerRol.Arn

        """

    static func validate(_ text: String, rules: [any LintRule]) -> [String] {
        let linter = Linter(rules: rules, today: LintProbe.day)
        let validator = TemplateValidator(linter: linter)
        return validator.validate(bytes: Array(text.utf8), path: "t.yaml").diagnostics
            .map(LintProbe.describe)
    }

    @Test func generatedResourcesExistForReferences() {
        #expect(
            Self.validate(Self.template, rules: [UndefinedReference()]) == [
                "16:12: error: 'WorkerRol' names no parameter or resource of this template; did "
                    + "you mean 'WorkerRole'? [undefined-reference]"
            ])
    }

    /// The function translator gives the role it generates the mark of the function's
    /// logical id, including the role's `Policies`, so the finding points there rather than
    /// at the `Policies:` line (9:7); the linter reports whatever mark the transform gives.
    @Test func aFindingOnAGeneratedRolePointsAtTheFunction() {
        #expect(
            Self.validate(Self.template, rules: [RolePolicyRule()]) == [
                "3:3: warning: policies of 'WorkerRole' [test-role-policies]"
            ])
    }

    @Test func theFunctionsSuppressionCoversItsRole() {
        let suppressed = Self.template.replacingOccurrences(
            of: "    Type: AWS::Serverless::Function\n",
            with: """
                    Type: AWS::Serverless::Function
                    Metadata:
                      samkit:
                        ignore:
                          - {rule: test-role-policies, reason: reads one queue}

                """)
        #expect(Self.validate(suppressed, rules: [RolePolicyRule()]) == [])
    }
}
