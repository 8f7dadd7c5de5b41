import SAMKit

/// `samkit validate`: check templates and report every problem where it was written.
struct ValidateCommand {
    let console: Console

    static let help = """
        Usage: samkit validate TEMPLATE... [options]

        Loads, checks and transforms each template and prints every problem as
        file:line:column: error: message. Local code paths ('CodeUri: src/') are accepted
        as 'sam validate' accepts them.

        Options:
          --region REGION            Region to check for (default: $AWS_REGION, then
                                     $AWS_DEFAULT_REGION, then us-east-1).
          --partition PARTITION      aws, aws-cn, aws-us-gov, ... (default: the region's).
          --parameter-overrides KEY=VALUE ...
                                     Values for the template's parameters.
          -h, --help                 Show this help.

        Exit status: 0 when every template is clean, 1 when problems were found, 2 when a
        file could not be read or the arguments are wrong.

        """

    func run(_ arguments: [String]) throws(UsageError) -> Samkit.Status {
        var scanner = ArgumentScanner(
            command: "validate",
            options: [
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
        let options = try CommonOptions.transformOptions(
            from: scanner, environment: console.environment, defaultLocalArtifacts: .placeholder)
        let validator = TemplateValidator(options: options)
        let formatter = TextFormatter(colored: console.colored(descriptor: 1))

        var status = Samkit.Status.clean
        var problemCount = 0
        for path in scanner.positionals {
            let result = validator.validate(path: path)
            if let error = result.fileError {
                console.err("samkit: error: cannot read '\(error.path)': \(error.reason)\n")
                status = .couldNotRun
                continue
            }
            console.out(formatter.text(for: result.diagnostics))
            problemCount += result.diagnostics.count
            if result.hasProblems() && status == .clean { status = .problems }
        }
        if console.isTerminal(2) {
            let files =
                scanner.positionals.count == 1 ? "1 file" : "\(scanner.positionals.count) files"
            let found =
                problemCount == 0
                ? "no problems" : problemCount == 1 ? "1 problem" : "\(problemCount) problems"
            console.err("\(files) checked, \(found) found.\n")
        }
        return status
    }
}
