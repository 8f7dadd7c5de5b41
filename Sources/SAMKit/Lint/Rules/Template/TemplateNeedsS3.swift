/// A transformed template too large to send to CloudFormation in the request itself.
struct TemplateNeedsS3: LintRule {
    /// The largest template body CloudFormation takes inline, in a `TemplateBody` parameter.
    static let bytes = 51_200

    let rule = RuleDescription(
        id: "template-size-needs-s3",
        severity: .warning,
        title: "The transformed template is small enough to deploy without S3.",
        rationale: """
            CloudFormation takes at most 51,200 bytes of template in the request; anything \
            larger must be uploaded to S3 and passed by URL (up to 1 MB, which \
            'template-limits' checks). 'aws cloudformation deploy' and 'sam deploy' need an \
            S3 bucket for such a template. Projects that always deploy through S3 can ignore \
            this rule in '.samkit.yaml'.
            """,
        documentation: """
            https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/\
            cloudformation-limits.html
            """,
        badExample: """
            Resources:
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: \(Self.longName)
            """,
        goodExample: """
            Resources:
              Topic:
                Type: AWS::SNS::Topic
            """)

    /// A name long enough to take a template over the limit. Every `samkit` process builds
    /// the rule catalogue, so it is made from bytes: `String(repeating:count:)` appends the
    /// text one copy at a time, which took a measurable part of a `validate` run.
    private static let longName = String(
        decoding: [UInt8](repeating: UInt8(ascii: "t"), count: bytes), as: UTF8.self)

    /// The template as it will be sent: the transformed one, or, when the transform failed
    /// or the template has nothing to transform, the one written.
    func check(_ context: LintContext) -> [Finding] {
        let size = TemplateSize.bytes(of: context.cloudFormation ?? context.sam)
        guard size > Self.bytes, size <= TemplateLimits.bytes else { return [] }
        let what = context.cloudFormation == nil ? "template" : "transformed template"
        return [
            finding(
                "the \(what) is \(size) bytes as compact JSON, more than the \(Self.bytes) "
                    + "bytes CloudFormation takes in a request; deploy it from an S3 bucket "
                    + "(sam deploy --s3-bucket or --resolve-s3)", at: TemplatePath())
        ]
    }
}
