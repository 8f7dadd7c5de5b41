/// The shape a property's value must have, as the reference checks it.
public indirect enum PropertyShape: Sendable {
    /// Anything; the value is passed on as written.
    case any
    case string
    case boolean
    case integer
    /// A mapping (an intrinsic function is a mapping too).
    case mapping
    /// A list whose items all have the shape.
    case list(PropertyShape)
    /// A mapping whose values all have the shape.
    case mappingOf(PropertyShape)
    /// One of these strings exactly.
    case oneOfStrings([String])
    /// Any of these shapes.
    case either([PropertyShape])

    /// Whether `node` has this shape.
    public func accepts(_ node: Node) -> Bool {
        switch (self, node.content) {
        case (.any, _): true
        case (.string, .string): true
        case (.boolean, .bool): true
        case (.integer, .int): true
        case (.mapping, .mapping): true
        case (.list(let item), .sequence(let items)): items.allSatisfy { item.accepts($0) }
        case (.mappingOf(let value), .mapping(let map)): map.allSatisfy { value.accepts($0.value) }
        case (.oneOfStrings(let allowed), .string(let text)): allowed.contains(text)
        case (.either(let shapes), _): shapes.contains { $0.accepts(node) }
        default: false
        }
    }

    /// The shape in the words of a message: "a string", "a string or a mapping", ...
    public var description: String {
        switch self {
        case .any: "any value"
        case .string: "a string"
        case .boolean: "a boolean"
        case .integer: "an integer"
        case .mapping: "a mapping"
        case .list(let item): "a list of \(item.pluralDescription)"
        case .mappingOf(let value): "a mapping of \(value.pluralDescription)"
        case .oneOfStrings(let allowed):
            allowed.count == 1
                ? "'\(allowed[0])'" : "one of " + allowed.map { "'\($0)'" }.joined(separator: ", ")
        case .either(let shapes): shapes.map(\.description).joined(separator: " or ")
        }
    }

    private var pluralDescription: String {
        switch self {
        case .any: "values"
        case .string: "strings"
        case .boolean: "booleans"
        case .integer: "integers"
        case .mapping: "mappings"
        case .either(let shapes): shapes.map(\.pluralDescription).joined(separator: " or ")
        default: "(\(description))"
        }
    }
}

/// What a resource type accepts in `Properties`.
public struct PropertySpec: Sendable {
    public var name: String
    public var shape: PropertyShape
    public var required: Bool
    /// Whether an intrinsic function (`{"Ref": ...}`, `{"Fn::If": ...}`) may stand in for the
    /// value, leaving the check to CloudFormation. As in the reference, any mapping of one key
    /// counts as one.
    public var allowsIntrinsic: Bool

    public init(
        _ name: String, _ shape: PropertyShape = .any, required: Bool = false,
        allowsIntrinsic: Bool = true
    ) {
        self.name = name
        self.shape = shape
        self.required = required
        self.allowsIntrinsic = allowsIntrinsic
    }
}

/// The properties of one resource type, checked before it is translated.
public struct PropertySchema: Sendable {
    public var resourceType: String
    public var properties: [PropertySpec]

    public init(_ resourceType: String, _ properties: [PropertySpec]) {
        self.resourceType = resourceType
        self.properties = properties
    }

    /// Every problem with `resource`'s properties: unknown names (with the nearest known one),
    /// missing required ones, values of the wrong shape.
    public func problems(in resource: SAMResource) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for entry in resource.properties where !properties.contains(where: { $0.name == entry.key })
        {
            var message = "'\(entry.key)' is not a property of '\(resourceType)'"
            if let near = Suggestion.nearest(to: entry.key, among: properties.map(\.name)) {
                message += "; did you mean '\(near)'?"
            }
            problems.append(resource.error(message, at: entry.keyMark ?? resource.mark))
        }
        for spec in properties {
            guard let value = resource[spec.name], !value.isNull else {
                if spec.required {
                    problems.append(
                        resource.error("the required property '\(spec.name)' is missing"))
                }
                continue
            }
            // The reference takes any mapping of one key for an intrinsic function here, so a
            // one-key mapping such as an S3 event's `Filter: {S3Key: ...}` is not checked.
            if spec.allowsIntrinsic, let map = value.mapping, map.count == 1 { continue }
            if !spec.shape.accepts(value) {
                problems.append(
                    resource.error(
                        property: spec.name,
                        "must be \(spec.shape.description), but it is \(value.kindDescription)"))
            }
        }
        return problems
    }
}

extension Node {
    /// Whether this is an intrinsic function: a mapping of one key, `Ref`, `Condition` or
    /// `Fn::Something`.
    public var isIntrinsic: Bool {
        guard let map = mapping, map.count == 1, let key = map.entries.first?.key else {
            return false
        }
        return key == "Ref" || key == "Condition" || key.hasPrefix("Fn::")
    }

    /// The name and argument of an intrinsic function, such as `("Fn::If", [...])`.
    public var intrinsic: (name: String, argument: Node)? {
        guard isIntrinsic, let entry = mapping?.entries.first else { return nil }
        return (entry.key, entry.value)
    }
}
