/// What a rule sees: the template the user wrote, the CloudFormation the transform made of
/// it when the transform succeeded, and the date that deprecation dates are compared with.
public struct LintContext: Sendable {
    /// The SAM template as written; always a mapping.
    public let sam: Node
    /// The transformed template, or `nil` when the transform failed; rules that need it are
    /// skipped then, and rules that read the SAM template still run.
    public let cloudFormation: Node?
    public let today: CalendarDate

    public init(sam: Node, cloudFormation: Node?, today: CalendarDate) {
        self.sam = sam
        self.cloudFormation = cloudFormation
        self.today = today
    }

    public var sections: Mapping { sam.mapping ?? Mapping() }

    /// The `Resources` of the SAM template.
    public var resources: Mapping { sections["Resources"]?.mapping ?? Mapping() }

    /// The `Resources` of the transformed template, when there is one.
    public var generatedResources: Mapping? { cloudFormation?["Resources"]?.mapping }

    /// The type of the SAM resource `logicalId`, if it has a string `Type`.
    public func type(of logicalId: String) -> String? {
        resources[logicalId]?["Type"]?.string
    }

    /// Whether `logicalId` names a SAM resource (`AWS::Serverless::*`), whose generated
    /// resources the transform names after it.
    public func isSAMResource(_ logicalId: String) -> Bool {
        type(of: logicalId)?.hasPrefix("AWS::Serverless::") == true
    }
}
