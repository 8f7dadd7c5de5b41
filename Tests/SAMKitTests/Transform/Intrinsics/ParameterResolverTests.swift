import Foundation
import Testing

@testable import SAMKit

/// Parameter references resolve as the reference transform's parameter resolver resolves them.
@Suite struct ParameterResolverTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var input: String
        var expected: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a Ref to a parameter", input: "!Ref Env", expected: "prod"),
        Case(name: "a Ref to the region", input: "!Ref AWS::Region", expected: "ap-southeast-1"),
        Case(
            name: "AWS::NoValue stays", input: "!Ref AWS::NoValue", expected: "{Ref: AWS::NoValue}"),
        Case(
            name: "a pseudo parameter with no value stays", input: "!Ref AWS::AccountId",
            expected: "{Ref: AWS::AccountId}"),
        Case(name: "a Ref to a resource stays", input: "!Ref Bucket", expected: "{Ref: Bucket}"),
        Case(
            name: "a mapping with a key beside Ref is data", input: "{Ref: Env, Extra: 1}",
            expected: "{Ref: Env, Extra: 1}"),
        Case(name: "a Ref to a list stays", input: "{Ref: [Env]}", expected: "{Ref: [Env]}"),
        Case(name: "a nested-stack placeholder stays", input: "!Ref PH", expected: "{Ref: PH}"),
        Case(
            name: "a placeholder in Fn::Sub stays", input: "!Sub '${PH}'",
            expected: "{'Fn::Sub': '${PH}'}"),
        Case(name: "a resolved value is not resolved again", input: "!Ref D", expected: "{Ref: B}"),
        Case(name: "a list value is put in whole", input: "!Ref List", expected: "[x]"),
        Case(
            name: "each variable replaces the first place its text appears",
            input: "!Sub '${A} ${B}'", expected: "{'Fn::Sub': 'bee ${B}'}"),
        Case(
            name: "pseudo parameters, literals and spaced names in Fn::Sub",
            input: "!Sub '${AWS::Region}${AWS::AccountId}${!B}$${B}${ B}${B.C}'",
            expected: "{'Fn::Sub': 'ap-southeast-1${AWS::AccountId}${!B}$bee${ B}${B.C}'}"),
        Case(
            name: "the list form: its string and, below it, its variables",
            input: "!Sub ['${B}-${Q}', {Q: !Ref B}]",
            expected: "{'Fn::Sub': ['bee-${Q}', {Q: bee}]}"),
        Case(
            name: "a variable named like a parameter does not shadow it",
            input: "!Sub ['${B}', {B: x}]", expected: "{'Fn::Sub': ['bee', {B: x}]}"),
        Case(
            name: "a list form without a leading string", input: "!Sub [1, !Ref B]",
            expected: "{'Fn::Sub': [1, bee]}"),
        Case(
            name: "Fn::GetAtt is walked into", input: "{'Fn::GetAtt': [X, !Ref B]}",
            expected: "{'Fn::GetAtt': [X, bee]}"),
        Case(
            name: "Fn::If is walked into", input: "!If [C, !Ref B, !Ref AWS::NoValue]",
            expected: "{'Fn::If': [C, bee, {Ref: AWS::NoValue}]}"),
        Case(
            name: "any depth", input: "{a: [{b: !Ref Env}, !Sub '${Env}-x']}",
            expected: "{a: [{b: prod}, {'Fn::Sub': prod-x}]}"),
        Case(
            name: "Fn::FindInMap is left to the mapping resolver",
            input: "!FindInMap [M, !Ref Env, k]", expected: "{'Fn::FindInMap': [M, prod, k]}"),
    ]

    @Test(arguments: cases)
    func resolves(_ testCase: Case) throws {
        let resolver = ParameterResolver(values: IntrinsicTestSupport.parameters)
        let resolved = try resolver.resolve(IntrinsicTestSupport.value(testCase.input))
        #expect(resolved == (try IntrinsicTestSupport.value(testCase.expected)))
    }

    @Test(.enabled(if: IntrinsicTestSupport.referenceAvailable), arguments: cases)
    func agreesWithTheReference(_ testCase: Case) throws {
        let input = try IntrinsicTestSupport.value(testCase.input)
        let script = """
            import json, sys
            from samtranslator.intrinsics.resolver import IntrinsicsResolver
            parameters, value = json.load(sys.stdin)
            print(json.dumps(IntrinsicsResolver(parameters).resolve_parameter_refs(value)))
            """
        let parameters = Node(
            .mapping(
                Mapping(
                    IntrinsicTestSupport.parameters.sorted { $0.key < $1.key }.map {
                        Mapping.Entry(key: $0.key, value: $0.value)
                    })))
        let output = try PythonRunner.run(
            script, input: Node.sequence([parameters, input]).jsonText())
        let expected = try IntrinsicTestSupport.value(testCase.expected)
        #expect(try OrderedJSON.parse(output) == expected)
    }

    struct Failure: CustomStringConvertible, Sendable {
        var name: String
        var input: String
        var expected: String
        var description: String { name }
    }

    static let failures: [Failure] = [
        Failure(
            name: "a number in Fn::Sub", input: "!Sub 'size-${N}'",
            expected: "1:8: 'Fn::Sub' variable '${N}' names parameter 'N', whose value is an "
                + "integer (10), not a string; give the parameter a string value, such as a "
                + "quoted default"),
        Failure(
            name: "a list in the list form of Fn::Sub", input: "{a: {'Fn::Sub': ['${List}', {}]}}",
            expected: "1:12: 'Fn::Sub' variable '${List}' names parameter 'List', whose value "
                + "is a list, not a string; give the parameter a string value, such as a quoted "
                + "default"),
    ]

    @Test(arguments: failures)
    func rejects(_ failure: Failure) throws {
        let resolver = ParameterResolver(values: IntrinsicTestSupport.parameters)
        let input = try IntrinsicTestSupport.value(failure.input)
        #expect(throws: Diagnostic.self) { try resolver.resolve(input) }
        do {
            _ = try resolver.resolve(input)
        } catch {
            #expect(IntrinsicTestSupport.located(error) == failure.expected)
        }
    }

    @Test func theNonThrowingFormLeavesWhatItCannotResolve() throws {
        let context = TransformContext(
            options: TransformOptions(region: "ap-southeast-1", parameterValues: ["Size": "5"]),
            template: try IntrinsicTestSupport.sections(
                "Parameters: {Count: {Type: Number, Default: 3}}\nResources: {}\n"))
        let input = try IntrinsicTestSupport.value("[!Ref Size, !Ref Count, !Sub '${Count}']")
        #expect(
            context.resolvingParameterRefs(input)
                == (try IntrinsicTestSupport.value("[!Ref Size, !Ref Count, !Sub '${Count}']")))
        #expect(throws: Diagnostic.self) { try context.resolveParameterRefs(input) }
        let strings = try IntrinsicTestSupport.value("[!Ref Size, !Ref Count, !Sub '${Size}']")
        #expect(
            context.resolvingParameterRefs(strings)
                == (try IntrinsicTestSupport.value("['5', 3, {'Fn::Sub': '5'}]")))
    }
}
