/// Quotas CloudFormation enforces on a template that the SAM transform can push it over:
/// resources after expansion, the size of the processed template, and the number of
/// parameters, outputs and mappings.
///
/// Resources are counted in the transformed template when there is one; otherwise the SAM
/// resources are counted, which is a lower bound, so only a certain excess is reported. The
/// size is that of the transformed template (or the written one, when the transform failed)
/// written as JSON without spaces, about the smallest text it can be sent as;
/// `template-size-needs-s3` reports the smaller limit of a template body sent directly.
struct TemplateLimits: LintRule {
    static let resources = 500
    static let parameters = 200
    static let outputs = 200
    static let mappings = 200
    /// The largest template body CloudFormation takes, from S3.
    static let bytes = 1_048_576

    let rule = RuleDescription(
        id: "template-limits",
        severity: .error,
        title: "The template stays within CloudFormation's quotas after the transform.",
        rationale: """
            CloudFormation rejects a template with more than 500 resources, 200 parameters, \
            200 outputs or 200 mappings, or larger than 1 MB. The SAM transform turns one \
            function into a function, a role, permissions, versions, aliases and event \
            resources, so a template well under 500 resources as written can exceed it once \
            expanded. Split the application into nested stacks \
            ('AWS::Serverless::Application') or separate stacks.
            """,
        documentation: """
            https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/\
            cloudformation-limits.html
            """,
        equivalents: .init(cfnLint: ["E1002", "E2010", "E3010", "E6010", "E7010"]),
        badExample: (["Parameters:"] + (1...201).map { "  Value\($0):\n    Type: String" } + [
            "Resources:", "  Topic:", "    Type: AWS::SNS::Topic",
        ]).joined(separator: "\n"),
        goodExample: """
            Parameters:
              Value1:
                Type: String
            Resources:
              Topic:
                Type: AWS::SNS::Topic
            """)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []

        // Resources, as CloudFormation will count them.
        let samCount = context.resources.count
        let count = context.generatedResources?.count ?? samCount
        if count > Self.resources {
            var message = "the template has \(count) resources"
            if context.generatedResources != nil && count != samCount {
                message += " once transformed (\(samCount) as written)"
                message += Self.largest(context).map { "; the most come from \($0)" } ?? ""
            }
            message +=
                ", more than the \(Self.resources) CloudFormation allows; move some into a "
                + "nested stack ('AWS::Serverless::Application') or another stack"
            findings.append(finding(message, at: TemplatePath(keys: "Resources"), key: true))
        }

        // Sections the transform leaves as written.
        let sections = [
            ("Parameters", "parameters", Self.parameters), ("Outputs", "outputs", Self.outputs),
            ("Mappings", "mappings", Self.mappings),
        ]
        for (section, noun, limit) in sections {
            let count = context.sections[section]?.mapping?.count ?? 0
            guard count > limit else { continue }
            findings.append(
                finding(
                    "the template has \(count) \(noun), more than the \(limit) CloudFormation "
                        + "allows", at: TemplatePath(keys: section), key: true))
        }

        // The processed template's size.
        let size = TemplateSize.bytes(of: context.cloudFormation ?? context.sam)
        if size > Self.bytes {
            let what = context.cloudFormation == nil ? "template" : "transformed template"
            findings.append(
                finding(
                    "the \(what) is \(size) bytes as compact JSON, more than the "
                        + "\(Self.bytes) bytes CloudFormation accepts; split it into nested "
                        + "stacks", at: TemplatePath()))
        }
        return findings
    }

    /// The SAM resources that generate the most resources, as `'Id' (N)`, when one generates
    /// more than one.
    private static func largest(_ context: LintContext) -> String? {
        guard let output = context.cloudFormation else { return nil }
        var counts: [String: Int] = [:]
        let origins = Linter.origins(of: output, in: context.sections)
        for id in output["Resources"]?.mapping?.keys ?? [] {
            let origin = origins[id] ?? (context.isSAMResource(id) ? id : nil)
            if let origin { counts[origin, default: 0] += 1 }
        }
        let top = counts.filter { $0.value > 1 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(3)
        guard !top.isEmpty else { return nil }
        return top.map { "'\($0.key)' (\($0.value))" }.joined(separator: ", ")
    }
}
