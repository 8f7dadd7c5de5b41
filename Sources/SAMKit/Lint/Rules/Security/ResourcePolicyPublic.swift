/// A bucket, queue or topic policy that lets anyone, from any account, act on the resource.
struct ResourcePolicyPublic: LintRule {
    static let documents: [String: String] = [
        "AWS::S3::BucketPolicy": "PolicyDocument",
        "AWS::SQS::QueuePolicy": "PolicyDocument",
        "AWS::SQS::QueueInlinePolicy": "PolicyDocument",
        "AWS::SNS::TopicPolicy": "PolicyDocument",
        "AWS::SNS::TopicInlinePolicy": "PolicyDocument",
    ]

    let rule = RuleDescription(
        id: "resource-policy-public",
        severity: .warning,
        title: "Bucket, queue and topic policies do not allow everyone without a condition.",
        rationale: """
            A statement with 'Effect: Allow' and 'Principal: *' grants its actions to every \
            caller in every AWS account, and, for S3, to anonymous requests. A service that \
            needs to reach the resource, such as SNS delivering to a queue, should be named, or \
            the statement limited with a condition on 'aws:SourceArn', 'aws:SourceAccount' or \
            'aws:PrincipalOrgID'. A public website bucket is better served through CloudFront \
            with origin access control; where public access is meant, suppress the finding.
            """,
        documentation: """
            https://docs.aws.amazon.com/IAM/latest/UserGuide/\
            reference_policies_elements_principal.html
            """,
        equivalents: .init(cfnNag: ["F16"]),
        badExample: """
            Resources:
              Queue:
                Type: AWS::SQS::Queue
              QueuePolicy:
                Type: AWS::SQS::QueuePolicy
                Properties:
                  Queues: [!Ref Queue]
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: "*"
                        Action: sqs:SendMessage
                        Resource: !GetAtt Queue.Arn
            """,
        goodExample: """
            Resources:
              Topic:
                Type: AWS::SNS::Topic
              Queue:
                Type: AWS::SQS::Queue
              QueuePolicy:
                Type: AWS::SQS::QueuePolicy
                Properties:
                  Queues: [!Ref Queue]
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal:
                          Service: sns.amazonaws.com
                        Action: sqs:SendMessage
                        Resource: !GetAtt Queue.Arn
                        Condition:
                          ArnEquals:
                            aws:SourceArn: !Ref Topic
            """)

    func check(_ context: LintContext) -> [Finding] {
        let types = Set(Self.documents.keys)
        return PlacedResources.of(types: types, in: context).flatMap { resource in
            let key = Self.documents[resource.type] ?? "PolicyDocument"
            guard let document = resource.properties[key] else { return [Finding]() }
            return OpenStatements.principals(of: document, at: resource.path(key)).map {
                finding(Self.message(resource), at: $0, in: resource.tree)
            }
        }
    }

    private static func message(_ resource: PlacedResources.Resource) -> String {
        "'\(resource.id)' (\(resource.type)) allows principal '*' with no condition on the "
            + "caller, so any AWS account can use it; name the principal, or add a condition "
            + "on 'aws:SourceArn', 'aws:SourceAccount' or 'aws:PrincipalOrgID'"
    }
}
