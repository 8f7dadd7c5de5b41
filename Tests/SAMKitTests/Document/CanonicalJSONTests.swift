import Testing

@testable import SAMKit

@Suite struct CanonicalJSONTests {
    /// Trees with the text of Python's `json.dumps(tree, sort_keys=True, separators=(",", ":"))`
    /// and of `json.dumps(tree)`.
    static let cases: [(name: String, tree: Node, canonical: String, pythonDefault: String)] = [
        ("string", "a\"b", #""a\"b""#, #""a\"b""#),
        (
            "nested",
            ["b": [1, 2.5, nil, true, false], "a": ["y": "x", "x": []], "c": [:]],
            #"{"a":{"x":[],"y":"x"},"b":[1,2.5,null,true,false],"c":{}}"#,
            #"{"b": [1, 2.5, null, true, false], "a": {"y": "x", "x": []}, "c": {}}"#
        ),
        (
            "non-ASCII escaped, astral as surrogate pair",
            ["é": "ü", "z": "😀", "e\u{301}x": "tab\there"],
            #"{"e\u0301x":"tab\there","z":"\ud83d\ude00","\u00e9":"\u00fc"}"#,
            #"{"\u00e9": "\u00fc", "z": "\ud83d\ude00", "e\u0301x": "tab\there"}"#
        ),
        (
            "control characters",
            ["\u{0}\u{1F}\u{7F}\"\\/\n\r\u{8}\u{C}"],
            #"["\u0000\u001f\u007f\"\\/\n\r\b\f"]"#,
            #"["\u0000\u001f\u007f\"\\/\n\r\b\f"]"#
        ),
        (
            "floats",
            [1e16, 1e-05, 0.1, -0.0, Node(.float(.infinity)), Node(.float(.nan)), 3],
            "[1e+16,1e-05,0.1,-0.0,Infinity,NaN,3]",
            "[1e+16, 1e-05, 0.1, -0.0, Infinity, NaN, 3]"
        ),
    ]

    @Test(arguments: cases)
    func matchesPythonDumps(name: String, tree: Node, canonical: String, pythonDefault: String) {
        #expect(tree.canonicalJSON() == canonical, "\(name)")
        #expect(tree.pythonDefaultJSON() == pythonDefault, "\(name)")
    }

    /// Python sorts keys by code point. Swift's `String <` compares canonical forms instead,
    /// which puts `A` + combining ring (the same as `Å`) after `B`, and UTF-16 order would put
    /// the emoji before U+FF21.
    @Test func keysSortByCodePoint() {
        let keys = ["b", "a", "B", "é", "A\u{30A}", "\u{FF21}", "😀", "\u{FFFD}", ""]
        var map = Mapping()
        for key in keys { map[key] = 1 }
        #expect(
            Node.mapping(map).canonicalJSON()
                == #"{"":1,"A\u030a":1,"B":1,"a":1,"b":1,"\u00e9":1,"\uff21":1,"\ufffd":1,"#
                + #""\ud83d\ude00":1}"#
        )
    }
}
