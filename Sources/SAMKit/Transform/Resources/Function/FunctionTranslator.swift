/// Translates `AWS::Serverless::Function` into an `AWS::Lambda::Function`, its execution role,
/// and whatever its other properties and its events ask for: versions and an alias, a
/// CodeDeploy deployment group, an event invoke configuration, a function URL, permissions and
/// event source mappings.
///
/// The steps follow the reference transform's order, because later steps read what earlier
/// ones decided: events invoke the alias when there is one, and the role collects the
/// policies that destinations and events need.
public struct FunctionTranslator: ResourceTranslator {
    public init() {}

    public let resourceType = "AWS::Serverless::Function"

    public let schema = PropertySchema(
        "AWS::Serverless::Function",
        [
            PropertySpec("FunctionName", .either([.string, .mapping])),
            PropertySpec("Handler"),
            PropertySpec("Runtime"),
            PropertySpec("CodeUri"),
            PropertySpec("ImageUri"),
            PropertySpec("PackageType"),
            PropertySpec("InlineCode"),
            PropertySpec("DeadLetterQueue", .mapping),
            PropertySpec("Description"),
            PropertySpec("MemorySize"),
            PropertySpec("Timeout"),
            PropertySpec("VpcConfig"),
            PropertySpec("Role", .string),
            PropertySpec("AssumeRolePolicyDocument", .mapping),
            PropertySpec(
                "Policies",
                .either([.string, .mapping, .list(.either([.string, .mapping]))])),
            PropertySpec("RolePath"),
            PropertySpec("PermissionsBoundary", .string),
            PropertySpec("Environment", .mappingOf(.mapping)),
            PropertySpec("Events", .mappingOf(.mapping)),
            PropertySpec("Tags", .mapping),
            PropertySpec("PropagateTags", .boolean),
            PropertySpec("Tracing", .either([.mapping, .string])),
            PropertySpec("KmsKeyArn"),
            PropertySpec("DeploymentPreference", .mapping),
            PropertySpec("ReservedConcurrentExecutions"),
            PropertySpec("Layers", .list(.either([.string, .mapping]))),
            PropertySpec("EventInvokeConfig", .mapping),
            PropertySpec("EphemeralStorage"),
            PropertySpec("AutoPublishAlias", .string),
            PropertySpec("AutoPublishCodeSha256", .string),
            PropertySpec("AutoPublishAliasAllProperties", .boolean, allowsIntrinsic: false),
            PropertySpec("VersionDescription"),
            PropertySpec("ProvisionedConcurrencyConfig"),
            PropertySpec("FileSystemConfigs"),
            PropertySpec("ImageConfig"),
            PropertySpec("CodeSigningConfigArn"),
            PropertySpec("Architectures"),
            PropertySpec("SnapStart", .mapping),
            PropertySpec("FunctionUrlConfig", .mapping),
            PropertySpec("RuntimeManagementConfig"),
            PropertySpec("LoggingConfig"),
            PropertySpec("RecursiveLoop"),
            PropertySpec("SourceKMSKeyArn"),
            PropertySpec("CapacityProviderConfig", .mapping),
            PropertySpec("FunctionScalingConfig", .mapping),
            PropertySpec("VersionDeletionPolicy", .oneOfStrings(["Delete", "Retain"])),
            PropertySpec("PublishToLatestPublished"),
            PropertySpec("TenancyConfig"),
            PropertySpec("DurableConfig", .mapping),
        ])

    /// The resource attributes the reference copies onto everything a function generates.
    static let passThroughAttributeNames = ["Condition", "DeletionPolicy", "UpdateReplacePolicy"]

    /// The resource attributes the generated `AWS::Lambda::Function` keeps.
    static let functionAttributeNames = [
        "DependsOn", "Condition", "DeletionPolicy", "UpdateReplacePolicy", "UpdatePolicy",
        "Metadata",
    ]

    public func translate(_ resource: SAMResource, in context: TransformContext)
        throws(Diagnostic) -> [CloudFormationResource]
    {
        let function = FunctionProperties(resource)
        if let condition = resource.attributes["Condition"], condition.string == nil {
            throw resource.error(
                "'Condition' must be the name of a condition, but it is "
                    + condition.kindDescription,
                at: condition.mark ?? resource.attributes.entry("Condition")?.keyMark)
        }
        try checkRules(function)
        try checkDeadLetterQueue(function)
        try checkTenancy(function)

        // The Lambda function itself.
        var lambda = try lambdaFunction(function, in: context)
        var generated: [CloudFormationResource] = []

        // With AutoPublishAlias, a version named after a hash of the code and an alias to it.
        var alias: CloudFormationResource?
        var aliasName: String?
        let publishesAlias = function.value(ifSet: "AutoPublishAlias") != nil
        if function.value(ifSet: "ProvisionedConcurrencyConfig") != nil && !publishesAlias {
            throw resource.error(
                property: "ProvisionedConcurrencyConfig",
                "needs 'AutoPublishAlias', since provisioned concurrency is set on the alias")
        }
        if publishesAlias {
            let published = try versionAndAlias(function, lambda: &lambda, in: context)
            generated += [published.version, published.alias]
            alias = published.alias
            aliasName = published.name
        }

        // A function URL, on the alias when there is one.
        if let config = function.value(ifSet: "FunctionUrlConfig") {
            generated += try functionURL(function, config: config, alias: alias)
        }

        // Gradual deployments through CodeDeploy.
        if let preference = function.value(ifSet: "DeploymentPreference") {
            try applyDeploymentPreference(
                preference, function: function, alias: &alias, in: context)
            if let alias,
                let index = generated.firstIndex(where: { $0.logicalId == alias.logicalId })
            {
                generated[index] = alias
            }
        }

        // Asynchronous invocation settings and their destinations.
        var destinationPolicies: [Node] = []
        if let config = function.value(ifSet: "EventInvokeConfig") {
            let invokeConfig = try eventInvokeConfig(
                config, function: function, aliasName: aliasName, alias: alias, in: context)
            generated += invokeConfig.resources
            destinationPolicies = invokeConfig.policies
        }

        // The execution role, unless the template names its own.
        var role = try executionRole(function, extraPolicies: destinationPolicies, in: context)
        var roleIsGenerated = false
        if let given = function["Role"] {
            if given.intrinsic?.name == "Fn::If" {
                roleIsGenerated = try applyConditionalRole(
                    given, lambda: &lambda, role: &role, function: function, in: context)
            }
        } else {
            lambda["Role"] = Self.getAtt(role.logicalId, "Arn")
            roleIsGenerated = true
        }

        // Events, each connected to the alias when there is one.
        let target = EventTarget(
            function: resource,
            arn: alias.map { Self.ref($0.logicalId) } ?? Self.getAtt(resource.logicalId, "Arn"),
            invokedLogicalId: alias?.logicalId ?? resource.logicalId,
            passThroughAttributes: function.passThroughAttributes,
            roleLogicalId: roleIsGenerated ? role.logicalId : nil)
        let eventResources = try translateEvents(function, target: target, role: &role, in: context)

        var all = [lambda] + generated
        if roleIsGenerated { all.append(role.resource) }
        all += eventResources
        if function.propagatesTags, let tags = function["Tags"]?.mapping, !tags.isEmpty {
            all = all.map { Self.assigningTags(tags, to: $0) }
            Self.assignTagsToNotifyingBuckets(tags, events: function["Events"], in: context)
        }
        recordReferences(of: resource.logicalId, in: all, context: context)
        return all
    }

    /// Makes `Ref: Function.Alias` and the like resolvable, by the type of what was generated.
    private func recordReferences(
        of logicalId: String, in resources: [CloudFormationResource], context: TransformContext
    ) {
        let referable = [
            ("Alias", "AWS::Lambda::Alias"), ("Version", "AWS::Lambda::Version"),
            ("DestinationTopic", "AWS::SNS::Topic"), ("DestinationQueue", "AWS::SQS::Queue"),
        ]
        var found: [String: Node] = [:]
        for (property, type) in referable {
            // The reference keeps the last resource of each type.
            if let match = resources.last(where: { $0.type == type }) {
                found[property] = .string(match.logicalId)
            }
        }
        if !found.isEmpty { context.references[logicalId] = found }
    }

    // MARK: - Checks

    /// The combinations of properties the reference rejects before translating.
    private func checkRules(_ function: FunctionProperties) throws(Diagnostic) {
        for other in ["ProvisionedConcurrencyConfig", "VpcConfig"]
        where function.has("CapacityProviderConfig") && function.has(other) {
            throw function.resource.error(
                property: other, "cannot be used together with 'CapacityProviderConfig'")
        }
        let requirements = [
            ("FunctionScalingConfig", "CapacityProviderConfig"),
            ("VersionDeletionPolicy", "AutoPublishAlias"),
        ]
        for (property, needed) in requirements
        where function.has(property) && !function.has(needed) {
            throw function.resource.error(property: property, "needs '\(needed)' to be set too")
        }
    }

    private func checkDeadLetterQueue(_ function: FunctionProperties) throws(Diagnostic) {
        guard let queue = function["DeadLetterQueue"], !queue.isFalseInPython else { return }
        let type = queue["Type"]
        guard let type, !type.isFalseInPython, let target = queue["TargetArn"],
            !target.isFalseInPython
        else {
            throw function.resource.error(
                property: "DeadLetterQueue", "needs both 'Type' and 'TargetArn'")
        }
        guard let name = type.string, Self.deadLetterActions[name] != nil else {
            throw .error(
                "resource '\(function.resource.logicalId)': the 'Type' of 'DeadLetterQueue' is "
                    + "\(Self.describe(type)); expected 'SQS' or 'SNS'", rule: "transform",
                at: type.mark ?? function.resource.mark(of: "DeadLetterQueue"))
        }
    }

    /// The action a function's role needs to send to each kind of dead-letter queue.
    static let deadLetterActions = ["SQS": "sqs:SendMessage", "SNS": "sns:Publish"]

    /// Functions with a tenancy configuration support only a few features.
    private func checkTenancy(_ function: FunctionProperties) throws(Diagnostic) {
        guard let tenancy = function["TenancyConfig"], !tenancy.isFalseInPython else { return }
        for property in ["ProvisionedConcurrencyConfig", "FunctionUrlConfig", "SnapStart"] {
            if let value = function[property], !value.isFalseInPython {
                throw function.resource.error(
                    property: property, "cannot be used with 'TenancyConfig'")
            }
        }
        for entry in function["Events"]?.mapping ?? Mapping() {
            let type = entry.value["Type"]?.string ?? ""
            if type != "Api" && type != "HttpApi" {
                throw function.resource.error(
                    "event '\(entry.key)' has type '\(type)', but a function with "
                        + "'TenancyConfig' takes only 'Api' and 'HttpApi' events",
                    at: entry.keyMark)
            }
        }
    }

    // MARK: - The Lambda function

    /// Properties copied to the Lambda function as written, in the reference's order.
    private static let copiedProperties = [
        "FunctionName", "Handler", "Runtime", "Description", "MemorySize", "Timeout",
        "VpcConfig", "Role", "Environment",
    ]

    private static let copiedAfterCode = [
        "KmsKeyArn", "ReservedConcurrentExecutions",
    ]

    private static let copiedAfterTags = [
        "Layers", "FileSystemConfigs", "ImageConfig", "PackageType", "Architectures", "SnapStart",
        "EphemeralStorage",
    ]

    private static let copiedLast = [
        "CodeSigningConfigArn", "RuntimeManagementConfig", "LoggingConfig", "TenancyConfig",
        "RecursiveLoop", "DurableConfig",
    ]

    private func lambdaFunction(_ function: FunctionProperties, in context: TransformContext)
        throws(Diagnostic) -> CloudFormationResource
    {
        let resource = function.resource
        var lambda = CloudFormationResource(
            logicalId: resource.logicalId, type: "AWS::Lambda::Function",
            attributes: function.attributes(Self.functionAttributeNames), origin: resource.mark)
        func copy(_ names: [String]) {
            for name in names {
                if let value = function[name] { lambda[name] = value }
            }
        }
        copy(Self.copiedProperties)
        lambda["Code"] = try code(function)
        copy(Self.copiedAfterCode)
        lambda["Tags"] = try Self.tagList(function)
        copy(Self.copiedAfterTags)

        if let tracing = function["Tracing"], !tracing.isFalseInPython,
            try context.resolveParameterRefs(tracing).string != "Disabled"
        {
            lambda["TracingConfig"] = ["Mode": tracing]
        }
        if let queue = function["DeadLetterQueue"], !queue.isFalseInPython,
            let target = queue["TargetArn"]
        {
            lambda["DeadLetterConfig"] = ["TargetArn": target]
        }
        copy(Self.copiedLast)
        if let config = function["CapacityProviderConfig"], !config.isFalseInPython {
            lambda["CapacityProviderConfig"] = try capacityProviderConfig(config, function)
        }
        if let scaling = function["FunctionScalingConfig"], !scaling.isFalseInPython {
            lambda["FunctionScalingConfig"] = scaling
        }
        copy(["PublishToLatestPublished"])
        try checkPackageType(lambda, function)
        return lambda
    }

    /// `CapacityProviderConfig` in the shape Lambda wants: the provider's ARN and sizing under
    /// `LambdaManagedInstancesCapacityProviderConfig`.
    private func capacityProviderConfig(_ config: Node, _ function: FunctionProperties)
        throws(Diagnostic) -> Node
    {
        guard let map = config.mapping else {
            throw function.resource.error(
                property: "CapacityProviderConfig", "must be a mapping")
        }
        let known = [
            "Arn", "PerExecutionEnvironmentMaxConcurrency",
            "ExecutionEnvironmentMemoryGiBPerVCpu",
        ]
        for entry in map where !known.contains(entry.key) {
            throw .error(
                "resource '\(function.resource.logicalId)': '\(entry.key)' is not a property of "
                    + "'CapacityProviderConfig'; expected one of "
                    + known.map { "'\($0)'" }.joined(separator: ", "), rule: "transform",
                at: entry.keyMark ?? config.mark)
        }
        guard let arn = map["Arn"], !arn.isNull else {
            throw function.resource.error(
                property: "CapacityProviderConfig", "needs 'Arn', the capacity provider's ARN")
        }
        var inner = Mapping()
        inner["CapacityProviderArn"] = arn
        for name in known.dropFirst() {
            if let value = map[name], !value.isNull { inner[name] = value }
        }
        return ["LambdaManagedInstancesCapacityProviderConfig": .mapping(inner)]
    }

    /// Checks what each package type needs and forbids.
    private func checkPackageType(_ lambda: CloudFormationResource, _ function: FunctionProperties)
        throws(Diagnostic)
    {
        let resource = function.resource
        func present(_ name: String) -> Bool {
            lambda[name].map { !$0.isFalseInPython } ?? false
        }
        switch function.packageType {
        case "Image":
            if present("Handler") || present("Runtime") || present("Layers") {
                throw resource.error(
                    "'Handler', 'Runtime' and 'Layers' cannot be set when 'PackageType' is 'Image'")
            }
            if lambda["Code"]?["ImageUri"].map({ !$0.isFalseInPython }) != true {
                throw resource.error(
                    property: "ImageUri", "must be set when 'PackageType' is 'Image'")
            }
        default:
            if !present("Runtime") || !present("Handler") {
                throw resource.error(
                    "'Runtime' and 'Handler' must be set for a function packaged as a .zip file "
                        + "(without 'PackageType: Image')")
            }
            if lambda["Code"]?["ImageUri"] != nil || present("ImageConfig") {
                throw resource.error(
                    "'ImageUri' and 'ImageConfig' cannot be set when 'PackageType' is 'Zip'")
            }
        }
    }

    // MARK: - Tags

    /// Tag keys SAM and the Serverless Application Repository reserve for themselves.
    static let reservedTagKeys = [
        "lambda:createdBy", "serverlessrepo:applicationId", "serverlessrepo:semanticVersion",
    ]

    /// `Tags` as CloudFormation's list of `Key`/`Value` pairs, after SAM's own tag.
    static func tagList(_ function: FunctionProperties) throws(Diagnostic) -> Node {
        var list: [Node] = [["Key": "lambda:createdBy", "Value": "SAM"]]
        guard let tags = function["Tags"]?.mapping else { return .sequence(list) }
        for entry in tags {
            if reservedTagKeys.contains(entry.key) {
                throw .error(
                    "resource '\(function.resource.logicalId)': the tag key '\(entry.key)' is "
                        + "reserved by SAM; choose another key", rule: "transform",
                    at: entry.keyMark ?? function.resource.mark(of: "Tags"))
            }
            list.append(pair(entry))
        }
        return .sequence(list)
    }

    static func pair(_ entry: Mapping.Entry) -> Node {
        [
            "Key": .string(entry.key, mark: entry.keyMark),
            "Value": entry.value.isNull ? "" : entry.value,
        ]
    }

    /// `resource` with `Tags` replaced by the function's tags, as `PropagateTags` asks. Only
    /// resource types that take a tag list get them.
    static func assigningTags(_ tags: Mapping, to resource: CloudFormationResource)
        -> CloudFormationResource
    {
        guard taggableTypes.contains(resource.type) else { return resource }
        var copy = resource
        copy["Tags"] = .sequence(tags.map(pair))
        return copy
    }

    /// The buckets that `S3` events changed are among what the reference generates for the
    /// function, so propagated tags replace theirs too.
    private static func assignTagsToNotifyingBuckets(
        _ tags: Mapping, events: Node?, in context: TransformContext
    ) {
        for entry in events?.mapping?.entries ?? [] where entry.value["Type"]?.string == "S3" {
            let event = entry.value
            guard let bucketId = event["Properties"]?["Bucket"]?["Ref"]?.string,
                var bucket = context.outputResources[bucketId]?.mapping,
                bucket["Type"]?.string == "AWS::S3::Bucket"
            else { continue }
            var properties = bucket["Properties"]?.mapping ?? Mapping()
            properties["Tags"] = .sequence(tags.map(pair))
            bucket["Properties"] = Node(.mapping(properties), mark: bucket["Properties"]?.mark)
            context.outputResources[bucketId] = Node(
                .mapping(bucket), mark: context.outputResources[bucketId]?.mark)
        }
    }

    /// Generated resource types whose `Tags` the reference replaces when propagating tags:
    /// those whose model declares a `Tags` list. Event source mappings, rules and schedules
    /// keep theirs, as in the reference.
    static let taggableTypes: Set<String> = [
        "AWS::Lambda::Function", "AWS::IAM::Role", "AWS::SNS::Topic", "AWS::SQS::Queue",
        "AWS::IoT::TopicRule", "AWS::S3::Bucket",
    ]

    // MARK: - Helpers

    static func ref(_ logicalId: String) -> Node {
        ["Ref": .string(logicalId)]
    }

    static func getAtt(_ logicalId: String, _ attribute: String) -> Node {
        ["Fn::GetAtt": [.string(logicalId), .string(attribute)]]
    }

    static func isNoValue(_ node: Node) -> Bool {
        node.intrinsic?.name == "Ref" && node.intrinsic?.argument.string == "AWS::NoValue"
    }

    /// A value as messages quote it.
    static func describe(_ node: Node) -> String {
        if let text = node.string { return "'\(text)'" }
        return node.kindDescription
    }
}
