/// The conditions a template is transformed under.
public struct TransformOptions: Sendable {
    /// What to do with a local path where an S3 location or image URI belongs.
    public enum LocalArtifacts: String, Sendable, CaseIterable {
        /// Reject it with a message that says how to package the template.
        case reject
        /// Stand in `s3://bucket/PATH` and a placeholder image, as `sam validate` does.
        case placeholder
    }

    public var region: String
    public var partition: Partition
    /// Values for the template's parameters, by name, as `--parameter-overrides` gives them.
    public var parameterValues: [String: String]
    public var localArtifacts: LocalArtifacts
    /// Answers Serverless Application Repository look-ups; `nil` when none can be made.
    public var applicationResolver: (any ApplicationResolver)?

    /// Options for `region`, in the partition that region belongs to unless one is given.
    public init(
        region: String = "us-east-1", partition: Partition? = nil,
        parameterValues: [String: String] = [:], localArtifacts: LocalArtifacts = .reject,
        applicationResolver: (any ApplicationResolver)? = nil
    ) {
        self.region = region
        self.partition = partition ?? Partition.containing(region: region)
        self.parameterValues = parameterValues
        self.localArtifacts = localArtifacts
        self.applicationResolver = applicationResolver
    }
}
