/// A managed policy named in SAM `Policies`, or an AWS managed policy ARN written out, does
/// not exist in the partition the template is checked for.
///
/// Names built with `${...}` or given by a `{{resolve:...}}` dynamic reference are not
/// checked. The partition is the one the transform wrote its own managed policy ARNs for; when the
/// transform failed, `aws`. Names are checked against the managed policy map compiled into
/// samkit, so a policy AWS added after it was made is reported until the map is updated.
struct UnknownManagedPolicy: LintRule {
    let rule = RuleDescription(
        id: "unknown-managed-policy",
        severity: .error,
        title: "Every managed policy named in a template exists in its partition.",
        rationale: """
            The transform turns a name in 'Policies' into the ARN of the AWS managed policy of \
            that name; a name it does not know is passed on as it is, and CloudFormation then \
            fails to create the role. Some policies exist only in some partitions.
            """,
        documentation:
            "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html",
        equivalents: .init(),
        badExample: """
            Resources:
              QueueFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - AmazonSQSFullAcess
            """,
        goodExample: """
            Resources:
              QueueFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - AmazonSQSReadOnlyAccess
            """)

    func check(_ context: LintContext) -> [Finding] {
        let partition = Self.partition(context)
        var findings: [Finding] = []
        for entry in PolicyStatements.samPolicyEntries(context) {
            guard let name = entry.node.string, !name.hasPrefix("arn:"), !name.contains("${"),
                !name.contains("{{resolve:"),
                !Self.exists(name, partition)
            else { continue }
            findings.append(finding(Self.message(name, partition), at: entry.path))
        }
        for policy in PolicyStatements(context).managedPolicies where policy.tree == .sam {
            guard let (arnPartition, name) = Self.awsManagedArn(policy.text),
                !Self.exists(name, arnPartition)
            else { continue }
            findings.append(
                Finding(
                    rule: rule.id, message: Self.message(name, arnPartition), tree: policy.tree,
                    path: policy.path))
        }
        if context.cloudFormation != nil {
            for resource in context.resources where !context.isSAMResource(resource.key) {
                findings += writtenARNs(resource.key, resource.value)
            }
        }
        return findings
    }

    /// Literal AWS managed policy ARNs in a hand-written role, user or group.
    private func writtenARNs(_ id: String, _ resource: Node) -> [Finding] {
        guard let type = resource["Type"]?.string, PolicyStatements.identityTypes.contains(type),
            let arns = resource["Properties"]?["ManagedPolicyArns"]?.sequence
        else { return [] }
        return arns.enumerated().compactMap { index, arn in
            guard let text = arn.string, let (partition, name) = Self.awsManagedArn(text),
                !Self.exists(name, partition)
            else { return nil }
            return finding(
                Self.message(name, partition),
                at: TemplatePath(keys: "Resources", id, "Properties", "ManagedPolicyArns")
                    .appending(index: index))
        }
    }

    static func exists(_ name: String, _ partition: String) -> Bool {
        ManagedPolicies.arn(for: name, partition: partition) != nil
            || ResourcePolicies.fallbackManagedPolicyPaths[name] != nil
    }

    /// The partition and name of `arn:PARTITION:iam::aws:policy/PATH/NAME`.
    static func awsManagedArn(_ text: String) -> (String, String)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "iam", parts[4] == "aws",
            parts[5].hasPrefix("policy/"), let name = parts[5].split(separator: "/").last,
            ManagedPolicies.partitionNames.contains(String(parts[1]))
        else { return nil }
        return (String(parts[1]), String(name))
    }

    /// The partition of the AWS managed policy ARNs in the transform's output.
    static func partition(_ context: LintContext) -> String {
        for resource in context.generatedResources ?? Mapping() {
            for arn in resource.value["Properties"]?["ManagedPolicyArns"]?.sequence ?? [] {
                if let text = arn.string, let (partition, _) = awsManagedArn(text) {
                    return partition
                }
            }
        }
        return "aws"
    }

    private static func message(_ name: String, _ partition: String) -> String {
        let near = Suggestion.nearest(to: name, among: ManagedPolicies.names(in: partition))
        return "managed policy '\(name)' does not exist in partition '\(partition)'"
            + (near.map { "; did you mean '\($0)'?" } ?? "")
    }
}
