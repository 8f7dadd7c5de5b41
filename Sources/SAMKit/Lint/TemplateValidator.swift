/// What checking one template file found.
public struct ValidationResult: Sendable {
    public var path: String
    /// Every problem found: loading and transform problems first, in the order found, then
    /// lint findings in file order.
    public var diagnostics: [Diagnostic]
    /// Set when the file could not be read at all, so nothing was checked.
    public var fileError: FileError?
    /// Findings at or above it fail the run.
    public var threshold: Severity

    public init(
        path: String, diagnostics: [Diagnostic], fileError: FileError? = nil,
        threshold: Severity = .warning
    ) {
        self.path = path
        self.diagnostics = diagnostics
        self.fileError = fileError
        self.threshold = threshold
    }

    /// Whether anything at or above `threshold` was found.
    public func hasProblems(atLeast threshold: Severity? = nil) -> Bool {
        let limit = threshold ?? self.threshold
        return diagnostics.contains { $0.severity >= limit }
    }
}

/// Checks template files the way `samkit validate` does: load, check the SAM resources,
/// transform, lint, and report every problem found along the way.
public struct TemplateValidator: Sendable {
    public var options: TransformOptions
    /// The rules and the configuration: ignored rules, severities and the threshold.
    public var linter: Linter

    /// A validator whose transform stands in placeholders for local artifact paths, since a
    /// source template names local code until it is packaged.
    public init(
        options: TransformOptions = TransformOptions(localArtifacts: .placeholder),
        linter: Linter = Linter()
    ) {
        self.options = options
        self.linter = linter
    }

    public func validate(path: String) -> ValidationResult {
        do {
            return validate(bytes: try FileIO.read(path), path: path == "-" ? "<stdin>" : path)
        } catch {
            return ValidationResult(
                path: path, diagnostics: [], fileError: error, threshold: threshold)
        }
    }

    public func validate(bytes: [UInt8], path: String) -> ValidationResult {
        let configuration = linter.configuration
        let document: TemplateDocument
        do {
            document = try TemplateDocument.load(bytes, path: path)
        } catch {
            return ValidationResult(
                path: path, diagnostics: [error].compactMap { configuration.apply(to: $0) },
                threshold: threshold)
        }

        // A repeated key silently loses its first value, which is nearly always a mistake.
        var diagnostics: [Diagnostic] = []
        for duplicate in document.duplicateKeys {
            diagnostics.append(
                .error(
                    "key '\(duplicate.key)' is written twice in this mapping; the value here "
                        + "replaces the earlier one", rule: "duplicate-key", at: duplicate.second,
                    notes: [
                        Diagnostic.Note(
                            "'\(duplicate.key)' is first written here", at: duplicate.first)
                    ]))
        }

        // The rules that read the CloudFormation need the transform; the others run anyway.
        var transformed: Node?
        do {
            transformed = try Transformer(options: options).transform(document).template
        } catch {
            diagnostics += error.diagnostics
        }
        diagnostics = diagnostics.compactMap { configuration.apply(to: $0) }
        diagnostics += linter.lint(document, transformed: transformed)
        return ValidationResult(path: path, diagnostics: diagnostics, threshold: threshold)
    }

    private var threshold: Severity { linter.configuration.effectiveThreshold }
}
