/// Writes diagnostics as compiler-style lines that editors and CI logs turn into links:
/// `file:line:column: severity: message [rule]`, then a `note:` line for each note.
public struct TextFormatter: ReportFormatter {
    /// Whether to colour the severity with ANSI escapes, for a terminal.
    public var colored: Bool
    /// Whether each line ends with the id of the rule that found the problem, the id that
    /// configuration and suppressions name.
    public var showsRule: Bool

    public init(colored: Bool = false, showsRule: Bool = true) {
        self.colored = colored
        self.showsRule = showsRule
    }

    public func report(_ results: [ValidationResult]) -> String {
        results.map { text(for: $0.diagnostics, file: $0.path) }.joined()
    }

    /// The lines for one diagnostic, without line terminators. A diagnostic with no place in
    /// the file still names `file`, when given.
    public func lines(for diagnostic: Diagnostic, file: String? = nil) -> [String] {
        let message =
            showsRule ? "\(diagnostic.message) [\(diagnostic.rule)]" : diagnostic.message
        var lines = [line(diagnostic.mark, file, label: diagnostic.severity.rawValue, message)]
        for note in diagnostic.notes {
            lines.append(line(note.mark, file, label: "note", note.message))
        }
        return lines
    }

    /// The whole report for `diagnostics`, one line each plus their notes, ending in a newline
    /// when there is anything to say.
    public func text(for diagnostics: [Diagnostic], file: String? = nil) -> String {
        diagnostics.flatMap { lines(for: $0, file: file) }.map { $0 + "\n" }.joined()
    }

    private func line(_ mark: SourceMark?, _ file: String?, label: String, _ message: String)
        -> String
    {
        let place = mark.map { "\($0): " } ?? file.map { "\($0): " } ?? ""
        return "\(place)\(paint(label)): \(message)"
    }

    private func paint(_ label: String) -> String {
        guard colored else { return label }
        let code: String
        switch label {
        case "error": code = "1;31"
        case "warning": code = "1;33"
        case "note": code = "1;36"
        default: code = "1"
        }
        return "\u{1B}[\(code)m\(label)\u{1B}[0m"
    }
}
