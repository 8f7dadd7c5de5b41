import Testing

@testable import SAMKit

@Suite struct NodeTests {
    @Test func marksDoNotTakePartInEquality() {
        let file = SourceFile(path: "t.yaml")
        let left = Node(.string("x"), mark: SourceMark(file: file, line: 1, column: 1))
        let right = Node(.string("x"), mark: SourceMark(file: file, line: 9, column: 4))
        #expect(left == right)
        #expect(left != Node(.string("y"), mark: left.mark))
    }

    @Test func settingAnExistingKeyKeepsItsPlace() {
        var map = Mapping()
        map["A"] = 1
        map["B"] = 2
        map["A"] = 3
        #expect(map.keys == ["A", "B"])
        #expect(map["A"] == 3)
        map["A"] = nil
        #expect(map.keys == ["B"])
    }

    @Test func markedFillsOnlyMissingMarks() {
        let file = SourceFile(path: "t.yaml")
        let own = SourceMark(file: file, line: 2, column: 3)
        let origin = SourceMark(file: file, line: 7, column: 1)
        let tree: Node = ["Copied": Node(.string("x"), mark: own), "New": ["y"]]
        let marked = tree.marked(origin)
        #expect(marked["Copied"]?.mark?.start.line == 2)
        #expect(marked["New"]?.mark?.start.line == 7)
        #expect(marked["New"]?.sequence?.first?.mark?.start.line == 7)
    }
}

@Suite struct MappingKeyTests {
    @Test func canonicallyEquivalentKeysStayDistinct() {
        var map = Mapping()
        map["\u{E9}"] = 1
        map["e\u{301}"] = 2
        #expect(map.count == 2)
        #expect(map["\u{E9}"] == 1)
        #expect(map["e\u{301}"] == 2)
    }
}
