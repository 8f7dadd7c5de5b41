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
        CircularDependency(),
        TemplateLimits(),
        TemplateNeedsS3(),
        // Lambda
        DeprecatedRuntime(),
        BlockedRuntime(),
        FunctionTimeout(),
        FunctionMemorySize(),
        ReservedEnvironmentVariable(),
        // Events
        ApiTimeout(),
        SQSVisibilityTimeout(),
        // Security
        HardCodedSecret(),
        PasswordParameterNoEcho(),
        LambdaPermissionPublic(),
        ResourcePolicyPublic(),
        FunctionURLPublic(),
        // Observability
        TracingNotActive(),
        LogRetention(),
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

    /// Checks outside the lint rules whose findings a configuration may also ignore or
    /// re-grade: a repeated key, a resource type samkit cannot transform yet, a suppression
    /// written wrongly, and the note that an application was not looked up. Load, structure and transform errors cannot be ignored,
    /// since a template with one of them cannot be deployed.
    public static let builtInChecks = [
        "duplicate-key", "unsupported", "suppression", "application-lookup",
    ]

    public static var descriptions: [RuleDescription] { all.map(\.rule) }

    /// Every id a configuration may name.
    public static var knownIds: [String] { descriptions.map(\.id) + builtInChecks }

    public static func rule(_ id: String) -> RuleDescription? {
        descriptions.first { $0.id == id }
    }
}
