import Testing

@testable import SAMKit

@Suite struct JSONWriterTests {
    /// Trees with the text Python's `json.dumps(tree, indent=2, ensure_ascii=False)` gives,
    /// plus the trailing newline.
    static let cases: [(name: String, tree: Node, text: String)] = [
        ("scalar string", "hello", "\"hello\"\n"),
        ("null", nil, "null\n"),
        ("empty mapping", [:], "{}\n"),
        ("empty list", [], "[]\n"),
        (
            "nested, key order kept",
            ["b": [1, 2.5, nil, true, false], "a": ["y": "x", "x": []], "c": [:]],
            """
            {
              "b": [
                1,
                2.5,
                null,
                true,
                false
              ],
              "a": {
                "y": "x",
                "x": []
              },
              "c": {}
            }

            """
        ),
        (
            "unicode kept",
            ["é": "ü", "z": "😀", "e\u{301}x": "tab\there"],
            """
            {
              "é": "ü",
              "z": "😀",
              "e\u{301}x": "tab\\there"
            }

            """
        ),
        (
            "control characters",
            ["\u{0}\u{1F}\u{7F}\"\\/\n\r\u{8}\u{C}"],
            """
            [
              "\\u0000\\u001f\u{7F}\\"\\\\/\\n\\r\\b\\f"
            ]

            """
        ),
        (
            "floats as Python spells them",
            [1e16, 1e-05, 0.1, -0.0, Node(.float(.infinity)), Node(.float(.nan)), 3],
            """
            [
              1e+16,
              1e-05,
              0.1,
              -0.0,
              Infinity,
              NaN,
              3
            ]

            """
        ),
    ]

    @Test(arguments: cases)
    func writesPythonIndentedLayout(name: String, tree: Node, text: String) {
        #expect(tree.jsonText() == text, "\(name)")
    }

    @Test func asciiOnlyEscapesAsPythonDoesByDefault() {
        let tree: Node = ["é": "😀\u{7F}"]
        let text = JSONWriter(asciiOnly: true).text(for: tree)
        #expect(text == "{\n  \"\\u00e9\": \"\\ud83d\\ude00\\u007f\"\n}\n")
    }

    @Test func largeTemplateWritesQuickly() {
        var resources = Mapping()
        for index in 0..<500 {
            resources["Function\(index)"] = [
                "Type": "AWS::Lambda::Function",
                "Properties": [
                    "Handler": "index.handler", "MemorySize": 128, "Timeout": 3.5,
                    "Role": ["Fn::GetAtt": [.string("Function\(index)Role"), "Arn"]],
                    "Tags": [["Key": "lambda:createdBy", "Value": "SAM"]],
                ],
            ]
        }
        let template: Node = ["Resources": .mapping(resources)]
        let clock = ContinuousClock()
        var text = ""
        let elapsed = clock.measure { text = template.jsonText() }
        #expect(text.hasPrefix("{\n  \"Resources\": {\n    \"Function0\": {\n"))
        // A release build takes about a millisecond. The bound is loose enough for a debug
        // build on a busy machine and still catches work that grows with the square of the
        // output, such as rebuilding the text for each resource.
        #expect(elapsed < .seconds(1))
    }
}
