import Testing

@testable import SAMKit

/// CloudFormation short-form tags become their long forms. Every expectation is what the
/// reference's `yaml_parse` gives for `v: <text>`.
@Suite struct IntrinsicTagTests {
    static let scalars: [(String, Node)] = [
        ("!Ref Bucket", ["Ref": "Bucket"]),
        ("!Condition IsProd", ["Condition": "IsProd"]),
        ("!Sub 'arn:${AWS::Region}'", ["Fn::Sub": "arn:${AWS::Region}"]),
        ("!ImportValue Shared", ["Fn::ImportValue": "Shared"]),
        ("!GetAZs ''", ["Fn::GetAZs": ""]),
        ("!GetAZs", ["Fn::GetAZs": ""]),
        ("!Base64 hello", ["Fn::Base64": "hello"]),
        ("!Whatever x", ["Fn::Whatever": "x"]),
        // A tagged scalar is text whatever it looks like.
        ("!Ref 123", ["Ref": "123"]),
        ("!Ref true", ["Ref": "true"]),
        ("!Ref ~", ["Ref": "~"]),
        ("!Ref \"x\"", ["Ref": "x"]),
        ("!Ref |\n  x", ["Ref": "x"]),
    ]

    @Test(arguments: scalars)
    func taggedScalars(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text) == expected)
    }

    /// The short form of `GetAtt` splits on the first dot only.
    static let getAtt: [(String, Node)] = [
        ("!GetAtt A.B", ["Fn::GetAtt": ["A", "B"]]),
        ("!GetAtt A.B.C", ["Fn::GetAtt": ["A", "B.C"]]),
        ("!GetAtt A", ["Fn::GetAtt": ["A"]]),
        ("!GetAtt ''", ["Fn::GetAtt": [""]]),
        ("!GetAtt [A, B]", ["Fn::GetAtt": ["A", "B"]]),
        ("!GetAtt {a: 1}", ["Fn::GetAtt": ["a": 1]]),
    ]

    @Test(arguments: getAtt)
    func getAttShortForm(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text) == expected)
    }

    static let collections: [(String, Node)] = [
        ("!Sub ['${A}-x', {A: !Ref B}]", ["Fn::Sub": ["${A}-x", ["A": ["Ref": "B"]]]]),
        ("!Sub\n  - a\n  - b: c", ["Fn::Sub": ["a", ["b": "c"]]]),
        ("!Join ['', [a, !Ref B]]", ["Fn::Join": ["", ["a", ["Ref": "B"]]]]),
        ("!If [IsProd, 1, 2]", ["Fn::If": ["IsProd", 1, 2]]),
        ("!Equals [!Ref Env, prod]", ["Fn::Equals": [["Ref": "Env"], "prod"]]),
        (
            "!And [!Condition A, !Condition B]",
            ["Fn::And": [["Condition": "A"], ["Condition": "B"]]]
        ),
        ("!Or [!Condition A, !Condition B]", ["Fn::Or": [["Condition": "A"], ["Condition": "B"]]]),
        ("!Not [!Condition A]", ["Fn::Not": [["Condition": "A"]]]),
        ("!Select [0, !GetAZs '']", ["Fn::Select": [0, ["Fn::GetAZs": ""]]]),
        ("!Split [',', 'a,b']", ["Fn::Split": [",", "a,b"]]),
        (
            "!FindInMap [Map, !Ref AWS::Region, Key]",
            ["Fn::FindInMap": ["Map", ["Ref": "AWS::Region"], "Key"]]
        ),
        ("!ImportValue {'Fn::Sub': x}", ["Fn::ImportValue": ["Fn::Sub": "x"]]),
        ("!Cidr [10.0.0.0/16, 6, 5]", ["Fn::Cidr": ["10.0.0.0/16", 6, 5]]),
        (
            "!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}",
            [
                "Fn::Transform": [
                    "Name": "AWS::Include", "Parameters": ["Location": "s3://b/k"],
                ]
            ]
        ),
        ("!ValueOf [P, Attr]", ["Fn::ValueOf": ["P", "Attr"]]),
        ("!Length [1, 2]", ["Fn::Length": [1, 2]]),
        ("!ToJsonString {a: 1}", ["Fn::ToJsonString": ["a": 1]]),
        ("!Whatever [1]", ["Fn::Whatever": [1]]),
        ("!Whatever {a: 1}", ["Fn::Whatever": ["a": 1]]),
        ("!Ref []", ["Ref": []]),
        (
            "!If [C, !GetAtt A.Arn, !Ref 'AWS::NoValue']",
            ["Fn::If": ["C", ["Fn::GetAtt": ["A", "Arn"]], ["Ref": "AWS::NoValue"]]]
        ),
    ]

    @Test(arguments: collections)
    func taggedSequencesAndMappings(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text) == expected)
    }

    @Test func nestedBlockTags() throws {
        let text = """
            Value: !If
              - IsProd
              - !Sub
                - '${Name}-prod'
                - Name: !GetAtt Bucket.Arn
              - !Ref AWS::NoValue
            """
        let expected: Node = [
            "Value": [
                "Fn::If": [
                    "IsProd",
                    ["Fn::Sub": ["${Name}-prod", ["Name": ["Fn::GetAtt": ["Bucket", "Arn"]]]]],
                    ["Ref": "AWS::NoValue"],
                ]
            ]
        ]
        #expect(try LoaderProbe.root(text) == expected)
    }

    /// The long-form key sits where the tag was written, so a finding about it points there.
    @Test func theLongFormKeyIsMarkedAtTheTag() throws {
        let value = try LoaderProbe.value("!Ref Bucket")
        let entry = try #require(value.mapping?.entries.first)
        #expect(entry.keyMark?.start == SourcePosition(line: 1, column: 4))
        #expect(entry.value.mark?.start == SourcePosition(line: 1, column: 4))
        #expect(entry.value.mark?.end == SourcePosition(line: 1, column: 15))
    }

    /// A tagged key is a mapping once converted, which cannot be a key.
    @Test func aTaggedKeyIsALocatedError() {
        #expect(
            LoaderProbe.failure("a:\n  !Ref b: c")
                == "t.yaml:2:3: error: a mapping key must be a scalar such as a name, not a mapping"
        )
    }
}
