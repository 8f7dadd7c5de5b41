import Testing

@testable import SAMKit

/// Anchors, aliases and `<<` merge keys. Every tree expected here is what the reference's
/// `yaml_parse` gives for the same text.
@Suite struct AnchorAndMergeTests {
    static let trees: [(String, String, Node)] = [
        ("a scalar alias", "a: &x 1\nb: *x", ["a": 1, "b": 1]),
        ("a sequence alias", "a: &x [1, 2]\nb: *x", ["a": [1, 2], "b": [1, 2]]),
        ("a tagged alias", "a: &r !Ref x\nb: *r", ["a": ["Ref": "x"], "b": ["Ref": "x"]]),
        (
            "a merged mapping, overridden",
            "base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3",
            ["base": ["x": 1, "y": 2], "c": ["x": 1, "y": 3]]
        ),
        (
            "explicit keys win wherever written", "c:\n  y: 3\n  <<: {x: 1, y: 2}",
            ["c": ["x": 1, "y": 3]]
        ),
        (
            "a list of mappings, the earlier wins",
            "p: &p {x: 1, y: 1}\nq: &q {x: 2, z: 2}\nc:\n  <<: [*p, *q]\n  w: 0",
            [
                "p": ["x": 1, "y": 1], "q": ["x": 2, "z": 2],
                "c": ["x": 1, "z": 2, "y": 1, "w": 0],
            ]
        ),
        (
            "a list of mappings, reversed",
            "p: &p {x: 1, y: 1}\nq: &q {x: 2, z: 2}\nc:\n  <<: [*q, *p]",
            ["p": ["x": 1, "y": 1], "q": ["x": 2, "z": 2], "c": ["x": 2, "y": 1, "z": 2]]
        ),
        ("two merge keys, the later wins", "c:\n  <<: {x: 1}\n  <<: {x: 2}", ["c": ["x": 2]]),
        ("two merge keys, both kept", "c:\n  <<: {x: 1}\n  <<: {y: 2}", ["c": ["x": 1, "y": 2]]),
        (
            "a merge of a mapping that merges",
            "m: &m {<<: {a: 1}, b: 2}\nc:\n  <<: *m\n  d: 3",
            ["m": ["a": 1, "b": 2], "c": ["a": 1, "b": 2, "d": 3]]
        ),
        ("an empty list merges nothing", "c:\n  <<: []", ["c": [:]]),
        ("an empty mapping merges nothing", "c:\n  <<: {}", ["c": [:]]),
        ("a single-quoted key is ordinary", "c:\n  '<<': {x: 1}", ["c": ["<<": ["x": 1]]]),
        ("a double-quoted key is ordinary", "c:\n  \"<<\": {x: 1}", ["c": ["<<": ["x": 1]]]),
        (
            "a merge inside a tagged mapping",
            "c: !Whatever\n  <<: {a: 1}\n  b: 2",
            ["c": ["Fn::Whatever": ["a": 1, "b": 2]]]
        ),
        ("a tagged mapping merges its entries", "c:\n  <<: !Whatever {a: 1}", ["c": ["a": 1]]),
        (
            "a tagged anchored mapping merges its entries",
            "m: &m !Whatever {a: 1}\nc:\n  <<: *m",
            ["m": ["Fn::Whatever": ["a": 1]], "c": ["a": 1]]
        ),
        (
            "tagged mappings in a merge list",
            "c:\n  <<: [!Foo {a: 1}, {a: 2, b: 2}]",
            ["c": ["a": 1, "b": 2]]
        ),
        ("a tagged list of tagged mappings", "c:\n  <<: !Foo [!Bar {a: 1}]", ["c": ["a": 1]]),
        (
            "an anchored list with a tagged mapping",
            "s: &s [!F {a: 1}]\nc:\n  <<: *s",
            ["s": [["Fn::F": ["a": 1]]], "c": ["a": 1]]
        ),
        ("a core-tagged mapping", "c:\n  <<: !!map {a: 1}", ["c": ["a": 1]]),
    ]

    @Test(arguments: trees)
    func aliasesAndMerges(name: String, text: String, expected: Node) throws {
        #expect(try LoaderProbe.root(text) == expected, "\(name)")
    }

    @Test func mergedKeysComeFirstInOrder() throws {
        let root = try LoaderProbe.root("c:\n  w: 0\n  <<: [{x: 1}, {y: 2, x: 3}]\n  v: 4")
        #expect(root["c"]?.mapping?.keys == ["y", "x", "w", "v"])
    }

    /// An alias is the anchored value itself, marks included, so findings about it point at
    /// what the anchor holds.
    @Test func anAliasCarriesTheMarksOfItsAnchor() throws {
        let root = try LoaderProbe.root("a: &x [1]\nb: *x")
        #expect(root["b"]?.mark?.start == SourcePosition(line: 1, column: 4))
    }

    /// The reference refuses a repeated anchor; samkit lets the later definition win, as YAML
    /// itself does.
    @Test func aRepeatedAnchorNamesItsLatestDefinition() throws {
        #expect(try LoaderProbe.root("a: &x 1\nb: &x 2\nc: *x") == ["a": 1, "b": 2, "c": 2])
    }

    static let failures: [(String, String, String)] = [
        (
            "an undefined alias", "a: *nope",
            "t.yaml:1:4: error: alias '*nope' refers to no anchor '&nope' before it"
        ),
        (
            "an alias inside its own sequence", "a: &a [1, *a]",
            "t.yaml:1:11: error: alias '*a' refers to a node that contains it"
        ),
        (
            "an alias inside its own mapping", "a: &a\n  b: *a",
            "t.yaml:2:6: error: alias '*a' refers to a node that contains it"
        ),
        (
            "a scalar to merge", "c:\n  <<: 1",
            "t.yaml:2:3: error: a merge key '<<' takes a mapping or a list of mappings"
        ),
        (
            "null to merge", "c:\n  <<: ~",
            "t.yaml:2:3: error: a merge key '<<' takes a mapping or a list of mappings"
        ),
        (
            "a scalar in a merge list", "c:\n  <<: [{x: 1}, 2]",
            "t.yaml:2:3: error: a merge key '<<' takes a mapping or a list of mappings"
        ),
        (
            "a tagged scalar to merge", "c:\n  <<: !Ref x",
            "t.yaml:2:3: error: a merge key '<<' takes a mapping or a list of mappings"
        ),
        (
            "a tagged scalar in a merge list", "c:\n  <<: [!Ref x]",
            "t.yaml:2:3: error: a merge key '<<' takes a mapping or a list of mappings"
        ),
        (
            "a tagged list in a merge list", "c:\n  <<: [!Foo [{a: 1}]]",
            "t.yaml:2:3: error: a merge key '<<' takes a mapping or a list of mappings"
        ),
    ]

    @Test(arguments: failures)
    func badAliasesAndMerges(name: String, text: String, expected: String) {
        #expect(LoaderProbe.failure(text) == expected, "\(name)")
    }
}
