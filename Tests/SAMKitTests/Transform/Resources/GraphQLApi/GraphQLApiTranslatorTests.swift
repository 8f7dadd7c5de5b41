import Testing

@testable import SAMKit

@Suite struct GraphQLApiTranslatorTests {
    typealias Case = (name: String, template: String, resources: String)

    /// Outputs checked against the reference transform's for the same templates.
    static let cases: [Case] = [
        (
            "a Lambda authorizer with an additional user pool, a Lambda data source with its "
                + "role and connector, functions on it and on the NONE data source, and a "
                + "pipeline resolver with the default code; no logging",
            #"""
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaUri: s3://bucket/schema.graphql
                  Logging: false
                  Auth:
                    Type: AWS_LAMBDA
                    LambdaAuthorizer:
                      AuthorizerUri: arn:aws:lambda:us-east-1:123456789012:function:auth
                    Additional:
                      - Type: AMAZON_COGNITO_USER_POOLS
                        UserPool:
                          UserPoolId: pool
                          DefaultAction: ALLOW
                  DataSources:
                    Lambda:
                      Backend:
                        FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:backend
                  Functions:
                    Fetch:
                      DataSource: Backend
                      CodeUri: s3://bucket/fetch.js
                      Runtime: {Name: APPSYNC_JS, Version: 1.0.0}
                    Echo:
                      DataSource: none
                      InlineCode: code
                      Runtime: {Name: APPSYNC_JS, Version: 1.0.0}
                  Resolvers:
                    Query:
                      getNote:
                        Pipeline: [Fetch, Echo]
            """#,
            #"""
            Notes:
              Properties:
                AdditionalAuthenticationProviders:
                - AuthenticationType: AMAZON_COGNITO_USER_POOLS
                  UserPoolConfig: {UserPoolId: pool}
                AuthenticationType: AWS_LAMBDA
                LambdaAuthorizerConfig: {AuthorizerUri: 'arn:aws:lambda:us-east-1:123456789012:function:auth'}
                Name: Notes
                Tags:
                - {Key: 'graphqlapi:createdBy', Value: SAM}
              Type: AWS::AppSync::GraphQLApi
            NotesBackendLambdaDataSource:
              Properties:
                ApiId:
                  Fn::GetAtt: [Notes, ApiId]
                LambdaConfig: {LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:backend'}
                Name: Backend
                ServiceRoleArn:
                  Fn::GetAtt: [NotesBackendLambdaDataSourceRole, Arn]
                Type: AWS_LAMBDA
              Type: AWS::AppSync::DataSource
            NotesBackendLambdaDataSourceRole:
              Properties:
                AssumeRolePolicyDocument:
                  Statement:
                  - Action: ['sts:AssumeRole']
                    Effect: Allow
                    Principal:
                      Service: [appsync.amazonaws.com]
                  Version: '2012-10-17'
              Type: AWS::IAM::Role
            NotesBackendLambdaDataSourceToLambdaConnectorPolicy:
              Metadata:
                aws:sam:connectors:
                  NotesBackendLambdaDataSourceToLambdaConnector:
                    Destination: {Type: 'AWS::Lambda::Function'}
                    Source: {Type: 'AWS::AppSync::DataSource'}
              Properties:
                PolicyDocument:
                  Statement:
                  - Action: ['lambda:InvokeAsync', 'lambda:InvokeFunction']
                    Effect: Allow
                    Resource:
                    - arn:aws:lambda:us-east-1:123456789012:function:backend
                    - Fn::Sub:
                      - ${DestinationArn}:*
                      - {DestinationArn: 'arn:aws:lambda:us-east-1:123456789012:function:backend'}
                  Version: '2012-10-17'
                Roles:
                - {Ref: NotesBackendLambdaDataSourceRole}
              Type: AWS::IAM::ManagedPolicy
            NotesEcho:
              Properties:
                ApiId:
                  Fn::GetAtt: [Notes, ApiId]
                Code: code
                DataSourceName:
                  Fn::GetAtt: [NotesNoneDataSource, Name]
                Name: Echo
                Runtime: {Name: APPSYNC_JS, RuntimeVersion: 1.0.0}
              Type: AWS::AppSync::FunctionConfiguration
            NotesFetch:
              Properties:
                ApiId:
                  Fn::GetAtt: [Notes, ApiId]
                CodeS3Location: s3://bucket/fetch.js
                DataSourceName:
                  Fn::GetAtt: [NotesBackendLambdaDataSource, Name]
                Name: Fetch
                Runtime: {Name: APPSYNC_JS, RuntimeVersion: 1.0.0}
              Type: AWS::AppSync::FunctionConfiguration
            NotesNoneDataSource:
              Properties:
                ApiId:
                  Fn::GetAtt: [Notes, ApiId]
                Name: NotesNoneDataSource
                Type: NONE
              Type: AWS::AppSync::DataSource
            NotesQuerygetNote:
              DependsOn: [NotesSchema]
              Properties:
                ApiId:
                  Fn::GetAtt: [Notes, ApiId]
                Code: "\nexport function request(ctx) {\n    return {};\n}\n\nexport function\
                  \ response(ctx) {\n    return ctx.prev.result;\n}\n"
                FieldName: getNote
                Kind: PIPELINE
                PipelineConfig:
                  Functions:
                  - Fn::GetAtt: [NotesFetch, FunctionId]
                  - Fn::GetAtt: [NotesEcho, FunctionId]
                Runtime: {Name: APPSYNC_JS, RuntimeVersion: 1.0.0}
                TypeName: Query
              Type: AWS::AppSync::Resolver
            NotesSchema:
              Properties:
                ApiId:
                  Fn::GetAtt: [Notes, ApiId]
                DefinitionS3Location: s3://bucket/schema.graphql
              Type: AWS::AppSync::GraphQLSchema
            NotesToLambdaAuthConnector1WriteLambdaPermission:
              Metadata:
                aws:sam:connectors:
                  NotesToLambdaAuthConnector1:
                    Destination: {Type: 'AWS::Lambda::Function'}
                    Source: {Type: 'AWS::AppSync::GraphQLApi'}
              Properties:
                Action: lambda:InvokeFunction
                FunctionName: arn:aws:lambda:us-east-1:123456789012:function:auth
                Principal: appsync.amazonaws.com
                SourceArn:
                  Fn::Sub:
                  - arn:${AWS::Partition}:appsync:${AWS::Region}:${AWS::AccountId}:apis/${SourceResourceId}
                  - SourceResourceId:
                      Fn::GetAtt: [Notes, ApiId]
              Type: AWS::Lambda::Permission
            """#
        )
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        #expect(
            try TransformProbe.resources(item.template)
                == TransformProbe.canonical(item.resources), "\(item.name)")
    }

    typealias ErrorCase = (name: String, template: String, errors: [String])

    /// Each rejected for the reason the reference gives.
    static let errorCases: [ErrorCase] = [
        (
            "Auth is required",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Logging: false
            """,
            [
                "template.yaml:2:3: error: resource 'Notes': the required property 'Auth' "
                    + "is missing"
            ]
        ),
        (
            "an unknown authentication type, with the nearest one",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Auth: {Type: AWS_LAMDA}
            """,
            [
                "template.yaml:6:20: error: resource 'Notes': 'Auth.Type' must be one of "
                    + "'AWS_IAM', 'API_KEY', 'AWS_LAMBDA', 'OPENID_CONNECT', "
                    + "'AMAZON_COGNITO_USER_POOLS', but it is 'AWS_LAMDA'; did you mean "
                    + "'AWS_LAMBDA'?"
            ]
        ),
        (
            "Additional authorizations are a list",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Auth:
                    Type: API_KEY
                    Additional: {Type: AWS_IAM}
            """,
            [
                "template.yaml:8:21: error: resource 'Notes': 'Auth.Additional' must be a "
                    + "list, but it is a mapping"
            ]
        ),
        (
            "a type whose configuration is missing",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Auth: {Type: OPENID_CONNECT}
            """,
            [
                "template.yaml:6:7: error: resource 'Notes': 'Auth' has type "
                    + "'OPENID_CONNECT', which needs 'OpenIDConnect'"
            ]
        ),
        (
            "two configurations for one authorization",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Auth:
                    Type: AWS_LAMBDA
                    LambdaAuthorizer: {AuthorizerUri: arn}
                    UserPool: {UserPoolId: pool}
            """,
            [
                "template.yaml:6:7: error: resource 'Notes': 'Auth' gives more than one "
                    + "authentication configuration: 'LambdaAuthorizer', 'UserPool'; give only "
                    + "the one its 'Type' needs"
            ]
        ),
        (
            "an unknown key inside Logging",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Auth: {Type: AWS_IAM}
                  Logging: {Level: ALL}
            """,
            [
                "template.yaml:7:17: error: resource 'Notes': 'Logging.Level' is not a "
                    + "known property"
            ]
        ),
        (
            "a function naming a data source the API does not define",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Auth: {Type: AWS_IAM}
                  Functions:
                    Get:
                      DataSource: Tabel
                      InlineCode: code
                      Runtime: {Name: APPSYNC_JS, Version: 1.0.0}
                  DataSources:
                    DynamoDb:
                      Table: {TableName: notes}
            """,
            [
                "template.yaml:8:9: error: resource 'Notes': function 'Get' names data "
                    + "source 'Tabel', which 'DataSources' does not define; define it there, or "
                    + "name one defined elsewhere with an intrinsic function such as "
                    + "'Fn::GetAtt' or 'Fn::ImportValue'; did you mean 'Table'?"
            ]
        ),
        (
            "a function with Id and other properties",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Auth: {Type: AWS_IAM}
                  Functions:
                    Get: {Id: abc, InlineCode: code}
            """,
            [
                "template.yaml:8:9: error: resource 'Notes': function 'Get' gives 'Id', "
                    + "which names an existing function, so it cannot give 'InlineCode' too"
            ]
        ),
        (
            "a unit resolver",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Auth: {Type: AWS_IAM}
                  Resolvers:
                    Query:
                      a: {Runtime: {Name: APPSYNC_JS, Version: 1.0.0}, InlineCode: code}
            """,
            [
                "template.yaml:9:11: error: resource 'Notes': resolver 'a' needs "
                    + "'Pipeline', the functions it runs; unit resolvers are not supported "
                    + "here, declare an 'AWS::AppSync::Resolver' for one"
            ]
        ),
        (
            "a pipeline naming an unknown function, with the nearest one",
            """
            Resources:
              Notes:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: 'type Query { a: Int }'
                  Auth: {Type: AWS_IAM}
                  Functions:
                    Fetch: {DataSource: NONE, InlineCode: code, Runtime: {Name: APPSYNC_JS, Version: 1.0.0}}
                  Resolvers:
                    Query:
                      a: {Pipeline: [Fetsh]}
            """,
            [
                "template.yaml:11:11: error: resource 'Notes': resolver 'a' runs function "
                    + "'Fetsh', which 'Functions' does not define; did you mean 'Fetch'?"
            ]
        ),
    ]

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        #expect(try TransformProbe.errors(item.template) == item.errors, "\(item.name)")
    }
}
