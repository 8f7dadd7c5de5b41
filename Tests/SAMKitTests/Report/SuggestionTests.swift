import Testing

@testable import SAMKit

@Suite struct SuggestionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var word: String
        var candidates: [String]
        var expected: String?
        var testDescription: String { "'\(word)'" }
    }

    static let cases: [Case] = [
        Case(word: "QueueNme", candidates: ["QueueName", "TopicName"], expected: "QueueName"),
        Case(word: "QueueNmae", candidates: ["QueueName"], expected: "QueueName"),
        Case(word: "queuename", candidates: ["QueueName"], expected: "QueueName"),
        Case(word: "Table", candidates: ["TableName"], expected: nil),
        Case(word: "ab", candidates: ["ac", "xy"], expected: "ac"),
        Case(word: "ab", candidates: ["cd"], expected: nil),
        Case(word: "", candidates: ["a"], expected: nil),
        // An exact match is not a suggestion.
        Case(word: "QueueName", candidates: ["QueueName"], expected: nil),
        // Of equally near names the first given wins.
        Case(word: "Nam", candidates: ["Name", "Nap", "Nab"], expected: "Name"),
    ]

    @Test(arguments: cases)
    func nearest(_ example: Case) {
        #expect(Suggestion.nearest(to: example.word, among: example.candidates) == example.expected)
    }

    @Test(arguments: [
        ("kitten", "sitting", 3),
        ("abc", "acb", 1),
        ("", "abc", 3),
        ("abc", "", 3),
        ("same", "same", 0),
        ("ca", "abc", 3),
    ])
    func editDistance(left: String, right: String, distance: Int) {
        #expect(Suggestion.editDistance(left, right) == distance)
    }
}
