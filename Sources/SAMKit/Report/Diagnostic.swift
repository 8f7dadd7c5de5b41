/// How serious a reported problem is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }
}

/// A problem found in a template, as a value: the library never prints.
///
/// Loading errors, transform errors and lint findings are all diagnostics, so every output
/// format and the exit status are worked out from one list.
public struct Diagnostic: Sendable, Equatable, Error, CustomStringConvertible {
    /// A secondary location that explains the main one, such as the first of two equal keys.
    public struct Note: Sendable, Equatable {
        public var message: String
        public var mark: SourceMark?

        public init(_ message: String, at mark: SourceMark?) {
            self.message = message
            self.mark = mark
        }

        public static func == (lhs: Note, rhs: Note) -> Bool {
            lhs.message == rhs.message && lhs.mark?.start == rhs.mark?.start
        }
    }

    public var severity: Severity
    public var message: String
    /// The stable id of the rule or check that found the problem.
    public var rule: String
    /// Where the problem is, or `nil` when it belongs to no place in a file.
    public var mark: SourceMark?
    public var notes: [Note]

    public init(
        _ severity: Severity, _ message: String, rule: String, at mark: SourceMark?,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.message = message
        self.rule = rule
        self.mark = mark
        self.notes = notes
    }

    public static func error(
        _ message: String, rule: String, at mark: SourceMark?, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, message, rule: rule, at: mark, notes: notes)
    }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.severity == rhs.severity && lhs.message == rhs.message && lhs.rule == rhs.rule
            && lhs.mark?.start == rhs.mark?.start && lhs.notes == rhs.notes
    }

    /// `file:line:column: severity: message`, the form compilers use and editors link.
    public var description: String {
        let place = mark.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}

/// Several problems reported together, such as every error a transform found.
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
