/// The nested settings of an `AWS::Serverless::CapacityProvider`, checked and converted the
/// way the reference's schema model converts them.
///
/// The reference reads these settings through a model that converts loosely typed values:
/// a number where a string belongs becomes its text (`1` → `"1"`, `true` → `"True"`), a
/// whole number of vCPUs may be written as text or as a number with a fraction (which is cut
/// off), and a CPU target becomes a floating-point number (`75` → `75.0`). The converted
/// values are what it writes, so samkit converts them the same way. Any mapping is accepted
/// where an intrinsic function may stand, and left for CloudFormation to read.
///
/// Two conversions of the reference's model are not made: a list of two-item lists where a
/// list of strings belongs (which the model turns into a mapping) and a number written with
/// digit separators (`'1_000'`, which Python's `int()` reads) are rejected instead.
struct CapacityProviderSettings {
    var vpcConfig: Mapping?
    var instanceRequirements: Mapping?
    var scalingConfig: Mapping?
    var managedResourceTags: Mapping?

    /// Every problem found, in the order the properties are read.
    private(set) var problems: [Diagnostic] = []
    private let resource: SAMResource

    init(_ resource: SAMResource) {
        self.resource = resource
        vpcConfig = read(
            "VpcConfig",
            fields: [("SecurityGroupIds", .stringList, false), ("SubnetIds", .stringList, true)])
        instanceRequirements = read(
            "InstanceRequirements",
            fields: [
                ("Architectures", .stringList, false), ("AllowedTypes", .stringList, false),
                ("ExcludedTypes", .stringList, false),
            ])
        scalingConfig = read(
            "ScalingConfig",
            fields: [("MaxVCpuCount", .integer, false), ("AverageCPUUtilization", .number, false)])
        managedResourceTags = read("ManagedResourceTags", fields: [("Tags", .mapping, false)])

        if let requirements = instanceRequirements, requirements["AllowedTypes"] != nil,
            requirements["ExcludedTypes"] != nil
        {
            problems.append(
                resource.error(
                    "property 'InstanceRequirements' may give 'AllowedTypes' or 'ExcludedTypes', "
                        + "not both", at: resource.mark(of: "InstanceRequirements")))
        }
    }

    /// What a field's value is converted to.
    enum FieldKind {
        /// A list of strings, or a mapping (an intrinsic function) for the list or an item.
        case stringList
        /// A whole number, or a mapping.
        case integer
        /// A number, or a mapping.
        case number
        /// A mapping.
        case mapping

        var description: String {
            switch self {
            case .stringList: "a list of strings"
            case .integer: "an integer"
            case .number: "a number"
            case .mapping: "a mapping"
            }
        }
    }

    /// The converted fields of the mapping `property`, without those that are `null`; `nil`
    /// when the property is not given.
    private mutating func read(
        _ property: String, fields: [(name: String, kind: FieldKind, required: Bool)]
    ) -> Mapping? {
        guard let node = resource[property], !node.isNull, let map = node.mapping else {
            return nil
        }
        var converted = Mapping()
        for entry in map where !fields.contains(where: { $0.name == entry.key }) {
            var message = "'\(entry.key)' is not a setting of '\(property)'"
            if let near = Suggestion.nearest(to: entry.key, among: fields.map(\.name)) {
                message += "; did you mean '\(near)'?"
            }
            problems.append(resource.error(message, at: entry.keyMark ?? node.mark))
        }
        for field in fields {
            let path = "\(property).\(field.name)"
            guard let entry = map.entry(field.name), !entry.value.isNull else {
                if field.required {
                    problems.append(
                        resource.error(
                            "property '\(property)' must give '\(field.name)'",
                            at: map.entry(field.name)?.keyMark ?? resource.mark(of: property)))
                }
                continue
            }
            guard let value = Self.convert(entry.value, to: field.kind) else {
                problems.append(
                    resource.error(
                        "property '\(path)' must be \(field.kind.description) or an intrinsic "
                            + "function, but it is \(entry.value.kindDescription)",
                        at: entry.value.mark ?? entry.keyMark))
                continue
            }
            converted.set(Mapping.Entry(key: field.name, keyMark: entry.keyMark, value: value))
        }
        return converted
    }

    /// `value` converted to `kind`, or `nil` when it cannot be.
    static func convert(_ value: Node, to kind: FieldKind) -> Node? {
        if value.mapping != nil { return value }
        switch kind {
        case .mapping:
            return nil
        case .stringList:
            guard let items = value.sequence else { return nil }
            var converted: [Node] = []
            for item in items {
                guard let text = stringValue(item) else { return nil }
                converted.append(text)
            }
            return Node(.sequence(converted), mark: value.mark)
        case .integer:
            return integerValue(value).map { Node(.int($0), mark: value.mark) }
        case .number:
            return numberValue(value).map { Node(.float($0), mark: value.mark) }
        }
    }

    /// A string item: a string or mapping as it is, a number or boolean as Python's `str`
    /// writes it.
    static func stringValue(_ item: Node) -> Node? {
        let text: String
        switch item.content {
        case .string, .mapping: return item
        case .int(let number): text = String(number)
        case .float(let number): text = PythonNumberFormat.repr(number)
        case .bool(let flag): text = flag ? "True" : "False"
        default: return nil
        }
        return Node(.string(text), mark: item.mark)
    }

    /// A whole number as Python's `int()` reads it: a fraction is cut off, text is read
    /// without its surrounding spaces.
    static func integerValue(_ value: Node) -> Int? {
        switch value.content {
        case .int(let number): number
        case .bool(let flag): flag ? 1 : 0
        case .float(let number):
            number.isFinite && abs(number) < 9.2e18 ? Int(number.rounded(.towardZero)) : nil
        case .string(let text): Int(trimmed(text))
        default: nil
        }
    }

    /// A number as Python's `float()` reads it.
    static func numberValue(_ value: Node) -> Double? {
        switch value.content {
        case .float(let number): number
        case .int(let number): Double(number)
        case .bool(let flag): flag ? 1 : 0
        case .string(let text): Double(trimmed(text))
        default: nil
        }
    }

    private static func trimmed(_ text: String) -> Substring {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
