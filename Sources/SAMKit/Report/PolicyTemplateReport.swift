/// The text `samkit policy-templates` shows: what each SAM policy template grants, before a
/// user puts it in a function's `Policies`.
public enum PolicyTemplateReport {
    /// One line per template: its name, its parameters, and what it grants.
    public static func catalog() -> String {
        let templates = PolicyTemplateCatalog.all
        let width = (templates.map(\.name.count).max() ?? 0) + 2
        var text = ""
        for template in templates {
            let padding = String(repeating: " ", count: max(1, width - template.name.count))
            let parameters = template.parameters.map(\.name).joined(separator: ", ")
            text += template.name + padding + template.summary
            text += parameters.isEmpty ? "\n" : " (\(parameters))\n"
        }
        text += "\n\(templates.count) templates. "
        text += "'samkit policy-templates NAME' shows one with the statements it grants.\n"
        return text
    }

    /// One template in full: what it grants, its parameters, how to use it, and the IAM
    /// statements it expands to.
    public static func describe(_ template: PolicyTemplate) -> String {
        var text = "\(template.name): \(template.summary)\n"

        text += "\nParameters:\n"
        if template.parameters.isEmpty {
            text += "  none; write the template with an empty mapping, as below.\n"
        }
        let width = (template.parameters.map(\.name.count).max() ?? 0) + 2
        for parameter in template.parameters {
            let padding = String(repeating: " ", count: width - parameter.name.count)
            text += "  \(parameter.name)\(padding)\(parameter.summary)\n"
        }

        text += "\nIn a function's Policies:\n  Policies:\n"
        if template.parameters.isEmpty {
            text += "    - \(template.name): {}\n"
        } else {
            text += "    - \(template.name):\n"
            for parameter in template.parameters {
                text += "        \(parameter.name): !Ref My\(parameter.name)\n"
            }
        }

        text += "\nStatements it grants (parameters appear as 'Ref: NAME'):\n"
        let statements = Node(.sequence(template.statements))
        let body = (try? statements.yamlText()) ?? statements.jsonText()
        for line in body.split(separator: "\n", omittingEmptySubsequences: false)
        where !line.isEmpty {
            text += "  \(line)\n"
        }
        return text
    }
}
