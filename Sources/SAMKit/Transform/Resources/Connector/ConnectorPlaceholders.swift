/// Fills the `%{Name}` placeholders of connector profiles.
///
/// A string that is exactly one placeholder becomes its value; a string that contains some
/// becomes an `Fn::Sub` with a variable for each (`%{Source.Arn}` as `${SourceArn}`), since a
/// value may be an intrinsic function. A string with `${...}` of its own becomes an `Fn::Sub`
/// too, so that CloudFormation fills it in.
enum ConnectorPlaceholders {
    /// `node` with `%{logicalId}` replaced by `logicalId`.
    static func fill(_ outputs: Mapping, logicalId: String) -> Mapping {
        let filled = try? fill(.mapping(outputs), with: [("logicalId", .string(logicalId))])
        return filled?.mapping ?? outputs
    }

    /// `node` with each placeholder named in `values` replaced.
    ///
    /// - Throws: the name of a placeholder that is used but whose value is `nil`.
    static func fill(_ node: Node, with values: [(String, Node?)]) throws(ConnectorError) -> Node {
        switch node.content {
        case .mapping(let map):
            var result = Mapping()
            for entry in map {
                result.set(
                    Mapping.Entry(
                        key: entry.key, keyMark: entry.keyMark,
                        value: try fill(entry.value, with: values)))
            }
            return Node(.mapping(result), mark: node.mark)
        case .sequence(let items):
            var result: [Node] = []
            for item in items { result.append(try fill(item, with: values)) }
            return Node(.sequence(result), mark: node.mark)
        case .string(let text):
            return try fill(text, with: values)
        default:
            return node
        }
    }

    private static func fill(_ text: String, with values: [(String, Node?)])
        throws(ConnectorError) -> Node
    {
        // Most strings of a profile hold neither placeholder nor variable; a byte scan says
        // so far faster than searching for each placeholder.
        let hasPercent = text.utf8.contains(UInt8(ascii: "%"))
        guard hasPercent || text.utf8.contains(UInt8(ascii: "$")) else { return .string(text) }
        var text = text
        var variables = Mapping()
        for (name, value) in values where hasPercent {
            let placeholder = "%{" + name + "}"
            guard text.contains(placeholder) else { continue }
            guard let value else {
                throw ConnectorError("the connection needs '\(name)', which is missing")
            }
            if text == placeholder { return value }
            let variable = String(name.filter { $0.isLetter || $0.isNumber })
            text = text.replacing(placeholder, with: "${" + variable + "}")
            variables[variable] = value
        }
        guard containsSubVariable(text) else { return .string(text) }
        if variables.isEmpty { return ["Fn::Sub": .string(text)] }
        return ["Fn::Sub": [.string(text), .mapping(variables)]]
    }

    /// Whether `text` has `${` followed, later on the same line, by `}` with something between.
    private static func containsSubVariable(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "$", scalars[index + 1] == "{" {
                var end = index + 3
                while end < scalars.count, scalars[end] != "\n" {
                    if scalars[end] == "}" { return true }
                    end += 1
                }
            }
            index += 1
        }
        return false
    }
}
