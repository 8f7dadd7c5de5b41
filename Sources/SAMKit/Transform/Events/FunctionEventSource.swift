/// One entry of a function's `Events`, as written.
public struct FunctionEvent: Sendable {
    /// The event's name, the key under `Events`.
    public let name: String
    /// Its `Type`: `SQS`, `S3`, `Schedule`, ...
    public let type: String
    public let properties: Mapping
    /// Where the event's name was written.
    public let mark: SourceMark?

    public init(name: String, type: String, properties: Mapping, mark: SourceMark?) {
        self.name = name
        self.type = type
        self.properties = properties
        self.mark = mark
    }

    public subscript(property: String) -> Node? {
        properties[property]
    }

    /// Where `property` is written, falling back to the event itself.
    public func mark(of property: String) -> SourceMark? {
        properties.entry(property)?.keyMark ?? mark
    }
}

/// The function an event source invokes, as its translator needs to know it.
public struct EventTarget: Sendable {
    /// The SAM function the event belongs to.
    public var function: SAMResource
    /// The generated `AWS::Lambda::Function`'s logical id (the SAM function's own).
    public var functionLogicalId: String { function.logicalId }
    /// What the event invokes: the function's `Arn`, or with `AutoPublishAlias` a `Ref` to the
    /// alias, as the reference connects events to the alias when there is one.
    public var arn: Node
    /// The logical id of what `arn` names: the function or its alias.
    public var invokedLogicalId: String
    /// The function's `Condition`, `DeletionPolicy` and `UpdateReplacePolicy`, which every
    /// resource generated for it carries too.
    public var passThroughAttributes: Mapping
    /// The logical id of the role samkit generated for the function, or `nil` when the
    /// template gives its own `Role`.
    public var roleLogicalId: String?
    /// The IAM action that lets a service invoke the target, for the roles events generate:
    /// `lambda:InvokeFunction`, or `states:StartExecution` for a state machine.
    public var invokeAction = "lambda:InvokeFunction"
    /// What the name of an event role's invoke policy ends with, after the event's logical id.
    public var invokePolicySuffix = "LambdaPolicy"

    public init(
        function: SAMResource, arn: Node, invokedLogicalId: String, passThroughAttributes: Mapping,
        roleLogicalId: String?
    ) {
        self.function = function
        self.arn = arn
        self.invokedLogicalId = invokedLogicalId
        self.passThroughAttributes = passThroughAttributes
        self.roleLogicalId = roleLogicalId
    }
}

/// What an event source adds to the template and to its function's role.
public struct EventTranslation: Sendable {
    public var resources: [CloudFormationResource]
    /// Managed policy ARNs the function's generated role needs (pull sources such as SQS).
    public var roleManagedPolicyArns: [Node]
    /// Inline policies (`{"PolicyName": ..., "PolicyDocument": ...}`) the role needs.
    public var rolePolicies: [Node]

    public init(
        resources: [CloudFormationResource] = [], roleManagedPolicyArns: [Node] = [],
        rolePolicies: [Node] = []
    ) {
        self.resources = resources
        self.roleManagedPolicyArns = roleManagedPolicyArns
        self.rolePolicies = rolePolicies
    }
}

/// Turns one type of function event (`SQS`, `S3`, ...) into CloudFormation.
///
/// Each type has one source, registered in `FunctionEventSources.all`. The function
/// translator checks an event's properties against `schema` before calling `translate`.
/// A source that must change a resource the template already has (an S3 event adds a
/// notification to its bucket) edits `context.outputResources`.
public protocol FunctionEventSource: Sendable {
    var eventType: String { get }
    var schema: PropertySchema { get }

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
}

extension PropertySchema {
    /// Reports the first problem this schema finds in `event` of the resource `ownerId`,
    /// naming the event after the resource.
    func checkEvent(_ event: FunctionEvent, of ownerId: String) throws(Diagnostic) {
        let stand = SAMResource(
            logicalId: ownerId,
            node: ["Type": .string(event.type), "Properties": .mapping(event.properties)],
            keyMark: event.mark)
        guard var problem = problems(in: stand).first else { return }
        let prefix = "resource '\(ownerId)': "
        if problem.message.hasPrefix(prefix) {
            problem.message =
                "resource '\(ownerId)', event '\(event.name)': "
                + problem.message.dropFirst(prefix.count)
        }
        throw problem
    }
}
