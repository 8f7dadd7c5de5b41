/// One resource of the template's `Resources` section, as the transform reads it.
public struct SAMResource: Sendable {
    public let logicalId: String
    public let type: String
    /// The resource's `Properties`, empty when it has none.
    public var properties: Mapping
    /// Everything beside `Type` and `Properties`: `Condition`, `DependsOn`,
    /// `DeletionPolicy`, `UpdateReplacePolicy`, `Metadata`, ...
    public var attributes: Mapping
    /// Where the logical id was written: what messages about the whole resource point at.
    public let mark: SourceMark?

    public init(logicalId: String, node: Node, keyMark: SourceMark?) {
        self.logicalId = logicalId
        self.mark = keyMark ?? node.mark
        var attributes = node.mapping ?? Mapping()
        type = attributes.remove("Type")?.string ?? ""
        properties = attributes.remove("Properties")?.mapping ?? Mapping()
        self.attributes = attributes
    }

    public subscript(property: String) -> Node? {
        properties[property]
    }

    /// Where `property` is written, falling back to the resource itself.
    public func mark(of property: String) -> SourceMark? {
        properties.entry(property)?.keyMark ?? properties[property]?.mark ?? mark
    }

    /// A located error about this resource, naming its logical id.
    public func error(_ message: String, at place: SourceMark? = nil) -> Diagnostic {
        .error("resource '\(logicalId)': \(message)", rule: "transform", at: place ?? mark)
    }

    /// A located error about one property of this resource.
    public func error(property: String, _ message: String) -> Diagnostic {
        .error(
            "resource '\(logicalId)': property '\(property)' \(message)", rule: "transform",
            at: mark(of: property))
    }
}
