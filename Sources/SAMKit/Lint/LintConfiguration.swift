import Glibc

/// How a project wants its templates checked: rules to ignore, severities to change, and the
/// severity from which a finding fails the run. Read from `.samkit.yaml`:
///
/// ```yaml
/// ignore:
///   - unused-mapping
/// severity:
///   deprecated-runtime: error
///   unused-parameter: info
/// severity-threshold: error
/// ```
public struct LintConfiguration: Sendable, Equatable {
    /// The file's name, looked for in the template's folder and each folder above it.
    public static let fileName = ".samkit.yaml"

    public var ignoredRules: Set<String>
    /// Severity by rule id, in place of the rule's default.
    public var severities: [String: Severity]
    /// Findings at or above it make `validate` exit with status 1; `nil` means the default,
    /// `warning`.
    public var threshold: Severity?

    public init(
        ignoredRules: Set<String> = [], severities: [String: Severity] = [:],
        threshold: Severity? = nil
    ) {
        self.ignoredRules = ignoredRules
        self.severities = severities
        self.threshold = threshold
    }

    public var effectiveThreshold: Severity { threshold ?? .warning }

    /// `diagnostic` with this configuration's severity for its rule, or `nil` when the rule
    /// is ignored.
    public func apply(to diagnostic: Diagnostic) -> Diagnostic? {
        guard !ignoredRules.contains(diagnostic.rule) else { return nil }
        var changed = diagnostic
        if let severity = severities[diagnostic.rule] { changed.severity = severity }
        return changed
    }

    /// Reads a configuration file's text.
    ///
    /// - Parameter knownRules: the ids a configuration may name; any other is an error with a
    ///   suggestion, since a misspelt id would otherwise silently do nothing.
    /// - Throws: a located `Diagnostic` for anything that is not a valid configuration.
    public static func parse(_ bytes: [UInt8], path: String, knownRules: [String])
        throws(Diagnostic) -> LintConfiguration
    {
        let loaded: LoadedDocument
        do {
            loaded = try YAMLLoader.load(bytes, file: SourceFile(path: path))
        } catch {
            throw Diagnostic(error.severity, error.message, rule: "config", at: error.mark)
        }
        if loaded.root.isNull { return LintConfiguration() }
        guard let root = loaded.root.mapping else {
            throw problem(
                "the configuration must be a mapping with 'ignore', 'severity' or "
                    + "'severity-threshold', not \(loaded.root.kindDescription)",
                at: loaded.root.mark)
        }
        var configuration = LintConfiguration()
        for entry in root {
            switch entry.key {
            case "ignore":
                let items = entry.value.sequence ?? [entry.value]
                for item in items {
                    configuration.ignoredRules.insert(
                        try ruleId(item, knownRules: knownRules))
                }
            case "severity":
                guard let map = entry.value.mapping else {
                    throw problem(
                        "'severity' must map rule ids to 'error', 'warning' or 'info', not "
                            + entry.value.kindDescription, at: entry.value.mark)
                }
                for item in map {
                    let id = try ruleId(
                        Node(.string(item.key), mark: item.keyMark), knownRules: knownRules)
                    configuration.severities[id] = try severity(item.value)
                }
            case "severity-threshold":
                configuration.threshold = try severity(entry.value)
            default:
                var message = "unknown setting '\(entry.key)'; expected 'ignore', 'severity' "
                message += "or 'severity-threshold'"
                let keys = ["ignore", "severity", "severity-threshold"]
                if let near = Suggestion.nearest(to: entry.key, among: keys) {
                    message += "; did you mean '\(near)'?"
                }
                throw problem(message, at: entry.keyMark)
            }
        }
        return configuration
    }

    /// The configuration file that applies to the template at `templatePath`: the nearest
    /// `.samkit.yaml` in its folder or a folder above, or `nil` when there is none.
    public static func find(forTemplate templatePath: String) -> String? {
        let current = currentDirectory() ?? "."
        var directory = current
        if templatePath != "-", let slash = templatePath.lastIndex(of: "/") {
            let parent = String(templatePath[..<slash])
            directory =
                parent.isEmpty ? "/" : parent.hasPrefix("/") ? parent : current + "/" + parent
        }
        while true {
            let candidate = (directory == "/" ? "" : directory) + "/" + fileName
            if access(candidate, R_OK) == 0 { return candidate }
            guard directory != "/", let slash = directory.lastIndex(of: "/") else { return nil }
            directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
        }
    }

    private static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func ruleId(_ node: Node, knownRules: [String]) throws(Diagnostic) -> String {
        guard let id = node.string else {
            throw problem("a rule id must be a string, not \(node.kindDescription)", at: node.mark)
        }
        guard knownRules.contains(id) else {
            var message = "unknown rule '\(id)'"
            if let near = Suggestion.nearest(to: id, among: knownRules) {
                message += "; did you mean '\(near)'?"
            } else {
                message += "; 'samkit rules' lists them"
            }
            throw problem(message, at: node.mark)
        }
        return id
    }

    private static func severity(_ node: Node) throws(Diagnostic) -> Severity {
        guard let text = node.string, let severity = Severity(rawValue: text) else {
            let shown = node.string.map { "'\($0)'" } ?? node.kindDescription
            throw problem(
                "a severity must be 'error', 'warning' or 'info', not \(shown)", at: node.mark)
        }
        return severity
    }

    private static func problem(_ message: String, at mark: SourceMark?) -> Diagnostic {
        .error(message, rule: "config", at: mark)
    }
}
