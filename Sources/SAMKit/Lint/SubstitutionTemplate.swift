/// The variables of an `Fn::Sub` string: each `${Name}` or `${Resource.Attribute}`, but not
/// the literal `${!Text}`, which CloudFormation writes as `${Text}`.
enum SubstitutionTemplate {
    static func variables(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let start = rest.firstRange(of: "${") {
            let after = rest[start.upperBound...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.hasPrefix("!") {
                names.append(String(name.filter { $0 != " " }))
            }
            rest = after[after.index(after: close)...]
        }
        return names
    }
}
