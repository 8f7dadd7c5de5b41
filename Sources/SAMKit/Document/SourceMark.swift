/// A source file that nodes and diagnostics point into.
///
/// One instance is shared by every node loaded from the file, so a node's mark costs a
/// reference and four integers rather than a copy of the path.
public final class SourceFile: Sendable {
    /// The path as the user gave it, used verbatim in diagnostics.
    public let path: String

    public init(path: String) {
        self.path = path
    }
}

/// A position in a source file.
///
/// Both numbers are 1-based. `column` counts Unicode scalars from the start of the line, as
/// libyaml does, so a line holding `é` before a key puts the key one column further than a
/// byte count would.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The span of source text a node was read from: its file, where it starts, and the position
/// just past its last character.
///
/// Marks are never part of a node's equality: two nodes with the same content are equal
/// wherever they were written.
public struct SourceMark: Sendable, CustomStringConvertible {
    public let file: SourceFile
    public var start: SourcePosition
    public var end: SourcePosition

    public init(file: SourceFile, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A mark of zero width at one position.
    public init(file: SourceFile, line: Int, column: Int) {
        let position = SourcePosition(line: line, column: column)
        self.init(file: file, start: position, end: position)
    }

    /// `path:line:column`, the prefix of every located message.
    public var description: String {
        "\(file.path):\(start.line):\(start.column)"
    }
}
