import SAMKit

/// The `samkit` command: picks the subcommand, and turns every outcome into an exit status
/// in one place.
struct Samkit {
    static let version = "0.1.0"

    /// Exit statuses, as documented in the README.
    enum Status: Int32 {
        case clean = 0
        case problems = 1
        case couldNotRun = 2
    }

    let console: Console

    static let help = """
        samkit \(version): check AWS SAM templates and turn them into CloudFormation.

        Usage: samkit <command> [options]

        Commands:
          transform   Write the CloudFormation that AWS's SAM transform produces.
          validate    Check templates and report every problem with its line and column.
          rules [ID]  List the lint rules, or explain one with an example.
          policy-templates [NAME]
                      List the SAM policy templates, or show what one grants.

        Options:
          -h, --help  Show help; 'samkit <command> --help' shows a command's options.
          --version   Show the version.

        Exit status: 0 when all is well, 1 when the template has problems, 2 when samkit
        could not run (unreadable file, bad arguments).

        """

    func run(_ arguments: [String]) -> Int32 {
        do {
            return try dispatch(arguments).rawValue
        } catch {
            console.err("samkit: error: \(error.message)\n")
            let helpCommand = error.command.map { "samkit \($0) --help" } ?? "samkit --help"
            console.err("Run '\(helpCommand)' for usage.\n")
            return Status.couldNotRun.rawValue
        }
    }

    private func dispatch(_ arguments: [String]) throws(UsageError) -> Status {
        guard let first = arguments.first else {
            console.err(Self.help)
            return .couldNotRun
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help", "help":
            console.out(Self.help)
            return .clean
        case "--version":
            console.out("samkit \(Self.version)\n")
            return .clean
        case "transform":
            return try TransformCommand(console: console).run(rest)
        case "validate":
            return try ValidateCommand(console: console).run(rest)
        case "rules":
            return try RulesCommand(console: console).run(rest)
        case "policy-templates":
            return try PolicyTemplatesCommand(console: console).run(rest)
        default:
            let commands = ["transform", "validate", "rules", "policy-templates"]
            var message =
                first.hasPrefix("-") ? "Unknown option '\(first)'." : "Unknown command '\(first)'."
            if let near = Suggestion.nearest(to: first, among: commands + ["--help", "--version"]) {
                message += " Did you mean '\(near)'?"
            }
            throw UsageError(message: message, command: nil)
        }
    }
}
