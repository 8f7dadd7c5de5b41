/// How a SAM state machine's `Definition` or `DefinitionUri` becomes the
/// `AWS::StepFunctions::StateMachine` properties that carry it.
///
/// An inline definition becomes `DefinitionString`: its JSON text, keys sorted and indented
/// by four spaces, joined line by line with `Fn::Join` so that it stays readable. Step
/// Functions cannot evaluate intrinsic functions inside that text, so each intrinsic function
/// and each dynamic reference (`{{resolve:...}}`) in the definition is replaced by a
/// `${definition_substitution_N}` placeholder and moved to `DefinitionSubstitutions`.
enum StateMachineDefinition {
    /// The properties for the definition: `DefinitionString` and perhaps
    /// `DefinitionSubstitutions`, or `DefinitionS3Location`.
    static func properties(of resource: SAMResource) throws(Diagnostic) -> Mapping {
        var properties = Mapping()
        let definition = resource["Definition"].flatMap { $0.isFalseInPython ? nil : $0 }
        let uri = resource["DefinitionUri"].flatMap { $0.isFalseInPython ? nil : $0 }
        if let given = resource["DefinitionSubstitutions"], !given.isFalseInPython {
            properties["DefinitionSubstitutions"] = given
        }
        if definition != nil && uri != nil {
            throw resource.error(
                "give either 'Definition' or 'DefinitionUri', not both",
                at: resource.mark(of: "DefinitionUri"))
        }
        if let definition {
            var counter = 0
            let placed = substitutingDynamicValues(in: definition, counter: &counter)
            if !placed.substitutions.isEmpty {
                var merged = properties["DefinitionSubstitutions"]?.mapping ?? Mapping()
                for entry in placed.substitutions { merged.set(entry) }
                properties["DefinitionSubstitutions"] = .mapping(merged)
            }
            properties["DefinitionString"] = definitionString(placed.node)
        } else if let uri {
            properties["DefinitionS3Location"] = try s3Location(uri, resource: resource)
        } else {
            throw resource.error(
                "needs a 'Definition' (the state machine inline) or a 'DefinitionUri' (where it "
                    + "is stored in S3)")
        }
        return properties
    }

    /// `{"Fn::Join": ["\n", lines]}` of the definition's indented JSON text.
    static func definitionString(_ definition: Node) -> Node {
        let text = CanonicalJSON(layout: .sortedIndented).text(for: definition)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            Node.string(String($0))
        }
        return ["Fn::Join": ["\n", .sequence(lines)]]
    }

    /// `node` with every intrinsic function and dynamic reference replaced by a placeholder,
    /// and the values replaced, by placeholder name. Placeholders are numbered in the order of
    /// sorted keys (list items in order), depth first, as the reference numbers them.
    static func substitutingDynamicValues(in node: Node, counter: inout Int)
        -> (node: Node, substitutions: Mapping)
    {
        var substitutions = Mapping()
        func placeholder(for value: Node) -> Node {
            counter += 1
            substitutions["definition_substitution_\(counter)"] = value
            return Node(.string("${definition_substitution_\(counter)}"), mark: value.mark)
        }
        func visit(_ child: Node) -> Node {
            if child.isIntrinsic || isDynamicReference(child) { return placeholder(for: child) }
            switch child.content {
            case .mapping, .sequence:
                let inner = substitutingDynamicValues(in: child, counter: &counter)
                for entry in inner.substitutions { substitutions.set(entry) }
                return inner.node
            default:
                return child
            }
        }
        switch node.content {
        case .mapping(let map):
            var result = map
            let order = map.entries.indices.sorted {
                map.entries[$0].key.utf8.lexicographicallyPrecedes(map.entries[$1].key.utf8)
            }
            for index in order {
                let entry = map.entries[index]
                result[entry.key] = visit(entry.value)
            }
            return (Node(.mapping(result), mark: node.mark), substitutions)
        case .sequence(let items):
            var result: [Node] = []
            for item in items { result.append(visit(item)) }
            return (Node(.sequence(result), mark: node.mark), substitutions)
        default:
            return (node, substitutions)
        }
    }

    /// Whether `node` is a string of the form `{{resolve:service:key}}`.
    static func isDynamicReference(_ node: Node) -> Bool {
        guard let text = node.string, text.hasPrefix("{{resolve:"), text.hasSuffix("}}") else {
            return false
        }
        let inner = text.dropFirst("{{resolve:".count).dropLast(2)
        guard let colon = inner.firstIndex(of: ":"), colon != inner.startIndex else {
            return false
        }
        let service = inner[..<colon]
        let key = inner[inner.index(after: colon)...]
        let serviceIsValid = service.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || $0 == "-"
        }
        return serviceIsValid && !key.isEmpty && !key.contains("\n")
    }

    /// `DefinitionS3Location` from `DefinitionUri`: an `s3://` URL, or a mapping with
    /// `Bucket`, `Key` and optionally `Version`.
    static func s3Location(_ uri: Node, resource: SAMResource) throws(Diagnostic) -> Node {
        var location = Mapping()
        if let map = uri.mapping {
            guard let bucket = map["Bucket"], !bucket.isFalseInPython, let key = map["Key"],
                !key.isFalseInPython
            else {
                throw resource.error(
                    property: "DefinitionUri", "needs both 'Bucket' and 'Key' when it is a mapping")
            }
            location["Bucket"] = bucket
            location["Key"] = key
            if let version = map["Version"] { location["Version"] = version }
        } else {
            guard let text = uri.string, let parsed = S3URI(text) else {
                throw resource.error(
                    property: "DefinitionUri",
                    "must be an S3 URL such as 's3://bucket/key' (optionally with "
                        + "'?versionId=...'), or a mapping with 'Bucket' and 'Key'")
            }
            location["Bucket"] = .string(parsed.bucket, mark: uri.mark)
            location["Key"] = .string(parsed.key, mark: uri.mark)
            if let version = parsed.version { location["Version"] = .string(version) }
        }
        return .mapping(location)
    }
}
