/// Finds the valid name a misspelled one was probably meant to be, for "Did you mean" hints.
///
/// Names are compared without regard to case and with a swap of two neighbouring characters
/// counting as one edit, since those are the slips people make when typing identifiers such as
/// `DynamoDBCrudPolicy`. A candidate is offered only when it is close for the word's length, so
/// that a short unrelated name never gets a far-fetched suggestion.
public enum Suggestion {
    /// The candidate nearest to `word`, or `nil` when none is close enough.
    ///
    /// Of equally near candidates the first in `candidates` wins, so callers that pass names in
    /// a fixed order get the same suggestion every run.
    public static func nearest(to word: String, among candidates: some Sequence<String>)
        -> String?
    {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        let limit = Swift.max(1, Swift.min(3, target.count / 3))

        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// The number of insertions, deletions, substitutions and swaps of neighbouring characters
    /// that turn `left` into `right` (the optimal string alignment distance).
    public static func editDistance(_ left: String, _ right: String) -> Int {
        editDistance(Array(left.unicodeScalars), Array(right.unicodeScalars))
    }

    private static func editDistance(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Int {
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }

        // Three rows of the dynamic-programming table: two back, one back, and the current.
        var older = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for row in 1...left.count {
            current[0] = row
            for column in 1...right.count {
                let cost = left[row - 1] == right[column - 1] ? 0 : 1
                var value = Swift.min(
                    previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, left[row - 1] == right[column - 2],
                    left[row - 2] == right[column - 1]
                {
                    value = Swift.min(value, older[column - 2] + 1)
                }
                current[column] = value
            }
            (older, previous, current) = (previous, current, older)
        }
        return previous[right.count]
    }
}
