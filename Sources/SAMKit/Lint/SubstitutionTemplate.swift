/// The variables of an `Fn::Sub` string: each `${Name}` or `${Resource.Attribute}`, but not
/// the literal `${!Text}`, which CloudFormation writes as `${Text}`.
enum SubstitutionTemplate {
    static func variables(in text: String) -> [String] {
        placedVariables(in: text).map(\.name)
    }

    /// Each variable with its `${...}` as written and how many times that same text came
    /// before it in the string.
    static func placedVariables(in text: String) -> [(name: String, excerpt: Finding.Excerpt)] {
        var found: [(name: String, excerpt: Finding.Excerpt)] = []
        var rest = text[...]
        var counts: [String: Int] = [:]
        while let start = rest.firstRange(of: "${") {
            let after = rest[start.upperBound...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            let written = String(rest[start.lowerBound...close])
            let occurrence = counts[written, default: 0]
            counts[written] = occurrence + 1
            if !name.hasPrefix("!") {
                found.append(
                    (
                        String(name.filter { $0 != " " }),
                        Finding.Excerpt(written, occurrence: occurrence)
                    ))
            }
            rest = after[after.index(after: close)...]
        }
        return found
    }
}
