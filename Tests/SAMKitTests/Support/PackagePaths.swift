import Foundation

/// Where the package and the shared test data are, worked out from this file's own path so
/// that tests run the same from any working directory.
enum PackagePaths {
    /// The package's root folder, three levels above `Tests/SAMKitTests/Support/`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `shared` folder beside the package: corpus and reference data, never copied in.
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    static func inPackage(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    static func inShared(_ relativePath: String) -> URL {
        shared.appendingPathComponent(relativePath)
    }

    static func text(of url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// Whether `SAMKIT_REGENERATE=1` asks the source-currency tests to write generated files
    /// instead of comparing them.
    static var regenerating: Bool {
        ProcessInfo.processInfo.environment["SAMKIT_REGENERATE"] == "1"
    }
}

/// The first line where two texts differ, as `line N: 'actual' vs 'expected'`, or `nil` when
/// they are equal; keeps a failing comparison of a large generated file readable.
func firstDifference(_ actual: String, _ expected: String) -> String? {
    guard actual != expected else { return nil }
    let left = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let right = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
        let mine = index < left.count ? String(left[index]) : "(end of text)"
        let theirs = index < right.count ? String(right[index]) : "(end of text)"
        if mine != theirs { return "line \(index + 1): '\(mine)' vs '\(theirs)'" }
    }
    return "the texts differ only in line endings"
}
