/// A template file loaded into a tree whose top level is a mapping of sections.
public struct TemplateDocument: Sendable {
    public var file: SourceFile
    /// The whole template; always a mapping.
    public var root: Node
    /// Keys written twice in one mapping; the tree holds the last value of each.
    public var duplicateKeys: [DuplicateKey]

    /// The sections of the template in the order written.
    public var sections: Mapping {
        root.mapping ?? Mapping()
    }

    /// Loads a template from its bytes.
    ///
    /// JSON templates load through the YAML path, as the reference loads them. One thing
    /// JSON allows and YAML does not is a tab where indentation goes; a file that looks like
    /// JSON and fails only for that is read again with its tabs as spaces, which changes
    /// nothing else, since valid JSON has no raw tab inside a string.
    ///
    /// - Throws: a `Diagnostic` located in the file: a syntax error, an empty file, a top
    ///   level that is not a mapping, or any of the limits `YAMLLoader` enforces.
    public static func load(_ bytes: [UInt8], path: String) throws(Diagnostic)
        -> TemplateDocument
    {
        let file = SourceFile(path: path, bytes: bytes)
        let loaded: LoadedDocument
        do {
            loaded = try YAMLLoader.load(bytes, file: file)
        } catch {
            guard looksLikeJSON(bytes), bytes.contains(0x09),
                let retried = try? YAMLLoader.load(
                    bytes.map { $0 == 0x09 ? 0x20 : $0 }, file: file)
            else { throw error }
            loaded = retried
        }
        guard case .mapping = loaded.root.content else {
            let start = SourceMark(file: file, line: 1, column: 1)
            if loaded.root.isNull {
                throw Diagnostic.error(
                    "the template is empty; it should be a mapping with a 'Resources' section",
                    rule: "load", at: loaded.root.mark ?? start)
            }
            throw Diagnostic.error(
                "a template must be a mapping of sections such as 'Resources', not "
                    + loaded.root.kindDescription, rule: "load", at: loaded.root.mark ?? start)
        }
        return TemplateDocument(file: file, root: loaded.root, duplicateKeys: loaded.duplicateKeys)
    }

    /// Loads the template at `path`, or standard input for `-`.
    ///
    /// - Throws: `FileError` when the file cannot be read, `Diagnostic` when it is not a
    ///   template.
    public static func load(path: String) throws -> TemplateDocument {
        try load(try FileIO.read(path), path: path == "-" ? "<stdin>" : path)
    }

    private static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let first = body.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        return first == UInt8(ascii: "{")
    }
}
