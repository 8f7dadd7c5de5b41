extension EventTarget {
    /// What a permission names as its `FunctionName`: a `Ref` to the function, or the alias's
    /// ARN when events invoke an alias, which has no name of its own.
    var nameOrArn: Node {
        invokedLogicalId == functionLogicalId ? EventSourceNodes.ref(functionLogicalId) : arn
    }

    /// The function's `Condition`, when it has one; what it generates exists only under it.
    var condition: Node? {
        passThroughAttributes["Condition"]
    }

    /// The logical id of what `event` generates first; the others add a suffix to it.
    func logicalId(of event: FunctionEvent) -> String {
        functionLogicalId + event.name
    }

    /// A resource generated for `event`, carrying the function's pass-through attributes.
    func resource(
        _ logicalId: String, type: String, properties: Mapping, for event: FunctionEvent,
        dependsOn: [String] = []
    ) -> CloudFormationResource {
        var attributes = Mapping()
        if !dependsOn.isEmpty { attributes["DependsOn"] = .sequence(dependsOn.map { .string($0) }) }
        for entry in passThroughAttributes { attributes.set(entry) }
        return CloudFormationResource(
            logicalId: logicalId, type: type, properties: properties, attributes: attributes,
            origin: event.mark)
    }

    /// A located error about `event`, naming the function and the event.
    func error(in event: FunctionEvent, _ message: String, at place: SourceMark? = nil)
        -> Diagnostic
    {
        .error(
            "resource '\(functionLogicalId)', event '\(event.name)': \(message)",
            rule: "transform", at: place ?? event.mark)
    }

    /// A located error about one property of `event`.
    func error(in event: FunctionEvent, property: String, _ message: String) -> Diagnostic {
        error(in: event, "property '\(property)' \(message)", at: event.mark(of: property))
    }
}
