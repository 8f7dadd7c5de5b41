/// A resource the transform writes into the output template.
public struct CloudFormationResource: Sendable {
    public var logicalId: String
    public var type: String
    public var properties: Mapping
    /// Resource attributes in the order written: `DependsOn`, `Condition`, `DeletionPolicy`,
    /// `UpdateReplacePolicy`, `UpdatePolicy`, `Metadata`.
    public var attributes: Mapping
    /// The SAM node this resource was made from; everything generated inherits its mark, so a
    /// finding on the output points at what the user wrote.
    public var origin: SourceMark?

    public init(
        logicalId: String, type: String, properties: Mapping = Mapping(),
        attributes: Mapping = Mapping(), origin: SourceMark? = nil
    ) {
        self.logicalId = logicalId
        self.type = type
        self.properties = properties
        self.attributes = attributes
        self.origin = origin
    }

    public subscript(property: String) -> Node? {
        get { properties[property] }
        set { properties[property] = newValue }
    }

    /// The resource as the value of its logical id in `Resources`. `Properties` is always
    /// written, empty or not, as the reference writes it.
    public var node: Node {
        var map = Mapping()
        map["Type"] = .string(type)
        for entry in attributes where entry.key == "DependsOn" { map.set(entry) }
        map["Properties"] = .mapping(properties)
        for entry in attributes where entry.key != "DependsOn" { map.set(entry) }
        return Node(.mapping(map)).marked(origin)
    }
}
