import Foundation
import Testing

@testable import SAMKit

/// Each output format of `validate`, on the same two findings: an error with a note, and a
/// warning whose message holds characters each format must escape.
@Suite struct ReportFormatterTests {
    static let results: [ValidationResult] = {
        let file = SourceFile(path: "dir/t.yaml")
        let first = SourceMark(
            file: file, start: SourcePosition(line: 3, column: 5),
            end: SourcePosition(line: 3, column: 15))
        let second = SourceMark(file: file, line: 8, column: 7)
        return [
            ValidationResult(
                path: "dir/t.yaml",
                diagnostics: [
                    Diagnostic(
                        .error, "key 'A' is written twice", rule: "duplicate-key", at: first,
                        notes: [Diagnostic.Note("first here", at: second)]),
                    Diagnostic(
                        .warning, "parameter 'P' <a, b: 100%>\nnext", rule: "unused-parameter",
                        at: second),
                ]),
            ValidationResult(path: "clean.yaml", diagnostics: []),
        ]
    }()

    /// A problem with no place in the file still names the file.
    @Test func textOfAProblemWithoutAPlace() {
        let result = ValidationResult(
            path: "t.yaml",
            diagnostics: [Diagnostic(.error, "no place", rule: "transform", at: nil)])
        #expect(TextFormatter().report([result]) == "t.yaml: error: no place [transform]\n")
        #expect(
            TextFormatter(showsRule: false).text(for: result.diagnostics, file: "x.yaml")
                == "x.yaml: error: no place\n")
    }

    @Test func text() {
        #expect(
            TextFormatter().report(Self.results) == """
                dir/t.yaml:3:5: error: key 'A' is written twice [duplicate-key]
                dir/t.yaml:8:7: note: first here
                dir/t.yaml:8:7: warning: parameter 'P' <a, b: 100%>
                next [unused-parameter]

                """)
    }

    @Test func json() throws {
        let text = JSONReportFormatter().report(Self.results)
        let items = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(items?.count == 2)
        #expect(
            items?.first?.keys.sorted() == [
                "column", "file", "line", "message", "rule", "severity",
            ])
        #expect(items?[1]["file"] as? String == "dir/t.yaml")
        #expect(items?[1]["line"] as? Int == 8)
        #expect(items?[1]["column"] as? Int == 7)
        #expect(items?[1]["severity"] as? String == "warning")
        #expect(items?[1]["rule"] as? String == "unused-parameter")
        #expect(items?[1]["message"] as? String == "parameter 'P' <a, b: 100%>\nnext")
        #expect(JSONReportFormatter().report([]) == "[]\n")
    }

    @Test func github() {
        #expect(
            GitHubFormatter().report(Self.results) == """
                ::error file=dir/t.yaml,line=3,col=5,endLine=3,endColumn=15,title=duplicate-key::\
                key 'A' is written twice [duplicate-key]%0Adir/t.yaml:8:7: note: first here
                ::warning file=dir/t.yaml,line=8,col=7,title=unused-parameter::parameter 'P' \
                <a, b: 100%25>%0Anext [unused-parameter]

                """)
    }

    @Test func junit() {
        #expect(
            JUnitFormatter().report(Self.results) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="samkit validate" tests="3" failures="2">
                  <testsuite name="dir/t.yaml" tests="2" failures="2">
                    <testcase classname="dir/t.yaml" name="duplicate-key at 3:5">
                      <failure type="error" message="key &apos;A&apos; is written twice">\
                dir/t.yaml:3:5: error: key &apos;A&apos; is written twice [duplicate-key]&#10;\
                dir/t.yaml:8:7: note: first here</failure>
                    </testcase>
                    <testcase classname="dir/t.yaml" name="unused-parameter at 8:7">
                      <failure type="warning" message="parameter &apos;P&apos; &lt;a, b: 100%&gt;\
                &#10;next">dir/t.yaml:8:7: warning: parameter &apos;P&apos; &lt;a, b: 100%&gt;\
                &#10;next [unused-parameter]</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="clean.yaml" tests="1" failures="0">
                    <testcase classname="clean.yaml" name="no problems"/>
                  </testsuite>
                </testsuites>

                """)
    }

    @Test func sarifCarriesTheCatalogueAndTheResults() throws {
        let text = SARIFFormatter().report(Self.results)
        let log = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let run = (log?["runs"] as? [[String: Any]])?.first
        let driver = (run?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let rules = driver?["rules"] as? [[String: Any]]
        #expect(rules?.map { $0["id"] as? String } == LintRules.descriptions.map(\.id))
        let results = run?["results"] as? [[String: Any]]
        #expect(results?.map { $0["ruleId"] as? String } == ["duplicate-key", "unused-parameter"])
        #expect(results?.first?["ruleIndex"] == nil, "built-in checks are not in the catalogue")
        let index = LintRules.descriptions.firstIndex { $0.id == "unused-parameter" }
        #expect(results?.last?["ruleIndex"] as? Int == index)
        #expect(results?.last?["level"] as? String == "warning")
        #expect(run?["columnKind"] as? String == "unicodeCodePoints")
    }

    /// The SARIF log is valid against the SARIF 2.1.0 schema, checked with Python's
    /// `jsonschema`; skipped where python3 or jsonschema is missing.
    @Test(.enabled(if: SchemaCheck.isAvailable, "needs python3 with jsonschema"))
    func sarifIsValidAgainstTheSchema() throws {
        let schema = PackagePaths.inShared("reference/sarif-schema-2.1.0.json").path
        let text = SARIFFormatter().report(Self.results)
        let verdict = try PythonRunner.run(
            """
            import json, sys, jsonschema
            schema = json.load(open(\(pythonString(schema))))
            log = json.load(sys.stdin)
            validator = jsonschema.validators.validator_for(schema)(schema)
            errors = sorted(validator.iter_errors(log), key=str)
            print("valid" if not errors else errors[0].message)
            """, input: text)
        #expect(verdict == "valid\n")
    }

    @Test func uris() {
        #expect(SARIFFormatter.uri("dir/my template.yaml") == "dir/my%20template.yaml")
        #expect(SARIFFormatter.uri("/abs/é.yaml") == "file:///abs/%C3%A9.yaml")
    }
}

private func pythonString(_ text: String) -> String {
    "'"
        + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
            of: "'", with: "\\'")
        + "'"
}

enum SchemaCheck {
    static let isAvailable: Bool =
        (try? PythonRunner.run("import jsonschema; print('ok')", input: "")) == "ok\n"
}
