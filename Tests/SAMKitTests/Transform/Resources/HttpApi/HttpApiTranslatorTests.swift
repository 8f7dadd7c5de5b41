import Testing

@testable import SAMKit

@Suite struct HttpApiTranslatorTests {
    typealias Case = (name: String, template: String, output: String)

    /// Outputs checked against the reference transform's for the same templates. The
    /// reference lists the definition's `tags` in Python 2.7's dictionary order; samkit lists
    /// them as written, then its own, which CloudFormation does not tell apart.
    static let cases: [Case] = [
        (
            "an API with neither definition gets the skeleton, the SAM tag and a $default stage",
            """
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
            """,
            """
            Resources:
              Api:
                Type: AWS::ApiGatewayV2::Api
                Properties:
                  Body:
                    openapi: 3.0.1
                    info: {version: '1.0', title: {Ref: 'AWS::StackName'}}
                    paths: {}
                    tags: [{name: 'httpapi:createdBy', x-amazon-apigateway-tag-value: SAM}]
              ApiApiGatewayDefaultStage:
                Type: AWS::ApiGatewayV2::Stage
                Properties:
                  ApiId: {Ref: Api}
                  StageName: $default
                  Tags: {'httpapi:createdBy': SAM}
                  AutoDeploy: true
            """
        ),
        (
            "a Lambda authorizer with its permission, a named stage and a domain in Route 53",
            """
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  StageName: prod
                  Tags:
                    Team: web
                  Auth:
                    DefaultAuthorizer: Lambda
                    Authorizers:
                      Lambda:
                        FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:auth
                        AuthorizerPayloadFormatVersion: '2.0'
                        EnableFunctionDefaultPermissions: true
                        Identity:
                          Headers: [Authorization]
                  Domain:
                    DomainName: api.example.com
                    CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc
                    BasePath: [/v1]
                    Route53:
                      HostedZoneId: Z123
            """,
            """
            Resources:
              Api:
                Type: AWS::ApiGatewayV2::Api
                Properties:
                  Body:
                    openapi: 3.0.1
                    info: {version: '1.0', title: {Ref: 'AWS::StackName'}}
                    paths: {}
                    tags:
                    - {name: Team, x-amazon-apigateway-tag-value: web}
                    - {name: 'httpapi:createdBy', x-amazon-apigateway-tag-value: SAM}
                    components:
                      securitySchemes:
                        Lambda:
                          type: apiKey
                          name: Unused
                          in: header
                          x-amazon-apigateway-authorizer:
                            type: request
                            authorizerUri:
                              Fn::Sub:
                              - \(HttpApiProbe.awsLambdaPath)/${__FunctionArn__}/invocations
                              - __FunctionArn__: arn:aws:lambda:us-east-1:123456789012:function:auth
                            identitySource: [$request.header.Authorization]
                            authorizerPayloadFormatVersion: '2.0'
              ApiLambdaAuthorizerPermission:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: arn:aws:lambda:us-east-1:123456789012:function:auth
                  Principal: apigateway.amazonaws.com
                  SourceArn:
                    Fn::Sub:
                    - \(HttpApiProbe.executeApi):${__ApiId__}/authorizers/*
                    - __ApiId__: {Ref: Api}
              ApiGatewayDomainNameV21bc412bb08:
                Type: AWS::ApiGatewayV2::DomainName
                Properties:
                  DomainName: api.example.com
                  DomainNameConfigurations:
                  - CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc
                    EndpointType: REGIONAL
                  Tags: {Team: web, 'httpapi:createdBy': SAM}
              Apiv1ApiMapping:
                Type: AWS::ApiGatewayV2::ApiMapping
                Properties:
                  ApiId: {Ref: Api}
                  ApiMappingKey: v1
                  DomainName: {Ref: ApiGatewayDomainNameV21bc412bb08}
                  Stage: {Ref: ApiprodStage}
              RecordSetGroupdc5493edf0:
                Type: AWS::Route53::RecordSetGroup
                Properties:
                  HostedZoneId: Z123
                  RecordSets:
                  - Name: api.example.com
                    Type: A
                    AliasTarget:
                      HostedZoneId:
                        Fn::GetAtt: [ApiGatewayDomainNameV21bc412bb08, RegionalHostedZoneId]
                      DNSName:
                        Fn::GetAtt: [ApiGatewayDomainNameV21bc412bb08, RegionalDomainName]
              ApiprodStage:
                Type: AWS::ApiGatewayV2::Stage
                Properties:
                  ApiId: {Ref: Api}
                  StageName: prod
                  Tags: {Team: web, 'httpapi:createdBy': SAM}
                  AutoDeploy: true
            """
        ),
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        #expect(
            try HttpApiProbe.output(item.template) == TransformProbe.canonical(item.output),
            "\(item.name)")
    }

    @Test func apisInOneHostedZoneShareItsRecordSetGroup() throws {
        let template = """
            Resources:
              One:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Domain:
                    DomainName: one.example.com
                    CertificateArn: arn:cert
                    Route53: {HostedZoneId: Z1}
              Two:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Domain:
                    DomainName: two.example.com
                    CertificateArn: arn:cert
                    Route53: {HostedZoneId: Z1, IpV6: true}
            """
        let expected = """
            Resources:
              RecordSetGroup0cf6d58763:
                Type: AWS::Route53::RecordSetGroup
                Properties:
                  HostedZoneId: Z1
                  RecordSets:
                  - Name: one.example.com
                    Type: A
                    AliasTarget:
                      HostedZoneId:
                        Fn::GetAtt: [ApiGatewayDomainNameV25636ed5aa9, RegionalHostedZoneId]
                      DNSName:
                        Fn::GetAtt: [ApiGatewayDomainNameV25636ed5aa9, RegionalDomainName]
                  - Name: two.example.com
                    Type: A
                    AliasTarget:
                      HostedZoneId:
                        Fn::GetAtt: [ApiGatewayDomainNameV249f1e0a89b, RegionalHostedZoneId]
                      DNSName:
                        Fn::GetAtt: [ApiGatewayDomainNameV249f1e0a89b, RegionalDomainName]
                  - Name: two.example.com
                    Type: AAAA
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
            "a default authorizer that is not defined, with the nearest one",
            """
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    DefaultAuthorizer: Jwt
                    Authorizers:
                      Jwt2:
                        JwtConfiguration: {issuer: https://example.com}
                        IdentitySource: $request.header.Authorization
            """,
            [
                "template.yaml:6:28: error: resource 'Api': 'Auth.DefaultAuthorizer' is 'Jwt', "
                    + "which is not one of the API's 'Authorizers'; did you mean 'Jwt2'?"
            ]
        ),
        (
            "an unknown CORS key, with the nearest one",
            """
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  CorsConfiguration:
                    AllowOrigin: ['https://example.com']
            """,
            [
                "template.yaml:6:9: error: resource 'Api': 'AllowOrigin' is not a key of "
                    + "'CorsConfiguration'; did you mean 'AllowOrigins'?"
            ]
        ),
        (
            "tags go into the definition, so they need it inline",
            """
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  DefinitionUri: s3://bucket/openapi.yaml
                  Tags:
                    Team: web
            """,
            [
                "template.yaml:6:7: error: resource 'Api': property 'Tags' needs the OpenAPI "
                    + "definition inline, in 'DefinitionBody'"
            ]
        ),
        (
            "a Lambda authorizer with an OAuth2 property",
            """
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    Authorizers:
                      Lambda:
                        FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:auth
                        IdentitySource: $request.header.Authorization
                        AuthorizerPayloadFormatVersion: '2.0'
            """,
            [
                "template.yaml:7:11: error: resource 'Api': authorizer 'Lambda': "
                    + "'IdentitySource' is only for OAuth2 authorizers; a Lambda authorizer uses "
                    + "'Identity'"
            ]
        ),
        (
            "identity headers that are not a list, pointed at the authorizer",
            """
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    Authorizers:
                      Lambda:
                        FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:auth
                        AuthorizerPayloadFormatVersion: '2.0'
                        Identity:
                          Headers: Authorization
            """,
            [
                "template.yaml:7:11: error: resource 'Api': authorizer 'Lambda': "
                    + "'Identity.Headers' must be a list of strings"
            ]
        ),
        (
            "both definitions",
            """
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  DefinitionUri: s3://bucket/openapi.yaml
                  DefinitionBody: {openapi: 3.0.1, paths: {}}
            """,
            [
                "template.yaml:2:3: error: resource 'Api': give either 'DefinitionUri' or "
                    + "'DefinitionBody', not both"
            ]
        ),
    ]

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        #expect(try TransformProbe.errors(item.template) == item.errors, "\(item.name)")
    }
}
