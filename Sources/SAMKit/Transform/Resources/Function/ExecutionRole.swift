/// The IAM role the transform generates for a function to run as, built up as translation
/// goes: the function's `Policies` first, then what its destinations and events need.
struct ExecutionRole {
    var logicalId: String
    var assumeRolePolicyDocument: Node
    var managedPolicyArns: [Node] = []
    var policies: [Node] = []
    var path: Node?
    var permissionsBoundary: Node?
    var tags: Node?
    var attributes: Mapping
    var origin: SourceMark?

    /// The trust policy that lets Lambda assume a role.
    static let lambdaTrustPolicy: Node = [
        "Version": "2012-10-17",
        "Statement": [
            [
                "Action": ["sts:AssumeRole"], "Effect": "Allow",
                "Principal": ["Service": ["lambda.amazonaws.com"]],
            ]
        ],
    ]

    /// Adds a managed policy ARN unless the role has it already.
    mutating func addManagedPolicyArn(_ arn: Node) {
        if !managedPolicyArns.contains(arn) { managedPolicyArns.append(arn) }
    }

    /// Adds an inline policy unless the role has it, or a policy with the same document,
    /// already; event sources use this so that two events on one queue add one policy.
    mutating func addPolicyOnce(_ policy: Node) {
        let document = policy["PolicyDocument"]
        if policies.contains(policy) { return }
        if let document, policies.contains(where: { $0["PolicyDocument"] == document }) { return }
        policies.append(policy)
    }

    /// The role as a resource. `Policies` is left out when there are none, as the reference
    /// leaves it out.
    var resource: CloudFormationResource {
        var properties = Mapping()
        properties["AssumeRolePolicyDocument"] = assumeRolePolicyDocument
        properties["ManagedPolicyArns"] = .sequence(managedPolicyArns)
        if !policies.isEmpty { properties["Policies"] = .sequence(policies) }
        if let path { properties["Path"] = path }
        if let permissionsBoundary { properties["PermissionsBoundary"] = permissionsBoundary }
        if let tags { properties["Tags"] = tags }
        return CloudFormationResource(
            logicalId: logicalId, type: "AWS::IAM::Role", properties: properties,
            attributes: attributes, origin: origin)
    }
}
