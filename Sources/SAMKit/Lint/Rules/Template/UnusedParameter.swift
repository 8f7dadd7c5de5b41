/// A parameter that nothing in the template refers to.
struct UnusedParameter: LintRule {
    let rule = RuleDescription(
        id: "unused-parameter",
        severity: .warning,
        title: "Every parameter is used somewhere in the template.",
        rationale: """
            A parameter nothing refers to still has to be given a value at every deployment, \
            and its presence suggests a setting that has no effect. It is often left behind \
            by a refactoring, or a sign of a misspelt 'Ref'.
            """,
        documentation: """
            https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/\
            parameters-section-structure.html
            """,
        equivalents: .init(cfnLint: ["W2001"]),
        badExample: """
            Parameters:
              Stage:
                Type: String
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
            """,
        goodExample: """
            Parameters:
              Stage:
                Type: String
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "reports-${Stage}"
            """)

    func check(_ context: LintContext) -> [Finding] {
        let used = TemplateUsage(context.sections).parameters
        return (context.sections["Parameters"]?.mapping ?? Mapping()).compactMap { entry in
            guard !used.contains(entry.key) else { return nil }
            return finding(
                "parameter '\(entry.key)' is never used; remove it or refer to it with 'Ref'",
                at: TemplatePath(keys: "Parameters", entry.key), key: true)
        }
    }
}
