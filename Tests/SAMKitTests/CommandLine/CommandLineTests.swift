import Foundation
import Testing

/// The built `samkit` executable run as a user runs it: real arguments, and checks of stdout,
/// stderr and the exit status.
@Suite struct CommandLineTests {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable beside the test bundle, which `swift build` puts there.
    static let executable: URL = {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0])
            .deletingLastPathComponent()
        for candidate in [bundleDirectory, bundleDirectory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("samkit")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return PackagePaths.inPackage(".build/debug/samkit")
    }()

    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]
    )
        throws -> Outcome
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = PackagePaths.root
        var processEnvironment = ProcessInfo.processInfo.environment
        processEnvironment["AWS_REGION"] = nil
        processEnvironment["AWS_DEFAULT_REGION"] = nil
        for (key, value) in environment { processEnvironment[key] = value }
        process.environment = processEnvironment
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    @Test func theExecutableIsBuilt() {
        #expect(
            FileManager.default.isExecutableFile(atPath: Self.executable.path),
            "run 'swift build' before 'swift test' so the command-line tests find samkit")
    }

    @Test func versionAndHelpGoToStandardOutput() throws {
        let version = try Self.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "samkit 0.1.0\n")
        let help = try Self.run(["transform", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("Usage: samkit transform [TEMPLATE|-] [options]\n"))
        #expect(help.stderr.isEmpty)
    }

    struct UsageCase: Sendable, CustomStringConvertible {
        var arguments: [String]
        var stderr: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let usageCases: [UsageCase] = [
        UsageCase(
            arguments: ["transform", "--formt", "yaml", "Examples/hello.yaml"],
            stderr: "samkit: error: Unknown option '--formt'. Did you mean '--format'?\n"
                + "Run 'samkit transform --help' for usage.\n"),
        UsageCase(
            arguments: ["valdate", "x.yaml"],
            stderr: "samkit: error: Unknown command 'valdate'. Did you mean 'validate'?\n"
                + "Run 'samkit --help' for usage.\n"),
        UsageCase(
            arguments: ["transform", "Examples/hello.yaml", "--format", "xml"],
            stderr: "samkit: error: Invalid value 'xml' for '--format'; expected 'json', 'yaml'.\n"
                + "Run 'samkit transform --help' for usage.\n"),
        UsageCase(
            arguments: ["transform", "Examples/hello.yaml", "--partition", "aws-ch"],
            stderr: "samkit: error: Invalid value 'aws-ch' for '--partition'; expected 'aws', "
                + "'aws-cn', 'aws-iso', 'aws-iso-b', 'aws-us-gov', 'aws-iso-e', 'aws-iso-f', "
                + "'aws-eusc'. Did you mean 'aws-cn'?\n"
                + "Run 'samkit transform --help' for usage.\n"),
        UsageCase(
            arguments: ["transform", "--region"],
            stderr: "samkit: error: Missing value for option '--region'.\n"
                + "Run 'samkit transform --help' for usage.\n"),
        UsageCase(
            arguments: ["transform", "a.yaml", "--parameter-overrides", "Stage"],
            stderr: "samkit: error: Parameter override 'Stage' should be written KEY=VALUE.\n"
                + "Run 'samkit transform --help' for usage.\n"),
        UsageCase(
            arguments: ["validate"],
            stderr: "samkit: error: Missing the template to validate.\n"
                + "Run 'samkit validate --help' for usage.\n"),
        UsageCase(
            arguments: ["transform", "missing.yaml"],
            stderr: "samkit: error: cannot read 'missing.yaml': No such file or directory\n"),
        UsageCase(
            arguments: ["validate", "Examples"],
            stderr: "samkit: error: cannot read 'Examples': is a directory, not a template file\n"),
    ]

    @Test(arguments: usageCases)
    func mistakesInTheCallExitWithTwo(_ usage: UsageCase) throws {
        let outcome = try Self.run(usage.arguments)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == usage.stderr)
    }

    @Test func validateReportsADuplicateKeyWithItsFirstPlace() throws {
        let outcome = try Self.run(["validate", "Examples/mistake.yaml"])
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout == """
                Examples/mistake.yaml:13:5: error: key 'Properties' is written twice in this \
                mapping; the value here replaces the earlier one [duplicate-key]
                Examples/mistake.yaml:8:5: note: 'Properties' is first written here

                """)
        #expect(!outcome.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func validateIsSilentOnACleanTemplate() throws {
        let outcome = try Self.run(["validate", "Examples/plain-cloudformation.yaml"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func transformWithoutSAMResourcesOnlyDropsTheTransform() throws {
        let outcome = try Self.run(["transform", "Examples/plain-cloudformation.yaml"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
        let output =
            try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        #expect(output?["Transform"] == nil)
        #expect(
            output?.keys.sorted() == [
                "AWSTemplateFormatVersion", "Description", "Outputs", "Parameters", "Resources",
            ])
        let bucket = (output?["Resources"] as? [String: Any])?["ArtifactsBucket"] as? [String: Any]
        let name = (bucket?["Properties"] as? [String: Any])?["BucketName"] as? [String: Any]
        #expect(name?["Fn::Sub"] as? String == "artifacts-${Stage}-${AWS::AccountId}")
    }

    @Test func transformReadsStandardInput() throws {
        let template = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n"
        let outcome = try Self.run(["transform", "-", "--format", "yaml"], stdin: template)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n")
    }

    @Test func aTemplateWithAnErrorWritesNothingToStandardOutput() throws {
        let outcome = try Self.run(["transform", "-"], stdin: "Resources:\n  A: [1\n")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("<stdin>:3:1: error: did not find expected ',' or ']'\n"))
    }

    @Test func aFailedTransformLeavesAnExistingOutputFileAlone() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("samkit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.json")
        try "previous contents\n".write(to: output, atomically: true, encoding: .utf8)

        let failed = try Self.run(["transform", "-", "-o", output.path], stdin: "Outputs: {}\n")
        #expect(failed.status == 1)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous contents\n")

        let template = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n"
        let written = try Self.run(["transform", "-", "-o", output.path], stdin: template)
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(
            try String(contentsOf: output, encoding: .utf8)
                == "{\n  \"Resources\": {\n    \"Topic\": {\n      \"Type\": \"AWS::SNS::Topic\"\n    }\n  }\n}\n"
        )
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["out.json"], "no temporary file is left behind")
    }

    @Test func policyTemplatesShowsWhatATemplateGrants() throws {
        let outcome = try Self.run(["policy-templates", "SQSPollerPolicy"])
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout.hasPrefix(
                "SQSPollerPolicy: Lets the function receive, delete and hide messages of one SQS queue.\n"
            ))
        #expect(outcome.stdout.contains("  QueueName  The name of the SQS queue\n"))
        #expect(outcome.stdout.contains("    - sqs:ReceiveMessage\n"))
    }
}
