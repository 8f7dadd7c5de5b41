/// Turns a SAM resource's `Policies` into what its generated role holds: managed policy ARNs,
/// and inline policies named after the role and the entry's index.
///
/// Functions and state machines read `Policies` the same way, as the reference does: a
/// managed policy name or ARN, an IAM policy document, a SAM policy template, or an `Fn::If`
/// between two of one kind.
enum ResourcePolicies {
    /// Managed policy names the reference resolves even where its bundled map lacks them.
    static let fallbackManagedPolicyPaths = [
        "AWSLambdaBasicExecutionRole": "service-role/AWSLambdaBasicExecutionRole",
        "AmazonDynamoDBFullAccess": "AmazonDynamoDBFullAccess",
        "AmazonDynamoDBReadOnlyAccess": "AmazonDynamoDBReadOnlyAccess",
        "AWSLambdaRole": "service-role/AWSLambdaRole",
    ]

    /// `arn:PARTITION:iam::aws:policy/NAME`.
    static func awsManagedArn(_ name: String, partition: String) -> String {
        "arn:\(partition):iam::aws:policy/\(name)"
    }

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
    enum Kind: Equatable {
        /// A managed policy name or ARN, or an intrinsic function that gives one.
        case managed
        /// An IAM policy document, a mapping with `Statement`.
        case document
        /// A SAM policy template: a mapping whose only key is a template's name.
        case template
        case unknown
    }

    /// Adds `resource`'s `Policies` (when set and not empty) to `role`.
    static func add(
        _ resource: SAMResource, to role: inout ExecutionRole, in context: TransformContext
    ) throws(Diagnostic) {
        guard let policies = resource["Policies"], !policies.isFalseInPython else { return }
        try add(policies.sequence ?? [policies], of: resource, to: &role, in: context)
    }

    /// Adds each of `entries`, written in `resource`'s `Policies`, to `role`.
    static func add(
        _ entries: [Node], of resource: SAMResource, to role: inout ExecutionRole,
        in context: TransformContext
    ) throws(Diagnostic) {
        for (index, entry) in entries.enumerated() {
            let place = entry.mark ?? resource.mark(of: "Policies")
            let kind = try kind(of: entry, in: resource)
            let policyName = Node.string("\(role.logicalId)Policy\(index)")
            switch kind {
            case .template, .document:
                let document = kind == .template ? try expandTemplate(entry, resource) : entry
                if let (condition, then, otherwise) = ifBranches(document) {
                    func wrap(_ branch: Node) -> Node {
                        isNoValue(branch)
                            ? branch : ["PolicyName": policyName, "PolicyDocument": branch]
                    }
                    role.policies.append(
                        ifNode(condition, wrap(then), wrap(otherwise), mark: document.mark))
                } else {
                    role.policies.append(["PolicyName": policyName, "PolicyDocument": document])
                }
            case .managed:
                var arn = entry
                if let name = entry.string {
                    arn = .string(
                        managedPolicyArn(name, partition: context.partition), mark: entry.mark)
                } else if let (condition, then, otherwise) = ifBranches(entry) {
                    func resolve(_ branch: Node) -> Node {
                        guard let name = branch.string else { return branch }
                        return .string(
                            managedPolicyArn(name, partition: context.partition),
                            mark: branch.mark)
                    }
                    arn = ifNode(condition, resolve(then), resolve(otherwise), mark: entry.mark)
                }
                role.addManagedPolicyArn(arn)
            case .unknown:
                throw resource.error(
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

    static func isNoValue(_ node: Node) -> Bool {
        node.intrinsic?.name == "Ref" && node.intrinsic?.argument.string == "AWS::NoValue"
    }

    private static func ifNode(
        _ condition: Node, _ then: Node, _ otherwise: Node, mark: SourceMark?
    )
        -> Node
    {
        Node(
            .mapping(Mapping([.init(key: "Fn::If", value: [condition, then, otherwise])])),
            mark: mark)
    }

    private static func error(
        _ resource: SAMResource, _ message: String, at node: Node?
    ) -> Diagnostic {
        resource.error(message, at: node?.mark ?? resource.mark(of: "Policies"))
    }

    static func kind(of entry: Node, in resource: SAMResource) throws(Diagnostic) -> Kind {
        if entry.string != nil { return .managed }
        if let (name, argument) = entry.intrinsic {
            guard name == "Fn::If" else { return .managed }
            guard let items = argument.sequence, items.count == 3 else {
                throw error(
                    resource,
                    "'Fn::If' in 'Policies' needs three arguments: a condition name and two "
                        + "policies", at: argument)
            }
            let then = try kind(of: items[1], in: resource)
            let otherwise = try kind(of: items[2], in: resource)
            if then == otherwise { return then }
            if isNoValue(items[1]) { return otherwise }
            if isNoValue(items[2]) { return then }
            throw error(
                resource,
                "an 'Fn::If' in 'Policies' mixes two kinds of policy; write each kind in its "
                    + "own 'Fn::If'", at: entry)
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
    private static func expandTemplate(_ entry: Node, _ resource: SAMResource)
        throws(Diagnostic) -> Node
    {
        if let (condition, then, otherwise) = ifBranches(entry) {
            func expand(_ branch: Node) throws(Diagnostic) -> Node {
                isNoValue(branch) ? branch : try expandTemplate(branch, resource)
            }
            return ifNode(condition, try expand(then), try expand(otherwise), mark: entry.mark)
        }
        guard let map = entry.mapping, let item = map.entries.first,
            let template = PolicyTemplateCatalog.template(named: item.key)
        else {
            throw error(resource, "expected a SAM policy template", at: entry)
        }
        do {
            let statements = try template.expand(item.value)
            return Node(.mapping(Mapping([.init(key: "Statement", value: .sequence(statements))])))
                .marked(entry.mark)
        } catch {
            throw .error(
                "resource '\(resource.logicalId)': \(error.message)", rule: "transform",
                at: error.mark ?? item.keyMark ?? entry.mark)
        }
    }
}
