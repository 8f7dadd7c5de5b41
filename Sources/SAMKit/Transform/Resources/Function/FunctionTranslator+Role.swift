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
        role.managedPolicyArns.append(.string(Self.awsManagedArn(basic, partition: partition)))
        if let tracing = function["Tracing"], !tracing.isFalseInPython,
            try context.resolveParameterRefs(tracing).string != "Disabled"
        {
            let name = partition == "aws" ? "AWSXrayWriteOnlyAccess" : "AWSXRayDaemonWriteAccess"
            role.managedPolicyArns.append(.string(Self.awsManagedArn(name, partition: partition)))
        }
        if let vpc = function["VpcConfig"], !vpc.isFalseInPython {
            role.managedPolicyArns.append(
                .string(
                    Self.awsManagedArn(
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
        try addPolicies(function, to: &role, in: context)
        return role
    }

    /// `arn:PARTITION:iam::aws:policy/NAME`.
    static func awsManagedArn(_ name: String, partition: String) -> String {
        "arn:\(partition):iam::aws:policy/\(name)"
    }

    /// Managed policy names the reference resolves even where its bundled map lacks them.
    static let fallbackManagedPolicyPaths = [
        "AWSLambdaBasicExecutionRole": "service-role/AWSLambdaBasicExecutionRole",
        "AmazonDynamoDBFullAccess": "AmazonDynamoDBFullAccess",
        "AmazonDynamoDBReadOnlyAccess": "AmazonDynamoDBReadOnlyAccess",
        "AWSLambdaRole": "service-role/AWSLambdaRole",
    ]

    /// The ARN of a managed policy named in `Policies`: an AWS managed policy of the partition,
    /// an ARN as written, or the name itself when it is neither.
    static func managedPolicyArn(_ name: String, partition: String) -> String {
        if let arn = ManagedPolicies.arn(for: name, partition: partition) { return arn }
        if name.hasPrefix("arn:") { return name }
        if let path = fallbackManagedPolicyPaths[name] {
            return awsManagedArn(path, partition: partition)
        }
        return name
    }

    /// What kind of policy a `Policies` entry is.
    enum PolicyKind: Equatable {
        /// A managed policy name or ARN, or an intrinsic function that gives one.
        case managed
        /// An IAM policy document, a mapping with `Statement`.
        case document
        /// A SAM policy template: a mapping whose only key is a template's name.
        case template
        case unknown
    }

    private func addPolicies(
        _ function: FunctionProperties, to role: inout ExecutionRole, in context: TransformContext
    ) throws(Diagnostic) {
        guard let policies = function["Policies"], !policies.isFalseInPython else { return }
        let entries = policies.sequence ?? [policies]
        for (index, entry) in entries.enumerated() {
            let place = entry.mark ?? function.resource.mark(of: "Policies")
            let kind = try policyKind(entry, function: function)
            let policyName = Node.string("\(role.logicalId)Policy\(index)")
            switch kind {
            case .template, .document:
                let document = kind == .template ? try expandTemplate(entry, function) : entry
                if let (condition, then, otherwise) = Self.ifBranches(document) {
                    func wrap(_ branch: Node) -> Node {
                        Self.isNoValue(branch)
                            ? branch : ["PolicyName": policyName, "PolicyDocument": branch]
                    }
                    role.policies.append(
                        Node(
                            .mapping(
                                Mapping([
                                    .init(
                                        key: "Fn::If",
                                        value: [condition, wrap(then), wrap(otherwise)])
                                ])), mark: document.mark))
                } else {
                    role.policies.append(["PolicyName": policyName, "PolicyDocument": document])
                }
            case .managed:
                var arn = entry
                if let name = entry.string {
                    arn = .string(
                        Self.managedPolicyArn(name, partition: context.partition), mark: entry.mark)
                } else if let (condition, then, otherwise) = Self.ifBranches(entry) {
                    func resolve(_ branch: Node) -> Node {
                        guard let name = branch.string else { return branch }
                        return .string(
                            Self.managedPolicyArn(name, partition: context.partition),
                            mark: branch.mark)
                    }
                    arn = Node(
                        .mapping(
                            Mapping([
                                .init(
                                    key: "Fn::If",
                                    value: [condition, resolve(then), resolve(otherwise)])
                            ])), mark: entry.mark)
                }
                role.addManagedPolicyArn(arn)
            case .unknown:
                throw function.resource.error(
                    "the policy at index \(index) of 'Policies' is not a managed policy name or "
                        + "ARN, a policy document with 'Statement', or a SAM policy template",
                    at: place)
            }
        }
    }

    /// The condition and two branches of an `Fn::If` with exactly three arguments.
    static func ifBranches(_ node: Node) -> (Node, Node, Node)? {
        guard let (name, argument) = node.intrinsic, name == "Fn::If",
            let items = argument.sequence, items.count == 3
        else { return nil }
        return (items[0], items[1], items[2])
    }

    private func policyKind(_ entry: Node, function: FunctionProperties) throws(Diagnostic)
        -> PolicyKind
    {
        if entry.string != nil { return .managed }
        if let (name, argument) = entry.intrinsic {
            guard name == "Fn::If" else { return .managed }
            guard let items = argument.sequence, items.count == 3 else {
                throw function.error(
                    "'Fn::If' in 'Policies' needs three arguments: a condition name and two "
                        + "policies", at: argument, property: "Policies")
            }
            let then = try policyKind(items[1], function: function)
            let otherwise = try policyKind(items[2], function: function)
            if then == otherwise { return then }
            if Self.isNoValue(items[1]) { return otherwise }
            if Self.isNoValue(items[2]) { return then }
            throw function.error(
                "an 'Fn::If' in 'Policies' mixes two kinds of policy; write each kind in its "
                    + "own 'Fn::If'", at: entry, property: "Policies")
        }
        guard let map = entry.mapping else { return .unknown }
        if map["Statement"] != nil { return .document }
        if map.count == 1, let name = map.keys.first,
            PolicyTemplateCatalog.template(named: name) != nil
        {
            return .template
        }
        return .unknown
    }

    /// A policy template entry, or an `Fn::If` of them, as policy documents.
    private func expandTemplate(_ entry: Node, _ function: FunctionProperties)
        throws(Diagnostic) -> Node
    {
        if let (condition, then, otherwise) = Self.ifBranches(entry) {
            func expand(_ branch: Node) throws(Diagnostic) -> Node {
                Self.isNoValue(branch) ? branch : try expandTemplate(branch, function)
            }
            return Node(
                .mapping(
                    Mapping([
                        .init(
                            key: "Fn::If",
                            value: [condition, try expand(then), try expand(otherwise)])
                    ])), mark: entry.mark)
        }
        guard let map = entry.mapping, let item = map.entries.first,
            let template = PolicyTemplateCatalog.template(named: item.key)
        else {
            throw function.error(
                "expected a SAM policy template", at: entry, property: "Policies")
        }
        do {
            let statements = try template.expand(item.value)
            return Node(.mapping(Mapping([.init(key: "Statement", value: .sequence(statements))])))
                .marked(entry.mark)
        } catch {
            throw .error(
                "resource '\(function.logicalId)': \(error.message)", rule: "transform",
                at: error.mark ?? item.keyMark ?? entry.mark)
        }
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
