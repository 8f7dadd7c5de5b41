extension FunctionTranslator {
    /// The role samkit generates for a function without its own `Role`: basic execution
    /// rights, X-Ray and VPC access when the function uses them, a dead-letter queue's send
    /// right, destination rights (`extraPolicies`), and the function's `Policies`.
    func executionRole(
        _ function: FunctionProperties, extraPolicies: [Node], in context: TransformContext
    ) throws(Diagnostic) -> ExecutionRole {
        let partition = context.partition
        var role = ExecutionRole(
            logicalId: function.logicalId + "Role",
            assumeRolePolicyDocument: function["AssumeRolePolicyDocument"]
                ?? ExecutionRole.lambdaTrustPolicy,
            attributes: function.passThroughAttributes, origin: function.resource.mark)
        role.path = function["RolePath"]
        role.permissionsBoundary = function["PermissionsBoundary"]
        role.tags = try Self.tagList(function)

        // Rights every function needs, and those its settings imply.
        let basic =
            function["DurableConfig"].map { !$0.isFalseInPython } == true
            ? "service-role/AWSLambdaBasicDurableExecutionRolePolicy"
            : "service-role/AWSLambdaBasicExecutionRole"
        role.managedPolicyArns.append(
            .string(ResourcePolicies.awsManagedArn(basic, partition: partition)))
        if let tracing = function["Tracing"], !tracing.isFalseInPython,
            try context.resolveParameterRefs(tracing).string != "Disabled"
        {
            let name = partition == "aws" ? "AWSXrayWriteOnlyAccess" : "AWSXRayDaemonWriteAccess"
            role.managedPolicyArns.append(
                .string(ResourcePolicies.awsManagedArn(name, partition: partition)))
        }
        if let vpc = function["VpcConfig"], !vpc.isFalseInPython {
            role.managedPolicyArns.append(
                .string(
                    ResourcePolicies.awsManagedArn(
                        "service-role/AWSLambdaVPCAccessExecutionRole", partition: partition)))
        }
        if let queue = function["DeadLetterQueue"], let type = queue["Type"]?.string,
            let action = Self.deadLetterActions[type], let target = queue["TargetArn"]
        {
            role.policies.append([
                "PolicyName": "DeadLetterQueuePolicy",
                "PolicyDocument": [
                    "Version": "2012-10-17",
                    "Statement": [
                        ["Action": .string(action), "Resource": target, "Effect": "Allow"]
                    ],
                ],
            ])
        }
        role.policies += extraPolicies

        // The function's own `Policies`.
        try ResourcePolicies.add(function.resource, to: &role, in: context)
        return role
    }

    /// `arn:PARTITION:iam::aws:policy/NAME`.
    static func awsManagedArn(_ name: String, partition: String) -> String {
        "arn:\(partition):iam::aws:policy/\(name)"
    }

    /// The condition and two branches of an `Fn::If` with exactly three arguments.
    static func ifBranches(_ node: Node) -> (Node, Node, Node)? {
        ResourcePolicies.ifBranches(node)
    }

    /// Handles `Role: !If [Condition, ..., ...]` where a branch is `AWS::NoValue`: the
    /// generated role stands in for that branch and exists only when that branch is taken.
    ///
    /// - Returns: whether the generated role belongs in the output.
    func applyConditionalRole(
        _ given: Node, lambda: inout CloudFormationResource, role: inout ExecutionRole,
        function: FunctionProperties, in context: TransformContext
    ) throws(Diagnostic) -> Bool {
        let resolved = try context.resolveParameterRefs(given)
        guard let (condition, then, otherwise) = Self.ifBranches(resolved) else {
            throw function.resource.error(
                property: "Role", "uses 'Fn::If', which needs exactly three arguments")
        }
        let arn = Self.getAtt(role.logicalId, "Arn")
        func conditional(_ a: Node, _ b: Node) -> Node {
            ["Fn::If": [condition, a, b]]
        }
        switch (Self.isNoValue(then), Self.isNoValue(otherwise)) {
        case (true, true):
            lambda["Role"] = arn
        case (true, false):
            lambda["Role"] = conditional(arn, otherwise)
            role.attributes["Condition"] = condition
        case (false, true):
            lambda["Role"] = conditional(then, arn)
            let name = "NOT" + (condition.string ?? "")
            role.attributes["Condition"] = .string(name)
            context.addedConditions[name] = ["Fn::Not": [["Condition": condition]]]
        case (false, false):
            return false
        }
        return true
    }
}
