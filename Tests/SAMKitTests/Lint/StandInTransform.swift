@testable import SAMKit

/// A stand-in for the transform's output in rule tests, since the rules must not depend on
/// any translator: the template's resources that are not serverless, as written, plus the
/// resources a test says the transform generated, each marked as the transform marks it.
enum StandInTransform {
    /// One generated resource: the SAM resource it comes from, and the SAM node whose mark it
    /// carries (as the transform gives a generated resource the mark of the property it was
    /// made from).
    struct Generated {
        var from: String
        var id: String
        var type: String
        var properties: Node
        var origin: TemplatePath
        var dependsOn: [String] = []
    }

    static func output(_ document: TemplateDocument, _ generated: [Generated]) -> Node {
        let resources = document.sections["Resources"]?.mapping ?? Mapping()
        var output = Mapping()
        for entry in resources
        where entry.value["Type"]?.string?.hasPrefix("AWS::Serverless::") != true {
            output.set(entry)
        }
        for item in generated {
            var attributes = Mapping()
            if !item.dependsOn.isEmpty {
                attributes["DependsOn"] = .sequence(item.dependsOn.map { .string($0) })
            }
            let resource = CloudFormationResource(
                logicalId: item.id, type: item.type,
                properties: item.properties.mapping ?? Mapping(),
                attributes: attributes, origin: item.origin.mark(in: document.root))
            output.set(
                Mapping.Entry(
                    key: item.id, keyMark: resources.entry(item.from)?.keyMark,
                    value: resource.node))
        }
        var sections = document.sections
        sections["Resources"] = .mapping(output)
        sections["Globals"] = nil
        return Node(.mapping(sections))
    }

    /// The findings of `rules` on `text` with the stand-in output.
    static func findings(
        _ text: String, rules: [any LintRule], generated: [Generated]
    ) throws -> [String] {
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        let linter = Linter(rules: rules, today: LintProbe.day)
        return linter.lint(document, transformed: output(document, generated)).map(
            LintProbe.describe)
    }

    /// Each diagnostic with its notes, one line each, notes indented.
    static func withNotes(
        _ text: String, rules: [any LintRule],
        transformed: (TemplateDocument) -> Node? = { _ in nil }
    ) throws -> [String] {
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        let linter = Linter(rules: rules, today: LintProbe.day)
        return linter.lint(document, transformed: transformed(document)).flatMap { diagnostic in
            [LintProbe.describe(diagnostic)]
                + diagnostic.notes.map { note in
                    let place = note.mark.map { "\($0.start.line):\($0.start.column)" } ?? "-"
                    return "  \(place): note: \(note.message)"
                }
        }
    }
}
