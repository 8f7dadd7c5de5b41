/// What the Serverless Application Repository says about an application version.
public struct ApplicationVersion: Sendable, Equatable {
    public enum Status: String, Sendable {
        case active = "ACTIVE"
        case expired = "EXPIRED"
        case preparing = "PREPARING"
    }

    public var applicationId: String
    public var semanticVersion: String
    public var status: Status
    /// Where CloudFormation fetches the application's template from.
    public var templateURL: String

    public init(
        applicationId: String, semanticVersion: String, status: Status, templateURL: String
    ) {
        self.applicationId = applicationId
        self.semanticVersion = semanticVersion
        self.status = status
        self.templateURL = templateURL
    }
}

/// Why an application could not be resolved.
public struct ApplicationLookupError: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

/// Looks up `AWS::Serverless::Application` ids in the Serverless Application Repository.
///
/// The transform never reaches a network by itself: a caller that can make the call supplies
/// a resolver, and without one, an application given by id is reported as needing a look-up
/// that could not be made.
public protocol ApplicationResolver: Sendable {
    func resolve(applicationId: String, semanticVersion: String) throws(ApplicationLookupError)
        -> ApplicationVersion
}

/// Answers every look-up as an available application with a placeholder template URL.
///
/// `samkit validate` uses it so that a template with a Serverless Application Repository
/// application is checked like any other without a network call: everything about the
/// application is checked but whether the repository has that id and version, which the
/// validator says in a note.
public struct ApplicationLookupStandIn: ApplicationResolver {
    /// The `TemplateURL` of every application, in a domain that never resolves.
    public static let templateURL =
        "https://serverless-application-repository.invalid/not-looked-up"

    public init() {}

    public func resolve(applicationId: String, semanticVersion: String)
        throws(ApplicationLookupError) -> ApplicationVersion
    {
        ApplicationVersion(
            applicationId: applicationId, semanticVersion: semanticVersion, status: .active,
            templateURL: Self.templateURL)
    }
}
