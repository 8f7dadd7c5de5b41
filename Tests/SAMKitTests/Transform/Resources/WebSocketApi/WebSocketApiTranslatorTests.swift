import Testing

@testable import SAMKit

@Suite struct WebSocketApiTranslatorTests {
    /// Checked against the reference transform's output for the same template.
    @Test func translatesRoutesWithACustomAuthorizer() throws {
        let template = """
            Resources:
              Chat:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: $request.body.action
                  RouteSettings:
                    sendMessage: {ThrottlingBurstLimit: 10}
                  Auth:
                    AuthType: CUSTOM
                    AuthArn: arn:aws:lambda:us-east-1:123456789012:function:auth
                    IdentitySource: [route.request.header.Auth]
                  Routes:
                    $connect:
                      FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:connect
                    sendMessage:
                      FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:send
                      IntegrationTimeout: 3000
            """
        let expected = """
            Resources:
              Chat:
                Type: AWS::ApiGatewayV2::Api
                Properties:
                  Name: Chat
                  RouteSelectionExpression: $request.body.action
                  Tags: {'websocketapi:createdBy': SAM}
                  ProtocolType: WEBSOCKET
              ChatConnectRoute:
                Type: AWS::ApiGatewayV2::Route
                Properties:
                  RouteKey: $connect
                  ApiId: {Ref: Chat}
                  Target: {'Fn::Join': [/, [integrations, {Ref: ChatConnectIntegration}]]}
                  AuthorizationType: CUSTOM
                  AuthorizerId: {Ref: ChatConnectAuthorizer}
              ChatConnectIntegration:
                Type: AWS::ApiGatewayV2::Integration
                Properties:
                  ApiId: {Ref: Chat}
                  IntegrationType: AWS_PROXY
                  IntegrationUri:
                    Fn::Sub:
                    - \(HttpApiProbe.lambdaPath)/${FunctionArn}/invocations
                    - {FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:connect'}
              ChatConnectPermission:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: arn:aws:lambda:us-east-1:123456789012:function:connect
                  Principal: apigateway.amazonaws.com
                  SourceArn:
                    Fn::Sub: '\(HttpApiProbe.executeApi):${Chat.ApiId}/default/$connect'
              ChatSendmessageRoute:
                Type: AWS::ApiGatewayV2::Route
                Properties:
                  RouteKey: sendMessage
                  ApiId: {Ref: Chat}
                  Target: {'Fn::Join': [/, [integrations, {Ref: ChatSendmessageIntegration}]]}
              ChatSendmessageIntegration:
                Type: AWS::ApiGatewayV2::Integration
                Properties:
                  ApiId: {Ref: Chat}
                  IntegrationType: AWS_PROXY
                  IntegrationUri:
                    Fn::Sub:
                    - \(HttpApiProbe.lambdaPath)/${FunctionArn}/invocations
                    - {FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:send'}
                  TimeoutInMillis: 3000
              ChatSendmessagePermission:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: arn:aws:lambda:us-east-1:123456789012:function:send
                  Principal: apigateway.amazonaws.com
                  SourceArn:
                    Fn::Sub: '\(HttpApiProbe.executeApi):${Chat.ApiId}/default/sendMessage'
              ChatDefaultStage:
                Type: AWS::ApiGatewayV2::Stage
                DependsOn: [ChatConnectRoute, ChatSendmessageRoute]
                Properties:
                  ApiId: {Ref: Chat}
                  StageName: default
                  Tags: {'websocketapi:createdBy': SAM}
                  AutoDeploy: true
                  RouteSettings:
                    sendMessage: {ThrottlingBurstLimit: 10}
              ChatConnectAuthorizer:
                Type: AWS::ApiGatewayV2::Authorizer
                Properties:
                  ApiId: {Ref: Chat}
                  AuthorizerType: REQUEST
                  AuthorizerUri:
                    Fn::Sub:
                    - \(HttpApiProbe.lambdaPath)/${AuthArn}/invocations
                    - {AuthArn: 'arn:aws:lambda:us-east-1:123456789012:function:auth'}
                  IdentitySource: [route.request.header.Auth]
                  Name: ChatConnectAuthorizer
              ChatAuthorizerPermission:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: arn:aws:lambda:us-east-1:123456789012:function:auth
                  Principal: apigateway.amazonaws.com
                  SourceArn:
                    Fn::Sub:
                    - \(HttpApiProbe.executeApi):${__ApiId__}/authorizers/*
                    - __ApiId__: {Ref: Chat}
            """
        #expect(try HttpApiProbe.output(template) == TransformProbe.canonical(expected))
    }

    /// Unlike HTTP APIs, WebSocket APIs in one hosted zone each write the zone's record set
    /// group, and the last one translated wins, as in the reference.
    @Test func theLastApiInAHostedZoneWritesItsRecordSetGroup() throws {
        let template = """
            Resources:
              One:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: $request.body.action
                  Routes: {$default: {FunctionArn: arn:fn}}
                  Domain:
                    DomainName: one.example.com
                    CertificateArn: arn:cert
                    Route53: {HostedZoneId: Z1}
              Two:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: $request.body.action
                  Routes: {$default: {FunctionArn: arn:fn}}
                  Domain:
                    DomainName: two.example.com
                    CertificateArn: arn:cert
                    Route53: {HostedZoneId: Z1}
            """
        let expected = """
            Resources:
              RecordSetGroup0cf6d58763:
                Type: AWS::Route53::RecordSetGroup
                Properties:
                  HostedZoneId: Z1
                  RecordSets:
                  - Name: two.example.com
                    Type: A
                    AliasTarget:
                      HostedZoneId:
                        Fn::GetAtt: [ApiGatewayDomainNameV249f1e0a89b, RegionalHostedZoneId]
                      DNSName:
                        Fn::GetAtt: [ApiGatewayDomainNameV249f1e0a89b, RegionalDomainName]
            """
        #expect(
            try HttpApiProbe.output(template, only: ["RecordSetGroup0cf6d58763"])
                == TransformProbe.canonical(expected))
    }

    typealias ErrorCase = (name: String, template: String, errors: [String])

    static let errorCases: [ErrorCase] = [
        (
            "a route key that is neither special nor alphanumeric",
            """
            Resources:
              Chat:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: $request.body.action
                  Routes:
                    send-message:
                      FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:send
            """,
            [
                "template.yaml:7:9: error: resource 'Chat': route 'send-message' must be "
                    + "'$connect', '$disconnect', '$default' or a key of letters and digits"
            ]
        ),
        (
            "IAM authorization with a setting it does not take",
            """
            Resources:
              Chat:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: $request.body.action
                  Auth:
                    AuthType: AWS_IAM
                    AuthArn: arn:aws:lambda:us-east-1:123456789012:function:auth
                  Routes:
                    $connect:
                      FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:connect
            """,
            [
                "template.yaml:6:7: error: resource 'Chat': 'Auth' of type 'AWS_IAM' takes no "
                    + "other settings, but it has 'AuthArn'"
            ]
        ),
        (
            "the stage name HTTP APIs use",
            """
            Resources:
              Chat:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: $request.body.action
                  StageName: $default
                  Routes:
                    $connect:
                      FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:connect
            """,
            [
                "template.yaml:6:7: error: resource 'Chat': property 'StageName' cannot be "
                    + "'$default' for a WebSocket API; leave it out for 'default'"
            ]
        ),
        (
            "a route without its function",
            """
            Resources:
              Chat:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: $request.body.action
                  Routes:
                    $connect:
                      IntegrationTimeout: 3000
            """,
            [
                "template.yaml:7:9: error: resource 'Chat': route '$connect' needs a "
                    + "'FunctionArn', the function it invokes"
            ]
        ),
    ]

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        #expect(try TransformProbe.errors(item.template) == item.errors, "\(item.name)")
    }
}
