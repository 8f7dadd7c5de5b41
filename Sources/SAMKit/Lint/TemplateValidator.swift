/// What checking one template file found.
public struct ValidationResult: Sendable {
    public var path: String
    /// Every problem found, in the order of the steps that found them.
    public var diagnostics: [Diagnostic]
    /// Set when the file could not be read at all, so nothing was checked.
    public var fileError: FileError?

    /// Whether anything at or above `threshold` was found.
    public func hasProblems(atLeast threshold: Severity = .warning) -> Bool {
        diagnostics.contains { $0.severity >= threshold }
    }
}

/// Checks template files the way `samkit validate` does: load, check the SAM resources,
/// transform, and report every problem found along the way.
public struct TemplateValidator: Sendable {
    public var options: TransformOptions

    /// A validator whose transform stands in placeholders for local artifact paths, since a
    /// source template names local code until it is packaged.
    public init(options: TransformOptions = TransformOptions(localArtifacts: .placeholder)) {
        self.options = options
    }

    public func validate(path: String) -> ValidationResult {
        do {
            return validate(bytes: try FileIO.read(path), path: path == "-" ? "<stdin>" : path)
        } catch {
            return ValidationResult(path: path, diagnostics: [], fileError: error)
        }
    }

    public func validate(bytes: [UInt8], path: String) -> ValidationResult {
        var diagnostics: [Diagnostic] = []
        let document: TemplateDocument
        do {
            document = try TemplateDocument.load(bytes, path: path)
        } catch {
            return ValidationResult(path: path, diagnostics: [error], fileError: nil)
        }

        // A repeated key silently loses its first value, which is nearly always a mistake.
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

        do {
            _ = try Transformer(options: options).transform(document)
        } catch {
            diagnostics += error.diagnostics
        }
        return ValidationResult(path: path, diagnostics: diagnostics, fileError: nil)
    }
}
