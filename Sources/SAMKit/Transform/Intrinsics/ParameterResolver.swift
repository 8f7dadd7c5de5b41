/// Puts parameter values in place of `Ref` and `${Name}` references to parameters, as the
/// reference transform does for the few properties whose value it must know while
/// translating (an alias name, a code location that feeds a version hash, `Tracing`, ...).
///
/// What it resolves, at any depth:
/// - `{Ref: Name}` when `Name` has a value: the value, even a list or a mapping. The value is
///   not resolved again, but what is below it is.
/// - `${Name}` in the string of an `Fn::Sub`, or in the first item of its list form, when
///   `Name` has a value, which must be a string. Names in the variables mapping of the list
///   form do not shadow parameters here: the reference substitutes the parameter anyway.
///
/// What it leaves as written: references to names with no value (pseudo parameters other than
/// `AWS::Region` and `AWS::Partition`, such as `AWS::AccountId` and `AWS::NoValue`, and
/// resources), `Fn::GetAtt` and every other function (though references below them are
/// resolved), mappings with keys beside `Ref`, and values that CloudFormation itself passes
/// as `{{IntrinsicFunction:...}}` placeholders between nested stacks.
public struct ParameterResolver: Sendable {
    /// Parameter values by name: overrides, then defaults, then region and partition.
    public var values: [String: Node]

    public init(values: [String: Node]) {
        self.values = values
    }

    /// `node` with parameter references resolved.
    ///
    /// - Throws: a located error when `${Name}` in an `Fn::Sub` names a parameter whose value
    ///   is not a string, which the reference rejects for the whole template.
    public func resolve(_ node: Node) throws(Diagnostic) -> Node {
        try IntrinsicWalk.preOrder(node) { (node) throws(Diagnostic) -> Node in
            if let argument = IntrinsicWalk.argument(of: "Ref", in: node) {
                guard let name = argument.string, let found = value(of: name) else { return node }
                return Node(found.content, mark: node.mark ?? found.mark)
            }
            if let argument = IntrinsicWalk.argument(of: "Fn::Sub", in: node) {
                let rewritten = try SubVariables.rewritingArgument(argument) {
                    (variable) throws(Diagnostic) -> String in
                    guard let found = value(of: variable.name) else { return variable.text }
                    guard let text = found.string else {
                        throw Self.notAString(variable, found, at: node.mark)
                    }
                    return text
                }
                return IntrinsicWalk.replacingArgument(of: node, with: rewritten)
            }
            return node
        }
    }

    /// The value of parameter `name`, unless it has none or it is a placeholder that
    /// CloudFormation fills in later.
    func value(of name: String) -> Node? {
        guard let value = values[name] else { return nil }
        if let text = value.string, text.hasPrefix("{{IntrinsicFunction:") { return nil }
        return value
    }

    static func notAString(_ variable: SubVariables.Variable, _ value: Node, at mark: SourceMark?)
        -> Diagnostic
    {
        var shown = value.kindDescription
        switch value.content {
        case .int(let number): shown += " (\(number))"
        case .float(let number): shown += " (\(number))"
        case .bool(let flag): shown += " (\(flag))"
        default: break
        }
        return .error(
            "'Fn::Sub' variable '\(variable.text)' names parameter '\(variable.name)', whose value "
                + "is \(shown), not a string; give the parameter a string value, such as a "
                + "quoted default", rule: "transform", at: mark)
    }
}

extension TransformContext {
    /// The resolver of `Ref` and `${Name}` to this transform's parameter values.
    public var parameterResolver: ParameterResolver {
        ParameterResolver(values: parameterValues)
    }

    /// `node` with references to parameters resolved; see ``ParameterResolver``.
    ///
    /// - Throws: a located error where the reference rejects the template: a `${Name}` in an
    ///   `Fn::Sub` whose parameter value is not a string.
    public func resolveParameterRefs(_ node: Node) throws(Diagnostic) -> Node {
        try parameterResolver.resolve(node)
    }

    /// `node` with references to parameters resolved, for callers that cannot report an
    /// error; see ``ParameterResolver``.
    ///
    /// Where the reference would reject the template (a `${Name}` whose parameter value is not
    /// a string), this returns `node` as written instead; use ``resolveParameterRefs(_:)`` to
    /// report it.
    public func resolvingParameterRefs(_ node: Node) -> Node {
        (try? parameterResolver.resolve(node)) ?? node
    }
}
