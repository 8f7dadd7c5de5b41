/// A SAM function's properties and attributes as the function translator reads them.
///
/// A property written with a null value counts as absent, as it does in the reference, where
/// YAML's null and a missing key are both Python's `None`.
struct FunctionProperties {
    let resource: SAMResource

    init(_ resource: SAMResource) {
        self.resource = resource
    }

    var logicalId: String { resource.logicalId }

    /// The value of `property`, or `nil` when it is missing or null.
    subscript(property: String) -> Node? {
        guard let value = resource[property], !value.isNull else { return nil }
        return value
    }

    func has(_ property: String) -> Bool {
        self[property] != nil
    }

    /// The value of `property` when Python would count it as true: not missing, null, false,
    /// zero or empty. The reference tests most optional properties this way.
    func value(ifSet property: String) -> Node? {
        guard let value = self[property], !value.isFalseInPython else { return nil }
        return value
    }

    /// `PackageType`, `Zip` when it is not set or empty.
    var packageType: String {
        guard let value = self["PackageType"], !value.isFalseInPython else { return "Zip" }
        return value.string ?? ""
    }

    var propagatesTags: Bool {
        self["PropagateTags"]?.bool == true
    }

    /// The resource's attributes among `names`, in the order written.
    func attributes(_ names: [String]) -> Mapping {
        var result = Mapping()
        for entry in resource.attributes where names.contains(entry.key) {
            result.set(entry)
        }
        return result
    }

    /// `Condition`, `DeletionPolicy` and `UpdateReplacePolicy`, which everything generated
    /// for the function carries.
    var passThroughAttributes: Mapping {
        attributes(FunctionTranslator.passThroughAttributeNames)
    }

    /// The function's `Condition`, when it has one.
    var condition: Node? {
        resource.attributes["Condition"]
    }

    /// A located error about a value inside a property, such as `DeploymentPreference.Type`.
    func error(_ message: String, at node: Node?, property: String) -> Diagnostic {
        resource.error(message, at: node?.mark ?? resource.mark(of: property))
    }
}
