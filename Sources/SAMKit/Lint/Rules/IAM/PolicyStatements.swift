/// Every IAM policy statement samkit can see in a template, for the IAM rules.
///
/// With the transform's output it reads that: the roles generated for functions and state
/// machines (whose statements carry the marks of the `Policies` entries and values the user
/// wrote) and every resource written by hand. When the transform failed it reads the SAM
/// template instead: resources written by hand and the inline documents in `Policies`.
///
/// Statements inside strings (a policy written as JSON text) and statements given by an
/// intrinsic function other than `Fn::If` are not read.
struct PolicyStatements {
    /// What a policy document governs, which decides the rules that apply to it.
    enum Kind: Equatable {
        /// Attached to a role, user or group: what that identity may do.
        case identity
        /// Attached to a resource: who may act on it.
        case resource
        /// A role's trust policy: who may assume it.
        case trust
    }

    /// One statement: a mapping, where it is, and what kind of document holds it.
    struct Statement {
        var node: Node
        var path: TemplatePath
        var tree: Finding.Tree
        var kind: Kind
        /// The SAM policy template the statement was expanded from, if any.
        var template: String?

        var allows: Bool { node["Effect"]?.string == "Allow" }
        var hasCondition: Bool { node["Condition"] != nil }

        /// The literal strings of `key` (`Action`, `Resource`, ...) with their paths and
        /// nodes; values given by intrinsic functions are left out.
        func strings(_ key: String) -> [(text: String, path: TemplatePath, node: Node)] {
            guard let value = node[key] else { return [] }
            let base = path.appending(key)
            if let text = value.string { return [(text, base, value)] }
            return (value.sequence ?? []).enumerated().compactMap { index, item in
                item.string.map { ($0, base.appending(index: index), item) }
            }
        }

        /// Whether `node`, a `*` of this statement, is one the user wrote rather than one the
        /// transform wrote into a policy of its own (such as the network-interface rights it
        /// gives a function with a self-managed Kafka event): the transform marks what it
        /// makes with the span of the SAM node it came from, never with the three columns
        /// of a `'*'`.
        static func isWritten(_ star: Node) -> Bool {
            guard let mark = star.mark else { return false }
            return mark.start.line == mark.end.line && mark.end.column - mark.start.column <= 3
        }

        func finding(
            _ rule: RuleDescription, _ message: String, at path: TemplatePath, key: Bool = false,
            severity: Severity? = nil
        ) -> Finding {
            Finding(
                rule: rule.id, message: message, tree: tree, path: path, pointsAtKey: key,
                severity: severity)
        }
    }

    /// A managed policy attached by ARN or SAM name, as a literal string.
    struct ManagedPolicy {
        var text: String
        var path: TemplatePath
        var tree: Finding.Tree
    }

    private(set) var statements: [Statement] = []
    private(set) var managedPolicies: [ManagedPolicy] = []

    /// The property that holds the document of each resource-policy type.
    static let resourcePolicyProperties: [String: String] = [
        "AWS::S3::BucketPolicy": "PolicyDocument",
        "AWS::SQS::QueuePolicy": "PolicyDocument",
        "AWS::SNS::TopicPolicy": "PolicyDocument",
        "AWS::KMS::Key": "KeyPolicy",
        "AWS::SecretsManager::ResourcePolicy": "ResourcePolicy",
        "AWS::ECR::Repository": "RepositoryPolicyText",
        "AWS::ApiGateway::RestApi": "Policy",
        "AWS::OpenSearchService::Domain": "AccessPolicies",
        "AWS::Elasticsearch::Domain": "AccessPolicies",
        "AWS::EFS::FileSystem": "FileSystemPolicy",
        "AWS::Backup::BackupVault": "AccessPolicy",
    ]

    /// Types with a single identity policy in `PolicyDocument`.
    static let identityPolicyTypes: Set<String> = [
        "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy",
        "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy",
    ]

    /// Types with a list of inline policies in `Policies` and managed ones in
    /// `ManagedPolicyArns`.
    static let identityTypes: Set<String> = ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"]

    /// SAM types whose `Policies` become a generated role's policies.
    static let samPolicyTypes: Set<String> = [
        "AWS::Serverless::Function", "AWS::Serverless::StateMachine",
    ]

    init(_ context: LintContext) {
        if let generated = context.generatedResources {
            for entry in generated {
                read(entry.key, entry.value, tree: .cloudFormation, context: context)
            }
        } else {
            for entry in context.resources {
                if let type = entry.value["Type"]?.string, Self.samPolicyTypes.contains(type) {
                    readSAMPolicies(entry.key, entry.value)
                } else {
                    read(entry.key, entry.value, tree: .sam, context: context)
                }
            }
        }
    }

    private mutating func read(
        _ id: String, _ resource: Node, tree: Finding.Tree, context: LintContext
    ) {
        guard let type = resource["Type"]?.string, let properties = resource["Properties"] else {
            return
        }
        let base = TemplatePath(keys: "Resources", id, "Properties")
        if Self.identityTypes.contains(type) {
            for (index, policy) in (properties["Policies"]?.sequence ?? []).enumerated() {
                guard let document = policy["PolicyDocument"] else { continue }
                let template =
                    tree == .cloudFormation
                    ? Self.templateName(role: id, policyName: policy["PolicyName"], context)
                    : nil
                readDocument(
                    document,
                    at: base.appending("Policies").appending(index: index)
                        .appending("PolicyDocument"), tree: tree, kind: .identity,
                    template: template)
            }
            for (index, arn) in (properties["ManagedPolicyArns"]?.sequence ?? []).enumerated() {
                guard let text = arn.string ?? arn["Fn::Sub"]?.string else { continue }
                managedPolicies.append(
                    ManagedPolicy(
                        text: text,
                        path: base.appending("ManagedPolicyArns").appending(index: index),
                        tree: tree))
            }
            if type == "AWS::IAM::Role", let trust = properties["AssumeRolePolicyDocument"] {
                readDocument(
                    trust, at: base.appending("AssumeRolePolicyDocument"), tree: tree, kind: .trust)
            }
        } else if Self.identityPolicyTypes.contains(type),
            let document = properties["PolicyDocument"]
        {
            readDocument(
                document, at: base.appending("PolicyDocument"), tree: tree, kind: .identity)
        } else if let key = Self.resourcePolicyProperties[type], let document = properties[key] {
            readDocument(document, at: base.appending(key), tree: tree, kind: .resource)
        }
    }

    /// The inline documents and managed policy names of a SAM resource's `Policies`, read when
    /// there is no transform output; templates are not expanded then.
    private mutating func readSAMPolicies(_ id: String, _ resource: Node) {
        let path = TemplatePath(keys: "Resources", id, "Properties", "Policies")
        guard let policies = resource["Properties"]?["Policies"] else { return }
        let entries = policies.sequence.map { Array($0.enumerated()) } ?? [(0, policies)]
        for (index, item) in entries {
            let itemPath = policies.sequence == nil ? path : path.appending(index: index)
            if item["Statement"] != nil {
                readDocument(item, at: itemPath, tree: .sam, kind: .identity)
            } else if let name = item.string {
                managedPolicies.append(ManagedPolicy(text: name, path: itemPath, tree: .sam))
            }
        }
    }

    private mutating func readDocument(
        _ document: Node, at path: TemplatePath, tree: Finding.Tree, kind: Kind,
        template: String? = nil
    ) {
        if let branches = Self.ifBranches(document) {
            for (index, branch) in branches {
                readDocument(
                    branch, at: path.appending("Fn::If").appending(index: index), tree: tree,
                    kind: kind, template: template)
            }
            return
        }
        guard let statement = document["Statement"] else { return }
        let statementPath = path.appending("Statement")
        if statement.mapping != nil && Self.ifBranches(statement) == nil {
            readStatement(statement, at: statementPath, tree: tree, kind: kind, template: template)
            return
        }
        for (index, item) in (statement.sequence ?? []).enumerated() {
            readStatement(
                item, at: statementPath.appending(index: index), tree: tree, kind: kind,
                template: template)
        }
    }

    private mutating func readStatement(
        _ node: Node, at path: TemplatePath, tree: Finding.Tree, kind: Kind, template: String?
    ) {
        if let branches = Self.ifBranches(node) {
            for (index, branch) in branches {
                readStatement(
                    branch, at: path.appending("Fn::If").appending(index: index), tree: tree,
                    kind: kind, template: template)
            }
            return
        }
        guard node.mapping != nil else { return }
        statements.append(
            Statement(node: node, path: path, tree: tree, kind: kind, template: template))
    }

    /// The two branches of an `Fn::If` with their argument positions.
    private static func ifBranches(_ node: Node) -> [(Int, Node)]? {
        guard let (name, argument) = NodeWalker.intrinsic(node), name == "Fn::If",
            let items = argument.sequence, items.count == 3
        else { return nil }
        return [(1, items[1]), (2, items[2])]
    }

    /// The SAM policy template a generated role's policy was expanded from: the transform
    /// names the role `<Resource>Role` and the policy made from `Policies` entry `n`
    /// `<Resource>RolePolicy<n>`.
    private static func templateName(role: String, policyName: Node?, _ context: LintContext)
        -> String?
    {
        guard role.hasSuffix("Role"), let name = policyName?.string,
            name.hasPrefix(role + "Policy"), let index = Int(name.dropFirst(role.count + 6))
        else { return nil }
        let samId = String(role.dropLast(4))
        guard let type = context.type(of: samId), samPolicyTypes.contains(type),
            let policies = context.resources[samId]?["Properties"]?["Policies"]
        else { return nil }
        let entry: Node? =
            if let items = policies.sequence {
                items.indices.contains(index) ? items[index] : nil
            } else { policies }
        guard let map = entry?.mapping, map.count == 1, let key = map.keys.first,
            PolicyTemplateCatalog.template(named: key) != nil
        else { return nil }
        return key
    }
}

extension PolicyStatements {
    /// One entry of a SAM resource's `Policies`, as written: a managed policy name or ARN, a
    /// policy template, or a document. `Policies` given as a single entry counts as one.
    struct SAMPolicyEntry {
        var resource: String
        var node: Node
        var path: TemplatePath
    }

    static func samPolicyEntries(_ context: LintContext) -> [SAMPolicyEntry] {
        var entries: [SAMPolicyEntry] = []
        for resource in context.resources {
            guard let type = resource.value["Type"]?.string, samPolicyTypes.contains(type),
                let policies = resource.value["Properties"]?["Policies"]
            else { continue }
            let path = TemplatePath(keys: "Resources", resource.key, "Properties", "Policies")
            if let items = policies.sequence {
                for (index, item) in items.enumerated() {
                    entries.append(
                        SAMPolicyEntry(
                            resource: resource.key, node: item, path: path.appending(index: index)))
                }
            } else {
                entries.append(SAMPolicyEntry(resource: resource.key, node: policies, path: path))
            }
        }
        return entries
    }
}
