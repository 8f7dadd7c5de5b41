/// A condition that no resource, output or other condition uses.
struct UnusedCondition: LintRule {
    let rule = RuleDescription(
        id: "unused-condition",
        severity: .warning,
        title: "Every condition is used somewhere in the template.",
        rationale: """
            A condition that no resource, output, 'Fn::If' or other condition uses has no \
            effect; the resource it was meant to guard is created unconditionally, which is \
            rarely what was meant.
            """,
        documentation: """
            https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/\
            conditions-section-structure.html
            """,
        equivalents: .init(cfnLint: ["W8001"]),
        badExample: """
            Parameters:
              Stage:
                Type: String
            Conditions:
              IsProduction: !Equals [!Ref Stage, prod]
            Resources:
              Alarm:
                Type: AWS::CloudWatch::Alarm
            """,
        goodExample: """
            Parameters:
              Stage:
                Type: String
            Conditions:
              IsProduction: !Equals [!Ref Stage, prod]
            Resources:
              Alarm:
                Type: AWS::CloudWatch::Alarm
                Condition: IsProduction
            """)

    func check(_ context: LintContext) -> [Finding] {
        let used = TemplateUsage(context.sections).conditions
        return (context.sections["Conditions"]?.mapping ?? Mapping()).compactMap { entry in
            guard !used.contains(entry.key) else { return nil }
            return finding(
                "condition '\(entry.key)' is never used; remove it or set it as a resource's "
                    + "'Condition'", at: TemplatePath(keys: "Conditions", entry.key), key: true)
        }
    }
}
