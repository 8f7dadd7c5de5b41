import Testing

@testable import SAMKit

/// `AWS::Serverless::Function` becomes the resources the reference transform makes, and bad
/// functions are rejected with a message at the line that is wrong.
@Suite struct FunctionTranslatorTests {
    /// The resources of `text` transformed in `region`, or the errors that stopped it.
    static func transform(_ text: String, region: String = "us-east-1") throws -> Mapping {
        let document = try TemplateDocument.load(Array(text.utf8), path: "template.yaml")
        let result = try Transformer(options: TransformOptions(region: region))
            .transform(document)
        return try #require(result.template["Resources"]?.mapping)
    }

    /// The diagnostics that stop the transform of `text`.
    static func problems(_ text: String) throws -> [Diagnostic] {
        let document = try TemplateDocument.load(Array(text.utf8), path: "template.yaml")
        do {
            _ = try Transformer().transform(document)
            return []
        } catch {
            return error.diagnostics
        }
    }

    static let header = """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://bucket/code.zip
              Handler: index.handler
              Runtime: python3.12

        """

    static let basicRole: Node = [
        "Type": "AWS::IAM::Role",
        "Properties": [
            "AssumeRolePolicyDocument": [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Action": ["sts:AssumeRole"], "Effect": "Allow",
                        "Principal": ["Service": ["lambda.amazonaws.com"]],
                    ]
                ],
            ],
            "ManagedPolicyArns": [
                "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
            ],
            "Tags": [["Key": "lambda:createdBy", "Value": "SAM"]],
        ],
    ]

    // MARK: - Outputs

    @Test func minimalFunctionBecomesAFunctionAndARole() throws {
        let resources = try Self.transform(Self.header)
        #expect(resources.keys == ["Fn", "FnRole"])
        let expected: Node = [
            "Type": "AWS::Lambda::Function",
            "Properties": [
                "Handler": "index.handler",
                "Runtime": "python3.12",
                "Code": ["S3Bucket": "bucket", "S3Key": "code.zip"],
                "Tags": [["Key": "lambda:createdBy", "Value": "SAM"]],
                "Role": ["Fn::GetAtt": ["FnRole", "Arn"]],
            ],
        ]
        #expect(resources["Fn"] == expected)
        #expect(resources["FnRole"] == Self.basicRole)
    }

    @Test func givenRoleMeansNoGeneratedRole() throws {
        let resources = try Self.transform(Self.header + "      Role: arn:aws:iam::1:role/r\n")
        #expect(resources.keys == ["Fn"])
        #expect(resources["Fn"]?["Properties"]?["Role"] == "arn:aws:iam::1:role/r")
    }

    /// Each `Policies` form, and the role name the documents get, index by index.
    @Test func policiesOfEveryKind() throws {
        let text =
            Self.header + """
                      Policies:
                        - AWSLambdaRole
                        - arn:aws:iam::1:policy/mine
                        - Statement: [{Effect: Allow, Action: 's3:*', Resource: '*'}]
                        - SQSPollerPolicy: {QueueName: q}
                        - !If [Cond, AmazonDynamoDBFullAccess, !Ref AWS::NoValue]
                        - AWSLambdaBasicExecutionRole
                """
        let resources = try Self.transform(text, region: "cn-north-1")
        let role = try #require(resources["FnRole"]?["Properties"])
        let expectedArns: Node = [
            "arn:aws-cn:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
            "arn:aws-cn:iam::aws:policy/service-role/AWSLambdaRole",
            "arn:aws:iam::1:policy/mine",
            [
                "Fn::If": [
                    "Cond", "arn:aws-cn:iam::aws:policy/AmazonDynamoDBFullAccess",
                    ["Ref": "AWS::NoValue"],
                ]
            ],
        ]
        #expect(role["ManagedPolicyArns"] == expectedArns)
        let policies = try #require(role["Policies"]?.sequence)
        #expect(policies.map { $0["PolicyName"] } == ["FnRolePolicy2", "FnRolePolicy3"])
        let poller = try #require(policies[1]["PolicyDocument"]?["Statement"]?.sequence)
        #expect(
            poller.first?["Action"] == [
                "sqs:ChangeMessageVisibility",
                "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage", "sqs:DeleteMessageBatch",
                "sqs:GetQueueAttributes", "sqs:ReceiveMessage",
            ])
    }

    @Test func autoPublishAliasMakesAHashedVersionAndAnAlias() throws {
        let text = """
            Resources:
              MinimalFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://sam-demo-bucket/hello.zip
                  Handler: hello.handler
                  Runtime: python2.7
                  AutoPublishAlias: live_1
            """
        let resources = try Self.transform(text)
        #expect(
            resources.keys == [
                "MinimalFunction", "MinimalFunctionVersion640128d35d",
                "MinimalFunctionAliasliveU1",
                "MinimalFunctionRole",
            ])
        let alias: Node = [
            "Type": "AWS::Lambda::Alias",
            "Properties": [
                "Name": "live_1",
                "FunctionName": ["Ref": "MinimalFunction"],
                "FunctionVersion": ["Fn::GetAtt": ["MinimalFunctionVersion640128d35d", "Version"]],
            ],
        ]
        #expect(resources["MinimalFunctionAliasliveU1"] == alias)
        #expect(resources["MinimalFunctionVersion640128d35d"]?["DeletionPolicy"] == "Retain")
    }

    @Test func aliasAndVersionAreReferable() throws {
        let text = """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  InlineCode: x
                  Handler: index.handler
                  Runtime: python3.12
                  AutoPublishAlias: live
            """
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        let context = TransformContext(options: TransformOptions(), template: document.sections)
        let resource = SAMResource(
            logicalId: "Fn", node: try #require(document.sections["Resources"]?["Fn"]),
            keyMark: nil)
        _ = try FunctionTranslator().translate(resource, in: context)
        let references = try #require(context.references["Fn"])
        #expect(references["Alias"] == "FnAliaslive")
        #expect(references["Version"]?.string?.hasPrefix("FnVersion") == true)
        #expect(references["DestinationQueue"] == nil)
    }

    @Test func deploymentPreferenceAddsSharedCodeDeployResources() throws {
        let text =
            Self.header + """
                      AutoPublishAlias: live
                      DeploymentPreference:
                        Type: Linear10PercentEvery1Minute
                        Alarms: [A1]
                """
        let resources = try Self.transform(text)
        #expect(resources["ServerlessDeploymentApplication"] != nil)
        #expect(resources["CodeDeployServiceRole"] != nil)
        let group = try #require(resources["FnDeploymentGroup"]?["Properties"])
        #expect(
            group["DeploymentConfigName"]
                == [
                    "Fn::Sub": [
                        "CodeDeployDefault.Lambda${ConfigName}",
                        ["ConfigName": "Linear10PercentEvery1Minute"],
                    ]
                ])
        #expect(group["AlarmConfiguration"] == ["Enabled": true, "Alarms": [["Name": "A1"]]])
        #expect(
            resources["FnAliaslive"]?["UpdatePolicy"]
                == [
                    "CodeDeployLambdaAliasUpdate": [
                        "ApplicationName": ["Ref": "ServerlessDeploymentApplication"],
                        "DeploymentGroupName": ["Ref": "FnDeploymentGroup"],
                    ]
                ])
    }

    @Test func eventInvokeConfigCreatesAQueueAndGrantsSending() throws {
        let text =
            Self.header + """
                      EventInvokeConfig:
                        MaximumRetryAttempts: 1
                        DestinationConfig:
                          OnFailure: {Type: SQS}
                """
        let resources = try Self.transform(text)
        #expect(resources["FnEventInvokeConfigOnFailureQueue"]?["Type"] == "AWS::SQS::Queue")
        let config: Node = [
            "Type": "AWS::Lambda::EventInvokeConfig",
            "Properties": [
                "FunctionName": ["Ref": "Fn"],
                "Qualifier": "$LATEST",
                "DestinationConfig": [
                    "OnFailure": [
                        "Destination": [
                            "Fn::GetAtt": ["FnEventInvokeConfigOnFailureQueue", "Arn"]
                        ]
                    ]
                ],
                "MaximumRetryAttempts": 1,
            ],
        ]
        #expect(resources["FnEventInvokeConfig"] == config)
        let policies = resources["FnRole"]?["Properties"]?["Policies"]
        #expect(
            policies
                == [
                    [
                        "PolicyName": "FnEventInvokeConfigOnFailureSQSPolicy",
                        "PolicyDocument": [
                            "Statement": [
                                [
                                    "Action": "sqs:SendMessage", "Effect": "Allow",
                                    "Resource": [
                                        "Fn::GetAtt": ["FnEventInvokeConfigOnFailureQueue", "Arn"]
                                    ],
                                ]
                            ]
                        ],
                    ]
                ])
    }

    @Test func publicFunctionURLGetsTwoPermissions() throws {
        let text = Self.header + "      FunctionUrlConfig: {AuthType: NONE}\n"
        let resources = try Self.transform(text)
        #expect(
            resources.keys == [
                "Fn", "FnUrl", "FnUrlPublicPermissions", "FnURLInvokeAllowPublicAccess", "FnRole",
            ])
        #expect(
            resources["FnUrl"]?["Properties"]
                == ["AuthType": "NONE", "TargetFunctionArn": ["Ref": "Fn"]])
    }

    @Test func propagatedTagsReplaceTheGeneratedTags() throws {
        let text =
            Self.header + """
                      Tags: {Team: a}
                      PropagateTags: true
                """
        let resources = try Self.transform(text)
        #expect(resources["Fn"]?["Properties"]?["Tags"] == [["Key": "Team", "Value": "a"]])
        #expect(resources["FnRole"]?["Properties"]?["Tags"] == [["Key": "Team", "Value": "a"]])
    }

    /// A bucket that an `S3` event changes is generated for the function in the reference, so
    /// its own tags give way to the function's; a bucket no event names keeps its tags.
    @Test func propagatedTagsReachTheBucketsOfS3Events() throws {
        func text(propagating: Bool) -> String {
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  InlineCode: x
                  Handler: index.handler
                  Runtime: python3.12
                  Tags: {Team: a}
                  PropagateTags: \(propagating)
                  Events:
                    Upload:
                      Type: S3
                      Properties:
                        Bucket: !Ref Uploads
                        Events: s3:ObjectCreated:*
              Uploads:
                Type: AWS::S3::Bucket
                Properties:
                  Tags: [{Key: Old, Value: b}]
              Other:
                Type: AWS::S3::Bucket
                Properties:
                  Tags: [{Key: Old, Value: b}]
            """
        }
        let resources = try Self.transform(text(propagating: true))
        #expect(resources["Uploads"]?["Properties"]?["Tags"] == [["Key": "Team", "Value": "a"]])
        #expect(resources["Other"]?["Properties"]?["Tags"] == [["Key": "Old", "Value": "b"]])
        let kept = try Self.transform(text(propagating: false))
        #expect(kept["Uploads"]?["Properties"]?["Tags"] == [["Key": "Old", "Value": "b"]])
    }

    @Test func conditionalRoleIsCreatedOnlyForTheMissingBranch() throws {
        let text = """
            Conditions:
              UseOwn: !Equals [a, b]
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  InlineCode: x
                  Handler: index.handler
                  Runtime: python3.12
                  Role: !If [UseOwn, arn:aws:iam::1:role/r, !Ref AWS::NoValue]
            """
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        let template = try Transformer().transform(document).template
        #expect(template["Resources"]?["FnRole"]?["Condition"] == "NOTUseOwn")
        #expect(template["Conditions"]?["NOTUseOwn"] == ["Fn::Not": [["Condition": "UseOwn"]]])
        #expect(
            template["Resources"]?["Fn"]?["Properties"]?["Role"]
                == [
                    "Fn::If": [
                        "UseOwn", "arn:aws:iam::1:role/r", ["Fn::GetAtt": ["FnRole", "Arn"]],
                    ]
                ])
    }

    /// Made-up condition names end in a hash of the configuration's logical id, and are cut
    /// to CloudFormation's 255 characters where the reference would fail.
    @Test func generatedConditionNames() {
        #expect(
            FunctionTranslator.generatedConditionName(
                "NOTQueueCreationDisabled", hashing: "MyTestFunctionEventInvokeConfig")
                == "NOTQueueCreationDisabled2da03e5b6f")
        let long = String(repeating: "C", count: 300)
        let cut = FunctionTranslator.generatedConditionName(long, hashing: "x")
        #expect(cut == String(repeating: "C", count: 255))
    }

    // MARK: - Errors

    typealias ErrorCase = (name: String, text: String, message: String, line: Int, column: Int)

    static let errorCases: [ErrorCase] = [
        (
            "a code location that is not an S3 URI",
            header.replacing("s3://bucket/code.zip", with: "https://host/code.zip"),
            "resource 'Fn': property 'CodeUri' is 'https://host/code.zip', which is not an S3 URI "
                + "of the form "
                + "'s3://bucket/key' (with an optional '?versionId=...')", 5, 7
        ),
        (
            "a placeholder host left by a tool",
            header.replacing("s3://bucket/code.zip", with: "s3://[TOKEN.25]/key"),
            "resource 'Fn': property 'CodeUri' is 's3://[TOKEN.25]/key', which is not an S3 URI "
                + "of the form 's3://bucket/key' (with an optional '?versionId=...')", 5, 7
        ),
        (
            "no code at all",
            header.replacing("      CodeUri: s3://bucket/code.zip\n", with: ""),
            "resource 'Fn': one of 'CodeUri' and 'InlineCode' must be set", 2, 3
        ),
        (
            "a policy that is none of the kinds",
            header + "      Policies:\n        - Nope: {}\n",
            "resource 'Fn': the policy at index 0 of 'Policies' is not a managed policy name or "
                + "ARN, a policy document with 'Statement', or a SAM policy template", 9, 11
        ),
        (
            "a policy template without its parameter",
            header + "      Policies:\n        - SQSPollerPolicy: {}\n",
            "resource 'Fn': Policy template 'SQSPollerPolicy' is missing parameter 'QueueName'.",
            9, 28
        ),
        (
            "an Fn::If mixing a managed policy and a document",
            header + "      Policies:\n        - !If [C, AWSLambdaRole, {Statement: []}]\n",
            "resource 'Fn': an 'Fn::If' in 'Policies' mixes two kinds of policy; write each "
                + "kind in its own 'Fn::If'", 9, 11
        ),
        (
            "a deployment preference without an alias",
            header + "      DeploymentPreference: {Type: AllAtOnce}\n",
            "resource 'Fn': property 'DeploymentPreference' needs 'AutoPublishAlias', since "
                + "CodeDeploy shifts traffic between the versions of an alias", 8, 7
        ),
        (
            "an alias name with a dot",
            header + "      AutoPublishAlias: v1.2\n",
            "resource 'Fn': 'AutoPublishAlias' is 'v1.2'; an alias name takes only letters, "
                + "digits, '-' and '_', and is not a number", 8, 25
        ),
        (
            "a reserved tag key",
            header + "      Tags:\n        lambda:createdBy: me\n",
            "resource 'Fn': the tag key 'lambda:createdBy' is reserved by SAM; choose another key",
            9, 9
        ),
        (
            "a dead-letter queue of an unknown type",
            header + "      DeadLetterQueue: {Type: SES, TargetArn: arn}\n",
            "resource 'Fn': the 'Type' of 'DeadLetterQueue' is 'SES'; expected 'SQS' or 'SNS'", 8,
            31
        ),
        (
            "a Lambda destination without its ARN",
            header + "      EventInvokeConfig:\n        DestinationConfig:\n"
                + "          OnSuccess: {Type: Lambda}\n",
            "resource 'Fn': destination 'OnSuccess' of 'EventInvokeConfig' needs a 'Destination' "
                + "ARN; only 'SQS' and 'SNS' destinations are created when it is left out", 10, 22
        ),
        (
            "a function URL without an auth type",
            header + "      FunctionUrlConfig: {InvokeMode: BUFFERED}\n",
            "resource 'Fn': 'FunctionUrlConfig' needs 'AuthType' 'AWS_IAM' or 'NONE'", 8, 7
        ),
        (
            "an event type SAM does not have",
            header + "      Events:\n        E:\n          Type: SQSS\n",
            "resource 'Fn': event 'E' has type 'SQSS', which is not a SAM event type; did you "
                + "mean 'SQS'?", 10, 17
        ),
        (
            "an event without a type",
            header + "      Events:\n        E:\n          Properties: {}\n",
            "resource 'Fn': event 'E' needs a 'Type' such as 'SQS', 'S3' or 'Schedule'", 9, 9
        ),
        (
            "an image function with a handler",
            "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                + "      PackageType: Image\n      ImageUri: repo:tag\n      Handler: x\n",
            "resource 'Fn': 'Handler', 'Runtime' and 'Layers' cannot be set when 'PackageType' "
                + "is 'Image'", 2, 3
        ),
        (
            "a scaling configuration without a capacity provider",
            header + "      FunctionScalingConfig: {MinExecutionEnvironments: 1}\n",
            "resource 'Fn': property 'FunctionScalingConfig' needs 'CapacityProviderConfig' to "
                + "be set too", 8, 7
        ),
        (
            "a logical id with a dash",
            header.replacing("  Fn:", with: "  My-Fn:"),
            "resource 'My-Fn': a logical id may contain only the letters A to Z and a to z and "
                + "the digits 0 to 9", 2, 3
        ),
    ]

    @Test(arguments: errorCases.indices)
    func rejectsWithALocatedMessage(_ index: Int) throws {
        let item = Self.errorCases[index]
        let problems = try Self.problems(item.text)
        let problem = try #require(problems.first, "\(item.name)")
        #expect(problem.message == item.message, "\(item.name)")
        #expect(problem.rule == "transform", "\(item.name)")
        #expect(problem.mark?.start.line == item.line, "\(item.name)")
        #expect(problem.mark?.start.column == item.column, "\(item.name)")
    }

    @Test func anEventTypeSAMDoesNotKnowSuggestsTheNearest() throws {
        let text = Self.header + "      Events:\n        Queue:\n          Type: SQSS\n"
        let problem = try #require(try Self.problems(text).first)
        #expect(problem.rule == "transform")
        #expect(
            problem.message
                == "resource 'Fn': event 'Queue' has type 'SQSS', which is not a SAM event type; "
                + "did you mean 'SQS'?")
        #expect(problem.mark?.start.line == 10)
        #expect(problem.mark?.start.column == 17)
    }
}
