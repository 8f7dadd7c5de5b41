import Foundation
import SAMKit
import Testing

/// The README's library example, through the public interface only (this file does not use
/// `@testable`), so that what the README shows keeps compiling and working.
@Suite struct LibraryExampleTests {
    /// A rule of a user's own: no resource may be called `Temp`.
    struct NoTempResources: LintRule {
        let rule = RuleDescription(
            id: "no-temp", severity: .warning, title: "No resource is called Temp.",
            rationale: "Temporary resources are forgotten.", documentation: "https://example.com",
            badExample: "Resources:\n  Temp:\n    Type: AWS::SNS::Topic\n",
            goodExample: "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n")

        func check(_ context: LintContext) -> [Finding] {
            guard context.resources["Temp"] != nil else { return [] }
            return [
                Finding(
                    rule: rule.id, message: "rename 'Temp'",
                    path: TemplatePath(keys: "Resources", "Temp"), pointsAtKey: true)
            ]
        }
    }

    @Test func readmeExampleRuns() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("samkit-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("template.yaml").path
        let text = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Temp:
                Type: AWS::Serverless::Function
                Properties:
                  InlineCode: x
                  Handler: index.handler
                  Runtime: python3.13
                  Timeout: 2000

            """
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        let document = try TemplateDocument.load(path: path)
        let result = try Transformer(options: TransformOptions(region: "eu-west-1"))
            .transform(document)
        #expect(result.template.jsonText().contains("\"AWS::Lambda::Function\""))

        let report = TemplateValidator().validate(path: path)
        #expect(report.diagnostics.map(\.rule) == ["lambda-timeout"])
        #expect(report.diagnostics.first?.description.hasPrefix("\(path):9:") == true)
        #expect(ReportFormat.sarif.formatter().report([report]).contains("\"lambda-timeout\""))

        let linter = Linter(
            rules: LintRules.all + [NoTempResources()], configuration: LintConfiguration())
        let findings = linter.lint(document, transformed: result.template)
        #expect(findings.map(\.rule).sorted() == ["lambda-timeout", "no-temp"])
        let temp = findings.first { $0.rule == "no-temp" }
        #expect(temp?.mark.map { ($0.start.line, $0.start.column) } ?? (0, 0) == (3, 3))
    }
}
