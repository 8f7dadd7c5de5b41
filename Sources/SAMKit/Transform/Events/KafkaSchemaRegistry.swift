/// The `SchemaRegistryConfig` of a Kafka event (MSK or self-managed): its checks and the
/// rights the function's role needs to read the schemas.
///
/// For an AWS Glue registry, written as an ARN or as an `Fn::Sub` that becomes one once
/// parameters are put in, the role may read the registry and the schema versions in it. A
/// registry elsewhere (a Confluent URL) needs only the secrets of its `AccessConfigs`.
/// An `Fn::Sub` that still holds `${AWS::AccountId}` or a resource reference in its account or
/// registry name gives no Glue rights, as the reference cannot read the name either.
///
/// A registry given as `Ref` to a parameter gives no Glue rights either, though the parameter's
/// value may be an ARN: the reference fails on that form with an internal error, and samkit
/// goes on as it does for any other registry it cannot name.
enum KafkaSchemaRegistry {
    static let requiredFields = [
        "SchemaRegistryURI", "EventRecordFormat", "SchemaValidationConfigs",
    ]
    static let recordFormats = ["JSON", "SOURCE"]

    /// The statements the role needs for the registry `config`, after checking it.
    static func permissions(
        _ config: Node, of event: PullEvent, in context: TransformContext
    ) throws(Diagnostic) -> [Node] {
        try check(config, of: event)
        guard let map = config.mapping else { return [] }
        var statements: [Node] = []
        for access in map["AccessConfigs"]?.sequence ?? [] {
            if let uri = access.mapping?.entry("URI")?.value {
                statements.append(PullEventPolicies.readSecret(uri))
            }
        }
        let uri = map["SchemaRegistryURI"] ?? Node(.null)
        if let name = registryName(in: arn(of: uri, in: context)) {
            statements.append(
                ["Action": ["glue:GetRegistry"], "Effect": "Allow", "Resource": uri])
            let schemas =
                "arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/\(name)/*"
            statements.append(
                [
                    "Action": ["glue:GetSchemaVersion"], "Effect": "Allow",
                    "Resource": [["Fn::Sub": .string(schemas)]],
                ])
        }
        return statements
    }

    /// Checks the fields Lambda requires and the shapes SAM reads.
    static func check(_ config: Node, of event: PullEvent) throws(Diagnostic) {
        let property = "SchemaRegistryConfig"
        guard let map = config.mapping else {
            throw event.error(
                "'\(property)' must be a mapping, but it is \(config.kindDescription)",
                property: property)
        }
        for field in requiredFields where map.entry(field) == nil {
            throw event.error("'\(property)' needs '\(field)'", property: property)
        }
        let format = map["EventRecordFormat"]
        if !recordFormats.contains(format?.string ?? "") {
            throw event.error(
                "'\(property).EventRecordFormat' must be 'JSON' or 'SOURCE'",
                at: format?.mark)
        }
        if map["SchemaValidationConfigs"]?.sequence == nil {
            throw event.error(
                "'\(property).SchemaValidationConfigs' must be a list",
                at: map["SchemaValidationConfigs"]?.mark)
        }
        guard let access = map["AccessConfigs"], PullEvent.isGiven(access) else { return }
        guard let items = access.sequence else {
            throw event.error("'\(property).AccessConfigs' must be a list", at: access.mark)
        }
        for item in items {
            guard let entry = item.mapping, entry.entry("Type") != nil, entry.entry("URI") != nil
            else {
                throw event.error(
                    "each entry of '\(property).AccessConfigs' must be a mapping with 'Type' "
                        + "and 'URI'",
                    at: item.mark)
            }
        }
    }

    /// The registry's ARN as far as the transform can know it: the string itself, or the
    /// string of an `Fn::Sub` with the parameters it names put in.
    static func arn(of uri: Node, in context: TransformContext) -> String? {
        if let text = uri.string { return text }
        guard let (name, argument) = uri.intrinsic, name == "Fn::Sub", let text = argument.string
        else { return nil }
        return substitutingParameters(in: text, from: context.parameterValues)
    }

    /// The registry's name when `arn` is a Glue registry ARN (`...:registry/NAME`).
    static func registryName(in arn: String?) -> String? {
        guard let arn, arn.hasPrefix("arn") else { return nil }
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 6, parts[5].hasPrefix("registry/") else { return nil }
        return String(parts[5].dropFirst("registry/".count))
    }

    /// `text` with each `${Name}` whose name is a parameter with a string value replaced by
    /// that value; other references stay as written.
    static func substitutingParameters(in text: String, from values: [String: Node]) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "$", next < text.endIndex, text[next] == "{" {
                let nameStart = text.index(after: next)
                if let close = text[nameStart...].firstIndex(of: "}"),
                    isReferenceName(text[nameStart..<close]),
                    let value = values[String(text[nameStart..<close])]?.string,
                    !value.hasPrefix("{{IntrinsicFunction:")
                {
                    result += value
                    index = text.index(after: close)
                    continue
                }
            }
            result.append(text[index])
            index = next
        }
        return result
    }

    /// Whether `name` may appear in `${...}`: letters, digits and dots, or `AWS::Name`.
    private static func isReferenceName(_ name: Substring) -> Bool {
        if name.hasPrefix("AWS::") {
            let rest = name.dropFirst(5)
            guard let first = rest.first, first.isASCII, first.isUppercase else { return false }
            return rest.allSatisfy { $0.isASCII && $0.isLetter }
        }
        return !name.isEmpty
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") }
    }
}
