import Testing

@testable import SAMKit

@Suite struct StateMachineApiEventTests {
    typealias Case = (name: String, template: String, resources: String)

    /// Outputs checked against the reference transform's for the same templates.
    static let cases: [Case] = [
        (
            "an event on an explicit API adds a Step Functions integration that passes the "
                + "request as input, and the role API Gateway starts executions as",
            #"""
            Resources:
              Shop:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: live
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  Role: arn:aws:iam::123456789012:role/machine
                  Events:
                    Order:
                      Type: Api
                      Properties:
                        RestApiId: !Ref Shop
                        Path: /orders
                        Method: PUT
            """#,
            #"""
            Machine:
              Properties:
                DefinitionS3Location: {Bucket: bucket, Key: key}
                RoleArn: arn:aws:iam::123456789012:role/machine
                Tags:
                - {Key: 'stateMachine:createdBy', Value: SAM}
              Type: AWS::StepFunctions::StateMachine
            MachineOrderRole:
              Properties:
                AssumeRolePolicyDocument:
                  Statement:
                  - Action: ['sts:AssumeRole']
                    Effect: Allow
                    Principal:
                      Service: [apigateway.amazonaws.com]
                  Version: '2012-10-17'
                Policies:
                - PolicyDocument:
                    Statement:
                    - Action: states:StartExecution
                      Effect: Allow
                      Resource: {Ref: Machine}
                  PolicyName: MachineOrderRoleStartExecutionPolicy
              Type: AWS::IAM::Role
            Shop:
              Properties:
                Body:
                  info:
                    title: {Ref: 'AWS::StackName'}
                    version: '1.0'
                  paths:
                    /orders:
                      put:
                        responses:
                          '200': {description: OK}
                          '400': {description: Bad Request}
                        x-amazon-apigateway-integration:
                          credentials:
                            Fn::GetAtt: [MachineOrderRole, Arn]
                          httpMethod: POST
                          requestTemplates:
                            application/json: {'Fn::Sub': '{"input": "$util.escapeJavaScript($input.json(''$''))",
                                "stateMachineArn": "${Machine}"}'}
                          responses:
                            '200': {statusCode: '200'}
                            '400': {statusCode: '400'}
                          type: aws
                          uri: {'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}:states:action/StartExecution'}
                  swagger: '2.0'
              Type: AWS::ApiGateway::RestApi
            ShopDeploymente4e5f4f967:
              Properties:
                Description: 'RestApi deployment id: e4e5f4f9676844d302b1d9e580edc12a22bf8a54'
                RestApiId: {Ref: Shop}
                StageName: Stage
              Type: AWS::ApiGateway::Deployment
            ShopliveStage:
              Properties:
                DeploymentId: {Ref: ShopDeploymente4e5f4f967}
                RestApiId: {Ref: Shop}
                StageName: live
              Type: AWS::ApiGateway::Stage
            """#
        )
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        #expect(
            try TransformProbe.resources(item.template)
                == TransformProbe.canonical(item.resources), "\(item.name)")
    }

    /// A function's event names its API's stage in the resource policy; a state machine's
    /// names the event's own `Stage`, which is rarely written and then `null`, as in the
    /// reference.
    @Test func resourcePolicyOfAnEventNamesTheEventsStage() throws {
        func template(stage: String) -> String {
            """
            Resources:
              Shop:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: live
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  Role: arn:aws:iam::123456789012:role/machine
                  Events:
                    Order:
                      Type: Api
                      Properties:
                        RestApiId: !Ref Shop
                        Path: /orders
                        Method: get
                        \(stage)
                        Auth:
                          ResourcePolicy:
                            IpRangeWhitelist: [1.2.3.4]
            """
        }
        func stages(_ text: String) throws -> [Node?] {
            let document = try TemplateDocument.load(Array(text.utf8), path: "template.yaml")
            let resources = try Transformer().transform(document).template["Resources"]
            let policy = resources?["Shop"]?["Properties"]?["Body"]?["x-amazon-apigateway-policy"]
            return (policy?["Statement"]?.sequence ?? []).map { statement in
                let sub = statement["Resource"]?.sequence?.first?["Fn::Sub"]?.sequence
                return sub?.last?["__Stage__"]
            }
        }
        // The allowed range gives an Allow statement and a Deny for every other address.
        #expect(try stages(template(stage: "")) == [Node(.null), Node(.null)])
        #expect(try stages(template(stage: "Stage: beta")) == ["beta", "beta"])
    }

    typealias ErrorCase = (name: String, template: String, errors: [String])

    static let errorCases: [ErrorCase] = [
        (
            "UnescapeMappingTemplate must be written as a boolean, not an intrinsic function",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  Events:
                    Post:
                      Type: Api
                      Properties:
                        Path: /
                        Method: post
                        UnescapeMappingTemplate: !If [Yes, true, false]
            """,
            [
                "template.yaml:12:13: error: resource 'Machine', event 'Post': property "
                    + "'UnescapeMappingTemplate' must be a boolean, but it is a mapping"
            ]
        ),
        (
            "the same method twice on one path",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  Events:
                    First:
                      Type: Api
                      Properties: {Path: /run, Method: post}
                    Second:
                      Type: Api
                      Properties: {Path: /run, Method: POST}
            """,
            [
                "template.yaml:10:9: error: resource 'Machine', event 'Second': API method "
                    + "'post' is defined more than once for path '/run'"
            ]
        ),
        (
            "Authorizer NONE on an API without a default authorizer",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  Events:
                    Post:
                      Type: Api
                      Properties:
                        Path: /
                        Method: post
                        Auth: {Authorizer: NONE}
            """,
            [
                "template.yaml:12:32: error: resource 'Machine', event 'Post': authorizer 'NONE' "
                    + "on API method 'post' for path '/' only makes sense when the API has a "
                    + "'DefaultAuthorizer'"
            ]
        ),
    ]

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        #expect(try TransformProbe.errors(item.template) == item.errors, "\(item.name)")
    }
}
