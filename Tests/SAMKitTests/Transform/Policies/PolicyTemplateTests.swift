import Foundation
import Testing

@testable import SAMKit

/// The compiled-in templates state the reference's facts, and expand the way it expands them.
@Suite struct PolicyTemplateTests {
    // MARK: - Agreement with the reference

    static func referenceTemplates() throws -> Mapping {
        let url = PackagePaths.inShared("reference/policy_templates.json")
        let root = try OrderedJSON.parse(PackagePaths.text(of: url))
        return try #require(root["Templates"]?.mapping)
    }

    @Test func everyReferenceTemplateIsCompiledIn() throws {
        let reference = try Self.referenceTemplates()
        #expect(reference.count == 81)
        #expect(PolicyTemplateCatalog.names == reference.keys.sorted())
    }

    @Test func statementsAndParametersEqualTheReference() throws {
        for entry in try Self.referenceTemplates() {
            let template = try #require(PolicyTemplateCatalog.template(named: entry.key))
            let statements = try #require(entry.value["Definition"]?["Statement"]?.sequence)
            #expect(template.statements == statements, "\(entry.key)")
            let parameters = try #require(entry.value["Parameters"]?.mapping)
            #expect(template.parameters.map(\.name) == parameters.keys, "\(entry.key)")
        }
    }

    @Test func descriptionsAreWrittenAfresh() throws {
        for entry in try Self.referenceTemplates() {
            let template = try #require(PolicyTemplateCatalog.template(named: entry.key))
            #expect(template.summary != entry.value["Description"]?.string, "\(entry.key)")
            for parameter in template.parameters {
                let theirs = entry.value["Parameters"]?[parameter.name]?["Description"]?.string
                #expect(parameter.summary != theirs, "\(entry.key).\(parameter.name)")
            }
        }
    }

    /// Expansion relies on these: every `Ref` in a template is a one-key mapping naming one of
    /// its parameters, and every parameter is used.
    @Test func everyReferenceNamesAParameterAndEveryParameterIsUsed() {
        for template in PolicyTemplateCatalog.all {
            var used: [String] = []
            var stray: [String] = []
            func walk(_ node: Node) {
                if let map = node.mapping {
                    if let target = map["Ref"] {
                        if map.count == 1, let name = target.string,
                            template.parameters.contains(where: { $0.name == name })
                        {
                            used.append(name)
                        } else {
                            stray.append("\(target)")
                        }
                    }
                    map.forEach { walk($0.value) }
                }
                node.sequence?.forEach(walk)
            }
            template.statements.forEach(walk)
            #expect(stray.isEmpty, "\(template.name)")
            #expect(Set(used) == Set(template.parameters.map(\.name)), "\(template.name)")
        }
    }

    // MARK: - Expansion against the corpus

    static let corpus = PackagePaths.inShared("corpus/sam-translator")

    static func expectedPolicies(_ caseName: String, role: String) throws -> [Node] {
        let url = corpus.appendingPathComponent("expected/aws/\(caseName).json")
        let root = try OrderedJSON.parse(PackagePaths.text(of: url))
        return try #require(root["Resources"]?[role]?["Properties"]?["Policies"]?.sequence)
    }

    /// Every template the kitchen-sink case uses expands to the statements of the matching
    /// policy of the role the reference made.
    @Test func kitchenSinkPoliciesMatchTheReference() throws {
        let input = try PackagePaths.text(
            of: Self.corpus.appendingPathComponent("input/all_policy_templates.yaml"))
        let uses = try KitchenSinkPolicies.read(input)
        let expected = try Self.expectedPolicies(
            "all_policy_templates", role: "KitchenSinkFunctionRole")
        #expect(uses.count == expected.count)
        #expect(uses.count > 60)
        for (index, use) in zip(uses.indices, uses) {
            let template = try #require(PolicyTemplateCatalog.template(named: use.name))
            let statements = try template.expand(use.values)
            #expect(
                Node.sequence(statements) == expected[index]["PolicyDocument"]?["Statement"],
                "\(index): \(use.name)")
        }
    }

    struct CorpusCase: Sendable, CustomTestStringConvertible {
        var caseName: String
        var role: String
        var policyIndex: Int
        var template: String
        var values: Node
        var testDescription: String { "\(template) in \(caseName)" }
    }

    /// Values transcribed from the inputs of these corpus cases.
    static let corpusCases: [CorpusCase] = [
        CorpusCase(
            caseName: "function_with_policy_templates", role: "OnePolicyTemplateRole",
            policyIndex: 0, template: "SQSPollerPolicy",
            values: [
                "QueueName": ["Fn::Sub": ["Some${value}", ["value": "KeyId"]]],
                "ExtraParam1": "Value1", "ExtraParam2": "Value2",
            ]),
        CorpusCase(
            caseName: "function_with_policy_templates", role: "MultiplePolicyTemplatesRole",
            policyIndex: 1, template: "LambdaInvokePolicy",
            values: ["FunctionName": "Some function"]),
        CorpusCase(
            caseName: "function_with_policy_templates", role: "AllCombinationsRole",
            policyIndex: 1, template: "LambdaInvokePolicy",
            values: ["FunctionName": ["Ref": "FunctionNameParam"]]),
        CorpusCase(
            caseName:
                "policy_template_import_vaule_refs_parameters_with_same_name_as_policy_parameter",
            role: "MapFunctionRole", policyIndex: 0, template: "DynamoDBCrudPolicy",
            values: [
                "TableName": [
                    "Fn::ImportValue": ["Fn::Join": ["-", [["Ref": "TableName"], "hello"]]]
                ]
            ]),
    ]

    @Test(arguments: corpusCases)
    func expandsAsTheReferenceDid(_ example: CorpusCase) throws {
        let template = try #require(PolicyTemplateCatalog.template(named: example.template))
        let policies = try Self.expectedPolicies(example.caseName, role: example.role)
        let expected = try #require(policies[example.policyIndex]["PolicyDocument"]?["Statement"])
        #expect(Node.sequence(try template.expand(example.values)) == expected)
    }

    // MARK: - Odd values the reference accepts

    @Test func aValueKeepsItsSourceMark() throws {
        let file = SourceFile(path: "template.yaml")
        let mark = SourceMark(file: file, line: 12, column: 22)
        let template = try #require(PolicyTemplateCatalog.template(named: "SQSPollerPolicy"))
        let statements = try template.expand(["QueueName": Node(.string("jobs"), mark: mark)])
        let value = statements.first?["Resource"]?["Fn::Sub"]?.sequence?.last?["queueName"]
        #expect(value == "jobs")
        #expect(value?.mark?.start == SourcePosition(line: 12, column: 22))
    }

    struct ValueCase: Sendable, CustomTestStringConvertible {
        var label: String
        var value: Node
        var expected: Node
        var testDescription: String { label }
    }

    /// What `queueName` becomes in `SQSPollerPolicy`, checked against the reference by running
    /// its policy template processor on the same values.
    static let valueCases: [ValueCase] = [
        ValueCase(label: "null", value: nil, expected: nil),
        ValueCase(label: "a number", value: 7, expected: 7),
        ValueCase(label: "a list", value: ["a", "b"], expected: ["a", "b"]),
        ValueCase(
            label: "a reference to a same-named template parameter",
            value: ["Ref": "QueueName"], expected: ["Ref": "QueueName"]),
        ValueCase(
            label: "a nested-stack placeholder",
            value: "{{IntrinsicFunction:api/MyStack.Outputs.Queue/Fn::GetAtt}}",
            expected: ["Ref": "___SAM_POLICY_PARAMETER_QueueName"]),
        ValueCase(
            label: "a string that only contains the placeholder text",
            value: "x{{IntrinsicFunction:", expected: "x{{IntrinsicFunction:"),
        ValueCase(
            label: "a reference to the internal name of a parameter it does not have",
            value: ["Ref": "___SAM_POLICY_PARAMETER_Other"],
            expected: ["Ref": "___SAM_POLICY_PARAMETER_Other"]),
    ]

    @Test(arguments: valueCases)
    func valuesAreInsertedAsTheReferenceInsertsThem(_ example: ValueCase) throws {
        let template = try #require(PolicyTemplateCatalog.template(named: "SQSPollerPolicy"))
        let statements = try template.expand(["QueueName": example.value, "Other": "x"])
        let variables = statements.first?["Resource"]?["Fn::Sub"]?.sequence?.last
        #expect(variables == ["queueName": example.expected])
    }

    struct InternalNameCase: Sendable, CustomTestStringConvertible {
        var label: String
        var tableName: Node
        var streamName: Node
        /// The `Fn::Sub` variables of the template's first statement.
        var expected: Node
        var testDescription: String { label }
    }

    /// `DynamoDBStreamReadPolicy` with values that refer to the internal parameter names;
    /// the expected variables are what the reference's processor returns for the same values.
    static let internalNameCases: [InternalNameCase] = [
        InternalNameCase(
            label: "below the top of a value it is replaced",
            tableName: "t",
            streamName: ["Fn::Join": ["", [["Ref": "___SAM_POLICY_PARAMETER_TableName"]]]],
            expected: ["streamName": ["Fn::Join": ["", ["t"]]], "tableName": "t"]),
        InternalNameCase(
            label: "at the top of a value it stays",
            tableName: "t",
            streamName: ["Ref": "___SAM_POLICY_PARAMETER_TableName"],
            expected: [
                "streamName": ["Ref": "___SAM_POLICY_PARAMETER_TableName"], "tableName": "t",
            ]),
        InternalNameCase(
            label: "a placeholder value is not put in there either",
            tableName: "{{IntrinsicFunction:x}}",
            streamName: ["Fn::Join": ["", [["Ref": "___SAM_POLICY_PARAMETER_TableName"]]]],
            expected: [
                "streamName": ["Fn::Join": ["", [["Ref": "___SAM_POLICY_PARAMETER_TableName"]]]],
                "tableName": ["Ref": "___SAM_POLICY_PARAMETER_TableName"],
            ]),
        // The reference fails with a recursion error here; samkit stops where the circle
        // closes and leaves that reference as written.
        InternalNameCase(
            label: "a circle is cut where it closes",
            tableName: ["Fn::Join": ["", [["Ref": "___SAM_POLICY_PARAMETER_StreamName"]]]],
            streamName: ["Fn::Join": ["", [["Ref": "___SAM_POLICY_PARAMETER_TableName"]]]],
            expected: [
                "streamName": [
                    "Fn::Join": [
                        "",
                        [
                            [
                                "Fn::Join": [
                                    "", [["Ref": "___SAM_POLICY_PARAMETER_StreamName"]],
                                ]
                            ]
                        ],
                    ]
                ],
                "tableName": [
                    "Fn::Join": [
                        "",
                        [
                            [
                                "Fn::Join": [
                                    "", [["Ref": "___SAM_POLICY_PARAMETER_TableName"]],
                                ]
                            ]
                        ],
                    ]
                ],
            ]),
    ]

    @Test(arguments: internalNameCases)
    func referencesToInternalNamesInsideValues(_ example: InternalNameCase) throws {
        let template = try #require(
            PolicyTemplateCatalog.template(named: "DynamoDBStreamReadPolicy"))
        let statements = try template.expand(
            ["TableName": example.tableName, "StreamName": example.streamName])
        #expect(statements.first?["Resource"]?["Fn::Sub"]?.sequence?.last == example.expected)
    }

    @Test func aTemplateWithoutParametersIgnoresExtraKeys() throws {
        let template = try #require(PolicyTemplateCatalog.template(named: "AMIDescribePolicy"))
        let expected: [Node] = [
            ["Action": ["ec2:DescribeImages"], "Effect": "Allow", "Resource": "*"]
        ]
        #expect(try template.expand([:]) == expected)
        #expect(try template.expand(["Unused": 1]) == expected)
    }

    // MARK: - Problems

    struct ProblemCase: Sendable, CustomTestStringConvertible {
        var label: String
        var template: String
        var values: Node
        /// Severity and message of each problem, in order.
        var problems: [String]
        var testDescription: String { label }
    }

    static let problemCases: [ProblemCase] = [
        ProblemCase(
            label: "a string instead of a mapping", template: "LambdaInvokePolicy",
            values: "BadValue",
            problems: [
                "error: Policy template 'LambdaInvokePolicy' needs a mapping of parameter values "
                    + "such as 'FunctionName: ...', not a string."
            ]),
        ProblemCase(
            label: "a list instead of a mapping", template: "SQSPollerPolicy", values: ["q"],
            problems: [
                "error: Policy template 'SQSPollerPolicy' needs a mapping of parameter values "
                    + "such as 'QueueName: ...', not a list."
            ]),
        ProblemCase(
            label: "null for a template without parameters", template: "AMIDescribePolicy",
            values: nil,
            problems: [
                "error: Policy template 'AMIDescribePolicy' takes no parameters but still needs "
                    + "an empty mapping: write 'AMIDescribePolicy: {}', not null."
            ]),
        ProblemCase(
            label: "a missing parameter and an unknown one", template: "LambdaInvokePolicy",
            values: ["SomeParam": "Value"],
            problems: [
                "error: Policy template 'LambdaInvokePolicy' is missing parameter 'FunctionName'.",
                "warning: Policy template 'LambdaInvokePolicy' has no parameter 'SomeParam'; "
                    + "the value is ignored.",
            ]),
        ProblemCase(
            label: "two missing parameters", template: "DynamoDBStreamReadPolicy", values: [:],
            problems: [
                "error: Policy template 'DynamoDBStreamReadPolicy' is missing parameters "
                    + "'StreamName' and 'TableName'."
            ]),
        ProblemCase(
            label: "a misspelled parameter", template: "DynamoDBStreamReadPolicy",
            values: ["TableName": "t", "StreamNmae": "s"],
            problems: [
                "error: Policy template 'DynamoDBStreamReadPolicy' is missing parameter "
                    + "'StreamName'.",
                "warning: Policy template 'DynamoDBStreamReadPolicy' has no parameter "
                    + "'StreamNmae'; the value is ignored. Did you mean 'StreamName'?",
            ]),
        ProblemCase(
            label: "an extra parameter beside all the needed ones", template: "SQSPollerPolicy",
            values: ["QueueName": "q", "QueueNames": "r"],
            problems: [
                "warning: Policy template 'SQSPollerPolicy' has no parameter 'QueueNames'; the "
                    + "value is ignored. Did you mean 'QueueName'?"
            ]),
        ProblemCase(
            label: "everything given", template: "SQSPollerPolicy", values: ["QueueName": "q"],
            problems: []),
    ]

    @Test(arguments: problemCases)
    func problemsAreReported(_ example: ProblemCase) throws {
        let template = try #require(PolicyTemplateCatalog.template(named: example.template))
        let found = template.problems(in: example.values)
        #expect(found.map { "\($0.severity.rawValue): \($0.message)" } == example.problems)
        #expect(found.allSatisfy { $0.rule == "policy-template" })

        // Expansion fails with the first error, and only when there is one.
        let firstError = found.first { $0.severity == .error }
        do {
            _ = try template.expand(example.values)
            #expect(firstError == nil)
        } catch {
            #expect(error == firstError)
        }
    }

    @Test func problemsPointAtWhatWasWritten() throws {
        let file = SourceFile(path: "template.yaml")
        let valuesMark = SourceMark(file: file, line: 20, column: 11)
        let keyMark = SourceMark(file: file, line: 21, column: 11)
        var map = Mapping()
        map.set(.init(key: "SomeParam", keyMark: keyMark, value: "Value"))
        let template = try #require(PolicyTemplateCatalog.template(named: "LambdaInvokePolicy"))
        let found = template.problems(in: .mapping(map, mark: valuesMark))
        #expect(found.map { $0.mark?.start.line } == [20, 21])
        #expect(
            found.first?.description
                == "template.yaml:20:11: error: Policy template 'LambdaInvokePolicy' is missing "
                + "parameter 'FunctionName'.")
    }

    struct LookupCase: Sendable, CustomTestStringConvertible {
        var name: String
        var message: String?
        var testDescription: String { name.isEmpty ? "(empty)" : name }
    }

    static let lookupCases: [LookupCase] = [
        LookupCase(name: "DynamoDBCrudPolicy", message: nil),
        LookupCase(
            name: "DynamoDBCrudPolicyy",
            message: "'DynamoDBCrudPolicyy' is not a SAM policy template. "
                + "Did you mean 'DynamoDBCrudPolicy'?"),
        LookupCase(
            name: "dynamodbcrudpolicy",
            message: "'dynamodbcrudpolicy' is not a SAM policy template. "
                + "Did you mean 'DynamoDBCrudPolicy'?"),
        LookupCase(
            name: "SQSPolerPolicy",
            message: "'SQSPolerPolicy' is not a SAM policy template. "
                + "Did you mean 'SQSPollerPolicy'?"),
        LookupCase(
            name: "SomeUnknownPolicyTemplate",
            message: "'SomeUnknownPolicyTemplate' is not a SAM policy template."),
        LookupCase(name: "", message: "'' is not a SAM policy template."),
    ]

    @Test(arguments: lookupCases)
    func lookingUpATemplate(_ example: LookupCase) {
        switch PolicyTemplateCatalog.lookup(example.name, at: nil) {
        case .success(let template):
            #expect(example.message == nil)
            #expect(template.name == example.name)
        case .failure(let diagnostic):
            #expect(diagnostic.message == example.message)
            #expect(diagnostic.severity == .error)
        }
    }
}

/// The `Policies` list of the corpus's kitchen-sink function, read without a YAML loader.
///
/// The file writes every entry the same way, `- Name: {}` or `- Name:` followed by one
/// `Key: plain-scalar` line per parameter; anything else fails the read, so that a change to
/// the file cannot slip past the test.
enum KitchenSinkPolicies {
    struct Use {
        var name: String
        var values: Node
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ text: String) throws -> [Use] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == "      Policies:" }) else {
            throw Failure(description: "no 'Policies:' line")
        }
        var uses: [Use] = []
        for line in lines[(start + 1)...] {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let indent = line.count - trimmed.count
            if indent == 6, trimmed.hasPrefix("- ") {
                let entry = trimmed.dropFirst(2)
                if entry.hasSuffix(": {}") {
                    uses.append(Use(name: String(entry.dropLast(4)), values: [:]))
                } else if entry.hasSuffix(":") {
                    uses.append(Use(name: String(entry.dropLast()), values: [:]))
                } else {
                    throw Failure(description: "unexpected entry '\(line)'")
                }
            } else if indent == 10, let colon = trimmed.firstIndex(of: ":"),
                var values = uses.last?.values.mapping
            {
                let key = String(trimmed[..<colon])
                let value = trimmed[colon...].dropFirst().drop { $0 == " " }
                values[key] = .string(String(value))
                uses[uses.count - 1].values = .mapping(values)
            } else if indent < 6 {
                break
            } else {
                throw Failure(description: "unexpected line '\(line)'")
            }
        }
        return uses
    }
}
