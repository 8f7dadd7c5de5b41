import Foundation
import Testing

/// Runs every case of the shared SAM translator corpus through the library in all three
/// partitions, prints how many pass per partition and set, and fails when a case that passed
/// before (listed in `passing-cases.txt`) no longer does.
///
/// After a change that makes more cases pass, record the new list with
/// `SAMKIT_RECORD_BASELINE=1 swift test --filter ConformanceTests`, so the gain is kept.
@Suite struct ConformanceTests {
    static let baselineURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("passing-cases.txt")

    @Test func corpusDoesNotRegress() async throws {
        let sets = try Dictionary(
            uniqueKeysWithValues: Corpus.sets.map { ($0, try Corpus.names(inSet: $0)) })
        let names = sets.values.flatMap { $0 }.sorted()
        #expect(names.count == 828)

        // Every case in every partition, three partitions side by side.
        let results = try await withThrowingTaskGroup(
            of: [(String, CorpusCase.Verdict, String)].self
        ) { group in
            for (partition, region) in Corpus.partitions {
                group.addTask {
                    try names.map { name in
                        let (verdict, detail) = try CorpusCase(
                            name: name, partition: partition, region: region
                        ).run()
                        return ("\(partition)/\(name)", verdict, detail)
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let passing = Set(results.filter { $0.1 == .pass }.map(\.0))

        // Counts per partition and set, as a reader of the CI log wants them.
        for (partition, _) in Corpus.partitions {
            let perSet = Corpus.sets.map { set in
                let count = sets[set]!.filter { passing.contains("\(partition)/\($0)") }.count
                return "\(set) \(count)/\(sets[set]!.count)"
            }
            let total = names.filter { passing.contains("\(partition)/\($0)") }.count
            print(
                "conformance \(partition): \(total)/\(names.count) pass (\(perSet.joined(separator: ", ")))"
            )
        }
        var verdicts: [String: Int] = [:]
        for result in results { verdicts[result.1.rawValue, default: 0] += 1 }
        print(
            "conformance verdicts: "
                + verdicts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                    separator: ", "))

        if ProcessInfo.processInfo.environment["SAMKIT_RECORD_BASELINE"] == "1" {
            try (passing.sorted().joined(separator: "\n") + "\n").write(
                to: Self.baselineURL, atomically: true, encoding: .utf8)
            print("conformance baseline recorded: \(passing.count) passing cases")
            return
        }
        let baseline = try String(contentsOf: Self.baselineURL, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let lost = baseline.filter { !passing.contains($0) }
        let details = Dictionary(
            uniqueKeysWithValues: results.map { ($0.0, "\($0.1.rawValue) \($0.2)") })
        let report = lost.map { "\($0): \(details[$0] ?? "")" }.joined(separator: "\n")
        #expect(lost.isEmpty, "cases that passed before and fail now:\n\(report)")
        let gained = passing.count - Set(baseline).intersection(passing).count
        if gained > 0 {
            print(
                "conformance: \(gained) cases pass that the baseline does not list; record them with SAMKIT_RECORD_BASELINE=1"
            )
        }
    }
}
