import SAMKit

/// A mistake in how the tool was called, reported with exit status 2.
struct UsageError: Error {
    var message: String
    /// The command whose `--help` the message points to, or nil for the tool's own.
    var command: String?
}

/// The options one command accepts, and what it was given.
struct ArgumentScanner {
    enum Kind {
        /// `--name` alone.
        case flag
        /// `--name VALUE` or `--name=VALUE`.
        case value
        /// `--name A B C`: every following argument up to the next option.
        case list
        /// `--name A --name B`: one value each time, gathered in order.
        case repeated
    }

    struct Option {
        var name: String
        var short: String?
        var kind: Kind
    }

    let command: String
    let options: [Option]

    private(set) var flags: Set<String> = []
    private(set) var values: [String: String] = [:]
    private(set) var lists: [String: [String]] = [:]
    private(set) var positionals: [String] = []

    init(command: String, options: [Option]) {
        self.command = command
        self.options = options + [Option(name: "help", short: "h", kind: .flag)]
    }

    /// Reads `arguments`; `--` ends the options, and `-` alone is a positional (standard input).
    mutating func scan(_ arguments: [String]) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var attached: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                attached = String(argument[argument.index(after: equals)...])
            }
            let option = try find(name)
            switch option.kind {
            case .flag:
                if attached != nil {
                    throw UsageError(message: "Option '\(name)' takes no value.", command: command)
                }
                flags.insert(option.name)
            case .value:
                if let attached {
                    values[option.name] = attached
                } else if index < arguments.count && !isOption(arguments[index]) {
                    values[option.name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError(
                        message: "Missing value for option '\(name)'.", command: command)
                }
            case .repeated:
                if let attached {
                    lists[option.name, default: []].append(attached)
                } else if index < arguments.count && !isOption(arguments[index]) {
                    lists[option.name, default: []].append(arguments[index])
                    index += 1
                } else {
                    throw UsageError(
                        message: "Missing value for option '\(name)'.", command: command)
                }
            case .list:
                var items = lists[option.name] ?? []
                if let attached { items.append(attached) }
                while index < arguments.count && !isOption(arguments[index]) {
                    items.append(arguments[index])
                    index += 1
                }
                if items.isEmpty {
                    throw UsageError(
                        message: "Missing values for option '\(name)'.", command: command)
                }
                lists[option.name] = items
            }
        }
    }

    private func isOption(_ argument: String) -> Bool {
        argument.hasPrefix("-") && argument != "-"
    }

    private func find(_ written: String) throws(UsageError) -> Option {
        if written.hasPrefix("--"), let option = options.first(where: { "--" + $0.name == written })
        {
            return option
        }
        if !written.hasPrefix("--"),
            let option = options.first(where: { $0.short.map { "-" + $0 } == written })
        {
            return option
        }
        let names = options.map { "--" + $0.name }
        var message = "Unknown option '\(written)'."
        if let near = Suggestion.nearest(to: written, among: names) {
            message += " Did you mean '\(near)'?"
        }
        throw UsageError(message: message, command: command)
    }
}
