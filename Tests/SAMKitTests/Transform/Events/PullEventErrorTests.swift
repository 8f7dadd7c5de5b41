import Testing

@testable import SAMKit

@Suite struct PullEventErrorTests {
    /// An event's body (first line at template line 11, column 11) and the exact
    /// `line:column: message` of the error it gets.
    typealias Case = (event: String, error: String)

    static let cases: [Case] = [
        (
            "Type: SQS\nProperties: {Queue: q, ConsumerGroupId: g}",
            "12:34: resource 'Fn', event 'Ev': 'ConsumerGroupId' applies only to MSK and "
                + "SelfManagedKafka events, not to SQS events"
        ),
        (
            "Type: DynamoDB\nProperties:\n  Stream: s\n  StartingPosition: LATEST\n"
                + "  FilterCriteria: {Filters: [], Pattern: x}",
            "15:43: resource 'Fn', event 'Ev': 'FilterCriteria' may hold only 'Filters', but it "
                + "has 'Pattern'"
        ),
        (
            "Type: SQS\nProperties:\n  Queue: q\n  DestinationConfig: {Other: 1}",
            "14:13: resource 'Fn', event 'Ev': 'DestinationConfig' needs 'OnFailure', a mapping "
                + "with the 'Destination'"
        ),
        (
            "Type: SQS\nProperties:\n  Queue: q\n  DestinationConfig: {OnFailure: arn}",
            "14:44: resource 'Fn', event 'Ev': 'DestinationConfig.OnFailure' must be a mapping, "
                + "but it is a string"
        ),
        (
            "Type: SQS\nProperties:\n  Queue: q\n  DestinationConfig:\n    OnFailure:\n"
                + "      Type: Lambda",
            "16:23: resource 'Fn', event 'Ev': 'DestinationConfig.OnFailure.Type' must be one of "
                + "'SQS', 'SNS', 'S3', 'Kafka', but it is 'Lambda'"
        ),
        (
            "Type: MQ\nProperties: {Broker: b}",
            "10:9: resource 'Fn', event 'Ev': an Amazon MQ event needs "
                + "'SourceAccessConfigurations' with a 'BASIC_AUTH' entry naming the secret to "
                + "log in with"
        ),
        (
            "Type: MQ\nProperties:\n  Broker: b\n  SourceAccessConfigurations: !Ref Access",
            "14:13: resource 'Fn', event 'Ev': 'SourceAccessConfigurations' must be a list, but "
                + "it is a mapping"
        ),
        (
            "Type: MQ\nProperties:\n  Broker: b\n  SourceAccessConfigurations:\n"
                + "    - Type: VPC_SUBNET\n      URI: s",
            "15:23: resource 'Fn', event 'Ev': 'VPC_SUBNET' is not a type of access "
                + "configuration for Amazon MQ events; expected 'BASIC_AUTH' or 'VIRTUAL_HOST'"
        ),
        (
            "Type: DocumentDB\nProperties:\n  Cluster: c\n  DatabaseName: d\n"
                + "  SourceAccessConfigurations:\n    - Type: BASIC_AUTH\n      URI: a\n"
                + "    - Type: BASIC_AUTH\n      URI: b",
            "18:17: resource 'Fn', event 'Ev': 'SourceAccessConfigurations' has more than one "
                + "'BASIC_AUTH' entry"
        ),
        (
            "Type: DocumentDB\nProperties:\n  Cluster: c\n  DatabaseName: d\n"
                + "  SourceAccessConfigurations:\n    - Type: BASIC_AUTH",
            "16:17: resource 'Fn', event 'Ev': the 'BASIC_AUTH' entry of "
                + "'SourceAccessConfigurations' needs a 'URI'"
        ),
        (
            "Type: DocumentDB\nProperties:\n  Cluster: c\n  DatabaseName: d\n"
                + "  SourceAccessConfigurations: [5]",
            "15:42: resource 'Fn', event 'Ev': 'SourceAccessConfigurations[0]' must be a "
                + "mapping, but it is an integer"
        ),
        (
            "Type: MQ\nProperties:\n  Broker: b\n  SecretsManagerKmsKeyId: !Ref Key\n"
                + "  SourceAccessConfigurations: [{Type: BASIC_AUTH, URI: s}]",
            "14:13: resource 'Fn', event 'Ev': 'SecretsManagerKmsKeyId' must be a string (the "
                + "key's id), but it is a mapping"
        ),
        (
            "Type: SelfManagedKafka\nProperties: {Topics: [t]}",
            "10:9: resource 'Fn', event 'Ev': a SelfManagedKafka event needs "
                + "'KafkaBootstrapServers', the brokers to connect to"
        ),
        (
            "Type: SelfManagedKafka\nProperties: {KafkaBootstrapServers: [b]}",
            "10:9: resource 'Fn', event 'Ev': a SelfManagedKafka event needs 'Topics', the "
                + "topic to read"
        ),
        (
            "Type: SelfManagedKafka\nProperties:\n  KafkaBootstrapServers: [b]\n"
                + "  Topics: [t1, t2]",
            "14:13: resource 'Fn', event 'Ev': 'Topics' of a SelfManagedKafka event must name "
                + "exactly one topic, but it names 2"
        ),
        (
            "Type: SelfManagedKafka\nProperties: {KafkaBootstrapServers: [b], Topics: [t]}",
            "10:9: resource 'Fn', event 'Ev': a SelfManagedKafka event needs "
                + "'SourceAccessConfigurations', saying how to reach and log in to the brokers"
        ),
        (
            "Type: SelfManagedKafka\nProperties:\n  KafkaBootstrapServers: [b]\n  Topics: [t]\n"
                + "  SourceAccessConfigurations:\n    - Type: BASIC_AUTH\n      URI: a\n"
                + "    - Type: IAM_AUTH",
            "18:17: resource 'Fn', event 'Ev': 'SourceAccessConfigurations' may give one "
                + "authentication mechanism, but it gives 'BASIC_AUTH' and 'IAM_AUTH'"
        ),
        (
            "Type: SelfManagedKafka\nProperties:\n  KafkaBootstrapServers: [b]\n  Topics: [t]\n"
                + "  SourceAccessConfigurations:\n    - Type: VPC_SUBNET\n      URI: s",
            "15:13: resource 'Fn', event 'Ev': 'SourceAccessConfigurations' must give both "
                + "'VPC_SUBNET' and 'VPC_SECURITY_GROUP', or neither"
        ),
        (
            "Type: SelfManagedKafka\nProperties:\n  KafkaBootstrapServers: [b]\n  Topics: [t]\n"
                + "  SourceAccessConfigurations:\n    - Type: VPC_SUBNETS\n      URI: s",
            "16:23: resource 'Fn', event 'Ev': 'VPC_SUBNETS' is not a type of access "
                + "configuration for SelfManagedKafka events; did you mean 'VPC_SUBNET'?"
        ),
        (
            "Type: SelfManagedKafka\nProperties:\n  KafkaBootstrapServers: [b]\n  Topics: [t]\n"
                + "  SourceAccessConfigurations:\n    - URI: s",
            "16:17: resource 'Fn', event 'Ev': each entry of 'SourceAccessConfigurations' needs "
                + "a 'Type'"
        ),
        (
            "Type: SelfManagedKafka\nProperties:\n  KafkaBootstrapServers: [b]\n  Topics: [t]\n"
                + "  SourceAccessConfigurations:\n    - Type: SERVER_ROOT_CA_CERTIFICATE\n"
                + "      URI: [ca]",
            "17:22: resource 'Fn', event 'Ev': the 'URI' of the 'SERVER_ROOT_CA_CERTIFICATE' "
                + "entry of 'SourceAccessConfigurations' must be a string, but it is a list"
        ),
        (
            "Type: MSK\nProperties:\n  Stream: s\n  StartingPosition: LATEST\n"
                + "  SchemaRegistryConfig: {SchemaRegistryURI: u, EventRecordFormat: JSON}",
            "15:13: resource 'Fn', event 'Ev': 'SchemaRegistryConfig' needs "
                + "'SchemaValidationConfigs'"
        ),
        (
            "Type: MSK\nProperties:\n  Stream: s\n  StartingPosition: LATEST\n"
                + "  SchemaRegistryConfig:\n    SchemaRegistryURI: u\n"
                + "    EventRecordFormat: AVRO\n    SchemaValidationConfigs: []",
            "17:34: resource 'Fn', event 'Ev': 'SchemaRegistryConfig.EventRecordFormat' must be "
                + "'JSON' or 'SOURCE'"
        ),
        (
            "Type: MSK\nProperties:\n  Stream: s\n  StartingPosition: LATEST\n"
                + "  SchemaRegistryConfig:\n    SchemaRegistryURI: u\n"
                + "    EventRecordFormat: JSON\n    SchemaValidationConfigs: {}",
            "18:40: resource 'Fn', event 'Ev': 'SchemaRegistryConfig.SchemaValidationConfigs' "
                + "must be a list"
        ),
        (
            "Type: SelfManagedKafka\nProperties:\n  KafkaBootstrapServers: [b]\n  Topics: [t]\n"
                + "  SourceAccessConfigurations: [{Type: IAM_AUTH}]\n"
                + "  SchemaRegistryConfig:\n    SchemaRegistryURI: u\n"
                + "    EventRecordFormat: JSON\n    SchemaValidationConfigs: []\n"
                + "    AccessConfigs: [{Type: BASIC_AUTH}]",
            "20:31: resource 'Fn', event 'Ev': each entry of 'SchemaRegistryConfig.AccessConfigs' "
                + "must be a mapping with 'Type' and 'URI'"
        ),
    ]

    @Test(arguments: cases)
    func reportsAtTheProblem(_ testCase: Case) {
        #expect(PullEventHarness.failure(testCase.event) == testCase.error)
    }
}
