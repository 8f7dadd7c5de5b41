import CYAML
import Testing

@testable import SAMKit

@Suite struct YAMLWriterTests {
    /// Trees with the exact text written for them.
    static let cases: [(name: String, tree: Node, text: String)] = [
        ("plain string", "hello", "hello\n"),
        ("null", nil, "null\n"),
        ("empty mapping", [:], "{}\n"),
        ("empty list", [], "[]\n"),
        ("float with exponent gains a point", 1e16, "1.0e+16\n"),
        (
            "nested block style, key order kept",
            ["B": 1, "A": ["x", "y"], "C": ["D": 2.5, "E": true, "F": nil, "G": [:]]],
            """
            B: 1
            A:
            - x
            - 'y'
            C:
              D: 2.5
              E: true
              F: null
              G: {}

            """
        ),
        (
            "long-form intrinsics are plain mappings",
            ["Fn::GetAtt": ["Role", "Arn"], "Fn::Sub": "arn:${AWS::Partition}:s3:::b/*"],
            """
            Fn::GetAtt:
            - Role
            - Arn
            Fn::Sub: arn:${AWS::Partition}:s3:::b/*

            """
        ),
        (
            "strings a reader would take for other types are quoted",
            [
                "true", "123", "null", "", "1e5", "0x1F", "yes", "~", "2020-01-01", "1:30",
                "<<", "=", ".inf", "-1", "+1", "NO", "Off", "y", "1_000",
            ],
            """
            - 'true'
            - '123'
            - 'null'
            - ''
            - '1e5'
            - '0x1F'
            - 'yes'
            - '~'
            - '2020-01-01'
            - '1:30'
            - '<<'
            - '='
            - '.inf'
            - '-1'
            - '+1'
            - 'NO'
            - 'Off'
            - 'y'
            - '1_000'

            """
        ),
        (
            "keys are quoted by the same rule; indicators by libyaml",
            ["yes": "No", "k: v": "a #b", "é": "ü", "bell": "\u{7}", "- x": "*ref"],
            """
            'yes': 'No'
            'k: v': 'a #b'
            é: ü
            bell: "\\a"
            '- x': '*ref'

            """
        ),
        (
            "line breaks as literal blocks",
            ["Code": "exports.handler = 1\n  indented\n", "NoEnd": "a\nb", "Lead": "  spaced"],
            """
            Code: |
              exports.handler = 1
                indented
            NoEnd: |-
              a
              b
            Lead: '  spaced'

            """
        ),
        (
            "sequences of mappings and of sequences",
            [["a": 1, "b": 2], [[1, 2]]],
            """
            - a: 1
              b: 2
            - - - 1
                - 2

            """
        ),
    ]

    @Test(arguments: cases)
    func writesExactText(name: String, tree: Node, text: String) throws {
        #expect(try tree.yamlText() == text, "\(name)")
    }

    static let floatCases: [(Double, String)] = [
        (1.5, "1.5"), (1e16, "1.0e+16"), (1e-05, "1.0e-05"), (2.5e-05, "2.5e-05"),
        (.infinity, ".inf"), (-.infinity, "-.inf"), (.nan, ".nan"), (-0.0, "-0.0"),
    ]

    @Test(arguments: floatCases)
    func floatsAreSpelledAsPyYAMLSpellsThem(value: Double, expected: String) {
        #expect(YAMLWriter.floatText(value) == expected)
    }

    /// Trees whose YAML must read back, under PyYAML's YAML 1.1 rules, as the same tree.
    static let roundTripTrees: [Node] = [
        [
            "true", "123", "null", "", "1e5", "0x1F", "yes", "~", "2020-01-01", "1:30", "<<",
            "=", ".inf", "-1", "+1", "NO", "Off", "y", "n", "1_000", "0o17", "0b101", "-.5",
            "1.0", "12:30:00", "2001-12-14t21:59:43.10-05:00", "-", "?", ":", "#", "@x", "`x",
            "%x", "!x", "&x", "*x", "|", ">", "[a]", "{a: 1}", "a, b", "a #b", "a: b", "x ",
            " x", "\t", "\u{7}", "\u{85}", "\u{FEFF}x", "\u{2028}", "é😀", "'", "\"", "\\",
            "a\nb", "a\n", "a\n\n", "\na", " a\nb", "a \nb", "a\r\nb",
        ],
        [
            "Resources": [
                "Fn": [
                    "Type": "AWS::Lambda::Function",
                    "Properties": [
                        "Code": ["ZipFile": "def handler(e, c):\n    return 'ok'\n"],
                        "MemorySize": 128, "Timeout": 3.5, "Enabled": false, "Nothing": nil,
                        "Role": ["Fn::GetAtt": ["FnRole", "Arn"]],
                        "Big": 1e300, "Small": 1e-10, "Whole": 1e16, "Neg": -2,
                    ],
                ]
            ],
            "true": "key that looks like a boolean", "": "empty key", "123": [],
        ],
    ]

    /// Reads the YAML back with PyYAML, as the reference transform does, and compares its
    /// `json.dumps` with this tree's.
    @Test(.enabled(if: PythonRunner.isAvailable), arguments: roundTripTrees)
    func roundTripsThroughPyYAML(tree: Node) throws {
        let yaml = try tree.yamlText()
        let script = """
            import json, sys, yaml
            print(json.dumps(yaml.safe_load(sys.stdin.read())))
            """
        let readBack = try PythonRunner.run(script, input: yaml)
        #expect(readBack == tree.pythonDefaultJSON() + "\n", "\(yaml)")
    }

    @Test func emitterErrorsBecomeDiagnostics() throws {
        let emitter = try YAMLEmitter(indent: 2)
        // A scalar before the stream has started is an error libyaml reports, not a crash.
        #expect(throws: Diagnostic.self) { try emitter.scalar("x", style: YAML_ANY_SCALAR_STYLE) }
        do {
            try emitter.mappingEnd()
        } catch {
            #expect(error.message.hasPrefix("Could not write YAML: libyaml stopped at a mapping"))
            #expect(error.rule == "yaml-emit")
        }
    }
}
