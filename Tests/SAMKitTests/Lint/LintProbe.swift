@testable import SAMKit

/// Small ways into the linter for tests: a template's findings as `line:column: severity:
/// message [rule]` lines, on a fixed day so that runtime dates give the same answer every year.
enum LintProbe {
    static let day = CalendarDate(year: 2026, month: 12, day: 3)

    /// The findings of `rules` (default: every rule) on `text`, with the transform's output
    /// `transformed` when given.
    static func findings(
        _ text: String, rules: [any LintRule] = LintRules.all,
        configuration: LintConfiguration = LintConfiguration(), transformed: Node? = nil,
        day: CalendarDate = day
    ) throws -> [String] {
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        let linter = Linter(rules: rules, configuration: configuration, today: day)
        return linter.lint(document, transformed: transformed).map(describe)
    }

    static func describe(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.mark.map { "\($0.start.line):\($0.start.column)" } ?? "-"
        return
            "\(place): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
    }
}

/// One row of a rule's table: a template and exactly what the rule reports on it.
struct LintCase: Sendable, CustomStringConvertible {
    var name: String
    var template: String
    var expected: [String]

    init(_ name: String, _ template: String, _ expected: [String]) {
        self.name = name
        self.template = template
        self.expected = expected
    }

    var description: String { name }
}
