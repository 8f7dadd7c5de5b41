/// The state one transform run shares between its translators.
///
/// A reference type because translators add to it as they go: a function's API event adds a
/// path to an API translated after it, a deployment preference adds a shared CodeDeploy
/// application, and so on. One context lives for one call of `Transformer.transform`.
public final class TransformContext {
    public let options: TransformOptions
    /// The template as translators see it: every section, with Globals already merged into
    /// the resources.
    public internal(set) var template: Mapping
    /// Values for `Ref` to a parameter: the overrides given, then the template's defaults,
    /// then `AWS::Region` and `AWS::Partition`.
    public let parameterValues: [String: Node]
    /// What `Ref: Function.Alias` and similar references resolve to, by logical id and
    /// property name; filled in as resources are translated.
    public var references: [String: [String: Node]] = [:]
    /// Logical ids that translation changed (`Ref` and `DependsOn` to the old one are
    /// rewritten to the new one at the end).
    public var changedLogicalIds: [String: String] = [:]
    /// Conditions the transform adds to the template's `Conditions` section.
    public var addedConditions = Mapping()
    /// The output's `Resources` as translation goes: it starts as the input's, and each SAM
    /// resource is replaced by what it generates. A translator may edit a resource here that
    /// it must change, such as the bucket an S3 event notifies.
    public var outputResources = Mapping()
    /// The functions' deployment preferences, which share CodeDeploy resources that are added
    /// once every function is translated.
    public var deploymentPreferences = DeploymentPreferenceCollection()
    /// The definition body of each `AWS::Serverless::Api` as the reference holds it while
    /// building it, by logical id: the implicit API's and the skeletons samkit writes are put
    /// here before translation, function `Api` events add their paths, and the API's translator
    /// finishes it. An API that is not here takes its `DefinitionBody` as written.
    public var restApiDefinitions: [String: PythonValue] = [:]
    /// The order the reference visits resources in, when it holds them in a Python 2.7
    /// dictionary (a template with a REST API): see ``ImplicitRestApiPass``. `nil` means
    /// template order.
    public var resourceVisitOrder: [String]?
    /// The APIs whose definition samkit builds and whose `OpenApiVersion` was written as a
    /// number (`3.0`); the definition's `openapi` is then Python's text of it.
    public var openApiVersionsFromNumbers: Set<String> = []
    /// The usage plan that the APIs with `CreateUsagePlan: SHARED` add themselves to in turn.
    var sharedUsagePlan = SharedUsagePlan()
    /// The OpenAPI definitions of HTTP APIs that function `HttpApi` events have added routes
    /// to, by the API's logical id. Functions are translated before APIs, so an HTTP API's
    /// translator takes its definition from here, when there is one, in place of its
    /// `DefinitionBody`.
    public var httpApiDefinitions: [String: Node] = [:]

    init(options: TransformOptions, template: Mapping) {
        self.options = options
        self.template = template
        var values: [String: Node] = [:]
        for (name, value) in options.parameterValues { values[name] = .string(value) }
        for entry in template["Parameters"]?.mapping ?? Mapping() {
            if values[entry.key] == nil, let value = entry.value["Default"] {
                values[entry.key] = value
            }
        }
        if values["AWS::Region"] == nil { values["AWS::Region"] = .string(options.region) }
        if values["AWS::Partition"] == nil {
            values["AWS::Partition"] = .string(options.partition.name)
        }
        parameterValues = values
        outputResources = template["Resources"]?.mapping ?? Mapping()
    }

    public var partition: String { options.partition.name }
    public var region: String { options.region }

    /// The template's resources, as the translators see them.
    public var resources: Mapping {
        template["Resources"]?.mapping ?? Mapping()
    }

    /// `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE` with the region and account left to
    /// CloudFormation (`${AWS::Region}`, `${AWS::AccountId}`), as an `Fn::Sub` string.
    public func arn(service: String, resource: String, region: String? = nil, account: Bool = true)
        -> String
    {
        let place = region ?? "${AWS::Region}"
        return
            "arn:\(partition):\(service):\(place):\(account ? "${AWS::AccountId}" : ""):\(resource)"
    }
}
