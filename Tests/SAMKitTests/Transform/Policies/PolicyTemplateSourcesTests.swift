import Foundation
import Testing

@testable import SAMKit

/// The compiled-in policy templates are exactly what the files in `PolicyTemplates/` say.
@Suite struct PolicyTemplateSourcesTests {
    @Test func generatedSourceIsCurrent() throws {
        let expected = try PolicyTemplateSourceGenerator.source(
            for: PolicyTemplateSourceGenerator.readFiles())
        let url = PolicyTemplateSourceGenerator.output
        if PackagePaths.regenerating {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let actual = try PackagePaths.text(of: url)
        let difference = firstDifference(actual, expected)
        #expect(
            difference == nil,
            "Stale; regenerate: SAMKIT_REGENERATE=1 swift test --filter PolicyTemplateSourcesTests"
        )
    }

    @Test func compiledTemplatesMatchTheFiles() throws {
        let files = try PolicyTemplateSourceGenerator.readFiles()
        #expect(PolicyTemplateCatalog.names == files.map(\.name))
        for file in files {
            let template = try #require(PolicyTemplateCatalog.template(named: file.name))
            #expect(template.summary == file.summary)
            #expect(template.parameters == file.parameters)
            #expect(template.statements == file.statements, "\(file.name)")
        }
    }

    @Test(arguments: [
        ("Mixed \"quotes\" and \\", #""Mixed \"quotes\" and \\""#),
        ("tab\there", #""tab\there""#),
        ("café", #""caf\u{e9}""#),
        ("${AWS::Region}", #""${AWS::Region}""#),
    ])
    func literalsEscapeWhatSwiftWouldRead(text: String, literal: String) {
        #expect(PolicyTemplateSourceGenerator.literal(text) == literal)
    }

    @Test func aFileWithAnUnexpectedKeyIsRefused() throws {
        let node = try OrderedJSON.parse(
            #"{"Description": "x", "Parameters": {}, "Statement": [], "Extra": 1}"#)
        #expect(throws: PolicyTemplateSourceGenerator.Failure.self) {
            try PolicyTemplateSourceGenerator.read(node, name: "Broken")
        }
    }
}
