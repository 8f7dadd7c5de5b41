import Testing

@testable import SAMKit

/// A mark narrowed to a piece of its value's text, found in the source as written.
@Suite struct SourceMarkLocatingTests {
    static func mark(of text: String, at keys: String...) throws -> SourceMark {
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        var node = document.root
        for key in keys { node = try #require(node[key]) }
        return try #require(node.mark)
    }

    @Test func findsEachOccurrenceInTurn() throws {
        let mark = try Self.mark(of: "A: !Sub 'é ${X}-${X}'\n", at: "A", "Fn::Sub")
        let first = try #require(mark.locating("${X}"))
        let second = try #require(mark.locating("${X}", occurrence: 1))
        #expect((first.start.line, first.start.column, first.end.column) == (1, 12, 16))
        #expect((second.start.line, second.start.column) == (1, 17))
        #expect(mark.locating("${X}", occurrence: 2) == nil)
    }

    @Test func findsTextOnALaterLineOfABlock() throws {
        let mark = try Self.mark(of: "A: !Sub |\n  one\n  two ${Y}\nB: 1\n", at: "A", "Fn::Sub")
        let found = try #require(mark.locating("${Y}"))
        #expect((found.start.line, found.start.column) == (3, 7))
    }

    /// Text outside the mark is not found, even when the file holds it elsewhere.
    @Test func staysInsideTheMark() throws {
        let mark = try Self.mark(of: "A: plain\nB: ${Z}\n", at: "A")
        #expect(mark.locating("${Z}") == nil)
    }

    @Test func needsTheFilesBytes() {
        let file = SourceFile(path: "t.yaml")
        let mark = SourceMark(file: file, line: 1, column: 1)
        #expect(mark.locating("x") == nil)
    }
}

extension SourceMarkLocatingTests {
    /// Lines are counted as libyaml counts them, whatever ends them.
    @Test(arguments: ["\r\n", "\r"])
    func linesEndAsTheLoaderSaysTheyDo(_ newline: String) throws {
        let text = ["A: 1", "B: !Sub '${Z}-${Y}'", ""].joined(separator: newline)
        let mark = try Self.mark(of: text, at: "B", "Fn::Sub")
        let found = try #require(mark.locating("${Y}"))
        #expect((found.start.line, found.start.column) == (2, 15))
    }

    @Test func aByteOrderMarkTakesNoColumn() throws {
        let mark = try Self.mark(of: "\u{FEFF}A: !Sub '${Y}'\n", at: "A", "Fn::Sub")
        let found = try #require(mark.locating("${Y}"))
        #expect((found.start.line, found.start.column) == (1, 10))
    }

    /// Lines broken where only YAML breaks them are not guessed at.
    @Test func unusualLineBreaksAreLeftAlone() throws {
        let mark = try Self.mark(of: "A: 1\u{2028}\nB: !Sub '${Y}'\n", at: "B", "Fn::Sub")
        #expect(mark.locating("${Y}") == nil)
    }
}
