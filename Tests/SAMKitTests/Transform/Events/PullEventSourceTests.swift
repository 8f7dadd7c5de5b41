import Testing

@testable import SAMKit

@Suite struct PullEventSourceTests {
    struct Case: CustomTestStringConvertible {
        var name: String
        var event: String
        /// The generated mapping as JSON (key order does not matter).
        var mapping: String
        var managedPolicies: [String] = []
        /// The role's inline policies as a JSON list.
        var policies: String = "[]"
        var attributes: String = ""
        var alias = false
        var region = "ap-southeast-1"

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "SQS queue with a batch size, disabled",
            event: """
                Type: SQS
                Properties:
                  Queue: arn:aws:sqs:us-west-2:012345678901:my-queue
                  BatchSize: 10
                  Enabled: false
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "BatchSize": 10, "Enabled": false,
                  "EventSourceArn": "arn:aws:sqs:us-west-2:012345678901:my-queue",
                  "FunctionName": {"Ref": "Fn"}}}
                """,
            managedPolicies: ["arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"]
        ),
        Case(
            name: "the managed policy is in the region's partition",
            event: """
                Type: SQS
                Properties:
                  Queue: !GetAtt Queue.Arn
                  ScalingConfig: {MaximumConcurrency: 5}
                  MetricsConfig: {Metrics: [EventCount]}
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": {"Fn::GetAtt": ["Queue", "Arn"]},
                  "FunctionName": {"Ref": "Fn"},
                  "ScalingConfig": {"MaximumConcurrency": 5},
                  "MetricsConfig": {"Metrics": ["EventCount"]}}}
                """,
            managedPolicies: [
                "arn:aws-cn:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"
            ],
            region: "cn-north-1"
        ),
        Case(
            name: "an alias is invoked by name and the function's attributes carry over",
            event: """
                Type: Kinesis
                Properties:
                  Stream: arn:aws:kinesis:us-east-1:123456789012:stream/s
                  StartingPosition: AT_TIMESTAMP
                  StartingPositionTimestamp: 1671489395
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Condition": "IsProd",
                 "DeletionPolicy": "Retain", "Properties": {
                  "EventSourceArn": "arn:aws:kinesis:us-east-1:123456789012:stream/s",
                  "FunctionName": {"Ref": "FnAliaslive"},
                  "StartingPosition": "AT_TIMESTAMP", "StartingPositionTimestamp": 1671489395}}
                """,
            managedPolicies: [
                "arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole"
            ],
            attributes: "    Condition: IsProd\n    DeletionPolicy: Retain\n    Metadata: {a: b}\n",
            alias: true
        ),
        Case(
            name: "stream settings pass through and an SNS destination grants publishing",
            event: """
                Type: Kinesis
                Properties:
                  Stream: !GetAtt Stream.Arn
                  StartingPosition: LATEST
                  MaximumBatchingWindowInSeconds: !Ref Window
                  MaximumRetryAttempts: 3
                  BisectBatchOnFunctionError: true
                  MaximumRecordAgeInSeconds: 60
                  ParallelizationFactor: 8
                  TumblingWindowInSeconds: 30
                  FunctionResponseTypes: [ReportBatchItemFailures]
                  KmsKeyArn: !Ref Key
                  DestinationConfig:
                    OnFailure:
                      Type: SNS
                      Destination: !Ref Topic
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": {"Fn::GetAtt": ["Stream", "Arn"]},
                  "FunctionName": {"Ref": "Fn"}, "StartingPosition": "LATEST",
                  "MaximumBatchingWindowInSeconds": {"Ref": "Window"},
                  "MaximumRetryAttempts": 3, "BisectBatchOnFunctionError": true,
                  "MaximumRecordAgeInSeconds": 60, "ParallelizationFactor": 8,
                  "TumblingWindowInSeconds": 30,
                  "FunctionResponseTypes": ["ReportBatchItemFailures"],
                  "KmsKeyArn": {"Ref": "Key"},
                  "DestinationConfig": {"OnFailure": {"Destination": {"Ref": "Topic"}}}}}
                """,
            managedPolicies: [
                "arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole"
            ],
            policies: """
                [{"PolicyName": "FnEvSNSPolicy", "PolicyDocument": {"Statement": [
                  {"Action": "sns:publish", "Effect": "Allow", "Resource": {"Ref": "Topic"}}]}}]
                """
        ),
        Case(
            name: "DynamoDB with filters and an SQS destination",
            event: """
                Type: DynamoDB
                Properties:
                  Stream: !GetAtt Table.StreamArn
                  StartingPosition: TRIM_HORIZON
                  FilterCriteria:
                    Filters:
                      - Pattern: '{"a": [1]}'
                  DestinationConfig:
                    OnFailure:
                      Type: SQS
                      Destination: !GetAtt Dlq.Arn
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": {"Fn::GetAtt": ["Table", "StreamArn"]},
                  "FunctionName": {"Ref": "Fn"}, "StartingPosition": "TRIM_HORIZON",
                  "FilterCriteria": {"Filters": [{"Pattern": "{\\"a\\": [1]}"}]},
                  "DestinationConfig": {"OnFailure": {
                    "Destination": {"Fn::GetAtt": ["Dlq", "Arn"]}}}}}
                """,
            managedPolicies: [
                "arn:aws:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole"
            ],
            policies: """
                [{"PolicyName": "FnEvSQSPolicy", "PolicyDocument": {"Statement": [
                  {"Action": "sqs:SendMessage", "Effect": "Allow",
                   "Resource": {"Fn::GetAtt": ["Dlq", "Arn"]}}]}}]
                """
        ),
        Case(
            name: "an S3 destination grants writing objects and listing the bucket",
            event: """
                Type: MSK
                Properties:
                  Stream: arn:aws:kafka:us-east-1:123456789012:cluster/c/1
                  StartingPosition: LATEST
                  Topics: [Orders]
                  DestinationConfig:
                    OnFailure:
                      Type: S3
                      Destination: arn:aws:s3:::failures
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": "arn:aws:kafka:us-east-1:123456789012:cluster/c/1",
                  "FunctionName": {"Ref": "Fn"}, "StartingPosition": "LATEST",
                  "Topics": ["Orders"],
                  "DestinationConfig": {"OnFailure": {"Destination": "arn:aws:s3:::failures"}}}}
                """,
            managedPolicies: ["arn:aws:iam::aws:policy/service-role/AWSLambdaMSKExecutionRole"],
            policies: """
                [{"PolicyName": "FnEvS3Policy", "PolicyDocument": {"Statement": [
                  {"Action": "s3:PutObject", "Effect": "Allow",
                   "Resource": {"Fn::Join": ["/", ["arn:aws:s3:::failures", "*"]]}},
                  {"Action": "s3:ListBucket", "Effect": "Allow",
                   "Resource": "arn:aws:s3:::failures"}]}}]
                """
        ),
        Case(
            name: "a destination without a Type and an empty DestinationConfig grant nothing",
            event: """
                Type: SQS
                Properties:
                  Queue: q
                  DestinationConfig:
                    OnFailure:
                      Destination: d
                  BatchSize:
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": "q", "FunctionName": {"Ref": "Fn"},
                  "DestinationConfig": {"OnFailure": {"Destination": "d"}}}}
                """,
            managedPolicies: ["arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"]
        ),
        Case(
            name: "a Kafka destination needs no policy",
            event: """
                Type: SelfManagedKafka
                Properties:
                  KafkaBootstrapServers: [b1:9092]
                  Topics: [t]
                  SourceAccessConfigurations:
                    - Type: IAM_AUTH
                  DestinationConfig:
                    OnFailure:
                      Type: Kafka
                      Destination: kafka://failures
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "FunctionName": {"Ref": "Fn"}, "Topics": ["t"],
                  "SourceAccessConfigurations": [{"Type": "IAM_AUTH"}],
                  "SelfManagedEventSource": {"Endpoints": {"KafkaBootstrapServers": ["b1:9092"]}},
                  "DestinationConfig": {"OnFailure": {"Destination": "kafka://failures"}}}}
                """
        ),
        Case(
            name: "MSK with a consumer group, a Glue registry and a client certificate",
            event: """
                Type: MSK
                Properties:
                  Stream: !Ref Cluster
                  StartingPosition: LATEST
                  Topics: [Orders]
                  ConsumerGroupId: group1
                  SourceAccessConfigurations:
                    - Type: CLIENT_CERTIFICATE_TLS_AUTH
                      URI: arn:aws:secretsmanager:us-east-1:123456789012:secret:cert
                  SchemaRegistryConfig:
                    SchemaRegistryURI: !Sub arn:${AWS::Partition}:glue:${AWS::Region}:1:registry/${RegistryName}
                    EventRecordFormat: JSON
                    AccessConfigs:
                      - Type: BASIC_AUTH
                        URI: arn:aws:secretsmanager:us-east-1:123456789012:secret:registry
                    SchemaValidationConfigs: [{Attribute: KEY}]
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": {"Ref": "Cluster"}, "FunctionName": {"Ref": "Fn"},
                  "StartingPosition": "LATEST", "Topics": ["Orders"],
                  "SourceAccessConfigurations": [{"Type": "CLIENT_CERTIFICATE_TLS_AUTH",
                    "URI": "arn:aws:secretsmanager:us-east-1:123456789012:secret:cert"}],
                  "AmazonManagedKafkaEventSourceConfig": {"ConsumerGroupId": "group1",
                    "SchemaRegistryConfig": {
                      "SchemaRegistryURI": {"Fn::Sub":
                        "arn:${AWS::Partition}:glue:${AWS::Region}:1:registry/${RegistryName}"},
                      "EventRecordFormat": "JSON",
                      "AccessConfigs": [{"Type": "BASIC_AUTH",
                        "URI": "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry"}],
                      "SchemaValidationConfigs": [{"Attribute": "KEY"}]}}}}
                """,
            managedPolicies: ["arn:aws:iam::aws:policy/service-role/AWSLambdaMSKExecutionRole"],
            policies: """
                [{"PolicyName": "MSKExecutionRolePolicy", "PolicyDocument": {"Statement": [
                  {"Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow",
                   "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry"},
                  {"Action": ["glue:GetRegistry"], "Effect": "Allow",
                   "Resource": {"Fn::Sub":
                     "arn:${AWS::Partition}:glue:${AWS::Region}:1:registry/${RegistryName}"}},
                  {"Action": ["glue:GetSchemaVersion"], "Effect": "Allow",
                   "Resource": [{"Fn::Sub":
                     "arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/registry1/*"}]},
                  {"Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow",
                   "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:cert"}]}}]
                """
        ),
        Case(
            name: "a registry outside Glue grants only its secrets; none grants nothing",
            event: """
                Type: MSK
                Properties:
                  Stream: c
                  StartingPosition: LATEST
                  SchemaRegistryConfig:
                    SchemaRegistryURI: https://registry.example.com
                    EventRecordFormat: SOURCE
                    SchemaValidationConfigs: []
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": "c", "FunctionName": {"Ref": "Fn"},
                  "StartingPosition": "LATEST",
                  "AmazonManagedKafkaEventSourceConfig": {"SchemaRegistryConfig": {
                    "SchemaRegistryURI": "https://registry.example.com",
                    "EventRecordFormat": "SOURCE", "SchemaValidationConfigs": []}}}}
                """,
            managedPolicies: ["arn:aws:iam::aws:policy/service-role/AWSLambdaMSKExecutionRole"]
        ),
        Case(
            name: "a registry given as a Ref to a parameter gets no Glue rights",
            event: """
                Type: MSK
                Properties:
                  Stream: c
                  StartingPosition: LATEST
                  SchemaRegistryConfig:
                    SchemaRegistryURI: !Ref RegistryName
                    EventRecordFormat: JSON
                    SchemaValidationConfigs: []
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": "c", "FunctionName": {"Ref": "Fn"},
                  "StartingPosition": "LATEST",
                  "AmazonManagedKafkaEventSourceConfig": {"SchemaRegistryConfig": {
                    "SchemaRegistryURI": {"Ref": "RegistryName"},
                    "EventRecordFormat": "JSON", "SchemaValidationConfigs": []}}}}
                """,
            managedPolicies: ["arn:aws:iam::aws:policy/service-role/AWSLambdaMSKExecutionRole"]
        ),
        Case(
            name: "MQ with the fixed policy name",
            event: """
                Type: MQ
                Properties:
                  Broker: !GetAtt Broker.Arn
                  Queues: [orders]
                  SourceAccessConfigurations:
                    - Type: BASIC_AUTH
                      URI: !Ref Secret
                    - Type: VIRTUAL_HOST
                      URI: vhost
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": {"Fn::GetAtt": ["Broker", "Arn"]},
                  "FunctionName": {"Ref": "Fn"}, "Queues": ["orders"],
                  "SourceAccessConfigurations": [{"Type": "BASIC_AUTH", "URI": {"Ref": "Secret"}},
                    {"Type": "VIRTUAL_HOST", "URI": "vhost"}]}}
                """,
            policies: """
                [{"PolicyName": "SamAutoGeneratedAMQPolicy", "PolicyDocument": {"Statement": [
                  {"Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow",
                   "Resource": {"Ref": "Secret"}},
                  {"Action": ["mq:DescribeBroker"], "Effect": "Allow",
                   "Resource": {"Fn::GetAtt": ["Broker", "Arn"]}}]}}]
                """
        ),
        Case(
            name: "MQ with a policy named after the event and a KMS key",
            event: """
                Type: MQ
                Properties:
                  Broker: b
                  Queues: [orders]
                  DynamicPolicyName: true
                  SecretsManagerKmsKeyId: 1abc
                  SourceAccessConfigurations:
                    - Type: BASIC_AUTH
                      URI: s
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": "b", "FunctionName": {"Ref": "Fn"}, "Queues": ["orders"],
                  "SourceAccessConfigurations": [{"Type": "BASIC_AUTH", "URI": "s"}]}}
                """,
            policies: """
                [{"PolicyName": "FnEvAMQPolicy", "PolicyDocument": {"Statement": [
                  {"Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow",
                   "Resource": "s"},
                  {"Action": ["mq:DescribeBroker"], "Effect": "Allow", "Resource": "b"},
                  {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": {"Fn::Sub":
                    "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/1abc"}}]}}]
                """
        ),
        Case(
            name: "self-managed Kafka in a VPC with a login, a server certificate and a KMS key",
            event: """
                Type: SelfManagedKafka
                Properties:
                  KafkaBootstrapServers: [b1:9092, b2:9092]
                  Topics: [t]
                  ConsumerGroupId: g
                  SecretsManagerKmsKeyId: k
                  SourceAccessConfigurations:
                    - Type: VPC_SUBNET
                      URI: subnet:s
                    - Type: VPC_SECURITY_GROUP
                      URI: security_group:g
                    - Type: SASL_SCRAM_512_AUTH
                      URI: !Ref Login
                    - Type: SERVER_ROOT_CA_CERTIFICATE
                      URI: ca
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "FunctionName": {"Ref": "Fn"}, "Topics": ["t"],
                  "SourceAccessConfigurations": [
                    {"Type": "VPC_SUBNET", "URI": "subnet:s"},
                    {"Type": "VPC_SECURITY_GROUP", "URI": "security_group:g"},
                    {"Type": "SASL_SCRAM_512_AUTH", "URI": {"Ref": "Login"}},
                    {"Type": "SERVER_ROOT_CA_CERTIFICATE", "URI": "ca"}],
                  "SelfManagedEventSource": {"Endpoints": {
                    "KafkaBootstrapServers": ["b1:9092", "b2:9092"]}},
                  "SelfManagedKafkaEventSourceConfig": {"ConsumerGroupId": "g"}}}
                """,
            policies: """
                [{"PolicyName": "SelfManagedKafkaExecutionRolePolicy", "PolicyDocument": {
                  "Version": "2012-10-17", "Statement": [
                  {"Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow",
                   "Resource": {"Ref": "Login"}},
                  {"Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow",
                   "Resource": "ca"},
                  {"Action": ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
                    "ec2:DeleteNetworkInterface", "ec2:DescribeVpcs", "ec2:DescribeSubnets",
                    "ec2:DescribeSecurityGroups"], "Effect": "Allow", "Resource": "*"},
                  {"Action": ["kms:Decrypt"], "Effect": "Allow", "Resource": {"Fn::Sub":
                    "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/k"}}]}}]
                """
        ),
        Case(
            name: "DocumentDB with its database settings",
            event: """
                Type: DocumentDB
                Properties:
                  Cluster: !Ref Cluster
                  DatabaseName: db
                  CollectionName: c
                  FullDocument: UpdateLookup
                  StartingPosition: LATEST
                  SourceAccessConfigurations:
                    - Type: BASIC_AUTH
                      URI: s
                """,
            mapping: """
                {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
                  "EventSourceArn": {"Ref": "Cluster"}, "FunctionName": {"Ref": "Fn"},
                  "StartingPosition": "LATEST",
                  "SourceAccessConfigurations": [{"Type": "BASIC_AUTH", "URI": "s"}],
                  "DocumentDBEventSourceConfig": {"DatabaseName": "db", "CollectionName": "c",
                    "FullDocument": "UpdateLookup"}}}
                """,
            policies: """
                [{"PolicyName": "SamAutoGeneratedDocumentDBPolicy", "PolicyDocument": {
                  "Statement": [
                  {"Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow",
                   "Resource": "s"},
                  {"Action": ["rds:DescribeDBClusterParameters"], "Effect": "Allow",
                   "Resource": {"Fn::Sub":
                     "arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:cluster-pg:*"}},
                  {"Action": ["rds:DescribeDBSubnetGroups"], "Effect": "Allow",
                   "Resource": {"Fn::Sub":
                     "arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:subgrp:*"}},
                  {"Action": ["rds:DescribeDBClusters"], "Effect": "Allow",
                   "Resource": {"Ref": "Cluster"}},
                  {"Action": ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
                    "ec2:DeleteNetworkInterface", "ec2:DescribeVpcs", "ec2:DescribeSubnets",
                    "ec2:DescribeSecurityGroups"], "Effect": "Allow", "Resource": "*"}]}}]
                """
        ),
    ]

    @Test(arguments: cases)
    func translates(_ testCase: Case) throws {
        let translation = try PullEventHarness.translate(
            testCase.event, attributes: testCase.attributes, alias: testCase.alias,
            region: testCase.region)
        let canonical = CanonicalJSON()
        #expect(translation.resources.map(\.logicalId) == ["FnEv"])
        #expect(
            translation.resources.map { canonical.text(for: $0.node) }
                == [canonical.text(for: try OrderedJSON.parse(testCase.mapping))])
        #expect(translation.roleManagedPolicyArns == testCase.managedPolicies.map { .string($0) })
        #expect(
            canonical.text(for: .sequence(translation.rolePolicies))
                == canonical.text(for: try OrderedJSON.parse(testCase.policies)))
    }
}
