import Dispatch
import SAMKit

/// `samkit validate`: check templates and report every problem where it was written.
struct ValidateCommand {
    let console: Console

    static let help = """
        Usage: samkit validate TEMPLATE... [options]

        Loads, checks, transforms and lints each template and prints every problem as
        file:line:column: severity: message [rule]. Local code paths ('CodeUri: src/') are
        accepted as 'sam validate' accepts them. Templates are checked in parallel and
        reported in the order given.

        Options:
          --format text|json|sarif|junit|github
                                     Output format (default: text).
          --config FILE              Configuration to use instead of the nearest .samkit.yaml
                                     in the template's folder or above.
          --ignore RULE              Do not run RULE; repeat for more ('samkit rules' lists
                                     them).
          --severity-threshold error|warning|info
                                     Exit with status 1 when a problem at or above this
                                     severity is found (default: warning).
          --region REGION            Region to check for (default: $AWS_REGION, then
                                     $AWS_DEFAULT_REGION, then us-east-1).
          --partition PARTITION      aws, aws-cn, aws-us-gov, ... (default: the region's).
          --parameter-overrides KEY=VALUE ...
                                     Values for the template's parameters.
          -h, --help                 Show this help.

        Exit status: 0 when no problem reaches the threshold, 1 when one does, 2 when a
        file or the configuration could not be read or the arguments are wrong.

        """

    func run(_ arguments: [String]) throws(UsageError) -> Samkit.Status {
        var scanner = ArgumentScanner(
            command: "validate",
            options: [
                .init(name: "format", kind: .value),
                .init(name: "config", kind: .value),
                .init(name: "ignore", kind: .repeated),
                .init(name: "severity-threshold", kind: .value),
                .init(name: "region", kind: .value),
                .init(name: "partition", kind: .value),
                .init(name: "parameter-overrides", kind: .list),
            ])
        try scanner.scan(arguments)
        if scanner.flags.contains("help") {
            console.out(Self.help)
            return .clean
        }
        guard !scanner.positionals.isEmpty else {
            throw UsageError(message: "Missing the template to validate.", command: "validate")
        }
        let format = try Self.format(scanner.values["format"])
        let overrides = try Self.overrides(from: scanner)
        let options = try CommonOptions.transformOptions(
            from: scanner, environment: console.environment, defaultLocalArtifacts: .placeholder)

        // Each template gets the configuration nearest to it, unless one was given.
        let paths = scanner.positionals
        var validators: [TemplateValidator] = []
        var loaded: [String: LintConfiguration] = [:]
        for path in paths {
            let configPath = scanner.values["config"] ?? LintConfiguration.find(forTemplate: path)
            var configuration = LintConfiguration()
            if let configPath {
                if let known = loaded[configPath] {
                    configuration = known
                } else {
                    guard let read = readConfiguration(configPath) else { return .couldNotRun }
                    loaded[configPath] = read
                    configuration = read
                }
            }
            configuration.ignoredRules.formUnion(overrides.ignored)
            if let threshold = overrides.threshold { configuration.threshold = threshold }
            validators.append(
                TemplateValidator(options: options, linter: Linter(configuration: configuration)))
        }

        let results = Self.validateInParallel(paths, validators)

        // Files that could not be read stop nothing else; they make the status 2.
        var status = Samkit.Status.clean
        var checked: [ValidationResult] = []
        for result in results {
            if let error = result.fileError {
                console.err("samkit: error: cannot read '\(error.path)': \(error.reason)\n")
                status = .couldNotRun
                continue
            }
            checked.append(result)
            if result.hasProblems() && status == .clean { status = .problems }
        }
        console.out(format.formatter(colored: console.colored(descriptor: 1)).report(checked))

        if console.isTerminal(2) && format == .text {
            let problemCount = checked.reduce(0) { $0 + $1.diagnostics.count }
            let files = paths.count == 1 ? "1 file" : "\(paths.count) files"
            let found =
                problemCount == 0
                ? "no problems" : problemCount == 1 ? "1 problem" : "\(problemCount) problems"
            console.err("\(files) checked, \(found) found.\n")
        }
        return status
    }

    /// Checks each file on its own thread when there are several, keeping argument order.
    static func validateInParallel(_ paths: [String], _ validators: [TemplateValidator])
        -> [ValidationResult]
    {
        guard paths.count > 1 else {
            return zip(paths, validators).map { $1.validate(path: $0) }
        }
        let slots = UnsafeMutableBufferPointer<ValidationResult?>.allocate(capacity: paths.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            // Each iteration writes its own slot only.
            shared[index] = validators[index].validate(path: paths[index])
        }
        return slots.map { $0 ?? ValidationResult(path: "", diagnostics: []) }
    }

    private func readConfiguration(_ path: String) -> LintConfiguration? {
        do {
            let bytes = try FileIO.read(path)
            return try LintConfiguration.parse(
                bytes, path: path, knownRules: LintRules.knownIds)
        } catch let error as FileError {
            console.err("samkit: error: cannot read '\(error.path)': \(error.reason)\n")
        } catch let error as Diagnostic {
            console.err("samkit: error: \(error)\n")
        } catch {
            console.err("samkit: error: \(error)\n")
        }
        return nil
    }

    private static func format(_ value: String?) throws(UsageError) -> ReportFormat {
        guard let value else { return .text }
        guard let format = ReportFormat(rawValue: value) else {
            throw CommonOptions.invalid(
                "format", value, ReportFormat.allCases.map(\.rawValue), "validate")
        }
        return format
    }

    private static func overrides(from scanner: ArgumentScanner) throws(UsageError)
        -> (ignored: Set<String>, threshold: Severity?)
    {
        var ignored = Set<String>()
        for value in scanner.lists["ignore"] ?? [] {
            for id in value.split(separator: ",").map(String.init) {
                guard LintRules.knownIds.contains(id) else {
                    var message = "Unknown rule '\(id)' for '--ignore'."
                    if let near = Suggestion.nearest(to: id, among: LintRules.knownIds) {
                        message += " Did you mean '\(near)'?"
                    } else {
                        message += " 'samkit rules' lists them."
                    }
                    throw UsageError(message: message, command: "validate")
                }
                ignored.insert(id)
            }
        }
        var threshold: Severity?
        if let value = scanner.values["severity-threshold"] {
            guard let severity = Severity(rawValue: value) else {
                throw CommonOptions.invalid(
                    "severity-threshold", value, Severity.allCases.reversed().map(\.rawValue),
                    "validate")
            }
            threshold = severity
        }
        return (ignored, threshold)
    }
}
