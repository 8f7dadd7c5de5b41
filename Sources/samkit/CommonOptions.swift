import SAMKit

/// Options that transform and validate read the same way.
enum CommonOptions {
    /// Region, partition, parameter values and local-artifact handling from the command line
    /// and the environment.
    static func transformOptions(
        from scanner: ArgumentScanner, environment: [String: String],
        defaultLocalArtifacts: TransformOptions.LocalArtifacts = .reject
    ) throws(UsageError) -> TransformOptions {
        let region =
            scanner.values["region"] ?? nonEmpty(environment["AWS_REGION"])
            ?? nonEmpty(environment["AWS_DEFAULT_REGION"]) ?? "us-east-1"
        var partition: Partition?
        if let name = scanner.values["partition"] {
            guard Partition.knownNames.contains(name) else {
                throw invalid("partition", name, Partition.knownNames, scanner.command)
            }
            partition = Partition(name: name)
        }
        var parameters: [String: String] = [:]
        for pair in scanner.lists["parameter-overrides"] ?? [] {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw UsageError(
                    message: "Parameter override '\(pair)' should be written KEY=VALUE.",
                    command: scanner.command)
            }
            parameters[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        var localArtifacts = defaultLocalArtifacts
        if let mode = scanner.values["local-artifacts"] {
            guard let chosen = TransformOptions.LocalArtifacts(rawValue: mode) else {
                throw invalid(
                    "local-artifacts", mode,
                    TransformOptions.LocalArtifacts.allCases.map(\.rawValue),
                    scanner.command)
            }
            localArtifacts = chosen
        }
        return TransformOptions(
            region: region, partition: partition, parameterValues: parameters,
            localArtifacts: localArtifacts)
    }

    static func invalid(_ option: String, _ value: String, _ allowed: [String], _ command: String)
        -> UsageError
    {
        var message =
            "Invalid value '\(value)' for '--\(option)'; expected "
            + allowed.map { "'\($0)'" }.joined(separator: ", ") + "."
        if let near = Suggestion.nearest(to: value, among: allowed) {
            message += " Did you mean '\(near)'?"
        }
        return UsageError(message: message, command: command)
    }

    private static func nonEmpty(_ value: String?) -> String? {
        value.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// How `transform` writes its result.
enum OutputFormat: String, CaseIterable {
    case json
    case yaml

    static func parse(_ value: String?) throws(UsageError) -> OutputFormat {
        guard let value else { return .json }
        guard let format = OutputFormat(rawValue: value) else {
            throw CommonOptions.invalid("format", value, allCases.map(\.rawValue), "transform")
        }
        return format
    }

    func render(_ template: Node) throws(Diagnostic) -> String {
        switch self {
        case .json: template.jsonText()
        case .yaml: try template.yamlText()
        }
    }
}
