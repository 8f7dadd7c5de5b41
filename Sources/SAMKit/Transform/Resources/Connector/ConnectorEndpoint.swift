/// One side of a connector, as its profile needs it: the resource's type and how to name it.
///
/// A side is written either as `Id` (a logical id in the template, optionally with
/// `Qualifier`), from which everything else is read off the CloudFormation that resource
/// became, or as `Type` with whichever of `Arn`, `RoleName`, `QueueUrl`, `ResourceId`,
/// `Name` and `Qualifier` the profile needs.
struct ConnectorEndpoint {
    var logicalId: String?
    /// The CloudFormation type, which profiles are keyed by.
    var type: String
    var arn: Node?
    var roleName: Node?
    var queueURL: Node?
    var resourceId: Node?
    var name: Node?
    var qualifier: Node?

    /// The CloudFormation type each SAM type a side may name by `Type` becomes.
    static let cloudFormationTypes = [
        "AWS::Serverless::Function": "AWS::Lambda::Function",
        "AWS::Serverless::StateMachine": "AWS::StepFunctions::StateMachine",
        "AWS::Serverless::Api": "AWS::ApiGateway::RestApi",
        "AWS::Serverless::HttpApi": "AWS::ApiGatewayV2::Api",
        "AWS::Serverless::SimpleTable": "AWS::DynamoDB::Table",
    ]

    /// Reads the side written as `given`; `other` is the other side as written, which tells
    /// which of a rule's targets is meant.
    ///
    /// - Throws: a message (without the connector's id) when the side cannot be used.
    init(_ given: Mapping, other: Mapping, resources: Mapping) throws(ConnectorError) {
        let namesId = given["Id"] != nil
        let namesOthers = given.keys.contains { $0 != "Id" && $0 != "Qualifier" }
        guard namesId != namesOthers else {
            throw ConnectorError(
                "give 'Id' (and optionally 'Qualifier'), or 'Type' with the other properties "
                    + "the connection needs, but not both")
        }
        guard namesId else {
            guard let written = given["Type"]?.string, !written.isEmpty else {
                throw ConnectorError("needs 'Type', the resource type as a string")
            }
            type = Self.cloudFormationTypes[written] ?? written
            arn = given["Arn"]
            roleName = given["RoleName"]
            queueURL = given["QueueUrl"]
            resourceId = given["ResourceId"]
            name = given["Name"]
            qualifier = given["Qualifier"]
            return
        }
        guard let id = given["Id"]?.string, !id.isEmpty else {
            throw ConnectorError("'Id' must be the logical id of a resource, a string")
        }
        guard let resource = resources[id] else {
            throw ConnectorError("there is no resource with logical id '\(id)'")
        }
        guard let type = resource["Type"]?.string, !type.isEmpty else {
            throw ConnectorError("the resource '\(id)' has no 'Type'")
        }
        logicalId = id
        self.type = type
        let endpoint = ConnectorEndpointType.byType[type]
        let outputs = endpoint.map { ConnectorPlaceholders.fill($0.outputs, logicalId: id) }
        arn = outputs?["Arn"]
        queueURL = outputs?["Url"]
        resourceId = outputs?["Id"]
        name = outputs?["Name"]
        qualifier = given.entry("Qualifier") != nil ? given["Qualifier"] : outputs?["Qualifier"]
        roleName = Self.roleName(
            of: resource["Properties"]?.mapping ?? Mapping(), input: endpoint?.role,
            other: other)
    }

    /// `{"Ref": role}` for the role the resource runs as, when it names it with `Ref` or
    /// `Fn::GetAtt` to a role in the template; a role given as an ARN cannot be told apart.
    private static func roleName(
        of properties: Mapping, input: ConnectorEndpointType.RoleInput?, other: Mapping
    ) -> Node? {
        var role: Node?
        switch input {
        case .property(let name):
            role = properties[name]
        case .ruleTargetRole:
            let otherId = other["Id"]?.string
            let otherArn = other["Arn"]
            for target in properties["Targets"]?.sequence ?? [] {
                let arn = target["Arn"]
                let targetId = arn.flatMap(logicalId(in:))
                if (targetId != nil && targetId == otherId) || (otherArn != nil && arn == otherArn)
                {
                    role = target["RoleArn"]
                    break
                }
            }
        case nil:
            return nil
        }
        guard let role, let id = logicalId(in: role) else { return nil }
        return ["Ref": .string(id)]
    }

    /// The logical id a `Ref` or `Fn::GetAtt` names.
    static func logicalId(in node: Node) -> String? {
        guard let (name, argument) = node.intrinsic else { return nil }
        if name == "Ref" { return argument.string }
        guard name == "Fn::GetAtt" else { return nil }
        if let parts = argument.sequence, parts.count == 2 { return parts[0].string }
        if let text = argument.string {
            let tokens = text.split(separator: ".", omittingEmptySubsequences: false)
            if tokens.count == 2 { return String(tokens[0]) }
        }
        return nil
    }
}

/// Why a connector's side cannot be used, in words that follow the connector's id.
struct ConnectorError: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
