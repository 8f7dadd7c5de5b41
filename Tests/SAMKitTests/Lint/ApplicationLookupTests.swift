import Testing

@testable import SAMKit

/// `validate` makes no network calls: a Serverless Application Repository application is
/// transformed with a stand-in and noted, not reported as an error.
@Suite struct ApplicationLookupTests {
    static let template = """
        Resources:
          Auth:
            Type: AWS::Serverless::Application
            Properties:
              Location:
                ApplicationId: arn:aws:serverlessrepo:us-east-1:123456789012:applications/auth
                SemanticVersion: 1.0.2
          Nested:
            Type: AWS::Serverless::Application
            Properties:
              Location: https://bucket.s3.amazonaws.com/nested.yaml

        """

    static func validate(_ options: TransformOptions) -> ValidationResult {
        let validator = TemplateValidator(
            options: options, linter: Linter(rules: [], today: LintProbe.day))
        return validator.validate(bytes: Array(template.utf8), path: "t.yaml")
    }

    @Test func anApplicationByIdIsNotedWhereItsIdIsWritten() {
        let result = Self.validate(TransformOptions(localArtifacts: .placeholder))
        #expect(
            result.diagnostics.map(LintProbe.describe) == [
                "6:24: info: resource 'Auth': application "
                    + "'arn:aws:serverlessrepo:us-east-1:123456789012:applications/auth' was not "
                    + "looked up in the Serverless Application Repository, since samkit makes no "
                    + "network calls; whether it exists in that version and region is checked only "
                    + "at deployment [application-lookup]"
            ])
        #expect(!result.hasProblems())
    }

    /// A library caller that can reach the repository supplies its own resolver, whose
    /// answers count, refusals included.
    @Test func aGivenResolverIsAskedAndNothingIsNoted() {
        struct Refusing: ApplicationResolver {
            func resolve(applicationId: String, semanticVersion: String)
                throws(ApplicationLookupError) -> ApplicationVersion
            {
                throw ApplicationLookupError("no such application")
            }
        }
        let result = Self.validate(
            TransformOptions(localArtifacts: .placeholder, applicationResolver: Refusing()))
        #expect(result.diagnostics.map(\.rule) == ["transform"])
        #expect(result.diagnostics.first?.message.contains("no such application") == true)
        #expect(result.hasProblems())
    }

    @Test func theStandInAnswersEveryIdAsAvailable() throws {
        let answer = try ApplicationLookupStandIn().resolve(
            applicationId: "any", semanticVersion: "9.9.9")
        #expect(answer.status == .active)
        #expect(answer.templateURL == ApplicationLookupStandIn.templateURL)
    }
}
