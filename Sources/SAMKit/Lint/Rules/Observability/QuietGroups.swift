/// How the observability rules keep to one finding where one fix serves: resources of one
/// kind that lack a setting are reported one by one when others of their kind have it, since
/// those were most likely forgotten, and together, once, at the first of them when none has
/// it, since the template then needs the setting everywhere, often in one place in `Globals`.
enum QuietGroups {
    /// One resource that lacks the setting: its logical id.
    static func findings(
        lacking: [String], anyHas: Bool, each: (String) -> String,
        together: (_ first: String, _ names: String) -> String,
        make: (_ message: String, _ id: String) -> Finding
    ) -> [Finding] {
        guard let first = lacking.first else { return [] }
        if anyHas { return lacking.map { make(each($0), $0) } }
        return [make(together(first, names(lacking)), first)]
    }

    /// `'A'`, `'A' and 'B'`, `'A', 'B', 'C' and 4 more`.
    static func names(_ ids: [String]) -> String {
        let shown = ids.prefix(3).map { "'\($0)'" }
        let rest = ids.count - shown.count
        if rest > 0 { return shown.joined(separator: ", ") + " and \(rest) more" }
        if shown.count == 1 { return shown[0] }
        return shown.dropLast().joined(separator: ", ") + " and " + (shown.last ?? "")
    }
}
