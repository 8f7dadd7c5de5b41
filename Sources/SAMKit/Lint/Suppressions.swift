/// The findings a template asks not to be told about, read from `Metadata` at the top of the
/// template (for the whole template) or on a resource (for that resource and, for a SAM
/// resource, everything the transform generates from it).
///
/// Four forms are read, so that a team's existing suppressions keep working:
///
/// ```yaml
/// Metadata:
///   samkit:
///     ignore:
///       - rule: unused-parameter
///         reason: read by the deployment pipeline, not the template
///   cfn-lint:
///     config:
///       ignore_checks: [W2001]
///   cfn_nag:
///     rules_to_suppress:
///       - id: W58
///         reason: ...
///   checkov:
///     skip:
///       - id: CKV_AWS_45
///         comment: ...
/// ```
///
/// A cfn-lint id matches as cfn-lint matches it, as a prefix (`W2` silences every `W2...`
/// rule); cfn_nag and checkov ids match exactly. They silence the samkit rules that list them
/// among their equivalents; a rule without equivalents can only be silenced by its own id.
/// Suppressions in the `Metadata` of a generated CloudFormation resource are not read: only
/// what the user wrote in the SAM template counts.
public struct Suppressions: Sendable {
    /// Which tool's form a suppression was written in.
    public enum Form: Sendable, Equatable {
        case samkit
        case cfnLint
        case cfnNag
        case checkov
    }

    public struct Entry: Sendable, Equatable {
        public var form: Form
        public var id: String

        public init(_ form: Form, _ id: String) {
            self.form = form
            self.id = id
        }

        /// Whether this entry silences `rule`.
        public func matches(_ rule: RuleDescription) -> Bool {
            switch form {
            case .samkit: id == rule.id
            case .cfnLint: !id.isEmpty && rule.equivalents.cfnLint.contains { $0.hasPrefix(id) }
            case .cfnNag: rule.equivalents.cfnNag.contains(id)
            case .checkov: rule.equivalents.checkov.contains(id)
            }
        }
    }

    /// Suppressions for the whole template.
    public var template: [Entry] = []
    /// Suppressions by the logical id of the resource whose `Metadata` holds them.
    public var resources: [String: [Entry]] = [:]
    /// Suppressions written wrongly: a samkit one without a reason, or naming no known rule.
    public var problems: [Diagnostic] = []

    public init() {}

    /// Reads every suppression in `sections`, checking samkit's own against `rules`.
    public init(reading sections: Mapping, rules: [RuleDescription]) {
        let ids = rules.map(\.id)
        if let metadata = sections["Metadata"] {
            template = read(metadata, ruleIds: ids)
        }
        for entry in sections["Resources"]?.mapping ?? Mapping() {
            guard let metadata = entry.value["Metadata"] else { continue }
            let found = read(metadata, ruleIds: ids)
            if !found.isEmpty { resources[entry.key] = found }
        }
    }

    /// Whether `rule` is silenced for a finding in the resources `logicalIds` (the resource
    /// itself and the SAM resource it was generated from), or anywhere in the template.
    public func suppresses(_ rule: RuleDescription, inResources logicalIds: [String]) -> Bool {
        if template.contains(where: { $0.matches(rule) }) { return true }
        return logicalIds.contains { id in
            resources[id]?.contains { $0.matches(rule) } == true
        }
    }

    private mutating func read(_ metadata: Node, ruleIds: [String]) -> [Entry] {
        var entries: [Entry] = []

        // samkit's own: a rule id and the reason it does not apply.
        for item in metadata["samkit"]?["ignore"]?.sequence ?? [] {
            let rule = item.string ?? item["rule"]?.string
            guard let rule else {
                problems.append(
                    Self.problem(
                        "a samkit suppression should be a mapping like '{rule: ID, reason: ...}', "
                            + "but it is \(item.kindDescription)", at: item.mark))
                continue
            }
            let reason = item["reason"]?.string ?? ""
            if reason.allSatisfy({ $0 == " " }) {
                problems.append(
                    Self.problem(
                        "the suppression of '\(rule)' gives no reason; write it as "
                            + "'{rule: \(rule), reason: ...}' so readers know why", at: item.mark))
            }
            if !ruleIds.contains(rule) {
                var message = "the suppression names '\(rule)', which is not a samkit rule"
                if let near = Suggestion.nearest(to: rule, among: ruleIds) {
                    message += "; did you mean '\(near)'?"
                } else {
                    message += "; 'samkit rules' lists them"
                }
                problems.append(Self.problem(message, at: (item["rule"] ?? item).mark))
            }
            entries.append(Entry(.samkit, rule))
        }

        // cfn-lint: `cfn-lint: {config: {ignore_checks: [...]}}`, a list or a single id.
        let checks = metadata["cfn-lint"]?["config"]?["ignore_checks"]
        for item in checks?.sequence ?? (checks.map { [$0] } ?? []) {
            if let id = item.string { entries.append(Entry(.cfnLint, id)) }
        }

        // cfn_nag: `cfn_nag: {rules_to_suppress: [{id, reason}]}`.
        for item in metadata["cfn_nag"]?["rules_to_suppress"]?.sequence ?? [] {
            if let id = item["id"]?.string { entries.append(Entry(.cfnNag, id)) }
        }

        // checkov: `checkov: {skip: [{id, comment}]}`.
        for item in metadata["checkov"]?["skip"]?.sequence ?? [] {
            if let id = item["id"]?.string ?? item.string { entries.append(Entry(.checkov, id)) }
        }
        return entries
    }

    private static func problem(_ message: String, at mark: SourceMark?) -> Diagnostic {
        Diagnostic(.warning, message, rule: "suppression", at: mark)
    }
}
