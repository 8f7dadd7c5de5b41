import Testing

@testable import SAMKit

/// Where loaded keys and values start and end. Positions are 1-based and columns count Unicode
/// scalars; an end is the position just past the last character, and a block collection ends
/// where the next token starts, as libyaml reports it.
@Suite struct SourceMarkTests {
    static let template = """
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Tags: [a, b]
            Name: 'q x'
        Outputs: {}

        """

    /// The place in a document a case looks at: a value, or the key that leads to it.
    enum Target: Sendable {
        case value([String])
        case key([String])
    }

    static let templateMarks: [(String, Target, String)] = [
        ("the root mapping", .value([]), "1:1-7:1"),
        ("a top-level key", .key(["Resources"]), "1:1-1:10"),
        ("a block mapping", .value(["Resources"]), "2:3-6:1"),
        ("a nested key", .key(["Resources", "Bucket"]), "2:3-2:9"),
        ("a deeper block mapping", .value(["Resources", "Bucket"]), "3:5-6:1"),
        ("a plain value", .value(["Resources", "Bucket", "Type"]), "3:11-3:26"),
        ("a flow sequence", .value(["Resources", "Bucket", "Tags"]), "4:11-4:17"),
        ("a flow item", .value(["Resources", "Bucket", "Tags", "1"]), "4:15-4:16"),
        ("a quoted value, quotes included", .value(["Resources", "Bucket", "Name"]), "5:11-5:16"),
        ("an empty flow mapping", .value(["Outputs"]), "6:10-6:12"),
    ]

    @Test(arguments: templateMarks)
    func marksInATemplate(name: String, target: Target, expected: String) throws {
        #expect(try Self.span(of: target, in: Self.template) == expected, "\(name)")
    }

    static let otherMarks: [(String, String, Target, String)] = [
        ("a key after 'é'", "{é: 1, b: 2}", .key(["b"]), "1:8-1:9"),
        ("a value after 'é'", "{é: 1, b: 2}", .value(["b"]), "1:11-1:12"),
        ("a key after an emoji", "{😀: 1, k: 2}", .key(["k"]), "1:8-1:9"),
        (
            "a value after a non-ASCII key", "- Größe: ü\n  k: v", .value(["0", "Größe"]),
            "1:10-1:11"
        ),
        ("a literal block scalar", "a: |\n  x\n  y\nb: 1", .value(["a"]), "1:4-4:1"),
        ("a folded block scalar", "b: >-\n  z\n\nc: 1", .value(["b"]), "1:4-4:1"),
        ("a plain scalar over two lines", "c: long\n  plain\nd: 1", .value(["c"]), "1:4-2:8"),
        ("an empty value", "d:\ne: 1", .value(["d"]), "1:3-1:3"),
        ("a double-quoted value", "e: \"dq\"", .value(["e"]), "1:4-1:8"),
        ("a block sequence", "a:\n  - 1\n  - 2\nb: 3", .value(["a"]), "2:3-4:1"),
        ("a block sequence item", "a:\n  - 1\n  - 2\nb: 3", .value(["a", "1"]), "3:5-3:6"),
    ]

    @Test(arguments: otherMarks)
    func marksOfEachKindOfNode(name: String, text: String, target: Target, expected: String)
        throws
    {
        #expect(try Self.span(of: target, in: text) == expected, "\(name)")
    }

    /// `start-end` as `line:column-line:column` for the target in `text`.
    static func span(of target: Target, in text: String) throws -> String {
        let root = try LoaderProbe.root(text)
        let mark: SourceMark?
        switch target {
        case .value(let path):
            mark = try node(at: path, in: root).mark
        case .key(let path):
            let parent = try node(at: Array(path.dropLast()), in: root)
            mark = parent.mapping?.entry(path.last ?? "")?.keyMark
        }
        let found = try #require(mark)
        return "\(found.start.line):\(found.start.column)-\(found.end.line):\(found.end.column)"
    }

    /// The node a path of keys and sequence indices leads to.
    static func node(at path: [String], in root: Node) throws -> Node {
        var node = root
        for step in path {
            if let items = node.sequence, let index = Int(step), items.indices.contains(index) {
                node = items[index]
            } else {
                node = try #require(node[step], "no '\(step)' in the path \(path)")
            }
        }
        return node
    }
}
