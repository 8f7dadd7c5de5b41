/// A source file that nodes and diagnostics point into.
///
/// One instance is shared by every node loaded from the file, so a node's mark costs a
/// reference and four integers rather than a copy of the path.
public final class SourceFile: Sendable {
    /// The path as the user gave it, used verbatim in diagnostics.
    public let path: String
    /// The file's bytes when they were kept, so that a diagnostic can point inside a value
    /// (one `${Name}` of a long `Fn::Sub`); empty otherwise.
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8] = []) {
        self.path = path
        self.bytes = bytes
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

extension SourceMark {
    /// Where `text` is written for the `occurrence`-th time (from 0) within this mark, or
    /// `nil` when the file's bytes were not kept or the source does not show it there (an
    /// escape sequence or a line fold inside it).
    public func locating(_ text: String, occurrence: Int = 0) -> SourceMark? {
        guard !text.isEmpty, let lines = Self.lineRanges(of: file.bytes),
            start.line >= 1, end.line <= lines.count, start.line <= end.line
        else { return nil }
        let bytes = file.bytes
        let wanted = Array(text.unicodeScalars)
        var seen = 0
        for current in start.line...end.line {
            // Columns count Unicode scalars, as libyaml counts them.
            let scalars = Array(
                String(decoding: bytes[lines[current - 1]], as: UTF8.self).unicodeScalars)
            let first = current == start.line ? start.column - 1 : 0
            let last = current == end.line ? min(end.column - 1, scalars.count) : scalars.count
            var column = max(first, 0)
            while column + wanted.count <= last {
                if scalars[column..<(column + wanted.count)].elementsEqual(wanted) {
                    if seen == occurrence {
                        return SourceMark(
                            file: file, start: SourcePosition(line: current, column: column + 1),
                            end: SourcePosition(line: current, column: column + 1 + wanted.count))
                    }
                    seen += 1
                    column += wanted.count
                } else {
                    column += 1
                }
            }
        }
        return nil
    }

    /// The byte ranges of the lines of `bytes` as libyaml numbers them: broken at `\n`,
    /// `\r\n` and a lone `\r`, after a byte-order mark. `nil` for a file that also breaks
    /// lines at NEL, LS or PS, which libyaml counts too, or that has no bytes.
    static func lineRanges(of bytes: [UInt8]) -> [Range<Int>]? {
        guard !bytes.isEmpty else { return nil }
        var ranges: [Range<Int>] = []
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = lineStart
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                ranges.append(lineStart..<index)
                index += 1
                lineStart = index
            case 0x0D:
                ranges.append(lineStart..<index)
                index += index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                lineStart = index
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
                return nil
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                return nil
            default:
                index += 1
            }
        }
        ranges.append(lineStart..<bytes.count)
        return ranges
    }
}
