/// Translates `AWS::Serverless::Application` into an `AWS::CloudFormation::Stack`.
///
/// `Location` is either the URL of the nested template or a Serverless Application
/// Repository application (`ApplicationId`, `SemanticVersion`). The repository is asked, through
/// `context.options.applicationResolver`, for the URL of a copy of that application's
/// template; without a resolver the application cannot be translated and the error says so.
/// `ApplicationId` and `SemanticVersion` may be `Ref`s to parameters or `Fn::FindInMap`s,
/// which are resolved first, as the reference resolves them.
///
/// An application the repository reports as `EXPIRED` is rejected, since its template can no
/// longer be fetched; one still `PREPARING` is accepted without waiting for it.
struct ApplicationTranslator: ResourceTranslator {
    let resourceType = "AWS::Serverless::Application"

    let schema = PropertySchema(
        "AWS::Serverless::Application",
        [
            PropertySpec("Location", .either([.string, .mapping]), required: true),
            PropertySpec("TemplateUrl", .string),
            PropertySpec("Parameters", .mapping),
            PropertySpec("NotificationARNs", .list(.either([.string, .mapping]))),
            PropertySpec("Tags", .mapping),
            PropertySpec("TimeoutInMinutes", .integer),
        ])

    static let applicationIdTag = "serverlessrepo:applicationId"
    static let semanticVersionTag = "serverlessrepo:semanticVersion"
    /// Tag keys the transform sets itself, which a template may not set.
    static let reservedTags = [TagList.createdByKey, applicationIdTag, semanticVersionTag]

    /// The regions where the Serverless Application Repository is offered.
    static let repositoryRegions: Set<String> = [
        "ap-east-1", "ap-northeast-1", "ap-northeast-2", "ap-south-1", "ap-southeast-1",
        "ap-southeast-2", "ca-central-1", "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2",
        "eu-west-3", "me-south-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
        "cn-north-1", "cn-northwest-1", "us-gov-east-1", "us-gov-west-1",
    ]

    func translate(_ resource: SAMResource, in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        guard let location = resource["Location"] else {
            throw resource.error("the required property 'Location' is missing")
        }
        let templateURL: Node
        var applicationTags = Mapping()
        if location.mapping == nil {
            templateURL = location
        } else {
            let application = try repositoryApplication(location, of: resource, in: context)
            applicationTags[Self.applicationIdTag] = application.id
            applicationTags[Self.semanticVersionTag] = application.version
            templateURL = .string(
                try lookUp(application, of: resource, in: context).templateURL,
                mark: location.mark)
        }

        var stack = CloudFormationResource(
            logicalId: resource.logicalId, type: "AWS::CloudFormation::Stack",
            attributes: resource.passThroughAttributes, origin: resource.mark)
        if let dependsOn = resource.dependsOn {
            stack.attributes.insert(Mapping.Entry(key: "DependsOn", value: dependsOn), at: 0)
        }
        for name in ["Parameters", "NotificationARNs"] {
            if let value = resource.presentValue(name) { stack[name] = value }
        }
        stack["Tags"] = .sequence(try tags(of: resource, adding: applicationTags))
        if let timeout = resource.presentValue("TimeoutInMinutes") {
            stack["TimeoutInMinutes"] = timeout
        }
        stack["TemplateURL"] = templateURL
        return [stack]
    }

    /// `lambda:createdBy`, then the repository's tags, then the template's own.
    private func tags(of resource: SAMResource, adding applicationTags: Mapping) throws(Diagnostic)
        -> [Node]
    {
        let written = resource.setValue("Tags")?.mapping ?? Mapping()
        for entry in written where Self.reservedTags.contains(entry.key) {
            throw resource.error(
                "tag '\(entry.key)' is set by the transform and cannot be set in 'Tags'; "
                    + "use another key", at: entry.keyMark ?? resource.mark(of: "Tags"))
        }
        return [TagList.createdBySAM(mark: resource.mark)]
            + TagList.from(applicationTags, mark: resource.mark)
            + TagList.from(written, mark: resource.mark(of: "Tags"))
    }

    /// The application id and version a `Location` mapping names, with parameter references
    /// and `Fn::FindInMap` resolved; both must come out as strings.
    private func repositoryApplication(
        _ location: Node, of resource: SAMResource, in context: TransformContext
    ) throws(Diagnostic) -> (id: Node, version: Node) {
        let place = location.mark ?? resource.mark(of: "Location")
        for key in ["ApplicationId", "SemanticVersion"] where location[key] == nil {
            throw resource.error(
                "property 'Location' must give '\(key)' when it names a Serverless Application "
                    + "Repository application, or be the URL of a template", at: place)
        }
        guard let rawId = location["ApplicationId"], !rawId.isNull else {
            throw resource.error(
                "property 'Location.ApplicationId' is empty; it must name an application",
                at: location.mapping?.entry("ApplicationId")?.keyMark ?? place)
        }
        let id = try resolved(rawId, in: context)
        let rawVersion = location["SemanticVersion"] ?? .init(.null)
        let version =
            rawVersion.isNull
            ? rawVersion : try resolved(rawVersion, in: context)
        if id.mapping != nil {
            throw resource.error(
                "property 'Location.ApplicationId' cannot be resolved by the transform; only a "
                    + "'Ref' to a parameter and 'Fn::FindInMap' can stand for it",
                at: rawId.mark ?? place)
        }
        if version.isFalseInPython {
            throw resource.error(
                "property 'Location.SemanticVersion' is empty; it must name a version such as "
                    + "'1.0.0'",
                at: rawVersion.mark ?? location.mapping?.entry("SemanticVersion")?.keyMark ?? place)
        }
        if version.mapping != nil {
            throw resource.error(
                "property 'Location.SemanticVersion' cannot be resolved by the transform; only "
                    + "a 'Ref' to a parameter and 'Fn::FindInMap' can stand for it",
                at: rawVersion.mark ?? place)
        }
        for (key, value, raw) in [
            ("ApplicationId", id, rawId), ("SemanticVersion", version, rawVersion),
        ]
        where value.string == nil {
            throw resource.error(
                "property 'Location.\(key)' must be a string, but it is \(value.kindDescription)",
                at: raw.mark ?? place)
        }
        return (id, version)
    }

    /// Asks the repository for `application`, as the reference does once the template is
    /// known to be well formed.
    private func lookUp(
        _ application: (id: Node, version: Node), of resource: SAMResource,
        in context: TransformContext
    ) throws(Diagnostic) -> ApplicationVersion {
        let id = application.id.string ?? ""
        let version = application.version.string ?? ""
        let place = application.id.mark ?? resource.mark(of: "Location")
        guard Self.repositoryRegions.contains(context.region) else {
            throw resource.error(
                "the Serverless Application Repository is not offered in region "
                    + "'\(context.region)', so application '\(id)' cannot be used there",
                at: place)
        }
        // Only the first dynamic reference is looked at; an id holding several is not a case
        // the repository's ids allow.
        if S3URI.firstDynamicReference(in: id)?.hasPrefix("{{resolve:ssm:") == true {
            throw resource.error(
                "property 'Location.ApplicationId' holds an SSM dynamic reference, which the "
                    + "Serverless Application Repository cannot resolve; write the id itself",
                at: place)
        }
        guard let resolver = context.options.applicationResolver else {
            throw resource.error(
                "application '\(id)' version '\(version)' must be looked up in the Serverless "
                    + "Application Repository to find its template, and samkit makes no network "
                    + "calls; give 'Location' as the template's URL instead", at: place)
        }
        let found: ApplicationVersion
        do {
            found = try resolver.resolve(applicationId: id, semanticVersion: version)
        } catch {
            throw resource.error(
                "the Serverless Application Repository refused application '\(id)' version "
                    + "'\(version)': \(error.message)", at: place)
        }
        if found.status == .expired {
            throw resource.error(
                "the Serverless Application Repository reports the template of application "
                    + "'\(id)' version '\(version)' as expired, so CloudFormation cannot fetch "
                    + "it; transform the template again", at: place)
        }
        return found
    }

    /// `value` with `Ref`s to parameters, then `Fn::FindInMap`s over the template's
    /// `Mappings`, replaced by their values.
    private func resolved(_ value: Node, in context: TransformContext)
        throws(Diagnostic) -> Node
    {
        try context.resolveFindInMap(try context.resolveParameterRefs(value))
    }
}
