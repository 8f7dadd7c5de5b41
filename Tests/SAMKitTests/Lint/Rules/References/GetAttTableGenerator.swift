import Foundation

@testable import SAMKit

/// Writes `GetAttTable.swift` from the CloudFormation resource schemas that the `cfn-lint`
/// Python package carries for every region: each `AWS::` resource type with the attributes
/// `Fn::GetAtt` reads of it, the union over regions. cfn-lint works the attributes out of the
/// schemas (read-only properties and the rest), so its own code is asked for them.
enum GetAttTableGenerator {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let output = PackagePaths.inPackage(
        "Sources/SAMKit/Lint/Rules/References/GetAttTable.swift")

    /// Prints the version, then one line per type: the type, then its attributes. Patterns
    /// cfn-lint writes as regular expressions (`Outputs\..*`, `.*`) become `*` wildcards.
    static let script = #"""
        from cfnlint.version import __version__
        from cfnlint.helpers import REGIONS
        from cfnlint.schema import PROVIDER_SCHEMA_MANAGER as schemas

        def wildcard(name):
            if name == ".*":
                return "*"
            if "\\" in name:
                return name.replace("\\.", ".").replace(".*", "*")
            return name

        table = {}
        for region in REGIONS:
            try:
                types = schemas.get_resource_types(region)
            except Exception:
                continue
            for type_name in types:
                if not type_name.startswith("AWS::"):
                    continue
                try:
                    names = schemas.get_type_getatts(type_name, region).keys()
                except Exception:
                    continue
                table.setdefault(type_name, set()).update(wildcard(n) for n in names)
        print(__version__)
        for type_name in sorted(table):
            print(" ".join([type_name] + sorted(table[type_name])))
        """#

    /// The installed cfn-lint's version, or `nil` when Python cannot import it.
    static let installedVersion: String? = {
        let lines = try? run(
            "from cfnlint.version import __version__; print(__version__)")
        return lines?.first
    }()

    static func run(_ code: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", code]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8)
        else { throw Failure(description: "python3 with cfn-lint failed") }
        return text.split(separator: "\n").map(String.init)
    }

    static func source() throws -> String {
        let lines = try run(script)
        guard let version = lines.first, lines.count > 1000 else {
            throw Failure(description: "cfn-lint listed too few resource types")
        }
        let prefix = "AWS::"
        let rows = lines.dropFirst().map { line in
            "        " + (line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : line)
        }
        let quotes = String(repeating: "\"", count: 3)
        let header = [
            "// swift-format-ignore-file",
            "// Generated from the CloudFormation resource schemas of cfn-lint \(version), all",
            "// regions; do not edit by hand. Regenerate, with that version of cfn-lint installed",
            "// (`pip install cfn-lint==\(version)`), with",
            "//   SAMKIT_REGENERATE=1 swift test --filter GetAttTableTests",
            "",
            "extension GetAttAttributes {",
            "    /// The cfn-lint release the table was made from.",
            "    static let tableVersion = \"\(version)\"",
            "",
            "    /// One line per resource type: the type without its `AWS::` prefix, then the",
            "    /// attributes `Fn::GetAtt` reads of it, separated by spaces; `*` stands for any",
            "    /// text (`Outputs.*`).",
            "    static let table = " + quotes,
        ]
        let footer = ["        " + quotes, "}", ""]
        return (header + rows + footer).joined(separator: "\n")
    }
}
