import Testing

@testable import SAMKit

@Suite struct HttpApiEventSourceTests {
    typealias Case = (name: String, template: String, only: [String], output: String)

    /// Outputs checked against the reference transform's for the same templates.
    static let cases: [Case] = [
        (
            "events without an API make the implicit one: $default, and a route with a parameter",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/key
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Root:
                      Type: HttpApi
                    Item:
                      Type: HttpApi
                      Properties:
                        Path: /items/{id}
                        Method: GET
                        TimeoutInMillis: 5000
            """,
            ["ServerlessHttpApi", "FnRootPermission", "FnItemPermission"],
            """
            Resources:
              FnRootPermission:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: {Ref: Fn}
                  Principal: apigateway.amazonaws.com
                  SourceArn:
                    Fn::Sub:
                    - \(HttpApiProbe.executeApi):${__ApiId__}/${__Stage__}/*
                    - {__ApiId__: {Ref: ServerlessHttpApi}, __Stage__: '*'}
              ServerlessHttpApi:
                Type: AWS::ApiGatewayV2::Api
                Properties:
                  Body:
                    openapi: 3.0.1
                    info: {version: '1.0', title: {Ref: 'AWS::StackName'}}
                    paths:
                      $default:
                        x-amazon-apigateway-any-method:
                          x-amazon-apigateway-integration:
                            type: aws_proxy
                            httpMethod: POST
                            payloadFormatVersion: '2.0'
                            uri: {'Fn::Sub': '\(HttpApiProbe.lambdaPath)/${Fn.Arn}/invocations'}
                          isDefaultRoute: true
                          responses: {}
                      /items/{id}:
                        get:
                          x-amazon-apigateway-integration:
                            type: aws_proxy
                            httpMethod: POST
                            payloadFormatVersion: '2.0'
                            uri: {'Fn::Sub': '\(HttpApiProbe.lambdaPath)/${Fn.Arn}/invocations'}
                            timeoutInMillis: 5000
                          responses: {}
                          parameters: [{name: id, in: path, required: true}]
                    tags: [{name: 'httpapi:createdBy', x-amazon-apigateway-tag-value: SAM}]
            """
        ),
        (
            "functions under different conditions: the API and the path under their Fn::Or",
            """
            Conditions:
              A: {Condition: X}
              B: {Condition: X}
              X: {"Fn::Equals": [1, 1]}
            Resources:
              F1:
                Type: AWS::Serverless::Function
                Condition: A
                Properties:
                  CodeUri: s3://bucket/key
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties: {Path: /one, Method: get}
              F2:
                Type: AWS::Serverless::Function
                Condition: B
                Properties:
                  CodeUri: s3://bucket/key
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties: {Path: /one, Method: post}
            """,
            ["ServerlessHttpApi"],
            """
            Resources:
              ServerlessHttpApi:
                Type: AWS::ApiGatewayV2::Api
                Condition: ServerlessHttpApiCondition
                Properties:
                  Body:
                    openapi: 3.0.1
                    info: {version: '1.0', title: {Ref: 'AWS::StackName'}}
                    paths:
                      /one:
                        Fn::If:
                        - ServerlessHttpApiSLASHonePathCondition
                        - get:
                            Fn::If:
                            - A
                            - x-amazon-apigateway-integration:
                                type: aws_proxy
                                httpMethod: POST
                                payloadFormatVersion: '2.0'
                                uri:
                                  Fn::If:
                                  - A
                                  - {'Fn::Sub': '\(HttpApiProbe.lambdaPath)/${F1.Arn}/invocations'}
                                  - {Ref: 'AWS::NoValue'}
                              responses: {}
                            - {Ref: 'AWS::NoValue'}
                          post:
                            Fn::If:
                            - B
                            - x-amazon-apigateway-integration:
                                type: aws_proxy
                                httpMethod: POST
                                payloadFormatVersion: '2.0'
                                uri:
                                  Fn::If:
                                  - B
                                  - {'Fn::Sub': '\(HttpApiProbe.lambdaPath)/${F2.Arn}/invocations'}
                                  - {Ref: 'AWS::NoValue'}
                              responses: {}
                            - {Ref: 'AWS::NoValue'}
                        - {Ref: 'AWS::NoValue'}
                    tags: [{name: 'httpapi:createdBy', x-amazon-apigateway-tag-value: SAM}]
            Conditions:
              A: {Condition: X}
              B: {Condition: X}
              X: {"Fn::Equals": [1, 1]}
              ServerlessHttpApiCondition: {'Fn::Or': [{Condition: A}, {Condition: B}]}
              ServerlessHttpApiSLASHonePathCondition: {'Fn::Or': [{Condition: A}, {Condition: B}]}
            """
        ),
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        #expect(
            try HttpApiProbe.output(
                item.template, only: item.only, conditions: item.output.contains("Conditions:"))
                == TransformProbe.canonical(item.output), "\(item.name)")
    }

    typealias ErrorCase = (name: String, template: String, errors: [String])

    static let errorCases: [ErrorCase] = [
        (
            "an ApiId that names no HTTP API, with the nearest one",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/key
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref MyApj
                        Path: /
                        Method: get
              MyApi:
                Type: AWS::Serverless::HttpApi
            """,
            [
                "template.yaml:12:13: error: resource 'Fn', event 'Get': 'ApiId' names 'MyApj', "
                    + "which is not an 'AWS::Serverless::HttpApi' in this template; did you mean "
                    + "'MyApi'?"
            ]
        ),
        (
            "the authorizer NONE without a default authorizer to turn off",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/key
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        Path: /
                        Method: get
                        Auth:
                          Authorizer: NONE
            """,
            [
                "template.yaml:14:13: error: resource 'Fn', event 'Get': property 'Auth' sets "
                    + "the authorizer 'NONE' for the method 'get' of path '/', which only turns "
                    + "off a 'DefaultAuthorizer', and the HTTP API has none"
            ]
        ),
        (
            "an authorizer that is not a name",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/key
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /
                        Method: get
                        Auth: {Authorizer: !Ref Jwt}
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    Authorizers:
                      Jwt: {JwtConfiguration: {issuer: i}, IdentitySource: s}
            """,
            [
                "template.yaml:15:13: error: resource 'Fn', event 'Get': property 'Auth' has an "
                    + "'Authorizer' that is a mapping, but it must be the name of one of the HTTP "
                    + "API's 'Authorizers'"
            ]
        ),
        (
            "a path without a method",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/key
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        Path: /items
            """,
            [
                "template.yaml:9:9: error: resource 'Fn', event 'Get': needs a 'Method' when it "
                    + "has a 'Path'"
            ]
        ),
        (
            "two events for one route of the implicit API",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/key
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    First:
                      Type: HttpApi
                      Properties: {Path: /a, Method: get}
                    Second:
                      Type: HttpApi
                      Properties: {Path: /a, Method: GET}
            """,
            [
                "template.yaml:12:9: error: resource 'Fn', event 'Second': the method 'get' of "
                    + "path '/a' is already defined by another event"
            ]
        ),
    ]

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        #expect(try TransformProbe.errors(item.template) == item.errors, "\(item.name)")
    }

    /// How permissions name a route: parameters and `{proxy+}` become `*`; other braces stay.
    @Test(arguments: [
        ("/items/{id}", "/items/*"),
        ("/{proxy+}", "/*"),
        ("/a/{b.c-d_e}/x", "/a/*/x"),
        ("/a/{not valid}", "/a/{not valid}"),
        ("/a/{}", "/a/{}"),
        ("/open/{", "/open/{"),
    ])
    func wildcardsParameters(_ path: String, _ expected: String) {
        #expect(HttpApiEventSource.wildcardingParameters(path) == expected)
    }

    @Test(arguments: [
        ("/items/{id}/{sub}", ["id", "sub"]),
        ("/{a{b}c}", ["a{b"]),
        ("/none", []),
    ])
    func findsPathParameters(_ path: String, _ expected: [String]) {
        #expect(HttpApiEventSource.pathParameters(path) == expected)
    }

    @Test(
        arguments: [
            ("arn:${AWS::Partition}:x/${Fn.Arn}/invocations", "Fn"),
            ("${Alias}", nil),
            ("${A-b.Arn}", "b"),
        ] as [(String, String?)])
    func findsTheFunctionOfAnIntegration(_ text: String, _ expected: String?) {
        #expect(HttpApiEventSource.firstArnReference(in: text) == expected)
    }
}
