import Testing

@testable import SAMKit

@Suite struct RestApiTranslatorTests {
    static let function = """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              InlineCode: x
              Events:
                Get:
                  Type: Api
                  Properties:
                    Path: /items/{id}
                    Method: get

        """

    /// The implicit API, its deployment (named after the reference's hash of the Python text
    /// of the definition) and its stage, as aws-sam-translator 1.115.0 writes them.
    @Test func implicitApiMatchesReference() throws {
        let output = try TransformProbe.transform(Self.function, region: "ap-southeast-1").get()
        let resources = output["Resources"]?.mapping
        let expected = try TransformProbe.canonical(
            """
            Type: AWS::ApiGateway::Deployment
            Properties:
              Description: 'RestApi deployment id: f72c134ae14f92219838ecfcd487d60a155d2f74'
              RestApiId: {Ref: ServerlessRestApi}
              StageName: Stage
            """)
        #expect(resources?["ServerlessRestApiDeploymentf72c134ae1"]?.canonicalJSON() == expected)
        let stage = try TransformProbe.canonical(
            """
            Type: AWS::ApiGateway::Stage
            Properties:
              DeploymentId: {Ref: ServerlessRestApiDeploymentf72c134ae1}
              RestApiId: {Ref: ServerlessRestApi}
              StageName: Prod
            """)
        #expect(resources?["ServerlessRestApiProdStage"]?.canonicalJSON() == stage)
        let permission = try TransformProbe.canonical(
            """
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: {Ref: Fn}
              Principal: apigateway.amazonaws.com
              SourceArn:
                Fn::Sub:
                - arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}/GET/items/*
                - __ApiId__: {Ref: ServerlessRestApi}
                  __Stage__: '*'
            """)
        #expect(resources?["FnGetPermissionProd"]?.canonicalJSON() == permission)
    }

    static let errorCases: [(String, String, String)] = [
        (
            "an event naming a resource the template lacks",
            "            RestApiId: Missing\n",
            "template.yaml:14:24: error: resource 'Fn', event 'Get': property 'RestApiId' must "
                + "name an 'AWS::Serverless::Api' in the same template, but 'Missing' is not one"
        ),
        (
            "an authorizer on an implicit API without authorizers",
            "            Auth:\n              Authorizer: MyAuth\n",
            "template.yaml:9:9: error: resource 'Fn', event 'Get': cannot set authorizer "
                + "'MyAuth' on API method 'get' for path '/items/{id}', since the API defines no "
                + "'Authorizers'"
        ),
    ]

    /// `HttpApi` events that name a REST API add their routes to its definition, and the
    /// deployment is named by the reference's hash of it, in which the editor's own strings
    /// and the template's print differently (values from aws-sam-translator 1.115.0).
    @Test func httpApiEventsAddRoutesToARestApi() throws {
        let template = """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/key
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Everything:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Rest
                    Items:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Rest
                        Path: /items
                        Method: post
              Rest:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: live
                  DefinitionBody:
                    openapi: '3.0'
                    info: {title: rest}
                    paths:
                      /health:
                        get:
                          x-amazon-apigateway-integration: {type: mock}
            """
        let output = try TransformProbe.transform(template, region: "us-east-1").get()
        let resources = try #require(output["Resources"]?.mapping)
        let deployments = resources.entries.filter {
            $0.value["Type"] == "AWS::ApiGateway::Deployment"
        }
        #expect(deployments.map(\.key) == ["RestDeploymentd3d300076c"])
        let paths = resources["Rest"]?["Properties"]?["Body"]?["paths"]
        #expect(paths?.mapping?.keys.sorted() == ["$default", "/health", "/items"])
        let uri =
            "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
            + "${Fn.Arn}/invocations"
        #expect(
            paths?["/items"]?["post"]?["x-amazon-apigateway-integration"]?["uri"]
                == ["Fn::Sub": .string(uri)])
    }

    @Test(arguments: errorCases)
    func rejectsWithLocatedMessage(name: String, addition: String, expected: String) throws {
        let errors = try TransformProbe.errors(Self.function + addition)
        #expect(errors == [expected], "\(name)")
    }
}

extension RestApiTranslatorTests {
    static func problems(_ text: String) throws -> [String] {
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        do {
            _ = try Transformer().transform(document)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static let implicitApiFunction = """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              InlineCode: x
              Handler: index.handler
              Runtime: python3.12
              Events:
                Get:
                  Type: Api
                  Properties:
                    Path: /
                    Method: get
        """

    /// The implicit API is written nowhere; a problem with a setting it takes from Globals is
    /// reported at that setting, and any other problem at the event that makes the API.
    @Test func problemsOfTheImplicitApiAreLocated() throws {
        let cors = "Globals:\n  Api:\n    Cors:\n      Foo: x\n" + Self.implicitApiFunction
        #expect(
            try Self.problems(cors) == [
                "t.yaml:3:5: error: resource 'ServerlessRestApi': 'Cors' has no setting 'Foo'; "
                    + "expected one of 'AllowMethods', 'AllowHeaders', 'AllowOrigin', 'MaxAge', "
                    + "'AllowCredentials'"
            ])
        let uri = "Globals:\n  Api:\n    DefinitionUri: s3://b/k\n" + Self.implicitApiFunction
        #expect(
            try Self.problems(uri) == [
                "t.yaml:3:5: error: resource 'ServerlessRestApi': specify either "
                    + "'DefinitionUri' or 'DefinitionBody', not both"
            ])
    }

    @Test func theImplicitApiIsPlacedAtItsFirstEvent() throws {
        let document = try TemplateDocument.load(
            Array(Self.implicitApiFunction.utf8), path: "t.yaml")
        var resources = try #require(document.sections["Resources"]?.mapping)
        resources["ServerlessRestApi"] = ["Type": "AWS::Serverless::Api"]
        ImplicitRestApiPass.markImplicitApi(
            "ServerlessRestApi", in: &resources, eventType: "Api", apiProperty: "RestApiId")
        let mark = try #require(resources.entry("ServerlessRestApi")?.keyMark)
        #expect((mark.start.line, mark.start.column) == (9, 9))
    }
}
