import SAMKit

/// `samkit transform`: a SAM template in, CloudFormation out.
struct TransformCommand {
    let console: Console

    static let help = """
        Usage: samkit transform [TEMPLATE|-] [options]

        Writes the CloudFormation that AWS's SAM transform produces for TEMPLATE
        (default: template.yaml; '-' reads standard input).

        Options:
          -o, --output FILE          Write to FILE instead of standard output. The file is
                                     replaced whole or, on any error, left as it was.
          --format json|yaml         Output format (default: json).
          --region REGION            Region to transform for (default: $AWS_REGION, then
                                     $AWS_DEFAULT_REGION, then us-east-1).
          --partition PARTITION      aws, aws-cn, aws-us-gov, ... (default: the region's).
          --parameter-overrides KEY=VALUE ...
                                     Values for the template's parameters.
          --local-artifacts placeholder|reject
                                     What to do with local code paths such as 'CodeUri: src/':
                                     stand in placeholders as 'sam validate' does, or reject
                                     them (default: reject).
          -h, --help                 Show this help.

        Problems go to standard error as file:line:column: error: message, with exit status 1.

        """

    func run(_ arguments: [String]) throws(UsageError) -> Samkit.Status {
        var scanner = ArgumentScanner(
            command: "transform",
            options: [
                .init(name: "output", short: "o", kind: .value),
                .init(name: "format", kind: .value),
                .init(name: "region", kind: .value),
                .init(name: "partition", kind: .value),
                .init(name: "parameter-overrides", kind: .list),
                .init(name: "local-artifacts", kind: .value),
            ])
        try scanner.scan(arguments)
        if scanner.flags.contains("help") {
            console.out(Self.help)
            return .clean
        }
        guard scanner.positionals.count <= 1 else {
            throw UsageError(
                message: "Expected one template, but got \(scanner.positionals.count): "
                    + scanner.positionals.map { "'\($0)'" }.joined(separator: ", ") + ".",
                command: "transform")
        }
        let path = scanner.positionals.first ?? "template.yaml"
        let shownPath = path == "-" ? "<stdin>" : path
        let format = try OutputFormat.parse(scanner.values["format"])
        let options = try CommonOptions.transformOptions(
            from: scanner, environment: console.environment)

        // Load and transform; the template's own problems are exit status 1.
        let document: TemplateDocument
        let result: TransformResult
        do {
            document = try TemplateDocument.load(path: path)
            result = try Transformer(options: options).transform(document)
        } catch let error as FileError {
            console.err("samkit: error: cannot read '\(error.path)': \(error.reason)\n")
            return .couldNotRun
        } catch let error as Diagnostic {
            report([error], file: shownPath)
            return .problems
        } catch let error as DiagnosticList {
            report(error.diagnostics, file: shownPath)
            return .problems
        } catch {
            console.err("samkit: error: \(error)\n")
            return .couldNotRun
        }
        report(result.warnings, file: shownPath)

        // Write the result whole, or not at all.
        let text: String
        do {
            text = try format.render(result.template)
        } catch {
            report([error], file: shownPath)
            return .problems
        }
        guard let output = scanner.values["output"], output != "-" else {
            console.out(text)
            return .clean
        }
        do {
            try FileIO.writeAtomically(Array(text.utf8), to: output)
        } catch {
            console.err("samkit: error: cannot write '\(error.path)': \(error.reason)\n")
            return .couldNotRun
        }
        return .clean
    }

    private func report(_ diagnostics: [Diagnostic], file: String) {
        let formatter = TextFormatter(colored: console.colored(descriptor: 2), showsRule: false)
        console.err(formatter.text(for: diagnostics, file: file))
    }
}
