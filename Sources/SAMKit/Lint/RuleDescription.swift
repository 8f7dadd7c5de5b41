/// What a lint rule says about itself: the metadata `samkit rules`, SARIF output and
/// suppressions are all built from, so that a rule's documentation lives beside its check.
public struct RuleDescription: Sendable {
    /// Ids of the rules in other linters that look for the same problem, so that a team's
    /// existing suppressions for those tools keep working with samkit.
    public struct Equivalents: Sendable, Equatable {
        public var cfnLint: [String]
        public var cfnNag: [String]
        public var checkov: [String]

        public init(cfnLint: [String] = [], cfnNag: [String] = [], checkov: [String] = []) {
            self.cfnLint = cfnLint
            self.cfnNag = cfnNag
            self.checkov = checkov
        }

        public var isEmpty: Bool { cfnLint.isEmpty && cfnNag.isEmpty && checkov.isEmpty }
    }

    /// The stable id users write in suppressions and configuration, such as
    /// `undefined-reference`. It never changes once released.
    public var id: String
    public var severity: Severity
    /// One line: what the rule finds.
    public var title: String
    /// Why it matters, in a few sentences.
    public var rationale: String
    /// The AWS documentation the rule rests on.
    public var documentation: String
    public var equivalents: Equivalents
    /// A short template that the rule reports on, and the same template put right.
    public var badExample: String
    public var goodExample: String

    public init(
        id: String, severity: Severity, title: String, rationale: String, documentation: String,
        equivalents: Equivalents = Equivalents(), badExample: String, goodExample: String
    ) {
        self.id = id
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.documentation = documentation
        self.equivalents = equivalents
        self.badExample = badExample
        self.goodExample = goodExample
    }
}
