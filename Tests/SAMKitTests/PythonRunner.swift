import Foundation

/// Runs a Python script on this machine, for tests that compare with Python's own output.
enum PythonRunner {
    static let executable = "/usr/bin/env"

    static var isAvailable: Bool {
        (try? run("print('ok')", input: "")) == "ok\n"
    }

    /// Runs `script` with `python3`, feeding `input` to its standard input, and returns what it
    /// printed.
    static func run(_ script: String, input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonFailure(status: process.terminationStatus)
        }
        return String(decoding: output, as: UTF8.self)
    }

    struct PythonFailure: Error {
        var status: Int32
    }
}
