/// Every lint rule samkit has, in one explicit list: the catalogue `samkit rules` prints and
/// the default rules of a `Linter`. A new rule is added here, in its area's place.
public enum LintRules {
    public static let all: [any LintRule] = [
        // References
        UndefinedReference(),
        // Template
        UnusedParameter(),
        UnusedCondition(),
        UnusedMapping(),
        // Lambda
        DeprecatedRuntime(),
        BlockedRuntime(),
        FunctionTimeout(),
        FunctionMemorySize(),
        ReservedEnvironmentVariable(),
        // Security
        HardCodedSecret(),
        PasswordParameterNoEcho(),
        // IAM
        IAMAdministratorAccess(),
        IAMWildcardAction(),
        IAMWildcardResource(),
        IAMPassRoleWildcard(),
        IAMPrivilegeEscalation(),
        IAMAllowWithNot(),
        IAMUnknownAction(),
        PolicyTemplateWildcard(),
        UnknownManagedPolicy(),
    ]

    /// The ids of checks that are not lint rules but report diagnostics of their own, which a
    /// configuration may also ignore or re-grade.
    public static let builtInChecks = [
        "load", "structure", "duplicate-key", "transform", "unsupported", "suppression",
    ]

    public static var descriptions: [RuleDescription] { all.map(\.rule) }

    /// Every id a configuration may name.
    public static var knownIds: [String] { descriptions.map(\.id) + builtInChecks }

    public static func rule(_ id: String) -> RuleDescription? {
        descriptions.first { $0.id == id }
    }
}
