/// Writes diagnostics as a SARIF 2.1.0 log: one run of samkit with its rule catalogue, so that
/// GitHub code scanning and other SARIF viewers show each rule's title, rationale and
/// documentation beside its results.
///
/// Columns count Unicode scalars, which the run declares with `columnKind`. File paths are
/// written as relative URIs when they are relative, percent-encoding what a URI cannot hold.
public struct SARIFFormatter: ReportFormatter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public var rules: [RuleDescription]
    public var version: String

    public init(rules: [RuleDescription] = LintRules.descriptions, version: String = "0.1.0") {
        self.rules = rules
        self.version = version
    }

    public func report(_ results: [ValidationResult]) -> String {
        var driver = Mapping()
        driver["name"] = "samkit"
        driver["version"] = .string(version)
        driver["rules"] = .sequence(rules.map(Self.descriptor))

        var run = Mapping()
        run["tool"] = ["driver": .mapping(driver)]
        run["columnKind"] = "unicodeCodePoints"
        var items: [Node] = []
        for result in results {
            for diagnostic in result.diagnostics {
                items.append(self.result(diagnostic, path: result.path))
            }
        }
        run["results"] = .sequence(items)

        var log = Mapping()
        log["$schema"] = .string(Self.schema)
        log["version"] = "2.1.0"
        log["runs"] = [.mapping(run)]
        return Node.mapping(log).jsonText()
    }

    private static func descriptor(_ rule: RuleDescription) -> Node {
        var help = "\(rule.rationale)\n\nDocumentation: \(rule.documentation)"
        help += "\n\nReported:\n\(rule.badExample)\n\nNot reported:\n\(rule.goodExample)"
        var markdown = "\(rule.rationale)\n\n[AWS documentation](\(rule.documentation))\n\n"
        markdown += "Reported:\n\n```yaml\n\(rule.badExample)\n```\n\n"
        markdown += "Not reported:\n\n```yaml\n\(rule.goodExample)\n```"

        var descriptor = Mapping()
        descriptor["id"] = .string(rule.id)
        descriptor["name"] = .string(rule.id)
        descriptor["shortDescription"] = ["text": .string(rule.title)]
        descriptor["fullDescription"] = ["text": .string(rule.rationale)]
        descriptor["helpUri"] = .string(rule.documentation)
        descriptor["help"] = ["text": .string(help), "markdown": .string(markdown)]
        descriptor["defaultConfiguration"] = ["level": .string(level(rule.severity))]
        var properties = Mapping()
        properties["tags"] = .sequence(tags(rule).map { .string($0) })
        descriptor["properties"] = .mapping(properties)
        return .mapping(descriptor)
    }

    private static func tags(_ rule: RuleDescription) -> [String] {
        var tags = ["samkit"]
        tags += rule.equivalents.cfnLint.map { "cfn-lint:\($0)" }
        tags += rule.equivalents.cfnNag.map { "cfn_nag:\($0)" }
        tags += rule.equivalents.checkov.map { "checkov:\($0)" }
        return tags
    }

    private func result(_ diagnostic: Diagnostic, path: String) -> Node {
        var result = Mapping()
        result["ruleId"] = .string(diagnostic.rule)
        if let index = rules.firstIndex(where: { $0.id == diagnostic.rule }) {
            result["ruleIndex"] = Node(.int(index))
        }
        result["level"] = .string(Self.level(diagnostic.severity))
        result["message"] = ["text": .string(diagnostic.message)]
        result["locations"] = [Self.location(diagnostic.mark, path: path, message: nil)]
        if !diagnostic.notes.isEmpty {
            result["relatedLocations"] = .sequence(
                diagnostic.notes.enumerated().map { index, note in
                    var location = Self.location(note.mark, path: path, message: note.message)
                    if var map = location.mapping {
                        map["id"] = Node(.int(index))
                        location = .mapping(map)
                    }
                    return location
                })
        }
        return .mapping(result)
    }

    private static func location(_ mark: SourceMark?, path: String, message: String?) -> Node {
        var physical = Mapping()
        physical["artifactLocation"] = ["uri": .string(uri(mark?.file.path ?? path))]
        if let mark {
            var region = Mapping()
            region["startLine"] = Node(.int(mark.start.line))
            region["startColumn"] = Node(.int(mark.start.column))
            if mark.end > mark.start {
                region["endLine"] = Node(.int(mark.end.line))
                region["endColumn"] = Node(.int(mark.end.column))
            }
            physical["region"] = .mapping(region)
        }
        var location = Mapping()
        location["physicalLocation"] = .mapping(physical)
        if let message { location["message"] = ["text": .string(message)] }
        return .mapping(location)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `path` as a URI reference: unreserved characters and `/` as they are, everything else
    /// percent-encoded byte by byte; an absolute path becomes a `file://` URI.
    static func uri(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80
                && (character.isLetter || character.isNumber || "-._~/".contains(character))
            {
                encoded.append(character)
            } else {
                let hex = Array("0123456789ABCDEF")
                encoded += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0x0F)])"
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
