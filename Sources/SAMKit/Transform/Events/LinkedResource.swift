/// A resource of the template that an event source changes: the bucket an S3 event adds a
/// notification to, the user pool a Cognito event adds a trigger to.
///
/// The change is made in `context.outputResources`, so that several events, of one function
/// or of several, add to the same resource. The resource is written back as the reference
/// writes it: `Type`, `Properties`, `DependsOn` and the attributes the reference keeps
/// (`Condition`, `DeletionPolicy`, `UpdatePolicy`, `UpdateReplacePolicy`, `Metadata`); any
/// other key beside them is dropped.
struct LinkedResource {
    /// What the event calls the resource in messages: "bucket", "user pool".
    let role: String
    let logicalId: String
    /// The resource's `Type`, which must be this.
    let type: String
    /// The properties the reference knows of the type; it refuses any other.
    let knownProperties: [String]
    /// The whole resource: `Type`, `Properties`, attributes.
    var resource: Mapping
    /// Where the resource's logical id is written.
    let mark: SourceMark?

    static let keptAttributes = [
        "DependsOn", "DeletionPolicy", "UpdatePolicy", "Condition", "UpdateReplacePolicy",
        "Metadata",
    ]

    /// The resource that `property` of `event` names with `Ref`.
    ///
    /// - Throws: when the property is not a `Ref` to a resource of the template.
    init(
        _ role: String, type: String, knownProperties: [String], property: String,
        of event: FunctionEvent, target: EventTarget, in context: TransformContext
    ) throws(Diagnostic) {
        let written = event[property] ?? Node(.null)
        guard let reference = written["Ref"] else {
            throw target.error(
                in: event, property: property,
                "must be a 'Ref' to an '\(type)' in this template; the \(role) of another "
                    + "stack cannot be changed from here")
        }
        guard let logicalId = reference.string else {
            throw target.error(
                in: event, property: property,
                "must name the \(role) with 'Ref: LogicalId', but its 'Ref' is "
                    + reference.kindDescription)
        }
        guard context.resources[logicalId] != nil,
            let entry = context.outputResources.entry(logicalId)
        else {
            var message = "names '\(logicalId)', which is not a resource of this template"
            let known = context.resources.keys
            if let near = Suggestion.nearest(to: logicalId, among: known) {
                message += "; did you mean '\(near)'?"
            }
            throw target.error(in: event, property: property, message)
        }
        self.role = role
        self.logicalId = logicalId
        self.type = type
        self.knownProperties = knownProperties
        self.resource = entry.value.mapping ?? Mapping()
        self.mark = entry.keyMark ?? entry.value.mark
    }

    var properties: Mapping {
        get { resource["Properties"]?.mapping ?? Mapping() }
        set { resource["Properties"] = .mapping(newValue) }
    }

    /// Where `property` of the resource is written, falling back to the resource.
    func mark(of property: String) -> SourceMark? {
        resource["Properties"]?.mapping?.entry(property)?.keyMark ?? mark
    }

    /// An error about the linked resource, reported for the event that changes it.
    func error(
        _ message: String, event: FunctionEvent, target: EventTarget, at place: SourceMark? = nil
    ) -> Diagnostic {
        target.error(in: event, "\(role) '\(logicalId)' \(message)", at: place ?? mark)
    }

    /// Checks the resource as the reference does before writing it back, then writes it into
    /// `context.outputResources` in its place.
    func store(event: FunctionEvent, target: EventTarget, in context: TransformContext)
        throws(Diagnostic)
    {
        let actual = resource["Type"]?.string ?? resource["Type"]?.kindDescription ?? "no type"
        guard actual == type else {
            throw error(
                "has type '\(actual)'; the event can only change an '\(type)'", event: event,
                target: target)
        }
        for entry in properties where !knownProperties.contains(entry.key) {
            throw error(
                "has property '\(entry.key)', which samkit cannot carry over when the event "
                    + "changes the \(role), as the reference transform cannot",
                event: event, target: target, at: entry.keyMark)
        }
        var written = Mapping()
        written["Type"] = resource["Type"]
        if let properties = resource["Properties"] { written["Properties"] = properties }
        for entry in resource where Self.keptAttributes.contains(entry.key) {
            written.set(entry)
        }
        guard let index = context.outputResources.index(of: logicalId) else { return }
        let original = context.outputResources.entries[index]
        context.outputResources.insert(
            Mapping.Entry(
                key: logicalId, keyMark: original.keyMark,
                value: Node(.mapping(written), mark: original.value.mark)),
            at: index)
    }
}
