/// A mapping that no `Fn::FindInMap` reads.
struct UnusedMapping: LintRule {
    let rule = RuleDescription(
        id: "unused-mapping",
        severity: .warning,
        title: "Every mapping is read by an Fn::FindInMap.",
        rationale: """
            A mapping that no 'Fn::FindInMap' reads is dead data: it has no effect on the \
            stack, and readers wonder where its values go.
            """,
        documentation: """
            https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/\
            mappings-section-structure.html
            """,
        equivalents: .init(cfnLint: ["W7001"]),
        badExample: """
            Mappings:
              Sizes:
                prod: {Memory: 1024}
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
            """,
        goodExample: """
            Mappings:
              Sizes:
                prod: {Memory: 1024}
            Globals:
              Function:
                MemorySize: !FindInMap [Sizes, prod, Memory]
            """)

    func check(_ context: LintContext) -> [Finding] {
        let used = TemplateUsage(context.sections).mappings
        return (context.sections["Mappings"]?.mapping ?? Mapping()).compactMap { entry in
            guard !used.contains(entry.key) else { return nil }
            return finding(
                "mapping '\(entry.key)' is never read; remove it or read it with 'Fn::FindInMap'",
                at: TemplatePath(keys: "Mappings", entry.key), key: true)
        }
    }
}
