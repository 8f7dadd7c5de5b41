/// One problem a rule found, located by a path into the tree the rule examined.
///
/// The `Linter` turns a finding into a `Diagnostic`: it follows the path to the node and
/// takes that node's mark, which for generated CloudFormation is the mark of the SAM node it
/// was made from; it reads the suppressions of the resource the path is in; and it applies
/// the user's configuration.
public struct Finding: Sendable, Equatable {
    /// Which template a path leads into.
    public enum Tree: Sendable, Equatable {
        /// The template as the user wrote it.
        case sam
        /// The CloudFormation the transform produced.
        case cloudFormation
    }

    public var rule: String
    public var message: String
    public var tree: Tree
    public var path: TemplatePath
    /// Whether the finding is about a mapping key itself (an unused parameter's name) rather
    /// than the value under it.
    public var pointsAtKey: Bool
    /// A severity other than the rule's default, for a rule whose findings differ in
    /// seriousness; `nil` for the rule's own.
    public var severity: Severity?
    /// The resource the finding is about when its path lies outside `Resources`, such as a
    /// value a function inherits from `Globals`; that resource's suppressions apply to it.
    public var resource: String?
    /// Other places that explain this one, such as the event that a timeout written in
    /// `Globals` matters for.
    public var notes: [Note]
    /// The text inside the value at `path` that the finding is about, such as one `${Name}`
    /// of an `Fn::Sub`; the diagnostic points at it where the source shows it.
    public var excerpt: Excerpt?

    /// A piece of a value's text: the `occurrence`-th time (from 0) that `text` is written in
    /// it.
    public struct Excerpt: Sendable, Equatable {
        public var text: String
        public var occurrence: Int

        public init(_ text: String, occurrence: Int = 0) {
            self.text = text
            self.occurrence = occurrence
        }
    }

    /// A secondary place of a finding, located the same way as the finding itself.
    public struct Note: Sendable, Equatable {
        public var message: String
        public var tree: Tree
        public var path: TemplatePath
        public var pointsAtKey: Bool

        public init(
            _ message: String, tree: Tree = .sam, path: TemplatePath, pointsAtKey: Bool = false
        ) {
            self.message = message
            self.tree = tree
            self.path = path
            self.pointsAtKey = pointsAtKey
        }
    }

    public init(
        rule: String, message: String, tree: Tree = .sam, path: TemplatePath,
        pointsAtKey: Bool = false, severity: Severity? = nil, resource: String? = nil,
        notes: [Note] = [], excerpt: Excerpt? = nil
    ) {
        self.rule = rule
        self.message = message
        self.tree = tree
        self.path = path
        self.pointsAtKey = pointsAtKey
        self.severity = severity
        self.resource = resource
        self.notes = notes
        self.excerpt = excerpt
    }
}
