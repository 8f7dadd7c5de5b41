import Testing

@testable import SAMKit

@Suite struct SimpleTableTranslatorTests {
    typealias Case = (name: String, template: String, resources: String)

    /// Outputs checked against the reference transform's for the same templates.
    static let cases: [Case] = [
        (
            "a table without properties is keyed on a string 'id' and billed per request",
            """
            Resources:
              Minimal:
                Type: AWS::Serverless::SimpleTable
            """,
            """
            Minimal:
              Type: AWS::DynamoDB::Table
              Properties:
                AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                KeySchema: [{AttributeName: id, KeyType: HASH}]
                BillingMode: PAY_PER_REQUEST
            """
        ),
        (
            "every property and the supported attributes are carried; others are dropped",
            """
            Resources:
              Full:
                Type: AWS::Serverless::SimpleTable
                DependsOn: Other
                Condition: IsProd
                Metadata: {Owner: data}
                Description: dropped
                Properties:
                  PrimaryKey: {Name: pk, Type: Number}
                  ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: {Ref: W}}
                  TableName: orders
                  Tags: {Team: data, Empty: null}
                  SSESpecification: {SSEEnabled: true}
                  PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}
              Other:
                Type: AWS::SNS::Topic
            """,
            """
            Full:
              Type: AWS::DynamoDB::Table
              DependsOn: Other
              Condition: IsProd
              Metadata: {Owner: data}
              Properties:
                AttributeDefinitions: [{AttributeName: pk, AttributeType: N}]
                KeySchema: [{AttributeName: pk, KeyType: HASH}]
                PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}
                ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: {Ref: W}}
                SSESpecification: {SSEEnabled: true}
                TableName: orders
                Tags: [{Key: Team, Value: data}, {Key: Empty, Value: ''}]
            Other:
              Type: AWS::SNS::Topic
            """
        ),
        (
            "values Python counts as false are left out",
            """
            Resources:
              Falsy:
                Type: AWS::Serverless::SimpleTable
                Properties:
                  PrimaryKey: {Name: pk, Type: Binary}
                  ProvisionedThroughput: {}
                  TableName: ''
                  Tags: {}
                  PointInTimeRecoverySpecification: false
            """,
            """
            Falsy:
              Type: AWS::DynamoDB::Table
              Properties:
                AttributeDefinitions: [{AttributeName: pk, AttributeType: B}]
                KeySchema: [{AttributeName: pk, KeyType: HASH}]
                BillingMode: PAY_PER_REQUEST
            """
        ),
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        #expect(
            try TransformProbe.resources(item.template)
                == TransformProbe.canonical(item.resources), "\(item.name)")
    }

    typealias ErrorCase = (name: String, template: String, errors: [String])

    static let errorCases: [ErrorCase] = [
        (
            "an unknown key type, with the nearest one",
            """
            Resources:
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties:
                  PrimaryKey: {Name: id, Type: Strng}
            """,
            [
                "template.yaml:5:36: error: resource 'Table': property 'PrimaryKey.Type' is "
                    + "'Strng', but it must be 'String', 'Number' or 'Binary'; did you mean "
                    + "'String'?"
            ]
        ),
        (
            "a key without a name",
            """
            Resources:
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties:
                  PrimaryKey: {Type: String}
            """,
            [
                "template.yaml:5:7: error: resource 'Table': property 'PrimaryKey' must have a "
                    + "'Name', the attribute the table is keyed on"
            ]
        ),
        (
            "a key without a type",
            """
            Resources:
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties:
                  PrimaryKey: {Name: id}
            """,
            [
                "template.yaml:5:7: error: resource 'Table': property 'PrimaryKey' must have a "
                    + "'Type': 'String', 'Number' or 'Binary'"
            ]
        ),
        (
            "capacity units must be numbers or intrinsic functions",
            """
            Resources:
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties:
                  ProvisionedThroughput: {ReadCapacityUnits: five, WriteCapacityUnits: 5}
            """,
            [
                "template.yaml:5:7: error: resource 'Table': property 'ProvisionedThroughput' "
                    + "must be a mapping of integers or mappings, but it is a mapping"
            ]
        ),
    ]

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        #expect(try TransformProbe.errors(item.template) == item.errors, "\(item.name)")
    }
}
