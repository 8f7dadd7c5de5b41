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
    /// source template names local code until it is packaged. When `options` has no
    /// application resolver, Serverless Application Repository applications are answered by
    /// ``ApplicationLookupStandIn`` and each gets an info note that it was not looked up.
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

        // Without a resolver, applications are not looked up, and a note says so.
        var options = self.options
        if options.applicationResolver == nil {
            options.applicationResolver = ApplicationLookupStandIn()
            diagnostics += Self.applicationsNotLookedUp(in: document)
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

    /// An info note at each `ApplicationId`: the transform ran with a stand-in for the
    /// Serverless Application Repository, so the application itself was not checked.
    static func applicationsNotLookedUp(in document: TemplateDocument) -> [Diagnostic] {
        let resources = document.sections["Resources"]?.mapping ?? Mapping()
        return resources.entries.compactMap { entry in
            guard entry.value["Type"]?.string == "AWS::Serverless::Application",
                let location = entry.value["Properties"]?["Location"]?.mapping,
                let id = location.entry("ApplicationId")
            else { return nil }
            let named = id.value.string.map { "application '\($0)'" } ?? "the application"
            return Diagnostic(
                .info,
                "resource '\(entry.key)': \(named) was not looked up in the Serverless "
                    + "Application Repository, since samkit makes no network calls; whether it "
                    + "exists in that version and region is checked only at deployment",
                rule: "application-lookup", at: id.value.mark ?? id.keyMark)
        }
    }
}
