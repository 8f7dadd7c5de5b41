import Foundation
import Testing

/// `samkit validate` and `samkit rules` as the built executable: formats, thresholds,
/// configuration files, and several templates in one run.
@Suite struct ValidateCommandTests {
    static let warningsOnly = """
        Parameters:
          Unused:
            Type: String
        Resources:
          Topic:
            Type: AWS::SNS::Topic

        """
    static let withError = """
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Timeout: 0

        """

    /// A fresh folder with `files` (relative path → text), removed after `body`.
    static func inFolder<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("samkit-validate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return try body(folder)
    }

    @Test func theThresholdDecidesTheExitStatus() throws {
        try Self.inFolder(["w.yaml": Self.warningsOnly]) { folder in
            let path = folder.appendingPathComponent("w.yaml").path
            let line =
                "\(path):2:3: warning: parameter 'Unused' is never used; remove it or refer to "
                + "it with 'Ref' [unused-parameter]\n"
            let byDefault = try CommandLineTests.run(["validate", path])
            #expect(byDefault.status == 1)
            #expect(byDefault.stdout == line)
            let lenient = try CommandLineTests.run(
                ["validate", path, "--severity-threshold", "error"])
            #expect(lenient.status == 0)
            #expect(lenient.stdout == line, "findings below the threshold are still shown")
            let ignored = try CommandLineTests.run(
                ["validate", path, "--ignore", "unused-parameter"])
            #expect(ignored.status == 0)
            #expect(ignored.stdout.isEmpty)
        }
    }

    @Test func severalTemplatesAreReportedInArgumentOrder() throws {
        var files: [String: String] = [:]
        for index in 0..<6 {
            files["t\(index).yaml"] = index % 2 == 0 ? Self.withError : Self.warningsOnly
        }
        try Self.inFolder(files) { folder in
            let paths = (0..<6).map { folder.appendingPathComponent("t\($0).yaml").path }
            let outcome = try CommandLineTests.run(["validate"] + paths + ["--format", "json"])
            #expect(outcome.status == 1)
            let items =
                try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
                as? [[String: Any]]
            #expect(items?.map { $0["file"] as? String } == paths)
            #expect(
                items?.map { $0["rule"] as? String } == [
                    "lambda-timeout", "unused-parameter", "lambda-timeout", "unused-parameter",
                    "lambda-timeout", "unused-parameter",
                ])
        }
    }

    @Test func theNearestConfigurationFileApplies() throws {
        let files = [
            ".samkit.yaml": "severity:\n  unused-parameter: info\nseverity-threshold: warning\n",
            "stacks/api/template.yaml": Self.warningsOnly,
        ]
        try Self.inFolder(files) { folder in
            let path = folder.appendingPathComponent("stacks/api/template.yaml").path
            let outcome = try CommandLineTests.run(["validate", path])
            #expect(outcome.status == 0)
            #expect(
                outcome.stdout
                    == "\(path):2:3: info: parameter 'Unused' is never used; remove it or refer "
                    + "to it with 'Ref' [unused-parameter]\n")

            let other = folder.appendingPathComponent("strict.yaml")
            try "severity-threshold: info\n".write(to: other, atomically: true, encoding: .utf8)
            let strict = try CommandLineTests.run(["validate", path, "--config", other.path])
            #expect(strict.status == 1, "--config replaces the nearest file")
        }
    }

    @Test func aBadConfigurationStopsTheRunWithStatusTwo() throws {
        let files = [".samkit.yaml": "ignore: [unused-paramter]\n", "t.yaml": Self.warningsOnly]
        try Self.inFolder(files) { folder in
            let outcome = try CommandLineTests.run(
                ["validate", folder.appendingPathComponent("t.yaml").path])
            #expect(outcome.status == 2)
            #expect(outcome.stdout.isEmpty)
            let config = folder.appendingPathComponent(".samkit.yaml").path
            #expect(
                outcome.stderr
                    == "samkit: error: \(config):1:10: error: unknown rule 'unused-paramter'; "
                    + "did you mean 'unused-parameter'?\n")
        }
    }

    @Test func anUnknownRuleOrFormatIsAUsageError() throws {
        let rule = try CommandLineTests.run(["validate", "x.yaml", "--ignore", "lambda-timout"])
        #expect(rule.status == 2)
        #expect(
            rule.stderr
                == "samkit: error: Unknown rule 'lambda-timout' for '--ignore'. Did you mean "
                + "'lambda-timeout'?\nRun 'samkit validate --help' for usage.\n")
        let format = try CommandLineTests.run(["validate", "x.yaml", "--format", "sarf"])
        #expect(format.status == 2)
        #expect(
            format.stderr
                == "samkit: error: Invalid value 'sarf' for '--format'; expected 'text', 'json', "
                + "'sarif', 'junit', 'github'. Did you mean 'sarif'?\n"
                + "Run 'samkit validate --help' for usage.\n")
    }

    @Test func unsupportedTypesMayBeIgnoredButTransformErrorsMayNot() throws {
        let template = "Resources:\n  Thing:\n    Type: AWS::Serverless::NoSuchThing\n"
        try Self.inFolder(["t.yaml": template]) { folder in
            let path = folder.appendingPathComponent("t.yaml").path
            let reported = try CommandLineTests.run(["validate", path])
            #expect(reported.status == 1)
            #expect(reported.stdout.hasSuffix("[unsupported]\n"))
            let ignored = try CommandLineTests.run(["validate", path, "--ignore", "unsupported"])
            #expect(ignored.status == 0)
            #expect(ignored.stdout.isEmpty)
        }
        let refused = try CommandLineTests.run(["validate", "x.yaml", "--ignore", "transform"])
        #expect(refused.status == 2)
        #expect(
            refused.stderr
                == "samkit: error: Unknown rule 'transform' for '--ignore'. 'samkit rules' "
                + "lists them.\nRun 'samkit validate --help' for usage.\n")
    }

    @Test func githubAnnotations() throws {
        try Self.inFolder(["t.yaml": Self.withError]) { folder in
            let path = folder.appendingPathComponent("t.yaml").path
            let outcome = try CommandLineTests.run(["validate", path, "--format", "github"])
            #expect(outcome.status == 1)
            #expect(
                outcome.stdout
                    == "::error file=\(path),line=5,col=16,endLine=5,endColumn=17,"
                    + "title=lambda-timeout::Timeout '0' is outside the 1–900 seconds Lambda "
                    + "allows [lambda-timeout]\n")
        }
    }

    @Test func rulesListsTheCatalogueAndExplainsOne() throws {
        let list = try CommandLineTests.run(["rules"])
        #expect(list.status == 0)
        #expect(
            list.stdout.hasPrefix(
                "undefined-reference            error    Ref, Fn::GetAtt and Fn::Sub name "
                    + "things that exist.\n"))
        let one = try CommandLineTests.run(["rules", "reserved-environment-variable"])
        #expect(one.status == 0)
        #expect(
            one.stdout.hasPrefix(
                "reserved-environment-variable: A function does not set an environment "
                    + "variable that Lambda reserves.\n\nDefault severity: error\n"))
        #expect(one.stdout.contains("  cfn-lint  E3663\n"))
        #expect(one.stdout.contains("Reported:\n  Globals:\n"))
        let unknown = try CommandLineTests.run(["rules", "unused-paramter"])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr
                == "samkit: error: Unknown rule 'unused-paramter'. Did you mean "
                + "'unused-parameter'?\nRun 'samkit rules --help' for usage.\n")
    }
}
