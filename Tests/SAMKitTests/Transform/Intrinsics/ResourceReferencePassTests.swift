import Foundation
import Testing

@testable import SAMKit

/// References to renamed logical ids and to generated parts of SAM resources are rewritten
/// over the whole template, as the reference transform rewrites them last.
@Suite struct ResourceReferencePassTests {
    static let template = """
        Conditions:
          C: !Equals [!Ref F.Alias, x]
        Resources:
          T:
            Type: AWS::SNS::Topic
            DependsOn: [L, F]
            Properties:
              DependsOn: L
              Nested:
                DependsOn: L
                Other: !Ref L
                Sub1: !Sub "${L} ${L.Arn} ${F.Alias} ${F.Alias.Name}"
                SubB: !Sub "${F.Version.Version} ${AWS::Region} ${L.L}"
                Sub2: !Sub ["${F.Alias}-${X}", {X: !Ref F.Alias}]
                GA1: !GetAtt F.Alias.Arn
                GA2: {"Fn::GetAtt": [F, "Alias.Arn"]}
                GA3: {"Fn::GetAtt": ["F.Alias", "Arn"]}
                GA4: !GetAtt L.Arn
                GA5: {"Fn::GetAtt": [L, "A.B"]}
                GA6: {"Fn::GetAtt": [L, {Ref: X}]}
                GA7: {"Fn::GetAtt": [L]}
                R1: !Ref F.Version
                R2: !Ref F.Unknown
                R3: {Ref: F.Alias, Extra: 1}
                R4: !Ref F.
                R5: !Ref F.Alias.Name
                R6: !Ref L.Arn
                D1: {DependsOn: {L: 1}}
          U:
            Type: AWS::SNS::Topic
            DependsOn: L
        Outputs:
          O:
            Value: !Ref F.Alias
            Export:
              Name: !Sub "${L}"
        """

    /// What the reference makes of ``template`` with `F.Alias` → `FAliaslive`,
    /// `F.Version` → `FVersion03ba323aca` and `L` renamed `L0fe3d22673`.
    static let expected = """
        Conditions:
          C: {'Fn::Equals': [{Ref: FAliaslive}, x]}
        Resources:
          T:
            Type: AWS::SNS::Topic
            DependsOn: [L0fe3d22673, F]
            Properties:
              DependsOn: L0fe3d22673
              Nested:
                DependsOn: L0fe3d22673
                Other: {Ref: L0fe3d22673}
                Sub1: {'Fn::Sub': "${L0fe3d22673} ${L0fe3d22673.Arn} ${FAliaslive} ${FAliaslive.Name}"}
                SubB: {'Fn::Sub': "${FVersion03ba323aca.Version} ${AWS::Region} ${L0fe3d22673.L0fe3d22673}"}
                Sub2: {'Fn::Sub': ["${FAliaslive}-${X}", {X: {Ref: FAliaslive}}]}
                GA1: {'Fn::GetAtt': [FAliaslive, Arn]}
                GA2: {'Fn::GetAtt': [FAliaslive, Arn]}
                GA3: {'Fn::GetAtt': [FAliaslive, Arn]}
                GA4: {'Fn::GetAtt': [L0fe3d22673, Arn]}
                GA5: {'Fn::GetAtt': [L0fe3d22673, A, B]}
                GA6: {'Fn::GetAtt': [L, {Ref: X}]}
                GA7: {'Fn::GetAtt': [L]}
                R1: {Ref: FVersion03ba323aca}
                R2: {Ref: F.Unknown}
                R3: {Ref: F.Alias, Extra: 1}
                R4: {Ref: F.}
                R5: {Ref: F.Alias.Name}
                R6: {Ref: L.Arn}
                D1: {DependsOn: {L: 1}}
          U:
            Type: AWS::SNS::Topic
            DependsOn: L0fe3d22673
        Outputs:
          O:
            Value: {Ref: FAliaslive}
            Export:
              Name: {'Fn::Sub': "${L0fe3d22673}"}
        """

    static func context() throws -> TransformContext {
        let context = TransformContext(
            options: TransformOptions(region: "ap-southeast-1"),
            template: try IntrinsicTestSupport.sections(template))
        context.references = ["F": ["Alias": "FAliaslive", "Version": "FVersion03ba323aca"]]
        context.changedLogicalIds = ["L": "L0fe3d22673"]
        return context
    }

    @Test func rewritesEverySection() throws {
        let context = try Self.context()
        try ResourceReferencePass().apply(to: context)
        let expected = try IntrinsicTestSupport.sections(Self.expected)
        for key in expected.keys {
            #expect(context.template[key] == expected[key], "\(key)")
        }
        #expect(context.template.keys == expected.keys)
    }

    @Test(.enabled(if: IntrinsicTestSupport.referenceAvailable))
    func agreesWithTheReference() throws {
        let context = try Self.context()
        let script = """
            import json, sys
            from samtranslator.intrinsics.resolver import IntrinsicsResolver
            from samtranslator.intrinsics.resource_refs import SupportedResourceReferences
            from samtranslator.utils.actions import ResolveDependsOn
            from samtranslator.utils.traverse import traverse
            template = json.load(sys.stdin)
            refs = SupportedResourceReferences()
            refs.add("F", "Alias", "FAliaslive")
            refs.add("F", "Version", "FVersion03ba323aca")
            changed = {"L": "L0fe3d22673"}
            resolver = IntrinsicsResolver({"AWS::Region": "ap-southeast-1"})
            template = traverse(template, [ResolveDependsOn(resolution_data=changed)])
            template = resolver.resolve_sam_resource_id_refs(template, changed)
            print(json.dumps(resolver.resolve_sam_resource_refs(template, refs)))
            """
        let output = try PythonRunner.run(
            script, input: Node(.mapping(context.template)).jsonText())
        try ResourceReferencePass().apply(to: context)
        #expect(try OrderedJSON.parse(output) == Node(.mapping(context.template)))
    }

    @Test func keepsTheMarksOfWhatItRewrites() throws {
        let context = try Self.context()
        try ResourceReferencePass().apply(to: context)
        let output = context.template["Outputs"]?["O"]?["Value"]
        #expect(output?.mark?.start == SourcePosition(line: 34, column: 12))
        #expect(output?["Ref"]?.mark?.start == SourcePosition(line: 34, column: 12))
    }

    @Test func withNothingToRewriteTheTemplateIsUntouched() throws {
        let context = TransformContext(
            options: TransformOptions(), template: try IntrinsicTestSupport.sections(Self.template))
        let before = context.template
        try ResourceReferencePass().apply(to: context)
        #expect(context.template == before)
    }

    @Test func onlyStringReferenceTargetsAreUsed() throws {
        let context = TransformContext(
            options: TransformOptions(),
            template: try IntrinsicTestSupport.sections(
                "Outputs: {A: !Ref F.Alias, B: !Ref F.Version}\n"))
        context.references = ["F": ["Alias": ["Ref": "X"], "Version": "V"]]
        try ResourceReferencePass().apply(to: context)
        #expect(
            Node(.mapping(context.template))
                == (try IntrinsicTestSupport.value("{Outputs: {A: {Ref: F.Alias}, B: {Ref: V}}}")))
    }
}
