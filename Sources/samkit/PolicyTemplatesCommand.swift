import SAMKit

/// `samkit policy-templates [NAME]`: what the SAM policy templates grant.
struct PolicyTemplatesCommand {
    let console: Console

    static let help = """
        Usage: samkit policy-templates [NAME]

        Lists the SAM policy templates samkit knows, with their parameters and what each
        grants. With NAME, shows that template: its parameters, how to write it in a
        function's Policies, and the IAM statements it expands to.

        Options:
          -h, --help  Show this help.

        """

    func run(_ arguments: [String]) throws(UsageError) -> Samkit.Status {
        var scanner = ArgumentScanner(command: "policy-templates", options: [])
        try scanner.scan(arguments)
        if scanner.flags.contains("help") {
            console.out(Self.help)
            return .clean
        }
        guard scanner.positionals.count <= 1 else {
            throw UsageError(
                message: "Expected at most one template name.", command: "policy-templates")
        }
        guard let name = scanner.positionals.first else {
            console.out(PolicyTemplateReport.catalog())
            return .clean
        }
        switch PolicyTemplateCatalog.lookup(name, at: nil) {
        case .success(let template):
            console.out(PolicyTemplateReport.describe(template))
            return .clean
        case .failure(let diagnostic):
            throw UsageError(message: diagnostic.message, command: "policy-templates")
        }
    }
}
