import Testing

@testable import SAMKit

/// Input that is not a template, each with the exact located message it gets. Syntax errors
/// carry libyaml's own message and position, which PyYAML's C loader reports too.
@Suite struct BadInputTests {
    static let syntaxErrors: [(String, String, String)] = [
        (
            "a bad indentation", "a:\n  b: 1\n c: 2",
            "t.yaml:3:2: error: did not find expected key\nnote 1:1: while parsing a block mapping"
        ),
        (
            "an unclosed flow sequence", "a: [1, 2\n",
            "t.yaml:2:1: error: did not find expected ',' or ']'\n"
                + "note 1:4: while parsing a flow sequence"
        ),
        (
            "a tab indenting a key", "a:\n\tb: 1",
            "t.yaml:2:1: error: found character that cannot start any token\n"
                + "note 2:1: while scanning for the next token"
        ),
        (
            "a tab after a scalar", "a: 1\n\tb: 2",
            "t.yaml:2:1: error: found a tab character that violates indentation\n"
                + "note 1:4: while scanning a plain scalar"
        ),
        (
            "an unclosed quote", "a: 'x",
            "t.yaml:1:6: error: found unexpected end of stream\n"
                + "note 1:4: while scanning a quoted scalar"
        ),
        (
            "two colons", "a: b: c",
            "t.yaml:1:5: error: mapping values are not allowed in this context"
        ),
        (
            "a key indented under a scalar", "key: value\n  bad: 1",
            "t.yaml:2:6: error: mapping values are not allowed in this context"
        ),
    ]

    @Test(arguments: syntaxErrors)
    func syntaxErrorsKeepLibyamlsWordsAndPlace(name: String, text: String, expected: String) {
        #expect(LoaderProbe.failure(text) == expected, "\(name)")
    }

    static let structureErrors: [(String, String, String)] = [
        (
            "a mapping as a key", "? {a: 1}\n: x",
            "t.yaml:1:3: error: a mapping key must be a scalar such as a name, not a mapping"
        ),
        (
            "a list as a key", "? [a]\n: x",
            "t.yaml:1:3: error: a mapping key must be a scalar such as a name, not a list"
        ),
        (
            "a list as a flow key", "{[a]: 1}",
            "t.yaml:1:2: error: a mapping key must be a scalar such as a name, not a list"
        ),
        (
            "two documents", "a: 1\n---\nb: 2",
            "t.yaml:2:1: error: a second YAML document starts here; a template file holds "
                + "exactly one document"
        ),
        (
            "two explicit documents", "---\na: 1\n...\n---\nb: 2",
            "t.yaml:4:1: error: a second YAML document starts here; a template file holds "
                + "exactly one document"
        ),
        (
            "an empty file", "",
            "t.yaml:1:1: error: the file is empty; a template is a YAML or JSON mapping"
        ),
        (
            "a file of comments", "# one\n# two\n",
            "t.yaml:3:1: error: the file is empty; a template is a YAML or JSON mapping"
        ),
    ]

    @Test(arguments: structureErrors)
    func documentsThatCannotBeATree(name: String, text: String, expected: String) {
        #expect(LoaderProbe.failure(text) == expected, "\(name)")
    }

    static let notTemplates: [(String, String, String)] = [
        (
            "a list", "- 1\n- 2",
            "t.yaml:1:1: error: a template must be a mapping of sections such as 'Resources', "
                + "not a list"
        ),
        (
            "a scalar", "just text",
            "t.yaml:1:1: error: a template must be a mapping of sections such as 'Resources', "
                + "not a string"
        ),
        (
            "an explicit null", "---\n~\n",
            "t.yaml:2:1: error: the template is empty; it should be a mapping with a "
                + "'Resources' section"
        ),
    ]

    @Test(arguments: notTemplates)
    func aTemplateIsAMapping(name: String, text: String, expected: String) {
        let error = #expect(throws: Diagnostic.self) {
            try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        }
        #expect(error?.description == expected, "\(name)")
    }

    static let encodingErrors: [(String, [UInt8], String)] = [
        (
            "a lone 0xFF after a value", Array("a: 1\nb: 2\nc: x".utf8) + [0xFF, 0x0A],
            "t.yaml:3:5: error: invalid leading UTF-8 octet (byte 0xff); a template must be "
                + "UTF-8 text"
        ),
        (
            "a lone 0xFF after a non-ASCII letter", Array("a: 1\nb: 2\nc: é".utf8) + [0xFF],
            "t.yaml:3:5: error: invalid leading UTF-8 octet (byte 0xff); a template must be "
                + "UTF-8 text"
        ),
        (
            "a lone 0xFF starting a line", Array("a: 1\nb: 2\n".utf8) + [0xFF],
            "t.yaml:3:1: error: invalid leading UTF-8 octet (byte 0xff); a template must be "
                + "UTF-8 text"
        ),
    ]

    @Test(arguments: encodingErrors)
    func invalidUTF8IsLocatedByCharacter(name: String, bytes: [UInt8], expected: String) {
        #expect(LoaderProbe.failure(bytes) == expected, "\(name)")
    }

    @Test func aByteOrderMarkLoadsWithoutShiftingColumns() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: x".utf8)
        let loaded = try YAMLLoader.load(bytes, file: SourceFile(path: "t.yaml"))
        #expect(loaded.root == ["a": 1, "b": "x"])
        let map = try #require(loaded.root.mapping)
        #expect(map.entry("a")?.keyMark?.start == SourcePosition(line: 1, column: 1))
        #expect(map.entry("a")?.value.mark?.start == SourcePosition(line: 1, column: 4))
        #expect(map.entry("b")?.value.mark?.start == SourcePosition(line: 2, column: 4))
    }

    // MARK: - Limits

    static func nested(_ levels: Int, around inner: String = "") -> String {
        String(repeating: "[", count: levels) + inner + String(repeating: "]", count: levels)
    }

    @Test func nestingUpToTheLimitLoads() throws {
        var node = try LoaderProbe.root(Self.nested(YAMLLoader.maximumDepth))
        var levels = 0
        while let items = node.sequence {
            levels += 1
            node = items.first ?? Node(.null)
        }
        #expect(levels == YAMLLoader.maximumDepth)
    }

    @Test func nestingPastTheLimitIsLocated() {
        #expect(
            LoaderProbe.failure(Self.nested(YAMLLoader.maximumDepth + 1))
                == "t.yaml:1:201: error: collections nest more than 200 levels deep here")
    }

    /// An alias counts the levels of what it stands for, so nesting cannot hide behind one.
    @Test func nestingThroughAnAliasIsLocated() throws {
        let anchored = "a: &a " + Self.nested(150) + "\n"
        let within = try LoaderProbe.root(anchored + "b: " + Self.nested(40, around: "*a"))
        #expect(within["b"]?.sequence?.count == 1)
        #expect(
            LoaderProbe.failure(anchored + "b: " + Self.nested(60, around: "*a"))
                == "t.yaml:2:64: error: alias '*a' nests collections more than 200 levels deep")
    }

    /// Nine levels of ten aliases would expand to about a billion values.
    @Test func aBillionLaughsFailsFast() {
        var lines = ["a: &a [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            let aliases = Array(repeating: "*" + previous, count: 10).joined(separator: ", ")
            lines.append("\(name): &\(name) [\(aliases)]")
        }
        let text = lines.joined(separator: "\n")
        var failure: String?
        let elapsed = ContinuousClock().measure { failure = LoaderProbe.failure(text) }
        #expect(
            failure
                == "t.yaml:6:36: error: the document expands to more than 1000000 values once its "
                + "aliases are resolved; is an alias repeated by mistake?")
        #expect(elapsed < .seconds(1))
    }

    // MARK: - Repeated keys and JSON

    @Test func aRepeatedKeyKeepsTheLastValueAtTheFirstPlace() throws {
        let loaded = try YAMLLoader.load("a: 1\nb: 2\na: 3\n", path: "t.yaml")
        #expect(loaded.root == ["a": 3, "b": 2])
        #expect(loaded.root.mapping?.keys == ["a", "b"])
        let duplicate = try #require(loaded.duplicateKeys.first)
        #expect(loaded.duplicateKeys.count == 1)
        #expect(duplicate.key == "a")
        #expect(duplicate.first.start == SourcePosition(line: 1, column: 1))
        #expect(duplicate.first.end == SourcePosition(line: 1, column: 2))
        #expect(duplicate.second.start == SourcePosition(line: 3, column: 1))
        #expect(duplicate.second.end == SourcePosition(line: 3, column: 2))
    }

    /// Each repeat is paired with the first occurrence, whose value it replaced.
    @Test func repeatedKeysAreReportedInEveryMapping() throws {
        let loaded = try YAMLLoader.load(
            "x:\n  k: 1\n  k: 2\ny: {k: 1, k: 2, k: 3}", path: "t.yaml")
        let places = loaded.duplicateKeys.map {
            "\($0.key) \($0.first.start.line):\($0.first.start.column) "
                + "\($0.second.start.line):\($0.second.start.column)"
        }
        #expect(places == ["k 2:3 3:3", "k 4:5 4:11", "k 4:5 4:17"])
        #expect(loaded.root == ["x": ["k": 2], "y": ["k": 3]])
    }

    static let jsonWithTabs = """
        {
        \t"Resources": {
        \t\t"Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"Count": 2}}
        \t}
        }
        """

    /// JSON allows tabs wherever it allows spaces. libyaml takes them inside braces; the
    /// reference's pure-Python scanner refuses every one ("found character '\t' that cannot
    /// start any token"), and samkit loads the template as CloudFormation would.
    @Test func aJSONTemplateIndentedWithTabsLoads() throws {
        let bytes = Array(Self.jsonWithTabs.utf8)
        let document = try TemplateDocument.load(bytes, path: "t.json")
        let expected: Node = [
            "Resources": ["Bucket": ["Type": "AWS::S3::Bucket", "Properties": ["Count": 2]]]
        ]
        #expect(document.root == expected)
        let key = document.sections.entry("Resources")?.keyMark?.start
        #expect(key == SourcePosition(line: 2, column: 2))
    }

    /// Outside the braces libyaml refuses a tab too, and the template loader reads such a
    /// file again with its tabs as spaces.
    static let tabsOutsideBraces: [(String, String, String)] = [
        (
            "a tab before the opening brace", "\t{\"a\": 1}",
            "t.json:1:1: error: found character that cannot start any token\n"
                + "note 1:1: while scanning for the next token"
        ),
        (
            "a tab on a line after the closing brace", "{\"a\": 1}\n\t\n",
            "t.json:2:1: error: found character that cannot start any token\n"
                + "note 2:1: while scanning for the next token"
        ),
    ]

    @Test(arguments: tabsOutsideBraces)
    func tabsOutsideJSONBracesLoadAsATemplate(name: String, text: String, yamlError: String)
        throws
    {
        do {
            _ = try YAMLLoader.load(text, path: "t.json")
            Issue.record("\(name): libyaml accepted it")
        } catch {
            #expect(LoaderProbe.describe(error) == yamlError, "\(name)")
        }
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.json")
        #expect(document.root == ["a": 1], "\(name)")
    }

    @Test func jsonAndYAMLFormsGiveEqualTrees() throws {
        let json = """
            {"Transform": "AWS::Serverless-2016-10-31",
             "Resources": {"Fn": {"Type": "AWS::Serverless::Function",
               "Properties": {"Runtime": "python3.12", "MemorySize": 128, "Timeout": 2.5,
                 "Tracing": null, "Publish": true, "Layers": [{"Ref": "Layer"}],
                 "Role": {"Fn::GetAtt": ["Role", "Arn"]}}}}}
            """
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  MemorySize: 128
                  Timeout: 2.5
                  Tracing: ~
                  Publish: yes
                  Layers:
                    - !Ref Layer
                  Role: !GetAtt Role.Arn
            """
        let fromJSON = try TemplateDocument.load(Array(json.utf8), path: "t.json").root
        let fromYAML = try TemplateDocument.load(Array(yaml.utf8), path: "t.yaml").root
        #expect(fromJSON == fromYAML)
        #expect(fromJSON["Resources"]?["Fn"]?["Properties"]?["Timeout"] == 2.5)
    }
}
