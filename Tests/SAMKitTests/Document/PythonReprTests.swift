import Foundation
import Testing

@testable import SAMKit

@Suite struct PythonReprTests {
    /// Keys set one by one into a Python 2.7-ordered dictionary, with the order the reference's
    /// `Py27Dict` iterates them in.
    static let orderCases: [([String], [String])] = [
        (
            [
                "swagger", "info", "paths", "securityDefinitions", "x-amazon-apigateway-policy",
                "definitions",
            ],
            [
                "info", "paths", "securityDefinitions", "x-amazon-apigateway-policy", "definitions",
                "swagger",
            ]
        ),
        (
            ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
            ["a", "c", "b", "e", "d", "g", "f", "i", "h", "j"]
        ),
        (["swagger", "info", "paths"], ["info", "paths", "swagger"]),
    ]

    @Test(arguments: orderCases)
    func py27OrderMatchesReference(keys: [String], expected: [String]) {
        var dict = PythonDict(py27: true)
        for key in keys { dict.set(key, .int(1)) }
        #expect(dict.keys == expected)
    }

    @Test func deletedSlotIsReusedAsInPython27() {
        var dict = PythonDict(py27: true)
        for key in ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"] { dict.set(key, .int(1)) }
        dict.remove("c")
        dict.set("zz", .int(2))
        let expected = ["a", "b", "e", "d", "g", "f", "i", "h", "j", "zz"]
        #expect(dict.keys == expected)
        #expect(dict.deepCopied().keys == expected)
    }

    /// Values with the text Python 3.11 gives them through the reference's types.
    static let reprCases: [(PythonValue, String)] = [
        (
            .str("it's \"x\" \\ \n é ☃ 😀", unicode: true),
            #"u'it\'s "x" \\ \n \xe9 \u2603 \U0001f600'"#
        ),
        (.str("it's \n é ☃ \u{7f} \u{2028}"), #""it's \n é ☃ \x7f \u2028""#),
        (.str("plain"), "'plain'"),
        (.none, "None"),
        (.bool(true), "True"),
        (.float(2.5), "2.5"),
        (
            .dict(
                {
                    var dict = PythonDict(py27: true)
                    dict.set("k", .str("v", unicode: true), unicode: true)
                    dict.set(
                        "n",
                        .list([
                            .int(1), .float(2.5), .none, .bool(true),
                            .dict(PythonDict.plain([("type", .str("string"))])),
                        ]))
                    return dict
                }()),
            "{u'k': u'v', 'n': [1, 2.5, None, True, {'type': 'string'}]}"
        ),
    ]

    @Test(arguments: reprCases)
    func reprMatchesPython(value: PythonValue, expected: String) {
        #expect(PythonRepr.repr(value) == expected)
    }

    /// Strings whose escapes differ between Python's two forms, checked against the Python on
    /// this machine when there is one.
    static let tricky = [
        "a'b", "a\"b", "a'b\"c", "tab\there", "nul\u{0}", "bell\u{7}", "del\u{7f}", "é",
        "\u{a0}nbsp", "\u{ad}soft", "☃", "😀", "\u{2028}", "\u{e000}", "back\\slash", "",
    ]

    @Test func stringReprsMatchPythonHere() throws {
        guard PythonRunner.isAvailable else { return }
        let script = """
            import sys, json
            from samtranslator.utils.py27hash_fix import Py27UniStr
            for s in json.load(sys.stdin):
                print(json.dumps([repr(s), repr(Py27UniStr(s))]))
            """
        let input = String(decoding: try JSONEncoder().encode(Self.tricky), as: UTF8.self)
        let lines = try PythonRunner.run(script, input: input).split(separator: "\n")
        #expect(lines.count == Self.tricky.count)
        for (string, line) in zip(Self.tricky, lines) {
            let pair = try JSONDecoder().decode([String].self, from: Data(line.utf8))
            #expect(PythonRepr.stringRepr(string) == pair[0], "\(string.debugDescription)")
            #expect(PythonRepr.unicodeRepr(string) == pair[1], "\(string.debugDescription)")
        }
    }

    @Test func keyOrdersMatchPythonHere() throws {
        guard PythonRunner.isAvailable else { return }
        let keys = (0..<40).map { "key\($0 * 7919 % 1000)" } + ["/", "/{proxy+}", "get", "post"]
        let script = """
            import sys, json
            from samtranslator.utils.py27hash_fix import Py27Dict
            d = Py27Dict()
            for k in json.load(sys.stdin): d[k] = 1
            print(json.dumps(list(d.keys())))
            """
        let input = String(decoding: try JSONEncoder().encode(keys), as: UTF8.self)
        let output = try PythonRunner.run(script, input: input)
        let expected = try JSONDecoder().decode([String].self, from: Data(output.utf8))
        var dict = PythonDict(py27: true)
        for key in keys { dict.set(key, .int(1)) }
        #expect(dict.keys == expected)
    }

    @Test func nodeReprIsPlainPython() {
        let node: Node = ["b": [1, true, nil, "x"], "a": 1.5]
        #expect(node.pythonRepr() == "{'b': [1, True, None, 'x'], 'a': 1.5}")
    }
}
