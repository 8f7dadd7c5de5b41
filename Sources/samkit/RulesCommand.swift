import SAMKit

/// `samkit rules [ID]`: the lint rules, or one explained with an example.
struct RulesCommand {
    let console: Console

    static let help = """
        Usage: samkit rules [ID]

        Lists the rules 'samkit validate' checks, with their default severity. With ID,
        explains that rule: why it matters, the AWS documentation it rests on, the
        equivalent cfn-lint, cfn_nag and checkov rules, and a template it reports beside
        the same template put right.

        Options:
          -h, --help  Show this help.

        """

    func run(_ arguments: [String]) throws(UsageError) -> Samkit.Status {
        var scanner = ArgumentScanner(command: "rules", options: [])
        try scanner.scan(arguments)
        if scanner.flags.contains("help") {
            console.out(Self.help)
            return .clean
        }
        guard scanner.positionals.count <= 1 else {
            throw UsageError(message: "Expected at most one rule id.", command: "rules")
        }
        guard let id = scanner.positionals.first else {
            console.out(RuleReport.catalog())
            return .clean
        }
        guard let rule = LintRules.rule(id) else {
            let ids = LintRules.descriptions.map(\.id)
            var message = "Unknown rule '\(id)'."
            if let near = Suggestion.nearest(to: id, among: ids) {
                message += " Did you mean '\(near)'?"
            }
            throw UsageError(message: message, command: "rules")
        }
        console.out(RuleReport.describe(rule))
        return .clean
    }
}
