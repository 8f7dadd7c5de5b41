/// Translates `AWS::Serverless::CapacityProvider` into an `AWS::Lambda::CapacityProvider`,
/// with an operator role when none is given.
///
/// The generated role, `<LogicalId>OperatorRole`, lets Lambda manage the provider's EC2
/// instances through the AWS managed policy `AWSLambdaManagedEC2ResourceOperator`. SAM's
/// shorter property names become Lambda's (`ScalingConfig` → `CapacityProviderScalingConfig`,
/// `AllowedTypes` → `AllowedInstanceTypes`, `LoggingConfig` → `TelemetryConfig.LoggingConfig`,
/// `ManagedResourceTags` → `PropagateTags`). With `PropagateTags: true`, the provider's `Tags`
/// are added to every resource it generates.
struct CapacityProviderTranslator: ResourceTranslator {
    let resourceType = "AWS::Serverless::CapacityProvider"

    let schema = PropertySchema(
        "AWS::Serverless::CapacityProvider",
        [
            PropertySpec(
                "CapacityProviderName", .either([.string, .mapping]), allowsIntrinsic: false),
            PropertySpec("VpcConfig", .mapping, required: true, allowsIntrinsic: false),
            PropertySpec("OperatorRole", .either([.string, .mapping]), allowsIntrinsic: false),
            PropertySpec("Tags", .mapping, allowsIntrinsic: false),
            PropertySpec("PropagateTags", .boolean, allowsIntrinsic: false),
            PropertySpec("InstanceRequirements", .mapping, allowsIntrinsic: false),
            PropertySpec("ScalingConfig", .mapping, allowsIntrinsic: false),
            PropertySpec("KmsKeyArn", .either([.string, .mapping]), allowsIntrinsic: false),
            PropertySpec("LoggingConfig", .mapping, allowsIntrinsic: false),
            PropertySpec("ManagedResourceTags", .mapping, allowsIntrinsic: false),
        ])

    static let operatorPolicy = "AWSLambdaManagedEC2ResourceOperator"

    func translate(_ resource: SAMResource, in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        let settings = CapacityProviderSettings(resource)
        if var first = settings.problems.first {
            first.notes = settings.problems.dropFirst().map {
                Diagnostic.Note($0.message, at: $0.mark)
            }
            throw first
        }
        let userTags = resource.setValue("Tags")?.mapping ?? Mapping()
        var generated: [CloudFormationResource] = []

        // Without an operator role, one is generated and the provider points at it.
        var operatorRole = resource.setValue("OperatorRole")
        if operatorRole == nil {
            let role = self.operatorRole(for: resource, in: context)
            operatorRole = ["Fn::GetAtt": [.string(role.logicalId), "Arn"]]
            generated.append(role)
        }

        var provider = CloudFormationResource(
            logicalId: resource.logicalId, type: "AWS::Lambda::CapacityProvider",
            attributes: resource.mainResourceAttributes, origin: resource.mark)
        if let name = resource.setValue("CapacityProviderName") {
            provider["CapacityProviderName"] = name
        }
        if let vpc = settings.vpcConfig, !vpc.isEmpty {
            var config = Mapping()
            if let subnets = vpc.entry("SubnetIds") { config.set(subnets) }
            if let groups = vpc.entry("SecurityGroupIds") { config.set(groups) }
            provider["VpcConfig"] = .mapping(config)
        }
        if let operatorRole {
            provider["PermissionsConfig"] = ["CapacityProviderOperatorRoleArn": operatorRole]
        }
        var tags = userTags
        tags[TagList.createdByKey] = "SAM"
        provider["Tags"] = .sequence(TagList.from(tags, mark: resource.mark(of: "Tags")))
        if let requirements = settings.instanceRequirements, !requirements.isEmpty {
            var converted = Mapping()
            for (from, to) in [
                ("Architectures", "Architectures"), ("AllowedTypes", "AllowedInstanceTypes"),
                ("ExcludedTypes", "ExcludedInstanceTypes"),
            ] {
                if let value = requirements[from] { converted[to] = value }
            }
            provider["InstanceRequirements"] = .mapping(converted)
        }
        if let scaling = settings.scalingConfig, !scaling.isEmpty {
            provider["CapacityProviderScalingConfig"] = .mapping(scalingConfig(scaling))
        }
        if let key = resource.setValue("KmsKeyArn") { provider["KmsKeyArn"] = key }
        if let logging = resource.setValue("LoggingConfig") {
            provider["TelemetryConfig"] = ["LoggingConfig": logging]
        }
        if let managed = settings.managedResourceTags, let explicit = managed["Tags"]?.mapping {
            provider["PropagateTags"] = [
                "Mode": "Explicit", "ExplicitTags": .sequence(TagList.from(explicit)),
            ]
        }
        generated.append(provider)

        if resource.setValue("PropagateTags")?.bool == true, !userTags.isEmpty {
            generated = generated.map { propagating(userTags, to: $0) }
        }
        return generated
    }

    /// Lambda's scaling configuration: `Manual` with a CPU target policy when
    /// `AverageCPUUtilization` is given, `Auto` otherwise.
    private func scalingConfig(_ scaling: Mapping) -> Mapping {
        var config = Mapping()
        if let maximum = scaling["MaxVCpuCount"] { config["MaxVCpuCount"] = maximum }
        if let target = scaling["AverageCPUUtilization"] {
            config["ScalingMode"] = "Manual"
            config["ScalingPolicies"] = [
                [
                    "PredefinedMetricType": "LambdaCapacityProviderAverageCPUUtilization",
                    "TargetValue": target,
                ]
            ]
        } else {
            config["ScalingMode"] = "Auto"
        }
        return config
    }

    /// The role Lambda assumes to manage the provider's instances.
    private func operatorRole(for resource: SAMResource, in context: TransformContext)
        -> CloudFormationResource
    {
        var role = CloudFormationResource(
            logicalId: resource.logicalId + "OperatorRole", type: "AWS::IAM::Role",
            attributes: resource.passThroughAttributes, origin: resource.mark)
        role["AssumeRolePolicyDocument"] = [
            "Version": "2012-10-17",
            "Statement": [
                [
                    "Action": ["sts:AssumeRole"], "Effect": "Allow",
                    "Principal": ["Service": ["lambda.amazonaws.com"]],
                ]
            ],
        ]
        role["ManagedPolicyArns"] = [
            .string("arn:\(context.partition):iam::aws:policy/\(Self.operatorPolicy)")
        ]
        role["Tags"] = [TagList.createdBySAM(mark: resource.mark)]
        return role
    }

    /// `resource` with `tags` merged into its tags: a key it already has keeps its place and
    /// takes the new value; new keys follow.
    private func propagating(_ tags: Mapping, to resource: CloudFormationResource)
        -> CloudFormationResource
    {
        var merged = Mapping()
        for tag in resource["Tags"]?.sequence ?? [] {
            if let key = tag["Key"]?.string, let value = tag["Value"] { merged[key] = value }
        }
        for entry in tags { merged[entry.key] = entry.value }
        var copy = resource
        copy["Tags"] = .sequence(TagList.from(merged, mark: resource.origin))
        return copy
    }
}
