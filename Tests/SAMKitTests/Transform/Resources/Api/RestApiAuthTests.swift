import Testing

@testable import SAMKit

/// REST API `Auth`, checked against what aws-sam-translator 1.115.0 writes for the same
/// templates (region us-east-1). A deployment's logical id hashes the Python text of the
/// definition, so an equal id shows the definition's keys were built in the reference's order.
@Suite struct RestApiAuthTests {
    static let authorizers = """
        Resources:
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
              Auth:
                DefaultAuthorizer: TokenAuth
                ApiKeyRequired: true
                AddApiKeyRequiredToCorsPreflight: false
                Authorizers:
                  TokenAuth:
                    FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:auth
                    Identity:
                      Header: X-Token
                      ReauthorizeEvery: 60
                  RequestAuth:
                    FunctionPayloadType: REQUEST
                    FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:auth
                    DisableFunctionDefaultPermissions: true
                    Identity:
                      QueryStrings: [token]
                  Users:
                    UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/pool
                    AuthorizationScopes: [email]
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              InlineCode: x
              Events:
                Default:
                  Type: Api
                  Properties: {RestApiId: !Ref Api, Path: /default, Method: get}
                Open:
                  Type: Api
                  Properties:
                    RestApiId: !Ref Api
                    Path: /open
                    Method: get
                    Auth: {Authorizer: NONE, ApiKeyRequired: false}
                Cognito:
                  Type: Api
                  Properties:
                    RestApiId: !Ref Api
                    Path: /users
                    Method: post
                    Auth: {Authorizer: Users}

        """

    @Test func authorizersDefaultsAndPermissionsMatchReference() throws {
        let output = try TransformProbe.transform(Self.authorizers).get()
        let resources = output["Resources"]?.mapping
        let body = resources?["Api"]?["Properties"]?["Body"]
        let schemes = try TransformProbe.canonical(
            """
            RequestAuth:
              in: header
              name: Unused
              type: apiKey
              x-amazon-apigateway-authorizer:
                authorizerUri:
                  Fn::Sub:
                  - arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${__FunctionArn__}/invocations
                  - {__FunctionArn__: 'arn:aws:lambda:us-east-1:123456789012:function:auth'}
                identitySource: method.request.querystring.token
                type: request
              x-amazon-apigateway-authtype: custom
            TokenAuth:
              in: header
              name: X-Token
              type: apiKey
              x-amazon-apigateway-authorizer:
                authorizerResultTtlInSeconds: 60
                authorizerUri:
                  Fn::Sub:
                  - arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${__FunctionArn__}/invocations
                  - {__FunctionArn__: 'arn:aws:lambda:us-east-1:123456789012:function:auth'}
                type: token
              x-amazon-apigateway-authtype: custom
            Users:
              in: header
              name: Authorization
              type: apiKey
              x-amazon-apigateway-authorizer:
                providerARNs: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/pool']
                type: cognito_user_pools
              x-amazon-apigateway-authtype: cognito_user_pools
            api_key: {in: header, name: x-api-key, type: apiKey}
            """)
        #expect(body?["securityDefinitions"]?.canonicalJSON() == schemes)
        let security = [
            ("/default", "[{TokenAuth: []}, {api_key: []}]"),
            ("/open", "[]"),
            ("/users", "[{Users: [email]}, {api_key: []}]"),
        ]
        for (path, expected) in security {
            let method = path == "/users" ? "post" : "get"
            let actual = body?["paths"]?[path]?[method]?["security"] ?? Node(.null)
            let wrapped = Node(.mapping(Mapping([.init(key: "security", value: actual)])))
            #expect(
                wrapped.canonicalJSON() == (try TransformProbe.canonical("security: " + expected)),
                "\(path)")
        }
        let deployment = try TransformProbe.canonical(
            """
            Properties:
              Description: 'RestApi deployment id: 0387d0d60f189b82217a707072add12ff2000239'
              RestApiId: {Ref: Api}
              StageName: Stage
            Type: AWS::ApiGateway::Deployment
            """)
        #expect(resources?["ApiDeployment0387d0d60f"]?.canonicalJSON() == deployment)
        // Only the token authorizer gets a permission: the request authorizer disables it
        // and the Cognito one calls no function.
        let permissions = resources?.entries.filter { $0.key.hasSuffix("AuthorizerPermission") }
        #expect(permissions?.map(\.key) == ["ApiTokenAuthAuthorizerPermission"])
        let permission = try TransformProbe.canonical(
            """
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: arn:aws:lambda:us-east-1:123456789012:function:auth
              Principal: apigateway.amazonaws.com
              SourceArn:
                Fn::Sub:
                - arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/authorizers/*
                - __ApiId__: {Ref: Api}
            """)
        #expect(resources?["ApiTokenAuthAuthorizerPermission"]?.canonicalJSON() == permission)
    }

    static let resourcePolicies = """
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
                    Auth:
                      ResourcePolicy:
                        IpRangeBlacklist: [10.0.0.0/8]
        Globals:
          Api:
            Auth:
              ResourcePolicy:
                AwsAccountWhitelist: ['111122223333']
                SourceVpcWhitelist: [vpc-1234, vpce-5678]
                CustomStatements:
                  Effect: Allow
                  Principal: '*'
                  Action: execute-api:Invoke
                  Resource: execute-api:/*

        """

    /// The event's own policy comes first (events are translated before the API), then the
    /// API's from `Globals`.
    @Test func resourcePoliciesMatchReference() throws {
        let output = try TransformProbe.transform(Self.resourcePolicies).get()
        let resources = output["Resources"]?.mapping
        let body = resources?["ServerlessRestApi"]?["Properties"]?["Body"]
        let policy = try TransformProbe.canonical(
            """
            Statement:
            - Action: execute-api:Invoke
              Effect: Allow
              Principal: '*'
              Resource:
              - Fn::Sub:
                - execute-api:/${__Stage__}/GET/items/*
                - {__Stage__: Prod}
            - Action: execute-api:Invoke
              Condition:
                IpAddress:
                  aws:SourceIp: [10.0.0.0/8]
              Effect: Deny
              Principal: '*'
              Resource:
              - Fn::Sub:
                - execute-api:/${__Stage__}/GET/items/*
                - {__Stage__: Prod}
            - Action: execute-api:Invoke
              Effect: Allow
              Principal:
                AWS: ['111122223333']
              Resource:
              - Fn::Sub:
                - execute-api:/${__Stage__}/GET/items/*
                - {__Stage__: Prod}
            - Action: execute-api:Invoke
              Condition:
                StringNotEquals:
                  aws:SourceVpc: [vpc-1234]
                  aws:SourceVpce: [vpce-5678]
              Effect: Deny
              Principal: '*'
              Resource:
              - Fn::Sub:
                - execute-api:/${__Stage__}/GET/items/*
                - {__Stage__: Prod}
            - {Action: 'execute-api:Invoke', Effect: Allow, Principal: '*', Resource: 'execute-api:/*'}
            Version: '2012-10-17'
            """)
        #expect(body?["x-amazon-apigateway-policy"]?.canonicalJSON() == policy)
        #expect(resources?["ServerlessRestApiDeployment21164076bf"] != nil)
    }

    static let usagePlans = """
        Conditions:
          IsProd: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          One:
            Type: AWS::Serverless::Api
            Condition: IsProd
            Properties:
              StageName: one
              Auth:
                UsagePlan:
                  CreateUsagePlan: SHARED
                  Quota: {Limit: 100, Period: DAY}
          Two:
            Type: AWS::Serverless::Api
            DeletionPolicy: Retain
            Properties:
              StageName: two
              Auth:
                UsagePlan:
                  CreateUsagePlan: SHARED
          Three:
            Type: AWS::Serverless::Api
            Properties:
              StageName: three
              Auth:
                UsagePlan:
                  CreateUsagePlan: PER_API
                  UsagePlanName: three
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              InlineCode: x
              Events:
                A: {Type: Api, Properties: {RestApiId: !Ref One, Path: /a, Method: get}}
                B: {Type: Api, Properties: {RestApiId: !Ref Two, Path: /b, Method: get}}
                C: {Type: Api, Properties: {RestApiId: !Ref Three, Path: /c, Method: get}}

        """

    /// `Two` is translated before `One` (Python 2.7 order of `Resources`), so `One`, the last,
    /// gives the shared plan its `Quota`; `Two` has no condition, so the shared resources have
    /// none, but the strongest deletion policy.
    @Test func usagePlansMatchReference() throws {
        let output = try TransformProbe.transform(Self.usagePlans).get()
        let resources = output["Resources"]?.mapping
        var plans = Mapping()
        for entry in resources ?? Mapping()
        where entry.key.contains("UsagePlan") || entry.key.contains("ApiKey") {
            plans[entry.key] = entry.value
        }
        let expected = try TransformProbe.canonical(
            """
            ServerlessApiKey:
              DeletionPolicy: Retain
              DependsOn: [ServerlessUsagePlan]
              Properties:
                Enabled: true
                StageKeys:
                - RestApiId: {Ref: Two}
                  StageName: {Ref: TwotwoStage}
                - RestApiId: {Ref: One}
                  StageName: {Ref: OneoneStage}
              Type: AWS::ApiGateway::ApiKey
            ServerlessUsagePlan:
              DeletionPolicy: Retain
              DependsOn: [Two, One]
              Properties:
                ApiStages:
                - ApiId: {Ref: Two}
                  Stage: {Ref: TwotwoStage}
                - ApiId: {Ref: One}
                  Stage: {Ref: OneoneStage}
                Quota: {Limit: 100, Period: DAY}
              Type: AWS::ApiGateway::UsagePlan
            ServerlessUsagePlanKey:
              DeletionPolicy: Retain
              DependsOn: [ServerlessApiKey]
              Properties:
                KeyId: {Ref: ServerlessApiKey}
                KeyType: API_KEY
                UsagePlanId: {Ref: ServerlessUsagePlan}
              Type: AWS::ApiGateway::UsagePlanKey
            ThreeApiKey:
              DependsOn: [ThreeUsagePlan]
              Properties:
                Enabled: true
                StageKeys:
                - RestApiId: {Ref: Three}
                  StageName: {Ref: ThreethreeStage}
              Type: AWS::ApiGateway::ApiKey
            ThreeUsagePlan:
              DependsOn: [Three]
              Properties:
                ApiStages:
                - ApiId: {Ref: Three}
                  Stage: {Ref: ThreethreeStage}
                UsagePlanName: three
              Type: AWS::ApiGateway::UsagePlan
            ThreeUsagePlanKey:
              DependsOn: [ThreeApiKey]
              Properties:
                KeyId: {Ref: ThreeApiKey}
                KeyType: API_KEY
                UsagePlanId: {Ref: ThreeUsagePlan}
              Type: AWS::ApiGateway::UsagePlanKey
            """)
        #expect(Node(.mapping(plans)).canonicalJSON() == expected)
        #expect(output["Conditions"]?["SharedUsagePlanCondition"] == nil)
    }

    static let uncachedRequestAuthorizer = """
        Resources:
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
              Auth:
                DefaultAuthorizer: Req
                Authorizers:
                  Req:
                    FunctionPayloadType: REQUEST
                    FunctionArn: !GetAtt AuthFn.Arn
                    FunctionInvokeRole: NONE
                    Identity:
                      ReauthorizeEvery: '0'
          AuthFn:
            Type: AWS::Serverless::Function
            Properties: {Runtime: python3.12, Handler: index.handler, InlineCode: x}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              InlineCode: x
              Events:
                Get: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /, Method: any}}

        """

    /// A `REQUEST` authorizer that does not cache (`ReauthorizeEvery: '0'`, read as Python's
    /// `int`) needs no identity source; `FunctionInvokeRole: NONE` means no credentials.
    @Test func uncachedRequestAuthorizerNeedsNoIdentitySource() throws {
        let output = try TransformProbe.transform(Self.uncachedRequestAuthorizer).get()
        let resources = output["Resources"]?.mapping
        let scheme = try TransformProbe.canonical(
            """
            in: header
            name: Unused
            type: apiKey
            x-amazon-apigateway-authorizer:
              authorizerResultTtlInSeconds: '0'
              authorizerUri:
                Fn::Sub:
                - arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${__FunctionArn__}/invocations
                - __FunctionArn__: {Fn::GetAtt: [AuthFn, Arn]}
              type: request
            x-amazon-apigateway-authtype: custom
            """)
        let body = resources?["Api"]?["Properties"]?["Body"]
        #expect(body?["securityDefinitions"]?["Req"]?.canonicalJSON() == scheme)
        #expect(resources?["ApiDeployment5082fa3183"] != nil)
        #expect(resources?["ApiReqAuthorizerPermission"] != nil)
    }

    /// An API whose `Auth` each error case completes (it starts on line 6, column 7).
    static func api(auth: String, event: String = "") -> String {
        """
        Resources:
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
              Auth:
        \(auth)
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
                    RestApiId: !Ref Api
                    Path: /items
                    Method: get
        \(event)
        """
    }

    static let errorCases: [(String, String, String, String)] = [
        (
            "a default authorizer that is not defined",
            "        DefaultAuthorizer: Tokn\n        Authorizers:\n          Token:\n"
                + "            FunctionArn: arn:aws:lambda:us-east-1:1:function:f", "",
            "template.yaml:6:7: error: resource 'Api': cannot use 'Tokn' as "
                + "'DefaultAuthorizer', since 'Authorizers' does not define it; did you mean "
                + "'Token'?"
        ),
        (
            "a request authorizer without an identity source",
            "        Authorizers:\n          Req:\n            FunctionPayloadType: REQUEST\n"
                + "            FunctionArn: arn:aws:lambda:us-east-1:1:function:f", "",
            "template.yaml:6:7: error: resource 'Api': authorizer 'Req' of type 'REQUEST' "
                + "needs an 'Identity' with at least one of 'Headers', 'QueryStrings', "
                + "'StageVariables' or 'Context'"
        ),
        (
            "an unknown payload type",
            "        Authorizers:\n          Fn:\n            FunctionPayloadType: BODY\n"
                + "            FunctionArn: arn:aws:lambda:us-east-1:1:function:f", "",
            "template.yaml:6:7: error: resource 'Api': authorizer 'Fn' has "
                + "'FunctionPayloadType' 'BODY'; expected 'TOKEN' or 'REQUEST'"
        ),
        (
            "a misspelt setting",
            "        ApiKeyRequire: true", "",
            "template.yaml:6:7: error: resource 'Api': property 'Auth' has no setting "
                + "'ApiKeyRequire'; did you mean 'ApiKeyRequired'?"
        ),
        (
            "a usage plan without its kind",
            "        UsagePlan:\n          Quota: {Limit: 10}", "",
            "template.yaml:6:7: error: resource 'Api': 'Auth.UsagePlan' needs "
                + "'CreateUsagePlan': 'PER_API', 'SHARED' or 'NONE'"
        ),
        (
            "a usage plan of an unknown kind",
            "        UsagePlan:\n          CreateUsagePlan: ALL", "",
            "template.yaml:6:7: error: resource 'Api': 'Auth.UsagePlan' has 'CreateUsagePlan' "
                + "'ALL'; expected 'PER_API', 'SHARED' or 'NONE'"
        ),
        (
            "VPC names given by an intrinsic function",
            "        ResourcePolicy:\n          SourceVpcBlacklist: [!Ref Vpc]", "",
            "template.yaml:6:7: error: resource 'Api': 'SourceVpcBlacklist' must be a list "
                + "of strings; use 'IntrinsicVpcBlacklist' for values that use intrinsic "
                + "functions"
        ),
        (
            "OverrideApiAuth with nothing to override",
            "        ApiKeyRequired: true",
            "            Auth:\n              OverrideApiAuth: true",
            "template.yaml:21:13: error: resource 'Fn', event 'Get': property 'Auth' needs "
                + "'Authorizer', 'ApiKeyRequired' or 'ResourcePolicy' when it sets "
                + "'OverrideApiAuth'"
        ),
    ]

    @Test(arguments: errorCases)
    func rejectsWithLocatedMessage(name: String, auth: String, event: String, expected: String)
        throws
    {
        let errors = try TransformProbe.errors(Self.api(auth: auth, event: event))
        #expect(errors == [expected], "\(name)")
    }
}
