/// A resource type that the `Globals` section can set properties for: its section name, the
/// properties it accepts there, and the properties that merge in their own way.
///
/// The lists are the reference transform's. Properties left out are left out on purpose: an
/// Api's `StageName` cannot reach the implicit API, and `DefinitionBody` documents, a
/// function's `Events`, `Policies`, `Role` and `FunctionName` do not merge sensibly.
struct GlobalsTarget: Sendable {
    /// How a value under one property path combines with the resource's own value, when
    /// the plain rule (mappings merge, lists concatenate) is not wanted.
    enum MergeRule: Sendable, Equatable {
        /// The resource's value, when it has one, replaces the global value whole.
        case replace
        /// Only the keys the resource writes survive, each merged with its global value;
        /// an empty mapping on the resource merges plainly.
        case keepResourceKeys
    }

    /// The name written under `Globals`, such as `Function`.
    let section: String
    /// The property names the section accepts, in the reference's order.
    let properties: [String]
    /// Rules by dotted property path below the section, such as `Architectures`.
    let rules: [String: MergeRule]
    /// Properties of the resource type that the section leaves out on purpose, so that a
    /// message can say to set them on each resource rather than suggest a near name.
    let perResourceOnly: [String]

    var resourceType: String { Transformer.samPrefix + section }

    init(
        _ section: String, _ properties: [String], rules: [String: MergeRule] = [:],
        perResourceOnly: [String] = []
    ) {
        self.section = section
        self.properties = properties
        self.rules = rules
        self.perResourceOnly = perResourceOnly
    }

    /// The target whose section is named `section`.
    static func named(_ section: String) -> GlobalsTarget? {
        all.first { $0.section.utf8.elementsEqual(section.utf8) }
    }

    /// Section names in alphabetical order, as messages list them.
    static let sectionNames: [String] = all.map(\.section).sorted()

    static let all: [GlobalsTarget] = [
        GlobalsTarget(
            "Function",
            [
                "Handler", "Runtime", "CodeUri", "DeadLetterQueue", "Description", "MemorySize",
                "Timeout", "VpcConfig", "Environment", "Tags", "PropagateTags", "Tracing",
                "KmsKeyArn", "AutoPublishAlias", "AutoPublishAliasAllProperties", "Layers",
                "DeploymentPreference", "RolePath", "PermissionsBoundary",
                "ReservedConcurrentExecutions", "ProvisionedConcurrencyConfig",
                "AssumeRolePolicyDocument", "EventInvokeConfig", "FileSystemConfigs",
                "CodeSigningConfigArn", "Architectures", "SnapStart", "EphemeralStorage",
                "FunctionUrlConfig", "RuntimeManagementConfig", "LoggingConfig", "RecursiveLoop",
                "SourceKMSKeyArn", "TenancyConfig", "DurableConfig", "CapacityProviderConfig",
                "FunctionScalingConfig", "PublishToLatestPublished", "VersionDeletionPolicy",
            ],
            rules: ["Architectures": .replace],
            perResourceOnly: ["Role", "Policies", "FunctionName", "Events"]),
        GlobalsTarget(
            "Api",
            [
                "Auth", "Name", "DefinitionUri", "CacheClusterEnabled", "CacheClusterSize",
                "MergeDefinitions", "Variables", "EndpointConfiguration", "MethodSettings",
                "BinaryMediaTypes", "MinimumCompressionSize", "Cors", "GatewayResponses",
                "AccessLogSetting", "CanarySetting", "TracingEnabled", "OpenApiVersion", "Domain",
                "AlwaysDeploy", "PropagateTags", "SecurityPolicy", "EndpointAccessMode",
            ],
            perResourceOnly: ["StageName", "DefinitionBody"]),
        GlobalsTarget(
            "HttpApi",
            [
                "Auth", "AccessLogSettings", "StageVariables", "Tags", "CorsConfiguration",
                "DefaultRouteSettings", "Domain", "RouteSettings", "FailOnWarnings",
                "PropagateTags",
            ]),
        GlobalsTarget("SimpleTable", ["SSESpecification"]),
        GlobalsTarget("StateMachine", ["PropagateTags"]),
        GlobalsTarget("LayerVersion", ["PublishLambdaVersion"]),
        GlobalsTarget(
            "CapacityProvider",
            [
                "VpcConfig", "OperatorRole", "Tags", "InstanceRequirements", "ScalingConfig",
                "KmsKeyArn", "PropagateTags", "LoggingConfig", "ManagedResourceTags",
            ],
            rules: [
                "InstanceRequirements.Architectures": .replace,
                "ManagedResourceTags": .keepResourceKeys,
            ]),
        GlobalsTarget(
            "MicrovmImage",
            [
                "BuildRoleArn", "BaseImageArn", "BaseImageVersion", "Logging",
                "EgressNetworkConnectors", "CpuConfigurations", "Resources",
                "AdditionalOsCapabilities", "Hooks", "EnvironmentVariables", "Tags",
                "PropagateTags",
            ]),
        GlobalsTarget("NetworkConnector", ["OperatorRole", "Tags", "PropagateTags"]),
        GlobalsTarget(
            "WebSocketApi",
            [
                "AccessLogSettings", "ApiKeySelectionExpression", "DefaultRouteSettings",
                "DisableExecuteApiEndpoint", "DisableSchemaValidation", "Domain",
                "FailOnWarnings", "IpAddressType", "PropagateTags", "RouteSelectionExpression",
                "RouteSettings", "StageVariables", "Tags",
            ]),
    ]
}
