/// Turns each resource's `Connectors` attribute into `AWS::Serverless::Connector` resources
/// whose `Source` is that resource, and removes the attribute from every resource.
///
/// A connector `Name` under resource `Source` becomes the resource `SourceName`, added at the
/// end of `Resources`; its `Properties` are the embedded ones with `Source: {Id: Source}`,
/// merged with `SourceReference` when given (which must not give `Id`). Runs after Globals,
/// before any resource is translated, as in the reference.
struct EmbeddedConnectorsPass: TemplatePass {
    func apply(to context: TransformContext) throws(DiagnosticList) {
        var resources = context.resources
        guard resources.contains(where: { $0.value["Connectors"] != nil }) else { return }
        var problems: [Diagnostic] = []
        var added: [Mapping.Entry] = []
        for entry in resources {
            guard let node = entry.value["Connectors"] else { continue }
            let attributeMark = entry.value.mapping?.entry("Connectors")?.keyMark ?? entry.keyMark
            guard let connectors = node.mapping else {
                problems.append(
                    error(
                        entry.key,
                        "'Connectors' must be a mapping of connector names to connectors, but it "
                            + "is \(node.kindDescription)", at: node.mark ?? attributeMark))
                continue
            }
            for connector in connectors {
                do {
                    let made = try self.connector(
                        connector, source: entry.key, existing: resources, added: added)
                    added.append(made)
                } catch {
                    problems.append(error)
                }
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }

        for entry in resources where entry.value["Connectors"] != nil {
            guard var map = entry.value.mapping else { continue }
            map.remove("Connectors")
            resources[entry.key] = Node(.mapping(map), mark: entry.value.mark)
        }
        for entry in added { resources.set(entry) }
        var sections = context.template
        sections["Resources"] = .mapping(resources)
        context.template = sections
    }

    /// The connector resource for one entry of `source`'s `Connectors`.
    private func connector(
        _ entry: Mapping.Entry, source: String, existing: Mapping, added: [Mapping.Entry]
    ) throws(Diagnostic) -> Mapping.Entry {
        let logicalId = source + entry.key
        let place = entry.keyMark ?? entry.value.mark
        guard var map = entry.value.mapping else {
            throw error(
                source,
                "connector '\(entry.key)' must be a mapping with 'Properties', but it is "
                    + entry.value.kindDescription, at: place)
        }
        guard var properties = map["Properties"]?.mapping else {
            throw error(
                source,
                "connector '\(entry.key)' needs 'Properties', a mapping with 'Destination' and "
                    + "'Permissions'", at: map["Properties"]?.mark ?? place)
        }
        var sourceReference = Mapping()
        sourceReference["Id"] = .string(source, mark: entry.keyMark)
        if let given = properties.remove("SourceReference") {
            guard let reference = given.mapping else {
                throw error(
                    source,
                    "'SourceReference' of connector '\(entry.key)' must be a mapping, but it is "
                        + given.kindDescription, at: given.mark ?? place)
            }
            if let id = reference.entry("Id") {
                throw error(
                    source,
                    "'SourceReference' of connector '\(entry.key)' cannot give 'Id': the source "
                        + "is the resource the connector is written in", at: id.keyMark ?? place)
            }
            for item in reference { sourceReference.set(item) }
        }
        properties["Source"] = .mapping(sourceReference)
        map["Type"] = "AWS::Serverless::Connector"
        map["Properties"] = .mapping(properties)
        if existing[logicalId] != nil || added.contains(where: { $0.key == logicalId }) {
            throw error(
                source,
                "connector '\(entry.key)' becomes the resource '\(logicalId)', which the "
                    + "template already has; rename one of them", at: place)
        }
        return Mapping.Entry(
            key: logicalId, keyMark: entry.keyMark,
            value: Node(.mapping(map), mark: entry.value.mark))
    }

    private func error(_ logicalId: String, _ message: String, at place: SourceMark?)
        -> Diagnostic
    {
        .error("resource '\(logicalId)': \(message)", rule: "transform", at: place)
    }
}
