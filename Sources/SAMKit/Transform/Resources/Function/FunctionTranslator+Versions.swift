extension FunctionTranslator {
    /// What `AutoPublishAlias` generates.
    struct PublishedAlias {
        var name: String
        var version: CloudFormationResource
        var alias: CloudFormationResource
    }

    /// A Lambda version whose logical id changes whenever the code (or what else the function
    /// asks to track) changes, so that CloudFormation publishes a new version, and an alias
    /// named `AutoPublishAlias` that points at it.
    ///
    /// With `AutoPublishCodeSha256` the given digest names the version instead, and is added to
    /// the function's `Description` so that Lambda sees a change to publish.
    func versionAndAlias(
        _ function: FunctionProperties, lambda: inout CloudFormationResource,
        in context: TransformContext
    ) throws(Diagnostic) -> PublishedAlias {
        let resource = function.resource
        let name = try aliasName(function, in: context)

        // A given code digest names the version and marks the description.
        var codeSha256: String?
        if let given = function["AutoPublishCodeSha256"] {
            guard let digest = try context.resolveParameterRefs(given).string else {
                throw resource.error(
                    property: "AutoPublishCodeSha256",
                    "must be a string or a 'Ref' to a template parameter")
            }
            codeSha256 = digest
            let description = try function["Description"].map(context.resolveParameterRefs)
            if let description, !description.isFalseInPython {
                if let text = description.string {
                    lambda["Description"] = .string("\(text) \(digest)")
                } else {
                    lambda["Description"] = ["Fn::Join": [" ", [description, .string(digest)]]]
                }
            } else {
                lambda["Description"] = .string(digest)
            }
        }

        // The version, named by a hash of what should publish a new one.
        let hashed = try versionHashData(function, lambda: lambda, in: context)
        let versionId = LogicalIdGenerator(
            prefix: resource.logicalId + "Version", data: hashed, precomputedHash: codeSha256
        ).logicalId
        var attributes = function.passThroughAttributes
        if attributes["DeletionPolicy"] == nil {
            attributes["DeletionPolicy"] =
                function["VersionDeletionPolicy"]
                ?? (function.has("CapacityProviderConfig") ? "Delete" : "Retain")
        }
        var version = CloudFormationResource(
            logicalId: versionId, type: "AWS::Lambda::Version", attributes: attributes,
            origin: resource.mark(of: "AutoPublishAlias"))
        version["FunctionName"] = Self.ref(resource.logicalId)
        if let description = function["VersionDescription"] {
            version["Description"] = description
        }
        if function.has("CapacityProviderConfig"), let scaling = function["FunctionScalingConfig"] {
            version["FunctionScalingConfig"] = scaling
        }

        // The alias, its logical id spelling '-' as 'D' and '_' as 'U'.
        let spelled = name.replacing("-", with: "D").replacing("_", with: "U")
        var alias = CloudFormationResource(
            logicalId: resource.logicalId + "Alias" + spelled, type: "AWS::Lambda::Alias",
            attributes: function.passThroughAttributes,
            origin: resource.mark(of: "AutoPublishAlias"))
        alias["Name"] = .string(name)
        alias["FunctionName"] = Self.ref(resource.logicalId)
        alias["FunctionVersion"] = Self.getAtt(versionId, "Version")
        if let provisioned = function["ProvisionedConcurrencyConfig"] {
            alias["ProvisionedConcurrencyConfig"] = provisioned
        }
        return PublishedAlias(name: name, version: version, alias: alias)
    }

    /// `AutoPublishAlias` with parameter references resolved; it must come out a string of
    /// letters, digits, `-` and `_`, not all digits.
    private func aliasName(_ function: FunctionProperties, in context: TransformContext)
        throws(Diagnostic) -> String
    {
        let given = function["AutoPublishAlias"] ?? ""
        guard let name = try context.resolveParameterRefs(given).string else {
            throw function.resource.error(
                property: "AutoPublishAlias", "must be a string or a 'Ref' to a template parameter")
        }
        guard !name.isEmpty else {
            throw function.resource.error(property: "AutoPublishAlias", "must not be empty")
        }
        let allowed = name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || $0 == "-" || $0 == "_"
        }
        let allDigits = name.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        guard allowed, !allDigits else {
            throw function.error(
                "'AutoPublishAlias' is '\(name)'; an alias name takes only letters, digits, '-' "
                    + "and '_', and is not a number", at: given, property: "AutoPublishAlias")
        }
        return name
    }

    /// What the version's logical id hashes: by default the code (parameters resolved), the
    /// environment, the memory size and SnapStart; with `AutoPublishAliasAllProperties` every
    /// property of the function, and the properties of layers that publish a new function
    /// version when they change.
    private func versionHashData(
        _ function: FunctionProperties, lambda: CloudFormationResource,
        in context: TransformContext
    ) throws(Diagnostic) -> Node {
        if function["AutoPublishAliasAllProperties"]?.bool == true {
            var properties = lambda.properties
            for layer in lambda["Layers"]?.sequence ?? [] {
                guard let layerId = Self.referencedLogicalId(layer),
                    let layerResource = context.resources[layerId]
                else { continue }
                let layerProperties = layerResource["Properties"] ?? Node(.mapping(Mapping()))
                if let publish = layerProperties["PublishLambdaVersion"],
                    !publish.isFalseInPython
                {
                    properties[layerId] = layerProperties
                }
            }
            return .mapping(properties)
        }
        var data =
            try context.resolveParameterRefs(lambda["Code"] ?? Node(.mapping(Mapping())))
            .mapping ?? Mapping()
        if let environment = lambda["Environment"], !environment.isFalseInPython {
            for entry in environment.mapping ?? Mapping() { data.set(entry) }
        }
        if let memory = lambda["MemorySize"], !memory.isFalseInPython {
            data["MemorySize"] = memory
        }
        if let snapStart = lambda["SnapStart"], !snapStart.isFalseInPython,
            (snapStart["ApplyOn"] ?? "None") != "None"
        {
            data["SnapStart"] = snapStart
        }
        return .mapping(data)
    }

    /// The logical id a `Ref` or `Fn::GetAtt` names.
    static func referencedLogicalId(_ node: Node) -> String? {
        guard let (name, argument) = node.intrinsic else { return nil }
        switch name {
        case "Ref": return argument.string
        case "Fn::GetAtt":
            if let items = argument.sequence { return items.first?.string }
            return argument.string.flatMap { $0.split(separator: ".").first.map(String.init) }
        default: return nil
        }
    }
}
