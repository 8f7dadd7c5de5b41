/// Translates `AWS::Serverless::LayerVersion` into an `AWS::Lambda::LayerVersion` whose
/// logical id ends in a hash of the layer's definition.
///
/// A layer version cannot be updated in place, so each change to the definition must make a
/// new resource while the old one may be kept (`DeletionPolicy: Retain`, the default). The
/// new logical id is recorded in `context.changedLogicalIds`, so that `Ref` and `DependsOn`
/// to the SAM id are rewritten to it once every resource is translated. `LayerName` defaults
/// to the SAM logical id, which keeps the layer's ARN stable across versions.
struct LayerVersionTranslator: ResourceTranslator {
    let resourceType = "AWS::Serverless::LayerVersion"

    let schema = PropertySchema(
        "AWS::Serverless::LayerVersion",
        [
            PropertySpec("LayerName", .either([.string, .mapping])),
            PropertySpec("Description", .string),
            PropertySpec("PublishLambdaVersion", .boolean),
            PropertySpec("ContentUri", .either([.string, .mapping]), required: true),
            PropertySpec("CompatibleArchitectures", .list(.either([.string, .mapping]))),
            PropertySpec("CompatibleRuntimes", .list(.either([.string, .mapping]))),
            PropertySpec("LicenseInfo", .string),
            PropertySpec("RetentionPolicy", .string),
        ])

    /// The properties whose parameter references are resolved before anything else reads
    /// them; the resolved values are also what the logical id hashes.
    static let resolvedProperties = ["LayerName", "LicenseInfo", "Description", "RetentionPolicy"]

    static let retentionPolicies = ["Retain", "Delete"]
    static let architectures = ["x86_64", "arm64"]

    func translate(_ resource: SAMResource, in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        var resource = resource
        for name in Self.resolvedProperties {
            guard let value = resource.properties[name], !value.isFalseInPython else { continue }
            let resolved = try context.resolveParameterRefs(value)
            guard resolved.string != nil || resolved.mapping != nil else {
                throw resource.error(
                    property: name,
                    "refers to a parameter whose value is \(resolved.kindDescription), but it "
                        + "must be a string")
            }
            resource.properties[name] = resolved
        }

        // RetentionPolicy, when given, overrides the DeletionPolicy written on the resource.
        var attributes = resource.passThroughAttributes
        if attributes["DeletionPolicy"] == nil { attributes["DeletionPolicy"] = "Retain" }
        if let policy = try retentionPolicy(of: resource) {
            attributes["DeletionPolicy"] = .string(
                policy, mark: resource.mark(of: "RetentionPolicy"))
        }
        if let dependsOn = resource.dependsOn {
            attributes.insert(Mapping.Entry(key: "DependsOn", value: dependsOn), at: 0)
        }

        let hashedId = LogicalIdGenerator(prefix: resource.logicalId, data: hashedData(resource))
            .logicalId
        var layer = CloudFormationResource(
            logicalId: hashedId, type: "AWS::Lambda::LayerVersion", attributes: attributes,
            origin: resource.mark)
        layer["LayerName"] =
            resource.setValue("LayerName")
            ?? .string(resource.logicalId, mark: resource.mark)
        if let description = resource.presentValue("Description") {
            layer["Description"] = description
        }
        if let contentUri = resource["ContentUri"] {
            layer["Content"] = try FunctionTranslator.s3Code(
                contentUri, property: "ContentUri", of: resource)
        }
        for name in ["CompatibleArchitectures", "CompatibleRuntimes", "LicenseInfo"] {
            if let value = resource.presentValue(name) { layer[name] = value }
        }
        try checkArchitectures(of: resource)

        context.changedLogicalIds[resource.logicalId] = hashedId
        return [layer]
    }

    /// `Retain` or `Delete` from `RetentionPolicy`, matched without regard to case, or `nil`
    /// when it is not given.
    private func retentionPolicy(of resource: SAMResource) throws(Diagnostic) -> String? {
        guard let value = resource.presentValue("RetentionPolicy") else { return nil }
        let options = "'Retain' or 'Delete'"
        if value.isIntrinsic {
            throw resource.error(
                property: "RetentionPolicy",
                "must be \(options), and an intrinsic function other than a 'Ref' to a "
                    + "parameter cannot stand for it, since it sets the DeletionPolicy, which "
                    + "CloudFormation reads as written")
        }
        guard let text = value.string else {
            throw resource.error(
                property: "RetentionPolicy",
                "must be \(options), but it is \(value.kindDescription)")
        }
        if let option = Self.retentionPolicies.first(where: { $0.lowercased() == text.lowercased() }
        ) {
            return option
        }
        var message = "is '\(text)', but it must be \(options)"
        if let near = Suggestion.nearest(to: text, among: Self.retentionPolicies) {
            message += "; did you mean '\(near)'?"
        }
        throw resource.error(property: "RetentionPolicy", message)
    }

    /// What the logical id hashes: the SAM resource as the reference writes it back, with its
    /// resolved properties and without the attributes that may change without making a new
    /// version (`DeletionPolicy`, `UpdateReplacePolicy`, `Metadata`).
    private func hashedData(_ resource: SAMResource) -> Node {
        var definition = Mapping()
        definition["Type"] = .string(resourceType)
        if let dependsOn = resource.dependsOn { definition["DependsOn"] = dependsOn }
        for name in ["UpdatePolicy", "Condition"] {
            if let value = resource.attributes[name] { definition[name] = value }
        }
        var properties = Mapping()
        for spec in schema.properties {
            if let value = resource.presentValue(spec.name) { properties[spec.name] = value }
        }
        definition["Properties"] = .mapping(properties)
        return [resource.logicalId: .mapping(definition)]
    }

    /// Checks that each architecture written as a string is one Lambda knows.
    private func checkArchitectures(of resource: SAMResource) throws(Diagnostic) {
        guard let items = resource.setValue("CompatibleArchitectures")?.sequence else { return }
        for item in items where !item.isIntrinsic {
            guard let text = item.string, Self.architectures.contains(text) else {
                let shown = item.string.map { "'\($0)'" } ?? item.kindDescription
                throw resource.error(
                    "property 'CompatibleArchitectures' lists \(shown), but each architecture "
                        + "must be 'x86_64' or 'arm64'",
                    at: item.mark ?? resource.mark(of: "CompatibleArchitectures"))
            }
        }
    }
}

extension SAMResource {
    /// The value of `property` unless it is missing or `null`; the reference writes every
    /// other value, empty or not.
    func presentValue(_ property: String) -> Node? {
        guard let value = properties[property], !value.isNull else { return nil }
        return value
    }
}
