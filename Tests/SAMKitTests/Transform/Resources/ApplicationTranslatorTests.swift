import Testing

@testable import SAMKit

@Suite struct ApplicationTranslatorTests {
    /// A repository that knows one application per status and refuses the id `private`.
    struct Repository: ApplicationResolver {
        func resolve(applicationId: String, semanticVersion: String)
            throws(ApplicationLookupError) -> ApplicationVersion
        {
            if applicationId == "private" {
                throw ApplicationLookupError("access denied")
            }
            let status: ApplicationVersion.Status =
                switch applicationId {
                case "expired": .expired
                case "preparing": .preparing
                default: .active
                }
            return ApplicationVersion(
                applicationId: applicationId, semanticVersion: semanticVersion, status: status,
                templateURL: "https://bucket.s3.amazonaws.com/\(applicationId)/\(semanticVersion)")
        }
    }

    typealias Case = (name: String, template: String, resources: String)

    /// Outputs checked against the reference transform's (with its stand-in repository).
    static let cases: [Case] = [
        (
            "a template URL is used as it is; attributes other than the pass-through ones drop",
            """
            Resources:
              ByUrl:
                Type: AWS::Serverless::Application
                DependsOn: Other
                Metadata: {Note: dropped}
                DeletionPolicy: Retain
                Properties:
                  Location: https://bucket.s3.amazonaws.com/nested.yaml
                  Parameters: {Stage: prod}
                  Tags: {Team: infra}
              Other:
                Type: AWS::SNS::Topic
            """,
            """
            ByUrl:
              Type: AWS::CloudFormation::Stack
              DependsOn: Other
              DeletionPolicy: Retain
              Properties:
                Parameters: {Stage: prod}
                Tags: [{Key: 'lambda:createdBy', Value: SAM}, {Key: Team, Value: infra}]
                TemplateURL: https://bucket.s3.amazonaws.com/nested.yaml
            Other:
              Type: AWS::SNS::Topic
            """
        ),
        (
            "a repository application is looked up after its parameters and mappings resolve",
            """
            Parameters:
              Version: {Type: String, Default: 2.1.0}
            Mappings:
              Apps:
                cn-north-1: {Id: tools}
            Resources:
              FromRepository:
                Type: AWS::Serverless::Application
                Properties:
                  Location:
                    ApplicationId: !FindInMap [Apps, !Ref 'AWS::Region', Id]
                    SemanticVersion: !Ref Version
                  NotificationARNs: [arn:aws-cn:sns:cn-north-1:123456789012:events]
                  TimeoutInMinutes: 20
                  Tags: {Team: infra}
            """,
            """
            FromRepository:
              Type: AWS::CloudFormation::Stack
              Properties:
                NotificationARNs: [arn:aws-cn:sns:cn-north-1:123456789012:events]
                Tags:
                - {Key: 'lambda:createdBy', Value: SAM}
                - {Key: 'serverlessrepo:applicationId', Value: tools}
                - {Key: 'serverlessrepo:semanticVersion', Value: 2.1.0}
                - {Key: Team, Value: infra}
                TimeoutInMinutes: 20
                TemplateURL: https://bucket.s3.amazonaws.com/tools/2.1.0
            """
        ),
        (
            "an application still being prepared is accepted",
            """
            Resources:
              Preparing:
                Type: AWS::Serverless::Application
                Properties:
                  Location: {ApplicationId: preparing, SemanticVersion: 1.0.0}
            """,
            """
            Preparing:
              Type: AWS::CloudFormation::Stack
              Properties:
                Tags:
                - {Key: 'lambda:createdBy', Value: SAM}
                - {Key: 'serverlessrepo:applicationId', Value: preparing}
                - {Key: 'serverlessrepo:semanticVersion', Value: 1.0.0}
                TemplateURL: https://bucket.s3.amazonaws.com/preparing/1.0.0
            """
        ),
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        let output = try TransformProbe.resources(
            item.template, region: "cn-north-1", resolver: Repository())
        #expect(try output == TransformProbe.canonical(item.resources), "\(item.name)")
    }

    typealias ErrorCase = (name: String, location: String, errors: [String])

    static let errorCases: [ErrorCase] = [
        (
            "a refused look-up",
            "{ApplicationId: private, SemanticVersion: 1.0.0}",
            [
                "template.yaml:5:33: error: resource 'App': the Serverless Application Repository "
                    + "refused application 'private' version '1.0.0': access denied"
            ]
        ),
        (
            "an expired template",
            "{ApplicationId: expired, SemanticVersion: 1.0.0}",
            [
                "template.yaml:5:33: error: resource 'App': the Serverless Application Repository "
                    + "reports the template of application 'expired' version '1.0.0' as "
                    + "expired, so CloudFormation cannot fetch it; transform the template again"
            ]
        ),
        (
            "a missing version",
            "{ApplicationId: tools}",
            [
                "template.yaml:5:17: error: resource 'App': property 'Location' must give "
                    + "'SemanticVersion' when it names a Serverless Application Repository "
                    + "application, or be the URL of a template"
            ]
        ),
        (
            "an empty version",
            "{ApplicationId: tools, SemanticVersion: ''}",
            [
                "template.yaml:5:57: error: resource 'App': property 'Location.SemanticVersion' "
                    + "is empty; it must name a version such as '1.0.0'"
            ]
        ),
        (
            "a version that YAML reads as a number",
            "{ApplicationId: tools, SemanticVersion: 1.0}",
            [
                "template.yaml:5:57: error: resource 'App': property 'Location.SemanticVersion' "
                    + "must be a string, but it is a number"
            ]
        ),
        (
            "an id that only CloudFormation could resolve",
            "{ApplicationId: !Sub '${AWS::AccountId}-tools', SemanticVersion: 1.0.0}",
            [
                "template.yaml:5:33: error: resource 'App': property 'Location.ApplicationId' "
                    + "cannot be resolved by the transform; only a 'Ref' to a parameter and "
                    + "'Fn::FindInMap' can stand for it"
            ]
        ),
        (
            "an id read from SSM",
            "{ApplicationId: '{{resolve:ssm:app-id}}', SemanticVersion: 1.0.0}",
            [
                "template.yaml:5:33: error: resource 'App': property 'Location.ApplicationId' "
                    + "holds an SSM dynamic reference, which the Serverless Application "
                    + "Repository cannot resolve; write the id itself"
            ]
        ),
    ]

    static func template(location: String, tags: String = "{Team: infra}") -> String {
        """
        Resources:
          App:
            Type: AWS::Serverless::Application
            Properties:
              Location: \(location)
              Tags: \(tags)
        """
    }

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        let errors = try TransformProbe.errors(
            Self.template(location: item.location), resolver: Repository())
        #expect(errors == item.errors, "\(item.name)")
    }

    @Test func rejectsAReservedTag() throws {
        let template = Self.template(
            location: "https://bucket/t.yaml", tags: "{'serverlessrepo:applicationId': x}")
        #expect(
            try TransformProbe.errors(template) == [
                "template.yaml:6:14: error: resource 'App': tag 'serverlessrepo:applicationId' is "
                    + "set by the transform and cannot be set in 'Tags'; use another key"
            ])
    }

    /// Without a resolver the command line cannot look an application up, and says so.
    @Test func needsAResolverForARepositoryApplication() throws {
        let template = Self.template(location: "{ApplicationId: tools, SemanticVersion: 1.0.0}")
        #expect(
            try TransformProbe.errors(template) == [
                "template.yaml:5:33: error: resource 'App': application 'tools' version '1.0.0' "
                    + "must be looked up in the Serverless Application Repository to find its "
                    + "template, and samkit makes no network calls; give 'Location' as the "
                    + "template's URL instead"
            ])
    }

    @Test func rejectsARegionWithoutTheRepository() throws {
        let template = Self.template(location: "{ApplicationId: tools, SemanticVersion: 1.0.0}")
        #expect(
            try TransformProbe.errors(template, region: "af-south-1", resolver: Repository()) == [
                "template.yaml:5:33: error: resource 'App': the Serverless Application Repository "
                    + "is not offered in region 'af-south-1', so application 'tools' cannot be "
                    + "used there"
            ])
    }
}
