// swift-format-ignore-file
// Generated from the files in PolicyTemplates/; do not edit by hand.
// After changing those files, regenerate this one from the package root with
//   SAMKIT_REGENERATE=1 swift test --filter PolicyTemplateSourcesTests

extension PolicyTemplateCatalog {
    /// Every policy template, sorted by name.
    static let templates: [PolicyTemplate] = [
        PolicyTemplate(
            name: "AMIDescribePolicy",
            summary: "Lets the function list and inspect Amazon Machine Images.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ec2:DescribeImages"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "AWSSecretsManagerGetSecretValuePolicy",
            summary: "Lets the function read the value of one Secrets Manager secret.",
            parameters: [
                .init(
                    name: "SecretArn",
                    summary: "The ARN of the secret to read"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("secretsmanager:GetSecretValue"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("${secretArn}"),
                                mapping([
                                    ("secretArn", mapping([
                                        ("Ref", text("SecretArn")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "AWSSecretsManagerRotationPolicy",
            summary: "Lets a rotation function read, update and restage the secrets it is named as rotator of, and generate random passwords.",
            parameters: [
                .init(
                    name: "FunctionName",
                    summary: "The name of the rotation Lambda function"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("secretsmanager:DescribeSecret"),
                            text("secretsmanager:GetSecretValue"),
                            text("secretsmanager:PutSecretValue"),
                            text("secretsmanager:UpdateSecretVersionStage"),
                        ])),
                        ("Condition", mapping([
                            ("StringEquals", mapping([
                                ("secretsmanager:resource/AllowRotationLambdaArn", mapping([
                                    ("Fn::Sub", list([
                                        text("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${functionName}"),
                                        mapping([
                                            ("functionName", mapping([
                                                ("Ref", text("FunctionName")),
                                            ])),
                                        ]),
                                    ])),
                                ])),
                            ])),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", text("arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:*")),
                        ])),
                    ]),
                    mapping([
                        ("Action", list([
                            text("secretsmanager:GetRandomPassword"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "AcmGetCertificatePolicy",
            summary: "Lets the function fetch one ACM certificate and its chain.",
            parameters: [
                .init(
                    name: "CertificateArn",
                    summary: "The ARN of the ACM certificate"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("acm:GetCertificate"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("${certificateArn}"),
                                mapping([
                                    ("certificateArn", mapping([
                                        ("Ref", text("CertificateArn")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "AthenaQueryPolicy",
            summary: "Lets the function run, stop and read queries and named queries in one Athena workgroup, and browse workgroups and data catalogs.",
            parameters: [
                .init(
                    name: "WorkGroupName",
                    summary: "The name of the Athena workgroup"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("athena:ListWorkGroups"),
                            text("athena:GetExecutionEngine"),
                            text("athena:GetExecutionEngines"),
                            text("athena:GetNamespace"),
                            text("athena:GetCatalogs"),
                            text("athena:GetNamespaces"),
                            text("athena:GetTables"),
                            text("athena:GetTable"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                    mapping([
                        ("Action", list([
                            text("athena:StartQueryExecution"),
                            text("athena:GetQueryResults"),
                            text("athena:DeleteNamedQuery"),
                            text("athena:GetNamedQuery"),
                            text("athena:ListQueryExecutions"),
                            text("athena:StopQueryExecution"),
                            text("athena:GetQueryResultsStream"),
                            text("athena:ListNamedQueries"),
                            text("athena:CreateNamedQuery"),
                            text("athena:GetQueryExecution"),
                            text("athena:BatchGetNamedQuery"),
                            text("athena:BatchGetQueryExecution"),
                            text("athena:GetWorkGroup"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/${workgroupName}"),
                                mapping([
                                    ("workgroupName", mapping([
                                        ("Ref", text("WorkGroupName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "CloudFormationDescribeStacksPolicy",
            summary: "Lets the function describe the CloudFormation stacks of its account and region.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("cloudformation:DescribeStacks"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", text("arn:${AWS::Partition}:cloudformation:${AWS::Region}:${AWS::AccountId}:stack/*")),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "CloudWatchDashboardPolicy",
            summary: "Lets the function read, list and write CloudWatch dashboards and list metrics.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("cloudwatch:GetDashboard"),
                            text("cloudwatch:ListDashboards"),
                            text("cloudwatch:PutDashboard"),
                            text("cloudwatch:ListMetrics"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "CloudWatchDescribeAlarmHistoryPolicy",
            summary: "Lets the function read the history of CloudWatch alarms.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("cloudwatch:DescribeAlarmHistory"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "CloudWatchPutMetricPolicy",
            summary: "Lets the function publish custom CloudWatch metric data.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("cloudwatch:PutMetricData"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "CodeCommitCrudPolicy",
            summary: "Lets the function read and change branches, commits, files and pull requests of one CodeCommit repository.",
            parameters: [
                .init(
                    name: "RepositoryName",
                    summary: "The name of the CodeCommit repository"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("codecommit:GitPull"),
                            text("codecommit:GitPush"),
                            text("codecommit:CreateBranch"),
                            text("codecommit:DeleteBranch"),
                            text("codecommit:GetBranch"),
                            text("codecommit:ListBranches"),
                            text("codecommit:MergeBranchesByFastForward"),
                            text("codecommit:MergeBranchesBySquash"),
                            text("codecommit:MergeBranchesByThreeWay"),
                            text("codecommit:UpdateDefaultBranch"),
                            text("codecommit:BatchDescribeMergeConflicts"),
                            text("codecommit:CreateUnreferencedMergeCommit"),
                            text("codecommit:DescribeMergeConflicts"),
                            text("codecommit:GetMergeCommit"),
                            text("codecommit:GetMergeOptions"),
                            text("codecommit:BatchGetPullRequests"),
                            text("codecommit:CreatePullRequest"),
                            text("codecommit:DescribePullRequestEvents"),
                            text("codecommit:GetCommentsForPullRequest"),
                            text("codecommit:GetCommitsFromMergeBase"),
                            text("codecommit:GetMergeConflicts"),
                            text("codecommit:GetPullRequest"),
                            text("codecommit:ListPullRequests"),
                            text("codecommit:MergePullRequestByFastForward"),
                            text("codecommit:MergePullRequestBySquash"),
                            text("codecommit:MergePullRequestByThreeWay"),
                            text("codecommit:PostCommentForPullRequest"),
                            text("codecommit:UpdatePullRequestDescription"),
                            text("codecommit:UpdatePullRequestStatus"),
                            text("codecommit:UpdatePullRequestTitle"),
                            text("codecommit:DeleteFile"),
                            text("codecommit:GetBlob"),
                            text("codecommit:GetFile"),
                            text("codecommit:GetFolder"),
                            text("codecommit:PutFile"),
                            text("codecommit:DeleteCommentContent"),
                            text("codecommit:GetComment"),
                            text("codecommit:GetCommentsForComparedCommit"),
                            text("codecommit:PostCommentForComparedCommit"),
                            text("codecommit:PostCommentReply"),
                            text("codecommit:UpdateComment"),
                            text("codecommit:BatchGetCommits"),
                            text("codecommit:CreateCommit"),
                            text("codecommit:GetCommit"),
                            text("codecommit:GetCommitHistory"),
                            text("codecommit:GetDifferences"),
                            text("codecommit:GetObjectIdentifier"),
                            text("codecommit:GetReferences"),
                            text("codecommit:GetTree"),
                            text("codecommit:GetRepository"),
                            text("codecommit:UpdateRepositoryDescription"),
                            text("codecommit:ListTagsForResource"),
                            text("codecommit:TagResource"),
                            text("codecommit:UntagResource"),
                            text("codecommit:GetRepositoryTriggers"),
                            text("codecommit:PutRepositoryTriggers"),
                            text("codecommit:TestRepositoryTriggers"),
                            text("codecommit:GetBranch"),
                            text("codecommit:GetCommit"),
                            text("codecommit:UploadArchive"),
                            text("codecommit:GetUploadArchiveStatus"),
                            text("codecommit:CancelUploadArchive"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${repositoryName}"),
                                mapping([
                                    ("repositoryName", mapping([
                                        ("Ref", text("RepositoryName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "CodeCommitReadPolicy",
            summary: "Lets the function read branches, commits, files and pull requests of one CodeCommit repository.",
            parameters: [
                .init(
                    name: "RepositoryName",
                    summary: "The name of the CodeCommit repository"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("codecommit:GitPull"),
                            text("codecommit:GetBranch"),
                            text("codecommit:ListBranches"),
                            text("codecommit:BatchDescribeMergeConflicts"),
                            text("codecommit:DescribeMergeConflicts"),
                            text("codecommit:GetMergeCommit"),
                            text("codecommit:GetMergeOptions"),
                            text("codecommit:BatchGetPullRequests"),
                            text("codecommit:DescribePullRequestEvents"),
                            text("codecommit:GetCommentsForPullRequest"),
                            text("codecommit:GetCommitsFromMergeBase"),
                            text("codecommit:GetMergeConflicts"),
                            text("codecommit:GetPullRequest"),
                            text("codecommit:ListPullRequests"),
                            text("codecommit:GetBlob"),
                            text("codecommit:GetFile"),
                            text("codecommit:GetFolder"),
                            text("codecommit:GetComment"),
                            text("codecommit:GetCommentsForComparedCommit"),
                            text("codecommit:BatchGetCommits"),
                            text("codecommit:GetCommit"),
                            text("codecommit:GetCommitHistory"),
                            text("codecommit:GetDifferences"),
                            text("codecommit:GetObjectIdentifier"),
                            text("codecommit:GetReferences"),
                            text("codecommit:GetTree"),
                            text("codecommit:GetRepository"),
                            text("codecommit:ListTagsForResource"),
                            text("codecommit:GetRepositoryTriggers"),
                            text("codecommit:TestRepositoryTriggers"),
                            text("codecommit:GetBranch"),
                            text("codecommit:GetCommit"),
                            text("codecommit:GetUploadArchiveStatus"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${repositoryName}"),
                                mapping([
                                    ("repositoryName", mapping([
                                        ("Ref", text("RepositoryName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "CodePipelineLambdaExecutionPolicy",
            summary: "Lets a function invoked by CodePipeline report whether its job succeeded or failed.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("codepipeline:PutJobSuccessResult"),
                            text("codepipeline:PutJobFailureResult"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "CodePipelineReadOnlyPolicy",
            summary: "Lets the function list the executions of one CodePipeline pipeline.",
            parameters: [
                .init(
                    name: "PipelineName",
                    summary: "The name of the CodePipeline pipeline"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("codepipeline:ListPipelineExecutions"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:codepipeline:${AWS::Region}:${AWS::AccountId}:${pipelinename}"),
                                mapping([
                                    ("pipelinename", mapping([
                                        ("Ref", text("PipelineName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "ComprehendBasicAccessPolicy",
            summary: "Lets the function call the Amazon Comprehend detection operations for entities, key phrases, language and sentiment.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("comprehend:BatchDetectKeyPhrases"),
                            text("comprehend:DetectDominantLanguage"),
                            text("comprehend:DetectEntities"),
                            text("comprehend:BatchDetectEntities"),
                            text("comprehend:DetectKeyPhrases"),
                            text("comprehend:DetectSentiment"),
                            text("comprehend:BatchDetectDominantLanguage"),
                            text("comprehend:BatchDetectSentiment"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "CostExplorerReadOnlyPolicy",
            summary: "Lets the function read cost, usage, reservation and tag data from Cost Explorer.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ce:GetCostAndUsage"),
                            text("ce:GetDimensionValues"),
                            text("ce:GetReservationCoverage"),
                            text("ce:GetReservationPurchaseRecommendation"),
                            text("ce:GetReservationUtilization"),
                            text("ce:GetTags"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "DynamoDBBackupFullAccessPolicy",
            summary: "Lets the function create, list, describe and delete on-demand backups of one DynamoDB table.",
            parameters: [
                .init(
                    name: "TableName",
                    summary: "The name of the DynamoDB table"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("dynamodb:CreateBackup"),
                            text("dynamodb:DescribeContinuousBackups"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}"),
                                mapping([
                                    ("tableName", mapping([
                                        ("Ref", text("TableName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                    mapping([
                        ("Action", list([
                            text("dynamodb:DeleteBackup"),
                            text("dynamodb:DescribeBackup"),
                            text("dynamodb:ListBackups"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/backup/*"),
                                mapping([
                                    ("tableName", mapping([
                                        ("Ref", text("TableName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "DynamoDBCrudPolicy",
            summary: "Lets the function read, write, update and delete items of one DynamoDB table and its indexes.",
            parameters: [
                .init(
                    name: "TableName",
                    summary: "The name of the DynamoDB table"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("dynamodb:GetItem"),
                            text("dynamodb:DeleteItem"),
                            text("dynamodb:PutItem"),
                            text("dynamodb:Scan"),
                            text("dynamodb:Query"),
                            text("dynamodb:UpdateItem"),
                            text("dynamodb:BatchWriteItem"),
                            text("dynamodb:BatchGetItem"),
                            text("dynamodb:DescribeTable"),
                            text("dynamodb:ConditionCheckItem"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}"),
                                    mapping([
                                        ("tableName", mapping([
                                            ("Ref", text("TableName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/index/*"),
                                    mapping([
                                        ("tableName", mapping([
                                            ("Ref", text("TableName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "DynamoDBReadPolicy",
            summary: "Lets the function read items of one DynamoDB table and its indexes.",
            parameters: [
                .init(
                    name: "TableName",
                    summary: "The name of the DynamoDB table"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("dynamodb:GetItem"),
                            text("dynamodb:Scan"),
                            text("dynamodb:Query"),
                            text("dynamodb:BatchGetItem"),
                            text("dynamodb:DescribeTable"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}"),
                                    mapping([
                                        ("tableName", mapping([
                                            ("Ref", text("TableName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/index/*"),
                                    mapping([
                                        ("tableName", mapping([
                                            ("Ref", text("TableName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "DynamoDBReconfigurePolicy",
            summary: "Lets the function change the settings of one DynamoDB table.",
            parameters: [
                .init(
                    name: "TableName",
                    summary: "The name of the DynamoDB table"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("dynamodb:UpdateTable"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}"),
                                mapping([
                                    ("tableName", mapping([
                                        ("Ref", text("TableName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "DynamoDBRestoreFromBackupPolicy",
            summary: "Lets the function restore one DynamoDB table from its backups and work with the restored items.",
            parameters: [
                .init(
                    name: "TableName",
                    summary: "The name of the DynamoDB table"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("dynamodb:RestoreTableFromBackup"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/backup/*"),
                                mapping([
                                    ("tableName", mapping([
                                        ("Ref", text("TableName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                    mapping([
                        ("Action", list([
                            text("dynamodb:PutItem"),
                            text("dynamodb:UpdateItem"),
                            text("dynamodb:DeleteItem"),
                            text("dynamodb:GetItem"),
                            text("dynamodb:Query"),
                            text("dynamodb:Scan"),
                            text("dynamodb:BatchWriteItem"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}"),
                                mapping([
                                    ("tableName", mapping([
                                        ("Ref", text("TableName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "DynamoDBStreamReadPolicy",
            summary: "Lets the function list, describe and read the streams of one DynamoDB table.",
            parameters: [
                .init(
                    name: "StreamName",
                    summary: "The label of the table's stream (the last part of its ARN)"),
                .init(
                    name: "TableName",
                    summary: "The name of the DynamoDB table"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("dynamodb:DescribeStream"),
                            text("dynamodb:GetRecords"),
                            text("dynamodb:GetShardIterator"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/stream/${streamName}"),
                                mapping([
                                    ("streamName", mapping([
                                        ("Ref", text("StreamName")),
                                    ])),
                                    ("tableName", mapping([
                                        ("Ref", text("TableName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                    mapping([
                        ("Action", list([
                            text("dynamodb:ListStreams"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/stream/*"),
                                mapping([
                                    ("tableName", mapping([
                                        ("Ref", text("TableName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "DynamoDBWritePolicy",
            summary: "Lets the function write and update items of one DynamoDB table and its indexes.",
            parameters: [
                .init(
                    name: "TableName",
                    summary: "The name of the DynamoDB table"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("dynamodb:PutItem"),
                            text("dynamodb:UpdateItem"),
                            text("dynamodb:BatchWriteItem"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}"),
                                    mapping([
                                        ("tableName", mapping([
                                            ("Ref", text("TableName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/index/*"),
                                    mapping([
                                        ("tableName", mapping([
                                            ("Ref", text("TableName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "EC2CopyImagePolicy",
            summary: "Lets the function copy one Amazon Machine Image.",
            parameters: [
                .init(
                    name: "ImageId",
                    summary: "The id of the image to copy"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ec2:CopyImage"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:image/${imageId}"),
                                mapping([
                                    ("imageId", mapping([
                                        ("Ref", text("ImageId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "EC2DescribePolicy",
            summary: "Lets the function describe EC2 instances and the regions they can run in.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ec2:DescribeRegions"),
                            text("ec2:DescribeInstances"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "EFSWriteAccessPolicy",
            summary: "Lets the function mount one EFS file system through one access point and write to it.",
            parameters: [
                .init(
                    name: "AccessPoint",
                    summary: "The id of the EFS access point"),
                .init(
                    name: "FileSystem",
                    summary: "The id of the EFS file system"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("elasticfilesystem:ClientMount"),
                            text("elasticfilesystem:ClientWrite"),
                        ])),
                        ("Condition", mapping([
                            ("StringEquals", mapping([
                                ("elasticfilesystem:AccessPointArn", mapping([
                                    ("Fn::Sub", list([
                                        text("arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:access-point/${AccessPoint}"),
                                        mapping([
                                            ("AccessPoint", mapping([
                                                ("Ref", text("AccessPoint")),
                                            ])),
                                        ]),
                                    ])),
                                ])),
                            ])),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/${FileSystem}"),
                                mapping([
                                    ("FileSystem", mapping([
                                        ("Ref", text("FileSystem")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "EKSDescribePolicy",
            summary: "Lets the function list and describe EKS clusters.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("eks:DescribeCluster"),
                            text("eks:ListClusters"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "EcsRunTaskPolicy",
            summary: "Lets the function start tasks from one ECS task definition.",
            parameters: [
                .init(
                    name: "TaskDefinition",
                    summary: "The task definition as family:revision"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ecs:RunTask"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task-definition/${taskDefinition}"),
                                mapping([
                                    ("taskDefinition", mapping([
                                        ("Ref", text("TaskDefinition")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "ElasticMapReduceAddJobFlowStepsPolicy",
            summary: "Lets the function add steps to one running EMR cluster.",
            parameters: [
                .init(
                    name: "ClusterId",
                    summary: "The id of the EMR cluster"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", text("elasticmapreduce:AddJobFlowSteps")),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${clusterId}"),
                                mapping([
                                    ("clusterId", mapping([
                                        ("Ref", text("ClusterId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "ElasticMapReduceCancelStepsPolicy",
            summary: "Lets the function cancel pending steps of one running EMR cluster.",
            parameters: [
                .init(
                    name: "ClusterId",
                    summary: "The id of the EMR cluster"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", text("elasticmapreduce:CancelSteps")),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${clusterId}"),
                                mapping([
                                    ("clusterId", mapping([
                                        ("Ref", text("ClusterId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "ElasticMapReduceModifyInstanceFleetPolicy",
            summary: "Lets the function list and resize the instance fleets of one EMR cluster.",
            parameters: [
                .init(
                    name: "ClusterId",
                    summary: "The id of the EMR cluster"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("elasticmapreduce:ModifyInstanceFleet"),
                            text("elasticmapreduce:ListInstanceFleets"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${clusterId}"),
                                mapping([
                                    ("clusterId", mapping([
                                        ("Ref", text("ClusterId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "ElasticMapReduceModifyInstanceGroupsPolicy",
            summary: "Lets the function list and resize the instance groups of one EMR cluster.",
            parameters: [
                .init(
                    name: "ClusterId",
                    summary: "The id of the EMR cluster"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("elasticmapreduce:ModifyInstanceGroups"),
                            text("elasticmapreduce:ListInstanceGroups"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${clusterId}"),
                                mapping([
                                    ("clusterId", mapping([
                                        ("Ref", text("ClusterId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "ElasticMapReduceSetTerminationProtectionPolicy",
            summary: "Lets the function turn termination protection of one EMR cluster on or off.",
            parameters: [
                .init(
                    name: "ClusterId",
                    summary: "The id of the EMR cluster"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", text("elasticmapreduce:SetTerminationProtection")),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${clusterId}"),
                                mapping([
                                    ("clusterId", mapping([
                                        ("Ref", text("ClusterId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "ElasticMapReduceTerminateJobFlowsPolicy",
            summary: "Lets the function shut down one EMR cluster.",
            parameters: [
                .init(
                    name: "ClusterId",
                    summary: "The id of the EMR cluster"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", text("elasticmapreduce:TerminateJobFlows")),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${clusterId}"),
                                mapping([
                                    ("clusterId", mapping([
                                        ("Ref", text("ClusterId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "ElasticsearchHttpPostPolicy",
            summary: "Lets the function send POST and PUT requests to one OpenSearch (Elasticsearch) domain.",
            parameters: [
                .init(
                    name: "DomainName",
                    summary: "The name of the OpenSearch domain"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("es:ESHttpPost"),
                            text("es:ESHttpPut"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:es:${AWS::Region}:${AWS::AccountId}:domain/${domainName}/*"),
                                mapping([
                                    ("domainName", mapping([
                                        ("Ref", text("DomainName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "EventBridgePutEventsPolicy",
            summary: "Lets the function send events to one EventBridge event bus.",
            parameters: [
                .init(
                    name: "EventBusName",
                    summary: "The name of the EventBridge event bus"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", text("events:PutEvents")),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${eventBusName}"),
                                mapping([
                                    ("eventBusName", mapping([
                                        ("Ref", text("EventBusName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "FilterLogEventsPolicy",
            summary: "Lets the function search the log events of one CloudWatch Logs log group.",
            parameters: [
                .init(
                    name: "LogGroupName",
                    summary: "The name of the CloudWatch Logs log group"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("logs:FilterLogEvents"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${logGroupName}:log-stream:*"),
                                mapping([
                                    ("logGroupName", mapping([
                                        ("Ref", text("LogGroupName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "FirehoseCrudPolicy",
            summary: "Lets the function create, describe, update, delete and write records to one Firehose delivery stream.",
            parameters: [
                .init(
                    name: "DeliveryStreamName",
                    summary: "The name of the Firehose delivery stream"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("firehose:CreateDeliveryStream"),
                            text("firehose:DeleteDeliveryStream"),
                            text("firehose:DescribeDeliveryStream"),
                            text("firehose:PutRecord"),
                            text("firehose:PutRecordBatch"),
                            text("firehose:UpdateDestination"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${deliveryStreamName}"),
                                mapping([
                                    ("deliveryStreamName", mapping([
                                        ("Ref", text("DeliveryStreamName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "FirehoseWritePolicy",
            summary: "Lets the function write records to one Firehose delivery stream.",
            parameters: [
                .init(
                    name: "DeliveryStreamName",
                    summary: "The name of the Firehose delivery stream"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("firehose:PutRecord"),
                            text("firehose:PutRecordBatch"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${deliveryStreamName}"),
                                mapping([
                                    ("deliveryStreamName", mapping([
                                        ("Ref", text("DeliveryStreamName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "KMSDecryptPolicy",
            summary: "Lets the function decrypt with one KMS key.",
            parameters: [
                .init(
                    name: "KeyId",
                    summary: "The id of the KMS key"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", text("kms:Decrypt")),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${keyId}"),
                                mapping([
                                    ("keyId", mapping([
                                        ("Ref", text("KeyId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "KMSEncryptPolicy",
            summary: "Lets the function encrypt with one KMS key.",
            parameters: [
                .init(
                    name: "KeyId",
                    summary: "The id of the KMS key"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", text("kms:Encrypt")),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${keyId}"),
                                mapping([
                                    ("keyId", mapping([
                                        ("Ref", text("KeyId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "KMSEncryptPolicy_v2",
            summary: "Lets the function encrypt with one KMS key and generate data keys and key pairs from it.",
            parameters: [
                .init(
                    name: "KeyId",
                    summary: "The id of the KMS key"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("kms:Encrypt"),
                            text("kms:GenerateDataKey"),
                            text("kms:GenerateDataKeyWithoutPlaintext"),
                            text("kms:GenerateDataKeyPair"),
                            text("kms:GenerateDataKeyPairWithoutPlaintext"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${keyId}"),
                                mapping([
                                    ("keyId", mapping([
                                        ("Ref", text("KeyId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "KinesisCrudPolicy",
            summary: "Lets the function create, read, tag, reshape and delete one Kinesis data stream.",
            parameters: [
                .init(
                    name: "StreamName",
                    summary: "The name of the Kinesis data stream"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("kinesis:AddTagsToStream"),
                            text("kinesis:CreateStream"),
                            text("kinesis:DecreaseStreamRetentionPeriod"),
                            text("kinesis:DeleteStream"),
                            text("kinesis:DescribeStream"),
                            text("kinesis:DescribeStreamSummary"),
                            text("kinesis:GetShardIterator"),
                            text("kinesis:IncreaseStreamRetentionPeriod"),
                            text("kinesis:ListTagsForStream"),
                            text("kinesis:MergeShards"),
                            text("kinesis:PutRecord"),
                            text("kinesis:PutRecords"),
                            text("kinesis:SplitShard"),
                            text("kinesis:RemoveTagsFromStream"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${streamName}"),
                                mapping([
                                    ("streamName", mapping([
                                        ("Ref", text("StreamName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "KinesisStreamReadPolicy",
            summary: "Lets the function list Kinesis data streams and read records from one of them.",
            parameters: [
                .init(
                    name: "StreamName",
                    summary: "The name of the Kinesis data stream"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("kinesis:ListStreams"),
                            text("kinesis:DescribeLimits"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", text("arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/*")),
                        ])),
                    ]),
                    mapping([
                        ("Action", list([
                            text("kinesis:DescribeStream"),
                            text("kinesis:DescribeStreamSummary"),
                            text("kinesis:GetRecords"),
                            text("kinesis:GetShardIterator"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${streamName}"),
                                mapping([
                                    ("streamName", mapping([
                                        ("Ref", text("StreamName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "LambdaInvokePolicy",
            summary: "Lets the function invoke the Lambda functions whose names start with the given name, with any version or alias.",
            parameters: [
                .init(
                    name: "FunctionName",
                    summary: "The name of the Lambda function to invoke"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("lambda:InvokeFunction"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${functionName}*"),
                                mapping([
                                    ("functionName", mapping([
                                        ("Ref", text("FunctionName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "MobileAnalyticsWriteOnlyAccessPolicy",
            summary: "Lets the function send event data to Mobile Analytics.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("mobileanalytics:PutEvents"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "OrganizationsListAccountsPolicy",
            summary: "Lets the function list the accounts of its AWS organization.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("organizations:ListAccounts"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "PinpointEndpointAccessPolicy",
            summary: "Lets the function read and update the endpoints of one Pinpoint project.",
            parameters: [
                .init(
                    name: "PinpointApplicationId",
                    summary: "The id of the Pinpoint project"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("mobiletargeting:GetEndpoint"),
                            text("mobiletargeting:UpdateEndpoint"),
                            text("mobiletargeting:UpdateEndpointsBatch"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:mobiletargeting:${AWS::Region}:${AWS::AccountId}:apps/${pinpointApplicationId}/endpoints/*"),
                                mapping([
                                    ("pinpointApplicationId", mapping([
                                        ("Ref", text("PinpointApplicationId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "PollyFullAccessPolicy",
            summary: "Lets the function synthesize speech, list voices and manage Polly lexicons.",
            parameters: [
                .init(
                    name: "LexiconName",
                    summary: "The name of the Polly lexicon"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("polly:GetLexicon"),
                            text("polly:DeleteLexicon"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/${lexiconName}"),
                                    mapping([
                                        ("lexiconName", mapping([
                                            ("Ref", text("LexiconName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                    mapping([
                        ("Action", list([
                            text("polly:DescribeVoices"),
                            text("polly:ListLexicons"),
                            text("polly:PutLexicon"),
                            text("polly:SynthesizeSpeech"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", text("arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/*")),
                            ]),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "RekognitionDetectOnlyPolicy",
            summary: "Lets the function detect faces, labels, moderation labels and text in images with Rekognition.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("rekognition:DetectFaces"),
                            text("rekognition:DetectLabels"),
                            text("rekognition:DetectModerationLabels"),
                            text("rekognition:DetectText"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "RekognitionFacesManagementPolicy",
            summary: "Lets the function add, list, search and delete faces in one Rekognition collection.",
            parameters: [
                .init(
                    name: "CollectionId",
                    summary: "The id of the Rekognition collection"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("rekognition:IndexFaces"),
                            text("rekognition:DeleteFaces"),
                            text("rekognition:SearchFaces"),
                            text("rekognition:SearchFacesByImage"),
                            text("rekognition:ListFaces"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${collectionId}"),
                                mapping([
                                    ("collectionId", mapping([
                                        ("Ref", text("CollectionId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "RekognitionFacesPolicy",
            summary: "Lets the function detect and compare faces with Rekognition.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("rekognition:CompareFaces"),
                            text("rekognition:DetectFaces"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "RekognitionLabelsPolicy",
            summary: "Lets the function detect objects, scenes and moderation labels with Rekognition.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("rekognition:DetectLabels"),
                            text("rekognition:DetectModerationLabels"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "RekognitionNoDataAccessPolicy",
            summary: "Lets the function compare faces and detect faces and labels with Rekognition, scoped to one collection, without reading stored face data.",
            parameters: [
                .init(
                    name: "CollectionId",
                    summary: "The id of the Rekognition collection"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("rekognition:CompareFaces"),
                            text("rekognition:DetectFaces"),
                            text("rekognition:DetectLabels"),
                            text("rekognition:DetectModerationLabels"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${collectionId}"),
                                mapping([
                                    ("collectionId", mapping([
                                        ("Ref", text("CollectionId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "RekognitionReadPolicy",
            summary: "Lets the function list collections and list and search the faces of one Rekognition collection.",
            parameters: [
                .init(
                    name: "CollectionId",
                    summary: "The id of the Rekognition collection"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("rekognition:ListCollections"),
                            text("rekognition:ListFaces"),
                            text("rekognition:SearchFaces"),
                            text("rekognition:SearchFacesByImage"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${collectionId}"),
                                mapping([
                                    ("collectionId", mapping([
                                        ("Ref", text("CollectionId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "RekognitionWriteOnlyAccessPolicy",
            summary: "Lets the function create one Rekognition collection and add faces to it.",
            parameters: [
                .init(
                    name: "CollectionId",
                    summary: "The id of the Rekognition collection"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("rekognition:CreateCollection"),
                            text("rekognition:IndexFaces"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${collectionId}"),
                                mapping([
                                    ("collectionId", mapping([
                                        ("Ref", text("CollectionId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "Route53ChangeResourceRecordSetsPolicy",
            summary: "Lets the function change the DNS records of one Route 53 hosted zone.",
            parameters: [
                .init(
                    name: "HostedZoneId",
                    summary: "The id of the Route 53 hosted zone"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("route53:ChangeResourceRecordSets"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:route53:::hostedzone/${HostedZoneId}"),
                                mapping([
                                    ("HostedZoneId", mapping([
                                        ("Ref", text("HostedZoneId")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "S3CrudPolicy",
            summary: "Lets the function read, write and delete the objects of one S3 bucket and manage its lifecycle settings.",
            parameters: [
                .init(
                    name: "BucketName",
                    summary: "The name of the S3 bucket"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("s3:GetObject"),
                            text("s3:ListBucket"),
                            text("s3:GetBucketLocation"),
                            text("s3:GetObjectVersion"),
                            text("s3:PutObject"),
                            text("s3:PutObjectAcl"),
                            text("s3:GetLifecycleConfiguration"),
                            text("s3:PutLifecycleConfiguration"),
                            text("s3:DeleteObject"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:s3:::${bucketName}"),
                                    mapping([
                                        ("bucketName", mapping([
                                            ("Ref", text("BucketName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:s3:::${bucketName}/*"),
                                    mapping([
                                        ("bucketName", mapping([
                                            ("Ref", text("BucketName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "S3FullAccessPolicy",
            summary: "Lets the function do everything with the objects of one S3 bucket, their versions, tags and ACLs, and list the bucket.",
            parameters: [
                .init(
                    name: "BucketName",
                    summary: "The name of the S3 bucket"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("s3:GetObject"),
                            text("s3:GetObjectAcl"),
                            text("s3:GetObjectVersion"),
                            text("s3:PutObject"),
                            text("s3:PutObjectAcl"),
                            text("s3:DeleteObject"),
                            text("s3:DeleteObjectTagging"),
                            text("s3:DeleteObjectVersionTagging"),
                            text("s3:GetObjectTagging"),
                            text("s3:GetObjectVersionTagging"),
                            text("s3:PutObjectTagging"),
                            text("s3:PutObjectVersionTagging"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:s3:::${bucketName}/*"),
                                    mapping([
                                        ("bucketName", mapping([
                                            ("Ref", text("BucketName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                    mapping([
                        ("Action", list([
                            text("s3:ListBucket"),
                            text("s3:GetBucketLocation"),
                            text("s3:GetLifecycleConfiguration"),
                            text("s3:PutLifecycleConfiguration"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:s3:::${bucketName}"),
                                    mapping([
                                        ("bucketName", mapping([
                                            ("Ref", text("BucketName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "S3ReadPolicy",
            summary: "Lets the function list one S3 bucket and read its objects.",
            parameters: [
                .init(
                    name: "BucketName",
                    summary: "The name of the S3 bucket"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("s3:GetObject"),
                            text("s3:ListBucket"),
                            text("s3:GetBucketLocation"),
                            text("s3:GetObjectVersion"),
                            text("s3:GetLifecycleConfiguration"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:s3:::${bucketName}"),
                                    mapping([
                                        ("bucketName", mapping([
                                            ("Ref", text("BucketName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:s3:::${bucketName}/*"),
                                    mapping([
                                        ("bucketName", mapping([
                                            ("Ref", text("BucketName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "S3WritePolicy",
            summary: "Lets the function put objects into one S3 bucket and set their ACLs and its lifecycle settings.",
            parameters: [
                .init(
                    name: "BucketName",
                    summary: "The name of the S3 bucket"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("s3:PutObject"),
                            text("s3:PutObjectAcl"),
                            text("s3:PutLifecycleConfiguration"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:s3:::${bucketName}"),
                                    mapping([
                                        ("bucketName", mapping([
                                            ("Ref", text("BucketName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:s3:::${bucketName}/*"),
                                    mapping([
                                        ("bucketName", mapping([
                                            ("Ref", text("BucketName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SESBulkTemplatedCrudPolicy",
            summary: "Lets the function send plain, raw, templated and bulk email from one SES identity and verify it.",
            parameters: [
                .init(
                    name: "IdentityName",
                    summary: "The SES identity (email address or domain) to send from"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ses:GetIdentityVerificationAttributes"),
                            text("ses:SendEmail"),
                            text("ses:SendRawEmail"),
                            text("ses:SendTemplatedEmail"),
                            text("ses:SendBulkTemplatedEmail"),
                            text("ses:VerifyEmailIdentity"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${identityName}"),
                                mapping([
                                    ("identityName", mapping([
                                        ("Ref", text("IdentityName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SESBulkTemplatedCrudPolicy_v2",
            summary: "Lets the function send plain, raw, templated and bulk email from one SES identity with one template, and verify identities.",
            parameters: [
                .init(
                    name: "IdentityName",
                    summary: "The SES identity (email address or domain) to send from"),
                .init(
                    name: "TemplateName",
                    summary: "The name of the SES email template"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ses:SendEmail"),
                            text("ses:SendRawEmail"),
                            text("ses:SendTemplatedEmail"),
                            text("ses:SendBulkTemplatedEmail"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${identityName}"),
                                    mapping([
                                        ("identityName", mapping([
                                            ("Ref", text("IdentityName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                            mapping([
                                ("Fn::Sub", list([
                                    text("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:template/${templateName}"),
                                    mapping([
                                        ("templateName", mapping([
                                            ("Ref", text("TemplateName")),
                                        ])),
                                    ]),
                                ])),
                            ]),
                        ])),
                    ]),
                    mapping([
                        ("Action", list([
                            text("ses:GetIdentityVerificationAttributes"),
                            text("ses:VerifyEmailIdentity"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SESCrudPolicy",
            summary: "Lets the function send plain and raw email from one SES identity and verify it.",
            parameters: [
                .init(
                    name: "IdentityName",
                    summary: "The SES identity (email address or domain) to send from"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ses:GetIdentityVerificationAttributes"),
                            text("ses:SendEmail"),
                            text("ses:SendRawEmail"),
                            text("ses:VerifyEmailIdentity"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${identityName}"),
                                mapping([
                                    ("identityName", mapping([
                                        ("Ref", text("IdentityName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SESEmailTemplateCrudPolicy",
            summary: "Lets the function create, read, list, test, update and delete SES email templates.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ses:CreateTemplate"),
                            text("ses:GetTemplate"),
                            text("ses:ListTemplates"),
                            text("ses:UpdateTemplate"),
                            text("ses:DeleteTemplate"),
                            text("ses:TestRenderTemplate"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SESSendBouncePolicy",
            summary: "Lets the function send bounce messages for one SES identity.",
            parameters: [
                .init(
                    name: "IdentityName",
                    summary: "The SES identity (email address or domain) that received the mail"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ses:SendBounce"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${identityName}"),
                                mapping([
                                    ("identityName", mapping([
                                        ("Ref", text("IdentityName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SNSCrudPolicy",
            summary: "Lets the function create, configure, subscribe to and publish to SNS topics whose names start with the given name.",
            parameters: [
                .init(
                    name: "TopicName",
                    summary: "The name (or name prefix) of the SNS topic"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("sns:ListSubscriptionsByTopic"),
                            text("sns:CreateTopic"),
                            text("sns:SetTopicAttributes"),
                            text("sns:Subscribe"),
                            text("sns:Publish"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${topicName}*"),
                                mapping([
                                    ("topicName", mapping([
                                        ("Ref", text("TopicName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SNSPublishMessagePolicy",
            summary: "Lets the function publish messages to one SNS topic.",
            parameters: [
                .init(
                    name: "TopicName",
                    summary: "The name of the SNS topic"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("sns:Publish"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${topicName}"),
                                mapping([
                                    ("topicName", mapping([
                                        ("Ref", text("TopicName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SQSPollerPolicy",
            summary: "Lets the function receive, delete and hide messages of one SQS queue.",
            parameters: [
                .init(
                    name: "QueueName",
                    summary: "The name of the SQS queue"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("sqs:ChangeMessageVisibility"),
                            text("sqs:ChangeMessageVisibilityBatch"),
                            text("sqs:DeleteMessage"),
                            text("sqs:DeleteMessageBatch"),
                            text("sqs:GetQueueAttributes"),
                            text("sqs:ReceiveMessage"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${queueName}"),
                                mapping([
                                    ("queueName", mapping([
                                        ("Ref", text("QueueName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SQSSendMessagePolicy",
            summary: "Lets the function send messages, singly or in batches, to one SQS queue.",
            parameters: [
                .init(
                    name: "QueueName",
                    summary: "The name of the SQS queue"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("sqs:SendMessage*"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${queueName}"),
                                mapping([
                                    ("queueName", mapping([
                                        ("Ref", text("QueueName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SSMParameterReadPolicy",
            summary: "Lets the function read one Systems Manager parameter, named without a leading slash, or the parameters under that path, and list parameters.",
            parameters: [
                .init(
                    name: "ParameterName",
                    summary: "The parameter's name with no leading slash"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ssm:DescribeParameters"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                    mapping([
                        ("Action", list([
                            text("ssm:GetParameters"),
                            text("ssm:GetParameter"),
                            text("ssm:GetParametersByPath"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${parameterName}"),
                                mapping([
                                    ("parameterName", mapping([
                                        ("Ref", text("ParameterName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SSMParameterWithSlashPrefixReadPolicy",
            summary: "Lets the function read one Systems Manager parameter, named with a leading slash, or the parameters under that path, and list parameters.",
            parameters: [
                .init(
                    name: "ParameterName",
                    summary: "The parameter's name, starting with a slash"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ssm:DescribeParameters"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                    mapping([
                        ("Action", list([
                            text("ssm:GetParameters"),
                            text("ssm:GetParameter"),
                            text("ssm:GetParametersByPath"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${parameterName}"),
                                mapping([
                                    ("parameterName", mapping([
                                        ("Ref", text("ParameterName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SageMakerCreateEndpointConfigPolicy",
            summary: "Lets the function create one SageMaker endpoint configuration.",
            parameters: [
                .init(
                    name: "EndpointConfigName",
                    summary: "The name of the SageMaker endpoint configuration"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("sagemaker:CreateEndpointConfig"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint-config/${endpointConfigName}"),
                                mapping([
                                    ("endpointConfigName", mapping([
                                        ("Ref", text("EndpointConfigName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "SageMakerCreateEndpointPolicy",
            summary: "Lets the function create one SageMaker endpoint.",
            parameters: [
                .init(
                    name: "EndpointName",
                    summary: "The name of the SageMaker endpoint"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("sagemaker:CreateEndpoint"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint/${endpointName}"),
                                mapping([
                                    ("endpointName", mapping([
                                        ("Ref", text("EndpointName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "ServerlessRepoReadWriteAccessPolicy",
            summary: "Lets the function publish, update, read and list applications in the Serverless Application Repository.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("serverlessrepo:CreateApplication"),
                            text("serverlessrepo:CreateApplicationVersion"),
                            text("serverlessrepo:UpdateApplication"),
                            text("serverlessrepo:GetApplication"),
                            text("serverlessrepo:ListApplications"),
                            text("serverlessrepo:ListApplicationVersions"),
                            text("serverlessrepo:ListApplicationDependencies"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", list([
                            mapping([
                                ("Fn::Sub", text("arn:${AWS::Partition}:serverlessrepo:${AWS::Region}:${AWS::AccountId}:applications/*")),
                            ]),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "StepFunctionsCallbackPolicy",
            summary: "Lets the function report success, failure and heartbeats of task tokens to one Step Functions state machine.",
            parameters: [
                .init(
                    name: "StateMachineName",
                    summary: "The name of the Step Functions state machine"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("states:SendTaskFailure"),
                            text("states:SendTaskHeartbeat"),
                            text("states:SendTaskSuccess"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${stateMachineName}"),
                                mapping([
                                    ("stateMachineName", mapping([
                                        ("Ref", text("StateMachineName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "StepFunctionsExecutionPolicy",
            summary: "Lets the function start executions of one Step Functions state machine.",
            parameters: [
                .init(
                    name: "StateMachineName",
                    summary: "The name of the Step Functions state machine"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("states:StartExecution"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${stateMachineName}"),
                                mapping([
                                    ("stateMachineName", mapping([
                                        ("Ref", text("StateMachineName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "StepFunctionsExecutionPolicy_v2",
            summary: "Lets the function start standard and synchronous executions of one Step Functions state machine.",
            parameters: [
                .init(
                    name: "StateMachineName",
                    summary: "The name of the Step Functions state machine"),
            ],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("states:StartExecution"),
                            text("states:StartSyncExecution"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", mapping([
                            ("Fn::Sub", list([
                                text("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${stateMachineName}"),
                                mapping([
                                    ("stateMachineName", mapping([
                                        ("Ref", text("StateMachineName")),
                                    ])),
                                ]),
                            ])),
                        ])),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "TextractDetectAnalyzePolicy",
            summary: "Lets the function start and run Textract text detection and document analysis.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("textract:DetectDocumentText"),
                            text("textract:StartDocumentTextDetection"),
                            text("textract:StartDocumentAnalysis"),
                            text("textract:AnalyzeDocument"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "TextractGetResultPolicy",
            summary: "Lets the function fetch the results of Textract text detection and document analysis jobs.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("textract:GetDocumentTextDetection"),
                            text("textract:GetDocumentAnalysis"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "TextractPolicy",
            summary: "Lets the function call every Textract operation.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("textract:*"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
        PolicyTemplate(
            name: "VPCAccessPolicy",
            summary: "Lets the function create, describe, detach and delete the network interfaces it needs to run in a VPC.",
            parameters: [],
            statements: {
                [
                    mapping([
                        ("Action", list([
                            text("ec2:CreateNetworkInterface"),
                            text("ec2:DeleteNetworkInterface"),
                            text("ec2:DescribeNetworkInterfaces"),
                            text("ec2:DetachNetworkInterface"),
                        ])),
                        ("Effect", text("Allow")),
                        ("Resource", text("*")),
                    ]),
                ]
            }),
    ]
}

// Builders with explicit types, so the compiler need not infer large literals.

@inline(never)
private func mapping(_ entries: [(String, Node)]) -> Node {
    .mapping(Mapping(entries.map { Mapping.Entry(key: $0.0, value: $0.1) }))
}

@inline(never)
private func list(_ items: [Node]) -> Node {
    .sequence(items)
}

@inline(never)
private func text(_ value: String) -> Node {
    .string(value)
}
