/// The SAM policy templates samkit knows, compiled in from the files in `PolicyTemplates/`.
///
/// The templates themselves live in the generated `PolicyTemplateSources.swift`, so an
/// installed samkit reads no files; the table is built the first time it is asked for, and a
/// template's statements only when it is expanded.
public enum PolicyTemplateCatalog {
    /// Every template, sorted by name.
    public static var all: [PolicyTemplate] { templates }

    /// The names of every template, sorted.
    public static var names: [String] { templates.map(\.name) }

    /// The template called `name`, spelled exactly.
    public static func template(named name: String) -> PolicyTemplate? {
        byName[name]
    }

    /// The template called `name`, or an error at `mark` that suggests the nearest name.
    ///
    /// The reference transform does not treat an unknown name as a template at all: a
    /// `Policies` entry `{SomeName: {...}}` that names no template is rejected later as an
    /// invalid policy. This error is for callers that already know the entry is meant to be a
    /// template, such as a linter that wants to say which name was meant.
    public static func lookup(_ name: String, at mark: SourceMark?)
        -> Result<PolicyTemplate, Diagnostic>
    {
        if let template = byName[name] { return .success(template) }
        let near = Suggestion.nearest(to: name, among: names)
        let hint = near.map { " Did you mean '\($0)'?" } ?? ""
        return .failure(
            .error(
                "'\(name)' is not a SAM policy template.\(hint)", rule: PolicyTemplate.rule,
                at: mark))
    }

    private static let byName: [String: PolicyTemplate] = Dictionary(
        templates.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
}
