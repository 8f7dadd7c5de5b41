/// The text `samkit rules` shows: the lint rules' catalogue, and one rule in full, both made
/// from the rules' own metadata.
public enum RuleReport {
    /// One line per rule: its id, default severity and title.
    public static func catalog(_ rules: [RuleDescription] = LintRules.descriptions) -> String {
        let width = (rules.map(\.id.count).max() ?? 0) + 2
        var text = ""
        for rule in rules {
            let padding = String(repeating: " ", count: width - rule.id.count)
            let severity = rule.severity.rawValue
            let severityPadding = String(repeating: " ", count: 9 - severity.count)
            text += "\(rule.id)\(padding)\(severity)\(severityPadding)\(rule.title)\n"
        }
        text += "\n\(rules.count) rules. 'samkit rules ID' explains one, with an example.\n"
        text += "Checks outside the rules that configuration may also ignore or re-grade: "
        text += LintRules.builtInChecks.joined(separator: ", ") + ".\n"
        return text
    }

    /// One rule: title, severity, rationale, documentation, equivalents in other linters, how
    /// to suppress it, and a template it reports beside the same template put right.
    public static func describe(_ rule: RuleDescription) -> String {
        var text = "\(rule.id): \(rule.title)\n"
        text += "\nDefault severity: \(rule.severity.rawValue)\n"
        text += "\n" + wrap(rule.rationale, width: 92) + "\n"
        text += "\nDocumentation: \(rule.documentation)\n"
        let equivalents = rule.equivalents
        if !equivalents.isEmpty {
            text += "\nEquivalent rules:\n"
            if !equivalents.cfnLint.isEmpty {
                text += "  cfn-lint  \(equivalents.cfnLint.joined(separator: ", "))\n"
            }
            if !equivalents.cfnNag.isEmpty {
                text += "  cfn_nag   \(equivalents.cfnNag.joined(separator: ", "))\n"
            }
            if !equivalents.checkov.isEmpty {
                text += "  checkov   \(equivalents.checkov.joined(separator: ", "))\n"
            }
        }
        text += "\nReported:\n" + indented(rule.badExample)
        text += "\nNot reported:\n" + indented(rule.goodExample)
        text += "\nTo suppress it for a resource (or for the whole template, in the top-level "
        text += "Metadata):\n"
        text += indented(
            """
            Metadata:
              samkit:
                ignore:
                  - rule: \(rule.id)
                    reason: why it does not apply here
            """)
        return text
    }

    private static func indented(_ block: String) -> String {
        block.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "\n" : "  \($0)\n" }.joined()
    }

    /// Words of `text` in lines of at most `width` characters.
    private static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " \(word)"
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
