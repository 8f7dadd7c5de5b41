@testable import SAMKit

/// Small ways into the loader for tests: the value of one scalar, or the text of a failure.
enum LoaderProbe {
    static let path = "t.yaml"

    /// The node `text` loads to as the value of a one-key mapping `v: text`.
    static func value(_ text: String) throws -> Node {
        let loaded = try YAMLLoader.load("v: " + text, path: path)
        guard let value = loaded.root["v"] else { throw Missing() }
        return value
    }

    /// The root of `text` loaded as a whole document.
    static func root(_ text: String) throws -> Node {
        try YAMLLoader.load(text, path: path).root
    }

    /// `file:line:column: error: message` for the diagnostic loading `text` throws, followed
    /// by one `note line:column: message` line per note; `nil` when it loads.
    static func failure(_ text: String) -> String? {
        failure(Array(text.utf8))
    }

    static func failure(_ bytes: [UInt8]) -> String? {
        do {
            _ = try YAMLLoader.load(bytes, file: SourceFile(path: path))
            return nil
        } catch {
            return describe(error)
        }
    }

    static func describe(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.description]
        for note in diagnostic.notes {
            let place = note.mark.map { "\($0.start.line):\($0.start.column)" } ?? "-"
            lines.append("note \(place): \(note.message)")
        }
        return lines.joined(separator: "\n")
    }

    struct Missing: Error {}
}
