/// The resource attributes a SAM resource hands on to what it generates, as the reference
/// reads them.
extension SAMResource {
    /// The attributes the reference reads from a SAM resource, in the order it reads them;
    /// any other attribute is dropped from the output.
    static let supportedAttributeNames = [
        "DeletionPolicy", "UpdatePolicy", "Condition", "UpdateReplacePolicy", "Metadata",
    ]

    /// The attributes the reference copies onto every resource a SAM resource generates,
    /// not only onto the main one.
    static let passThroughAttributeNames = ["Condition", "DeletionPolicy", "UpdateReplacePolicy"]

    /// `DependsOn` and the supported attributes, for the main generated resource.
    var mainResourceAttributes: Mapping {
        var attributes = Mapping()
        if let dependsOn = self.dependsOn { attributes["DependsOn"] = dependsOn }
        for name in Self.supportedAttributeNames {
            if let entry = self.attributes.entry(name) { attributes.set(entry) }
        }
        return attributes
    }

    /// The attributes every generated resource carries: `Condition`, `DeletionPolicy` and
    /// `UpdateReplacePolicy` as written.
    var passThroughAttributes: Mapping {
        var attributes = Mapping()
        for name in Self.passThroughAttributeNames {
            if let entry = self.attributes.entry(name) { attributes.set(entry) }
        }
        return attributes
    }

    /// `DependsOn` when written and not empty, which the reference treats as absent.
    var dependsOn: Node? {
        guard let value = attributes["DependsOn"], !value.isFalseInPython else { return nil }
        return value
    }
}
