/// The statements of a resource policy that allow anyone at all: `Effect: Allow` with the
/// principal `*` (or `AWS: *`) and no condition that narrows the callers to an account, an
/// organisation, a source resource or a network.
///
/// A statement whose principal, effect or condition is computed by an intrinsic function is
/// taken to be narrowed, since its value is known only at deployment; so is every statement
/// of a document that also denies everyone outside such a condition.
enum OpenStatements {
    /// Condition keys, in lower case, that tie a request to a known account, organisation,
    /// source resource or network.
    static let narrowingKeys: Set<String> = [
        "aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid",
        "aws:sourceorgpaths", "aws:principalorgid", "aws:principalorgpaths",
        "aws:principalaccount", "aws:principalarn", "aws:principalservicename", "aws:userid",
        "aws:sourcevpc", "aws:sourcevpce", "aws:sourceip",
    ]

    /// The paths of the `Principal` nodes of the open statements of `document`, which is found
    /// at `path`.
    static func principals(of document: Node, at path: TemplatePath) -> [TemplatePath] {
        let statementPath = path.appending("Statement")
        var statements: [(Node, TemplatePath)] = []
        switch document["Statement"]?.content {
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                statements.append((item, statementPath.appending(index: index)))
            }
        case .mapping:
            if let statement = document["Statement"] { statements = [(statement, statementPath)] }
        default:
            return []
        }
        // An Allow for everyone beside a Deny for everyone outside a network or account is
        // the documented way to fence a resource, and is narrowed as a whole.
        let fenced = statements.contains { statement, _ in
            statement["Effect"]?.string == "Deny"
                && statement["Principal"].map(isEveryone) == true
                && isNarrowed(statement["Condition"])
        }
        guard !fenced else { return [] }
        return statements.compactMap { statement, path in
            guard statement["Effect"]?.string == "Allow", let principal = statement["Principal"],
                isEveryone(principal), !isNarrowed(statement["Condition"])
            else { return nil }
            return path.appending("Principal")
        }
    }

    /// Whether a principal is `*`, `{AWS: *}` or `{AWS: [..., *, ...]}`.
    static func isEveryone(_ principal: Node) -> Bool {
        if principal.string == "*" { return true }
        guard let aws = principal["AWS"] else { return false }
        if aws.string == "*" { return true }
        return aws.sequence?.contains { $0.string == "*" } == true
    }

    /// Whether a condition block names one of the narrowing keys, under any operator.
    static func isNarrowed(_ condition: Node?) -> Bool {
        guard let condition else { return false }
        guard let operators = condition.mapping, NodeWalker.intrinsic(condition) == nil else {
            return !condition.isNull
        }
        for entry in operators {
            guard let keys = entry.value.mapping, NodeWalker.intrinsic(entry.value) == nil else {
                return true
            }
            if keys.keys.contains(where: { narrowingKeys.contains($0.lowercased()) }) {
                return true
            }
        }
        return false
    }
}
