import Foundation
import Testing

@testable import SAMKit

/// `Fn::FindInMap` resolves against the template's `Mappings` as the reference's mapping
/// resolver resolves it.
@Suite struct MappingResolverTests {
    static let mappings = """
        M:
          k:
            v: found
            d: !FindInMap [M, k, v]
            l: [a, b]
        Flat: s
        Half:
          k: s
        """

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var input: String
        var expected: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a value that exists", input: "!FindInMap [M, k, v]", expected: "found"),
        Case(name: "a list value", input: "!FindInMap [M, k, l]", expected: "[a, b]"),
        Case(
            name: "a found value is not resolved again", input: "!FindInMap [M, k, d]",
            expected: "{'Fn::FindInMap': [M, k, v]}"),
        Case(
            name: "a missing second-level key", input: "!FindInMap [M, k, zz]",
            expected: "{'Fn::FindInMap': [M, k, zz]}"),
        Case(
            name: "a missing map", input: "!FindInMap [Z, k, v]",
            expected: "{'Fn::FindInMap': [Z, k, v]}"),
        Case(
            name: "a key that is still a reference", input: "!FindInMap [M, !Ref Stage, v]",
            expected: "{'Fn::FindInMap': [M, {Ref: Stage}, v]}"),
        Case(
            name: "a nested look-up names the map; the list is walked afterwards",
            input: "!FindInMap [!FindInMap [M, k, v], k, v]",
            expected: "{'Fn::FindInMap': [found, k, v]}"),
        Case(name: "any depth", input: "{a: [!FindInMap [M, k, v]]}", expected: "{a: [found]}"),
        Case(name: "Ref is not touched", input: "!Ref M", expected: "{Ref: M}"),
    ]

    @Test(arguments: cases)
    func resolves(_ testCase: Case) throws {
        let resolver = MappingResolver(
            mappings: try IntrinsicTestSupport.value("\n" + Self.indented).mapping ?? Mapping())
        let resolved = try resolver.resolve(IntrinsicTestSupport.value(testCase.input))
        #expect(resolved == (try IntrinsicTestSupport.value(testCase.expected)))
    }

    static var indented: String {
        Self.mappings.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }

    @Test(.enabled(if: IntrinsicTestSupport.referenceAvailable), arguments: cases)
    func agreesWithTheReference(_ testCase: Case) throws {
        let mappings = try IntrinsicTestSupport.value("\n" + Self.indented)
        let input = try IntrinsicTestSupport.value(testCase.input)
        let script = """
            import json, sys
            from samtranslator.intrinsics.actions import FindInMapAction
            from samtranslator.intrinsics.resolver import IntrinsicsResolver
            mappings, value = json.load(sys.stdin)
            resolver = IntrinsicsResolver(mappings, {"Fn::FindInMap": FindInMapAction()})
            print(json.dumps(resolver.resolve_parameter_refs(value)))
            """
        let output = try PythonRunner.run(
            script, input: Node.sequence([mappings, input]).jsonText())
        #expect(
            try OrderedJSON.parse(output) == (try IntrinsicTestSupport.value(testCase.expected)))
    }

    static let failures: [Case] = [
        Case(
            name: "four values", input: "!FindInMap [M, k, v, {DefaultValue: x}]",
            expected: "1:8: 'Fn::FindInMap' must be a list of 3 values (map name, top-level "
                + "key, second-level key), but it is a list of 4 values"),
        Case(
            name: "a string", input: "{'Fn::FindInMap': x}",
            expected: "1:26: 'Fn::FindInMap' must be a list of 3 values (map name, top-level "
                + "key, second-level key), but it is a string"),
        Case(
            name: "a map that is a string", input: "!FindInMap [Flat, k, v]",
            expected: "1:8: 'Fn::FindInMap' looks up mapping 'Flat', which is not a two-level "
                + "mapping of keys to mappings of values"),
        Case(
            name: "a top-level entry that is a string", input: "!FindInMap [Half, k, v]",
            expected: "1:8: 'Fn::FindInMap' looks up mapping 'Half', which is not a two-level "
                + "mapping of keys to mappings of values"),
    ]

    @Test(arguments: failures)
    func rejects(_ failure: Case) throws {
        let resolver = MappingResolver(
            mappings: try IntrinsicTestSupport.value("\n" + Self.indented).mapping ?? Mapping())
        let input = try IntrinsicTestSupport.value(failure.input)
        do {
            let resolved = try resolver.resolve(input)
            Issue.record("resolved to \(resolved)")
        } catch {
            #expect(IntrinsicTestSupport.located(error) == failure.expected)
        }
    }

    @Test func withNoMappingsNothingIsCheckedOrResolved() throws {
        let input = try IntrinsicTestSupport.value("{'Fn::FindInMap': x}")
        #expect(try MappingResolver(mappings: Mapping()).resolve(input) == input)
    }

    @Test func theContextResolvesAgainstTheTemplatesMappings() throws {
        let context = TransformContext(
            options: TransformOptions(region: "ap-southeast-1", parameterValues: ["Stage": "k"]),
            template: try IntrinsicTestSupport.sections(
                "Mappings:\n" + Self.indented + "\nResources: {}\n"))
        let input = try IntrinsicTestSupport.value("!FindInMap [M, !Ref Stage, v]")
        #expect(try context.resolveFindInMap(input) == input)
        #expect(try context.resolveFindInMap(context.resolveParameterRefs(input)) == "found")
    }

    @Test(arguments: [
        (
            "Mappings:\nResources: {}\n",
            "1:10: 'Mappings' must be a mapping of map names to maps, but it is null; "
                + "remove it or give it a map"
        ),
        (
            "Mappings: [a]\nResources: {}\n",
            "1:11: 'Mappings' must be a mapping of map names to maps, but it is a list; "
                + "remove it or give it a map"
        ),
    ])
    func aMappingsSectionMustBeAMapping(text: String, expected: String) throws {
        let context = TransformContext(
            options: TransformOptions(), template: try IntrinsicTestSupport.sections(text))
        do {
            try MappingsSectionCheck().apply(to: context)
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.map(IntrinsicTestSupport.located) == [expected])
        }
    }

    @Test func anEmptyMappingsSectionIsAccepted() throws {
        let context = TransformContext(
            options: TransformOptions(),
            template: try IntrinsicTestSupport.sections("Mappings: {}\nResources: {}\n"))
        try MappingsSectionCheck().apply(to: context)
    }
}
