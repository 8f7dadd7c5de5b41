/// One SAM policy template: a named set of IAM statements with a few parameters to fill in.
///
/// A function's `Policies` entry `SQSPollerPolicy: {QueueName: !Ref Queue}` names a template
/// and gives its parameter values; ``expand(_:)`` turns that into the statements the
/// function's role gets. The statements refer to a parameter the way CloudFormation refers to a
/// template parameter, with a mapping whose only key is `Ref`, usually inside the variables of
/// an `Fn::Sub`; expansion puts the given value in place of that mapping.
public struct PolicyTemplate: Sendable {
    /// A value the template needs, such as the name of the table it grants access to.
    public struct Parameter: Sendable, Equatable {
        public let name: String
        /// What value the parameter wants, in a few words.
        public let summary: String

        public init(name: String, summary: String) {
            self.name = name
            self.summary = summary
        }
    }

    public let name: String
    /// What the template lets a function do, in one sentence.
    public let summary: String
    public let parameters: [Parameter]
    private let makeStatements: @Sendable () -> [Node]

    /// The template's IAM statements with their parameter references in place.
    ///
    /// Built on each use rather than kept, so that templates nobody uses cost nothing.
    public var statements: [Node] { makeStatements() }

    public init(
        name: String, summary: String, parameters: [Parameter],
        statements: @escaping @Sendable () -> [Node]
    ) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.makeStatements = statements
    }

    /// The template's statements with each parameter reference replaced by its value.
    ///
    /// `values` must be a mapping with a value for every parameter, `{}` for a template that
    /// has none. A value is put in as written, intrinsic functions and null included, and keeps
    /// its source mark. Keys that are not parameters of the template are ignored, as the
    /// reference transform ignores them; ``problems(in:)`` reports them as warnings.
    ///
    /// Three behaviours follow the reference transform exactly although they look odd. While it
    /// substitutes, the reference renames each parameter to `___SAM_POLICY_PARAMETER_<name>`,
    /// and that name can show through:
    /// - A string value starting with `{{IntrinsicFunction:` (a placeholder CloudFormation
    ///   passes for a nested stack's output that does not exist yet) is not substituted: the
    ///   reference is left as `Ref: ___SAM_POLICY_PARAMETER_<name>`.
    /// - A `Ref` to such a name found inside a value, below its top level, is replaced by that
    ///   parameter's value too.
    /// - Where those replacements would go round in a circle, the reference transform fails with
    ///   a recursion error; samkit leaves the `Ref` that closes the circle as written.
    ///
    /// - Throws: a ``Diagnostic`` at `values` when it is not a mapping or lacks a parameter.
    public func expand(_ values: Node) throws(Diagnostic) -> [Node] {
        if let error = firstError(in: values) { throw error }
        let given = values.mapping ?? Mapping()
        return statements.map {
            substitute(in: $0, from: given, inValue: false, expanding: [])
        }
    }

    /// Everything wrong with `values` for this template: errors that stop ``expand(_:)``, and a
    /// warning for each key that is not a parameter of the template.
    public func problems(in values: Node) -> [Diagnostic] {
        guard let given = values.mapping else { return [notAMapping(values)] }
        var found = firstError(in: values).map { [$0] } ?? []
        let names = parameters.map(\.name)
        for entry in given where !names.contains(entry.key) {
            let unused = names.filter { given[$0] == nil }
            let near = Suggestion.nearest(to: entry.key, among: unused.isEmpty ? names : unused)
            found.append(
                .init(
                    .warning, Message.unknownParameter(entry.key, of: name, nearest: near),
                    rule: Self.rule, at: entry.keyMark ?? values.mark))
        }
        return found
    }

    /// The rule id of every problem found with a policy template's use.
    public static let rule = "policy-template"

    /// The name the reference transform gives a parameter while it substitutes values, which
    /// shows in its output when a value is a nested-stack placeholder.
    static let internalNamePrefix = "___SAM_POLICY_PARAMETER_"

    /// How a nested-stack placeholder value starts.
    static let placeholderPrefix = "{{IntrinsicFunction:"

    private func firstError(in values: Node) -> Diagnostic? {
        guard let given = values.mapping else { return notAMapping(values) }
        let missing = parameters.map(\.name).filter { given[$0] == nil }
        guard !missing.isEmpty else { return nil }
        return .error(Message.missing(missing, of: name), rule: Self.rule, at: values.mark)
    }

    private func notAMapping(_ values: Node) -> Diagnostic {
        .error(
            Message.notAMapping(values, of: name, firstParameter: parameters.first?.name),
            rule: Self.rule, at: values.mark)
    }

    /// `node` with parameter references replaced, the way the reference walks it: first the
    /// node itself, then the children of whatever it became.
    ///
    /// References are matched by the parameter's own name in the template's statements
    /// (`inValue` false) and by its internal name inside values that were put in.
    /// `expanding` holds the parameters whose values are being walked, to stop a circle.
    private func substitute(
        in node: Node, from given: Mapping, inValue: Bool, expanding: Set<String>
    ) -> Node {
        if let map = node.mapping, let name = parameterReference(map, inValue: inValue),
            !expanding.contains(name), let value = given[name]
        {
            if let text = value.string, text.hasPrefix(Self.placeholderPrefix) {
                let internalName = Node.string(Self.internalNamePrefix + name)
                return .mapping(Mapping([.init(key: "Ref", value: internalName)]), mark: node.mark)
            }
            return substituteChildren(
                of: value, from: given, inValue: true, expanding: expanding.union([name]))
        }
        return substituteChildren(of: node, from: given, inValue: inValue, expanding: expanding)
    }

    private func substituteChildren(
        of node: Node, from given: Mapping, inValue: Bool, expanding: Set<String>
    ) -> Node {
        switch node.content {
        case .mapping(let map):
            var copy = Mapping()
            for entry in map {
                let value = substitute(
                    in: entry.value, from: given, inValue: inValue, expanding: expanding)
                copy.set(.init(key: entry.key, keyMark: entry.keyMark, value: value))
            }
            return .mapping(copy, mark: node.mark)
        case .sequence(let items):
            let copies = items.map {
                substitute(in: $0, from: given, inValue: inValue, expanding: expanding)
            }
            return .sequence(copies, mark: node.mark)
        default:
            return node
        }
    }

    /// The parameter `map` refers to when it is `{Ref: NAME}` for one of this template's
    /// parameters, NAME being the internal name when `inValue`.
    private func parameterReference(_ map: Mapping, inValue: Bool) -> String? {
        guard map.count == 1, let entry = map.entries.first, entry.key == "Ref",
            var target = entry.value.string
        else { return nil }
        if inValue {
            guard target.hasPrefix(Self.internalNamePrefix) else { return nil }
            target.removeFirst(Self.internalNamePrefix.count)
        }
        return parameters.contains(where: { $0.name == target }) ? target : nil
    }
}

// MARK: - Messages

extension PolicyTemplate {
    enum Message {
        static func notAMapping(_ value: Node, of template: String, firstParameter: String?)
            -> String
        {
            guard let firstParameter else {
                return "Policy template '\(template)' takes no parameters but still needs an "
                    + "empty mapping: write '\(template): {}', not \(value.kindDescription)."
            }
            return "Policy template '\(template)' needs a mapping of parameter values such as "
                + "'\(firstParameter): ...', not \(value.kindDescription)."
        }

        static func missing(_ names: [String], of template: String) -> String {
            let noun = names.count == 1 ? "parameter" : "parameters"
            return "Policy template '\(template)' is missing \(noun) \(quotedList(names))."
        }

        static func unknownParameter(_ key: String, of template: String, nearest: String?)
            -> String
        {
            let hint = nearest.map { " Did you mean '\($0)'?" } ?? ""
            return "Policy template '\(template)' has no parameter '\(key)'; the value is "
                + "ignored.\(hint)"
        }

        /// `'A'`, `'A' and 'B'`, `'A', 'B' and 'C'`.
        static func quotedList(_ names: [String]) -> String {
            let quoted = names.map { "'\($0)'" }
            guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
            return quoted.dropLast().joined(separator: ", ") + " and " + last
        }
    }
}
