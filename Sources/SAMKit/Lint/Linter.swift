/// Runs lint rules over a template and turns what they find into located diagnostics.
///
/// This is the one place where a finding gets its line and column: the rule names a path, and
/// the linter takes the mark of the node there. Nodes the transform generated carry the mark
/// of the SAM node they came from, so a finding on generated CloudFormation points at what the
/// user wrote. The linter also works out which SAM resource a generated resource came from
/// (the transform gives each generated resource the key mark of its SAM resource), so that a
/// suppression on a SAM resource covers everything generated from it.
public struct Linter: Sendable {
    public var rules: [any LintRule]
    public var configuration: LintConfiguration
    public var today: CalendarDate

    public init(
        rules: [any LintRule] = LintRules.all, configuration: LintConfiguration = .init(),
        today: CalendarDate = .today()
    ) {
        self.rules = rules
        self.configuration = configuration
        self.today = today
    }

    /// The findings of every rule the configuration does not ignore, plus any suppression
    /// written wrongly, sorted by position.
    ///
    /// - Parameter transformed: the transform's output, or `nil` when it failed; rules that
    ///   read the SAM template run either way.
    public func lint(_ document: TemplateDocument, transformed: Node?) -> [Diagnostic] {
        let context = LintContext(sam: document.root, cloudFormation: transformed, today: today)
        let descriptions = rules.map(\.rule)
        let suppressions = Suppressions(reading: document.sections, rules: descriptions)
        let origins = transformed.map { Self.origins(of: $0, in: document.sections) } ?? [:]

        var diagnostics: [Diagnostic] = []
        var seen = Set<DiagnosticKey>()
        for rule in rules where !configuration.ignoredRules.contains(rule.rule.id) {
            for finding in rule.check(context) {
                let root: Node
                var resources: [String] = []
                switch finding.tree {
                case .sam:
                    root = document.root
                    if let id = finding.resource ?? finding.path.resourceId { resources = [id] }
                case .cloudFormation:
                    guard let transformed else { continue }
                    root = transformed
                    if let id = finding.resource ?? finding.path.resourceId {
                        resources = [id] + (origins[id].map { [$0] } ?? [])
                    }
                }
                guard !suppressions.suppresses(rule.rule, inResources: resources) else {
                    continue
                }
                var mark = finding.path.mark(in: root, key: finding.pointsAtKey)
                if let excerpt = finding.excerpt {
                    mark = mark?.locating(excerpt.text, occurrence: excerpt.occurrence) ?? mark
                }
                let severity =
                    configuration.severities[rule.rule.id] ?? finding.severity ?? rule.rule.severity
                let notes = finding.notes.compactMap { note -> Diagnostic.Note? in
                    let noteRoot = note.tree == .sam ? document.root : transformed
                    guard let noteRoot else { return nil }
                    return Diagnostic.Note(
                        note.message, at: note.path.mark(in: noteRoot, key: note.pointsAtKey))
                }
                let diagnostic = Diagnostic(
                    severity, finding.message, rule: rule.rule.id, at: mark, notes: notes)

                // A value that Globals gives to several functions is reported once.
                if seen.insert(DiagnosticKey(diagnostic)).inserted {
                    diagnostics.append(diagnostic)
                }
            }
        }
        diagnostics += suppressions.problems.compactMap { configuration.apply(to: $0) }
        return Self.sorted(diagnostics)
    }

    /// The SAM logical id each generated resource came from, found by the key mark the
    /// transform gives every resource it generates: the mark of its SAM resource's logical id.
    static func origins(of transformed: Node, in sections: Mapping) -> [String: String] {
        var samIds: [SourcePosition: String] = [:]
        for entry in sections["Resources"]?.mapping ?? Mapping() {
            if let mark = entry.keyMark { samIds[mark.start] = entry.key }
        }
        var origins: [String: String] = [:]
        for entry in transformed["Resources"]?.mapping ?? Mapping() {
            guard let mark = entry.keyMark, let id = samIds[mark.start], id != entry.key else {
                continue
            }
            origins[entry.key] = id
        }
        return origins
    }

    /// In file order; findings without a place go last, and ties keep the rules' order.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            switch (left.element.mark?.start, right.element.mark?.start) {
            case (let l?, let r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return left.offset < right.offset
            }
        }
        .map(\.element)
    }

    private struct DiagnosticKey: Hashable {
        var rule: String
        var message: String
        var position: SourcePosition?

        init(_ diagnostic: Diagnostic) {
            rule = diagnostic.rule
            message = diagnostic.message
            position = diagnostic.mark?.start
        }
    }
}
