/// Translates `AWS::Serverless::SimpleTable` into an `AWS::DynamoDB::Table` keyed on one
/// hash attribute.
///
/// Without `PrimaryKey` the table is keyed on a string attribute `id`; without
/// `ProvisionedThroughput` it bills per request. The other properties are copied when they
/// are set to something Python counts as true, which is how the reference decides.
struct SimpleTableTranslator: ResourceTranslator {
    let resourceType = "AWS::Serverless::SimpleTable"

    let schema = PropertySchema(
        "AWS::Serverless::SimpleTable",
        [
            PropertySpec("PointInTimeRecoverySpecification", allowsIntrinsic: false),
            PropertySpec("PrimaryKey", .mappingOf(.string)),
            PropertySpec("ProvisionedThroughput", .mappingOf(.either([.integer, .mapping]))),
            PropertySpec("TableName", .either([.string, .mapping])),
            PropertySpec("Tags", .mapping),
            PropertySpec("SSESpecification", .mapping),
        ])

    /// The DynamoDB attribute type of each SAM `PrimaryKey.Type`.
    static let attributeTypes = [("String", "S"), ("Number", "N"), ("Binary", "B")]

    func translate(_ resource: SAMResource, in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
    {
        var table = CloudFormationResource(
            logicalId: resource.logicalId, type: "AWS::DynamoDB::Table",
            attributes: resource.mainResourceAttributes, origin: resource.mark)

        let key = try primaryKey(of: resource)
        table["AttributeDefinitions"] = [["AttributeName": key.name, "AttributeType": key.type]]
        table["KeySchema"] = [["AttributeName": key.name, "KeyType": "HASH"]]

        if let recovery = resource.setValue("PointInTimeRecoverySpecification") {
            table["PointInTimeRecoverySpecification"] = recovery
        }
        if let throughput = resource.setValue("ProvisionedThroughput") {
            table["ProvisionedThroughput"] = throughput
        } else {
            table["BillingMode"] = "PAY_PER_REQUEST"
        }
        for name in ["SSESpecification", "TableName"] {
            if let value = resource.setValue(name) { table[name] = value }
        }
        if let tags = resource.setValue("Tags")?.mapping {
            table["Tags"] = .sequence(TagList.from(tags, mark: resource.mark(of: "Tags")))
        }
        return [table]
    }

    /// The table's hash key: its name and DynamoDB attribute type.
    private func primaryKey(of resource: SAMResource) throws(Diagnostic)
        -> (name: Node, type: Node)
    {
        guard let key = resource.setValue("PrimaryKey")?.mapping else {
            return ("id", "S")
        }
        guard let name = key["Name"], !name.isNull else {
            throw resource.error(
                property: "PrimaryKey", "must have a 'Name', the attribute the table is keyed on")
        }
        guard let type = key["Type"], !type.isNull else {
            throw resource.error(
                property: "PrimaryKey",
                "must have a 'Type': 'String', 'Number' or 'Binary'")
        }
        let text = type.string ?? ""
        guard let dynamoType = Self.attributeTypes.first(where: { $0.0 == text })?.1 else {
            var message =
                "property 'PrimaryKey.Type' is '\(text)', but it must be 'String', "
                + "'Number' or 'Binary'"
            if let near = Suggestion.nearest(to: text, among: Self.attributeTypes.map(\.0)) {
                message += "; did you mean '\(near)'?"
            }
            throw resource.error(message, at: type.mark ?? resource.mark(of: "PrimaryKey"))
        }
        return (name, Node(.string(dynamoType), mark: type.mark))
    }
}

extension SAMResource {
    /// The value of `property` when it is set to something Python counts as true; the
    /// reference leaves a property out of its output when it is `null`, `false`, `0` or empty.
    func setValue(_ property: String) -> Node? {
        guard let value = properties[property], !value.isFalseInPython else { return nil }
        return value
    }
}
