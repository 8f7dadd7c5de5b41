import Foundation

@testable import SAMKit

/// Writes `PolicyTemplateSources.swift` from the files in `PolicyTemplates/`.
///
/// Each file is `NAME.json` holding `Description` (one sentence), `Parameters` (each name with
/// its own `Description`) and `Statement` (the IAM statements, parameters referred to as
/// `{"Ref": NAME}`). The generated code builds the statements as ``Node`` values directly, so
/// the library parses nothing at run time.
enum PolicyTemplateSourceGenerator {
    struct TemplateFile {
        var name: String
        var summary: String
        var parameters: [PolicyTemplate.Parameter]
        var statements: [Node]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let folder = PackagePaths.inPackage("PolicyTemplates")
    static let output = PackagePaths.inPackage(
        "Sources/SAMKit/Transform/Policies/PolicyTemplateSources.swift")

    /// Every template file, sorted by name.
    static func readFiles() throws -> [TemplateFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { fileName in
            let url = folder.appendingPathComponent(fileName)
            return try read(
                OrderedJSON.parse(PackagePaths.text(of: url)),
                name: String(fileName.dropLast(".json".count)))
        }
    }

    static func read(_ node: Node, name: String) throws -> TemplateFile {
        guard let map = node.mapping, map.keys == ["Description", "Parameters", "Statement"] else {
            throw Failure(
                description: "\(name): expected exactly Description, Parameters, Statement")
        }
        guard let summary = map["Description"]?.string,
            let parameterMap = map["Parameters"]?.mapping,
            let statements = map["Statement"]?.sequence
        else { throw Failure(description: "\(name): a key holds the wrong kind of value") }
        let parameters = try parameterMap.map { entry in
            guard let about = entry.value.mapping, about.keys == ["Description"],
                let text = about["Description"]?.string
            else { throw Failure(description: "\(name).\(entry.key): expected {Description}") }
            return PolicyTemplate.Parameter(name: entry.key, summary: text)
        }
        return TemplateFile(
            name: name, summary: summary, parameters: parameters, statements: statements)
    }

    static func source(for templates: [TemplateFile]) -> String {
        var out = """
            // swift-format-ignore-file
            // Generated from the files in PolicyTemplates/; do not edit by hand.
            // After changing those files, regenerate this one from the package root with
            //   SAMKIT_REGENERATE=1 swift test --filter PolicyTemplateSourcesTests

            extension PolicyTemplateCatalog {
                /// Every policy template, sorted by name.
                static let templates: [PolicyTemplate] = [

            """
        for template in templates {
            out += "        PolicyTemplate(\n"
            out += "            name: \(literal(template.name)),\n"
            out += "            summary: \(literal(template.summary)),\n"
            if template.parameters.isEmpty {
                out += "            parameters: [],\n"
            } else {
                out += "            parameters: [\n"
                for parameter in template.parameters {
                    out += "                .init(\n"
                    out += "                    name: \(literal(parameter.name)),\n"
                    out += "                    summary: \(literal(parameter.summary))),\n"
                }
                out += "            ],\n"
            }
            out += "            statements: {\n"
            out += "                [\n"
            for statement in template.statements {
                out += String(repeating: " ", count: 20) + code(statement, indent: 20) + ",\n"
            }
            out += "                ]\n"
            out += "            }),\n"
        }
        out += """
                ]
            }

            // Builders with explicit types, so the compiler need not infer large literals.

            @inline(never)
            private func mapping(_ entries: [(String, Node)]) -> Node {
                .mapping(Mapping(entries.map { Mapping.Entry(key: $0.0, value: $0.1) }))
            }

            @inline(never)
            private func list(_ items: [Node]) -> Node {
                .sequence(items)
            }

            @inline(never)
            private func text(_ value: String) -> Node {
                .string(value)
            }

            """
        return out
    }

    /// Swift code that builds `node`, its first line placed at column `indent`.
    private static func code(_ node: Node, indent: Int) -> String {
        let inner = String(repeating: " ", count: indent + 4)
        let closing = String(repeating: " ", count: indent)
        switch node.content {
        case .null: return "Node(.null)"
        case .bool(let flag): return "Node(.bool(\(flag)))"
        case .int(let number): return "Node(.int(\(number)))"
        case .float(let number): return "Node(.float(\(number)))"
        case .string(let value): return "text(\(literal(value)))"
        case .sequence(let items):
            if items.isEmpty { return "list([])" }
            let lines = items.map { inner + code($0, indent: indent + 4) + ",\n" }
            return "list([\n" + lines.joined() + closing + "])"
        case .mapping(let map):
            if map.isEmpty { return "mapping([])" }
            let lines = map.map { entry in
                "\(inner)(\(literal(entry.key)), \(code(entry.value, indent: indent + 4))),\n"
            }
            return "mapping([\n" + lines.joined() + closing + "])"
        }
    }

    /// `text` as a Swift string literal.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return out + "\""
    }
}
