import Foundation
import Testing

/// The hooks of `.pre-commit-hooks.yaml`, run by the real pre-commit against a scratch git
/// repository through `Tests/pre-commit/hook-test.sh`; skipped when pre-commit is missing.
///
/// The `language: swift` hook makes pre-commit build the whole package in release mode, which
/// takes minutes, so it runs only when `SAMKIT_TEST_PRECOMMIT_SWIFT=1` (as CI sets it).
@Suite struct PreCommitHookTests {
    static let isInstalled: Bool =
        (try? shell("command -v pre-commit && command -v git").status) == 0

    static let buildsWithSwift =
        ProcessInfo.processInfo.environment["SAMKIT_TEST_PRECOMMIT_SWIFT"] == "1"

    static func shell(_ command: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = PackagePaths.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func runScript(_ hook: String) throws -> (status: Int32, output: String) {
        let samkitFolder = CommandLineTests.executable.deletingLastPathComponent().path
        return try shell("bash Tests/pre-commit/hook-test.sh \(hook) '\(samkitFolder)'")
    }

    @Test(.enabled(if: isInstalled, "needs pre-commit and git"))
    func theSystemHookRunsTheInstalledSamkit() throws {
        let result = try Self.runScript("samkit-validate-system")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasSuffix("passed: samkit-validate-system\n"))
    }

    @Test(.enabled(if: isInstalled && buildsWithSwift, "needs SAMKIT_TEST_PRECOMMIT_SWIFT=1"))
    func theSwiftHookBuildsSamkitItself() throws {
        let result = try Self.runScript("samkit-validate")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasSuffix("passed: samkit-validate\n"))
    }
}
