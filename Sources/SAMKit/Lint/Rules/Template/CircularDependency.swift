/// Resources that depend on each other in a circle, which CloudFormation rejects because it
/// cannot create any of them first.
///
/// The transformed template is examined when there is one, since the SAM transform adds
/// dependencies the user does not write (a bucket's notification needs the function's
/// permission, the function needs its role, and a role policy naming the bucket closes the
/// circle). When the transform failed, the SAM template is examined without the references
/// serverless resources make, since the transform spreads those over the resources it
/// generates (an `Api` event's `RestApiId` makes the permission, not the function, depend on
/// the API), so a circle through a serverless resource is found only once the template
/// transforms. Each circle is reported once, at the logical id of the member written first
/// in the file (a generated member counts as its SAM resource), with a note where each
/// dependency is written. When more resources are tangled than one way round shows, the
/// others are named.
struct CircularDependency: LintRule {
    let rule = RuleDescription(
        id: "circular-dependency",
        severity: .error,
        title: "Resources do not depend on each other in a circle.",
        rationale: """
            CloudFormation creates a resource after every resource it refers to with 'Ref', \
            'Fn::GetAtt' or 'Fn::Sub', or names in 'DependsOn'. When the references go round \
            in a circle, no resource can be created first and the stack fails validation \
            with 'Circular dependency between resources'. SAM adds references of its own: an \
            S3 event makes the bucket depend on the function, so a policy of the function \
            that names the bucket with '!Ref' closes a circle; name the bucket by its literal \
            name or with a parameter instead.
            """,
        documentation: """
            https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/\
            aws-attribute-dependson.html
            """,
        equivalents: .init(cfnLint: ["E3004"]),
        badExample: """
            Resources:
              Ingress:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: web
                  SecurityGroupIngress:
                    - SourceSecurityGroupId: !Ref Egress
                      IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
              Egress:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: app
                  SecurityGroupIngress:
                    - SourceSecurityGroupId: !Ref Ingress
                      IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
            """,
        goodExample: """
            Resources:
              Ingress:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: web
              Egress:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: app
                  SecurityGroupIngress:
                    - SourceSecurityGroupId: !Ref Ingress
                      IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
              IngressFromEgress:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: !Ref Ingress
                  SourceSecurityGroupId: !Ref Egress
                  IpProtocol: tcp
                  FromPort: 443
                  ToPort: 443
            """)

    func check(_ context: LintContext) -> [Finding] {
        let tree: Finding.Tree = context.generatedResources == nil ? .sam : .cloudFormation
        var resources = context.generatedResources ?? context.resources
        if context.generatedResources == nil {
            // What a serverless resource refers to ends up in several generated resources, so
            // its references say nothing certain about the order; only the others count.
            resources = Mapping(resources.entries.filter { !context.isSAMResource($0.key) })
        }
        let graph = DependencyGraph(resources: resources)

        // Where each resource stands in the file: a generated one at its SAM resource.
        let samOrder = Dictionary(
            uniqueKeysWithValues: context.resources.keys.enumerated().map { ($1, $0) })
        let origins =
            context.cloudFormation.map { Linter.origins(of: $0, in: context.sections) } ?? [:]
        func samId(_ id: String) -> String { samOrder[id] != nil ? id : origins[id] ?? id }
        func order(_ id: String) -> Int { samOrder[samId(id)] ?? Int.max }

        return graph.cycles().compactMap { group in
            let members = Set(group)
            guard
                let start = group.enumerated().min(by: {
                    (order($0.element), $0.offset) < (order($1.element), $1.offset)
                })?.element
            else { return nil }
            let steps = graph.shortestCycle(from: start, within: members)
            guard !steps.isEmpty else { return nil }

            let names =
                steps.map { Self.describe($0.0, samId($0.0)) } + [
                    Self.describe(start, samId(start))
                ]
            let selfLoop = steps.count == 1
            var message =
                selfLoop
                ? "resource \(names[0]) refers to itself"
                : "resources depend on each other in a circle: "
                    + names.joined(separator: " → ")
            let onCycle = Set(steps.map(\.0))
            let others = group.filter { !onCycle.contains($0) }
            if !others.isEmpty {
                message +=
                    "; also caught in it: "
                    + others.map { Self.describe($0, samId($0)) }
                    .joined(separator: ", ")
            }
            message +=
                selfLoop && others.isEmpty
                ? "; CloudFormation cannot create a resource that waits for itself"
                : "; CloudFormation cannot create any of them first"
            let notes = steps.map { from, edge in
                Finding.Note(
                    "'\(from)' depends on '\(edge.target)' here", tree: tree, path: edge.path)
            }
            let owner = samId(start)
            return finding(
                message, at: TemplatePath(keys: "Resources", owner), key: true, resource: owner,
                notes: notes)
        }
    }

    private static func describe(_ id: String, _ samId: String) -> String {
        samId == id ? "'\(id)'" : "'\(id)' (from '\(samId)')"
    }
}
