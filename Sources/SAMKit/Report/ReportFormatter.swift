/// Writes what `validate` found in one output format. One small type per format implements
/// it; `ReportFormat` picks one by name.
public protocol ReportFormatter: Sendable {
    /// The whole report for `results`, in the order given, as the text to write.
    func report(_ results: [ValidationResult]) -> String
}

/// The output formats of `samkit validate --format`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `file:line:column: severity: message [rule]`, for people and editors.
    case text
    /// An array of objects with `file`, `line`, `column`, `severity`, `rule`, `message`.
    case json
    /// SARIF 2.1.0 with the rule catalogue, for GitHub code scanning and other viewers.
    case sarif
    /// JUnit XML, for CI systems that show test reports.
    case junit
    /// GitHub Actions workflow commands, which annotate the lines of a pull request.
    case github

    public func formatter(colored: Bool = false) -> any ReportFormatter {
        switch self {
        case .text: TextFormatter(colored: colored)
        case .json: JSONReportFormatter()
        case .sarif: SARIFFormatter()
        case .junit: JUnitFormatter()
        case .github: GitHubFormatter()
        }
    }
}
