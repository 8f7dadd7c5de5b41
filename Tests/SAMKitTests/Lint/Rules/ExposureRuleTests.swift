import Testing

@testable import SAMKit

/// Permissions, resource policies and function URLs open to everyone.
@Suite struct ExposureRuleTests {
    static let rules: [any LintRule] = [
        LambdaPermissionPublic(), ResourcePolicyPublic(), FunctionURLPublic(),
    ]

    static let cases: [LintCase] = [
        LintCase(
            "permissions and policies narrowed to a source are not reported",
            """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
              FromBucket:
                Type: AWS::Lambda::Permission
                Properties:
                  FunctionName: !Ref Fn
                  Action: lambda:InvokeFunction
                  Principal: "*"
                  SourceAccount: !Ref AWS::AccountId
              FromOrganisation:
                Type: AWS::Lambda::Permission
                Properties:
                  FunctionName: !Ref Fn
                  Action: lambda:InvokeFunction
                  Principal: "*"
                  PrincipalOrgID: o-abc
              Topic:
                Type: AWS::SNS::Topic
              TopicPolicy:
                Type: AWS::SNS::TopicPolicy
                Properties:
                  Topics: [!Ref Topic]
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {AWS: "*"}
                        Action: sns:Publish
                        Resource: !Ref Topic
                        Condition:
                          StringEquals:
                            AWS:SourceOwner: !Ref AWS::AccountId
                      - Effect: Deny
                        Principal: "*"
                        Action: sns:Publish
                        Resource: !Ref Topic
                        Condition:
                          Bool: {aws:SecureTransport: false}
                      - Effect: Allow
                        Principal: {Service: events.amazonaws.com}
                        Action: sns:Publish
                        Resource: !Ref Topic
              Private:
                Type: AWS::S3::Bucket
              PrivatePolicy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: !Ref Private
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: "*"
                        Action: s3:GetObject
                        Resource: !Sub "${Private.Arn}/*"
                      - Effect: Deny
                        Principal: "*"
                        Action: s3:GetObject
                        Resource: !Sub "${Private.Arn}/*"
                        Condition:
                          StringNotEquals: {aws:SourceVpce: vpce-1}
            """, []),
        LintCase(
            "a permission and a layer permission for everyone",
            """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
              Anyone:
                Type: AWS::Lambda::Permission
                Properties:
                  FunctionName: !Ref Fn
                  Action: lambda:InvokeFunction
                  Principal: '*'
              Layer:
                Type: AWS::Lambda::LayerVersionPermission
                Properties:
                  Action: lambda:GetLayerVersion
                  LayerVersionArn: arn:aws:lambda:eu-west-1:1:layer:x:1
                  Principal: "*"
            """,
            [
                "9:18: error: permission 'Anyone' lets any AWS account invoke the function; name "
                    + "the calling service or account, and set 'SourceArn' or 'SourceAccount' "
                    + "(or 'PrincipalOrgID') [lambda-permission-public]",
                "15:18: error: layer permission 'Layer' shares the layer with every AWS account; "
                    + "set 'OrganizationId' or name an account [lambda-permission-public]",
            ]),
        LintCase(
            "bucket and queue policies: a public statement, one list principal, one statement "
                + "as a mapping, and a condition that does not narrow the caller",
            """
            Resources:
              Site:
                Type: AWS::S3::Bucket
              SitePolicy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: !Ref Site
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {AWS: [arn:aws:iam::1:root, "*"]}
                        Action: s3:GetObject
                        Resource: !Sub "${Site.Arn}/*"
                        Condition:
                          Bool: {aws:SecureTransport: true}
              Queue:
                Type: AWS::SQS::Queue
              QueuePolicy:
                Type: AWS::SQS::QueuePolicy
                Properties:
                  Queues: [!Ref Queue]
                  PolicyDocument:
                    Statement:
                      Effect: Allow
                      Principal: "*"
                      Action: sqs:*
            """,
            [
                "11:24: warning: 'SitePolicy' (AWS::S3::BucketPolicy) allows principal '*' with "
                    + "no condition on the caller, so any AWS account can use it; name the "
                    + "principal, or add a condition on 'aws:SourceArn', 'aws:SourceAccount' or "
                    + "'aws:PrincipalOrgID' [resource-policy-public]",
                "25:22: warning: 'QueuePolicy' (AWS::SQS::QueuePolicy) allows principal '*' with "
                    + "no condition on the caller, so any AWS account can use it; name the "
                    + "principal, or add a condition on 'aws:SourceArn', 'aws:SourceAccount' or "
                    + "'aws:PrincipalOrgID' [resource-policy-public]",
            ]),
        LintCase(
            "a function URL without authentication, on the function and on a plain URL",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionUrlConfig:
                    AuthType: NONE
              Plain:
                Type: AWS::Lambda::Url
                Properties:
                  AuthType: NONE
                  TargetFunctionArn: !GetAtt Fn.Arn
              Signed:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionUrlConfig:
                    AuthType: AWS_IAM
            """,
            [
                "6:19: warning: the function URL of 'Fn' has 'AuthType' 'NONE', so anyone can "
                    + "call it unsigned; use 'AWS_IAM', or suppress this where the function "
                    + "checks its callers itself [function-url-public]",
                "10:17: warning: the function URL of 'Plain' has 'AuthType' 'NONE', so anyone "
                    + "can call it unsigned; use 'AWS_IAM', or suppress this where the function "
                    + "checks its callers itself [function-url-public]",
            ]),
        LintCase(
            "an AuthType from Globals is reported once at Globals; a function's own wins",
            """
            Globals:
              Function:
                FunctionUrlConfig:
                  AuthType: NONE
            Resources:
              A:
                Type: AWS::Serverless::Function
              B:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionUrlConfig:
                    Cors: {AllowOrigins: ["*"]}
              C:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionUrlConfig:
                    AuthType: AWS_IAM
            """,
            [
                "4:17: warning: the function URL of 'A' has 'AuthType' 'NONE', so anyone can "
                    + "call it unsigned; use 'AWS_IAM', or suppress this where the function "
                    + "checks its callers itself [function-url-public]",
                "4:17: warning: the function URL of 'B' has 'AuthType' 'NONE', so anyone can "
                    + "call it unsigned; use 'AWS_IAM', or suppress this where the function "
                    + "checks its callers itself [function-url-public]",
            ]),
    ]

    @Test(arguments: cases)
    func exposure(_ row: LintCase) throws {
        #expect(try LintProbe.findings(row.template, rules: Self.rules) == row.expected)
    }

    /// The two permissions the transform makes for a public function URL are reported once,
    /// at the 'AuthType' the user wrote, and not again as public permissions; a queue policy
    /// generated for an SNS subscription carries a source condition and is not reported,
    /// while a generated one without it is, at the SAM event it came from.
    @Test func generatedPermissionsAndPolicies() throws {
        let template = """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionUrlConfig:
                    AuthType: NONE
                  Events:
                    Alerts:
                      Type: SNS
                      Properties:
                        Topic: arn:aws:sns:eu-west-1:1:alerts
                        SqsSubscription: true
            """
        let url = TemplatePath(keys: "Resources", "Fn", "Properties", "FunctionUrlConfig")
        let event = TemplatePath(keys: "Resources", "Fn", "Properties", "Events", "Alerts")
        func statement(_ condition: Bool) -> Node {
            let narrowed: Node = [
                "Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage",
                "Condition": ["ArnEquals": ["aws:SourceArn": "arn:aws:sns:x"]],
            ]
            let open: Node = ["Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage"]
            return [
                "Queues": ["q"], "PolicyDocument": ["Statement": [condition ? narrowed : open]],
            ]
        }
        let generated = [
            StandInTransform.Generated(
                from: "Fn", id: "FnUrlPublicPermissions", type: "AWS::Lambda::Permission",
                properties: [
                    "Action": "lambda:InvokeFunctionUrl", "Principal": "*",
                    "FunctionUrlAuthType": "NONE",
                ], origin: url),
            StandInTransform.Generated(
                from: "Fn", id: "FnURLInvokeAllowPublicAccess", type: "AWS::Lambda::Permission",
                properties: [
                    "Action": "lambda:InvokeFunction", "Principal": "*",
                    "InvokedViaFunctionUrl": true,
                ], origin: url),
            StandInTransform.Generated(
                from: "Fn", id: "FnAlertsQueuePolicy", type: "AWS::SQS::QueuePolicy",
                properties: statement(true), origin: event),
        ]
        #expect(
            try StandInTransform.findings(template, rules: Self.rules, generated: generated) == [
                "6:19: warning: the function URL of 'Fn' has 'AuthType' 'NONE', so anyone can "
                    + "call it unsigned; use 'AWS_IAM', or suppress this where the function "
                    + "checks its callers itself [function-url-public]"
            ])

        var open = generated
        open[2].properties = statement(false)
        open.append(
            StandInTransform.Generated(
                from: "Fn", id: "FnAnyone", type: "AWS::Lambda::Permission",
                properties: ["Action": "lambda:InvokeFunction", "Principal": "*"],
                origin: event))
        #expect(
            try StandInTransform.findings(template, rules: Self.rules, generated: open) == [
                "6:19: warning: the function URL of 'Fn' has 'AuthType' 'NONE', so anyone can "
                    + "call it unsigned; use 'AWS_IAM', or suppress this where the function "
                    + "checks its callers itself [function-url-public]",
                "9:11: error: permission 'FnAnyone' lets any AWS account invoke the function; "
                    + "name the calling service or account, and set 'SourceArn' or "
                    + "'SourceAccount' (or 'PrincipalOrgID') [lambda-permission-public]",
                "9:11: warning: 'FnAlertsQueuePolicy' (AWS::SQS::QueuePolicy) allows principal "
                    + "'*' with no condition on the caller, so any AWS account can use it; name "
                    + "the principal, or add a condition on 'aws:SourceArn', "
                    + "'aws:SourceAccount' or 'aws:PrincipalOrgID' [resource-policy-public]",
            ])
    }
}
