/// A REST API's `Domain`: a custom domain name, its base path mappings to the API's stage, and
/// optionally Route 53 alias records for it.
///
/// `EDGE` and `REGIONAL` domains (the default) become `AWS::ApiGateway::DomainName` and
/// `BasePathMapping`; `PRIVATE` ones `DomainNameV2`, `BasePathMappingV2` and, with
/// `AccessAssociation`, a `DomainNameAccessAssociation`. Record sets of APIs that name the
/// same hosted zone share one `AWS::Route53::RecordSetGroup` unless
/// `SeparateRecordSetGroup` is set. The domain, as the reference completes it (with the
/// domain's logical id, the default endpoint type and an edge domain's distribution name),
/// is also hashed into the deployment's logical id: ``hashText``.
struct ApiDomain {
    static let endpointTypes = ["EDGE", "REGIONAL", "PRIVATE"]
    static let edgeHostedZoneId = "Z2FDTNDATAQYW2"

    /// The generated resources, in the reference's order.
    var resources: [CloudFormationResource] = []
    /// The domain as Python's `json.dumps` writes it, for the deployment's hash.
    var hashText: String?

    private let apiId: String
    private let stageId: String
    private let resource: SAMResource
    private let attributes: Mapping

    /// Builds the domain resources for `resource`, whose stage is `stageId`; a record set
    /// group an earlier API made for the same hosted zone is taken out of
    /// `context.outputResources` and returned with the new records added.
    init(
        _ value: Node, resource: SAMResource, stageId: String, in context: TransformContext
    ) throws(Diagnostic) {
        self.apiId = resource.logicalId
        self.stageId = stageId
        self.resource = resource
        self.attributes = resource.passThroughAttributes
        let resolved = context.resolvingParameterRefs(value)
        guard var domain = PythonValue(template: resolved).dict else {
            throw resource.error(property: "Domain", "must be a mapping")
        }
        guard let name = domain["DomainName"], name != .none else {
            throw resource.error(property: "Domain", "needs a 'DomainName'")
        }
        guard let certificate = domain["CertificateArn"], certificate != .none else {
            throw resource.error(property: "Domain", "needs a 'CertificateArn'")
        }
        let isPrivate = domain["EndpointConfiguration"] == .str("PRIVATE", unicode: true)
        let nameHash = LogicalIdGenerator(prefix: "", data: name.node).logicalId
        let domainId = (isPrivate ? "ApiGatewayDomainNameV2" : "ApiGatewayDomainName") + nameHash
        if !isPrivate { domain.set("ApiDomainName", .str(domainId)) }

        var endpoint = domain["EndpointConfiguration"]
        if endpoint == nil, !isPrivate {
            endpoint = .str("REGIONAL")
            domain.set("EndpointConfiguration", .str("REGIONAL"))
        }
        guard let endpoint, case .str(let endpointText, _) = endpoint,
            Self.endpointTypes.contains(endpointText)
        else {
            throw resource.error(
                property: "Domain",
                "has an 'EndpointConfiguration' that is not one of 'EDGE', 'REGIONAL' or "
                    + "'PRIVATE'")
        }

        var domainResource = CloudFormationResource(
            logicalId: domainId,
            type: isPrivate ? "AWS::ApiGateway::DomainNameV2" : "AWS::ApiGateway::DomainName",
            attributes: attributes, origin: resource.mark(of: "Domain"))
        domainResource["DomainName"] = name.node
        let certificateKey =
            isPrivate || endpointText != "REGIONAL" ? "CertificateArn" : "RegionalCertificateArn"
        domainResource[certificateKey] = certificate.node
        var endpointConfiguration = Mapping()
        endpointConfiguration["Types"] = [endpoint.node]
        if let ipType = domain["IpAddressType"], ipType.isTruthy {
            endpointConfiguration["IpAddressType"] = ipType.node
        }
        domainResource["EndpointConfiguration"] = .mapping(endpointConfiguration)
        if !isPrivate, let tls = domain["MutualTlsAuthentication"], tls.isTruthy {
            domainResource["MutualTlsAuthentication"] = try Self.mutualTls(tls, resource)
        }
        for key in [
            "SecurityPolicy", "EndpointAccessMode", "Policy", "OwnershipVerificationCertificateArn",
        ] {
            if let setting = domain[key], setting.isTruthy { domainResource[key] = setting.node }
        }
        resources.append(domainResource)
        resources += try basePathMappings(domain, domainId: domainId, isPrivate: isPrivate)

        if isPrivate, let association = domain["AccessAssociation"], association != .none {
            guard let associationDict = association.dict else {
                throw resource.error(
                    property: "Domain", "has an 'AccessAssociation' that is not a mapping")
            }
            let endpointId = associationDict["VpcEndpointId"] ?? .none
            let id = LogicalIdGenerator(
                prefix: "DomainNameAccessAssociation",
                data: .sequence([endpointId.node, .string(domainId)])
            ).logicalId
            var resource = CloudFormationResource(
                logicalId: id, type: "AWS::ApiGateway::DomainNameAccessAssociation",
                attributes: attributes, origin: self.resource.mark(of: "Domain"))
            resource["DomainNameArn"] = EventSourceNodes.ref(domainId)
            resource["AccessAssociationSourceType"] = "VPCE"
            resource["AccessAssociationSource"] = endpointId.node
            resources.append(resource)
        }

        if let route53 = domain["Route53"], route53 != .none {
            guard var route53Dict = route53.dict else {
                throw resource.error(property: "Domain", "has a 'Route53' that is not a mapping")
            }
            // An edge domain's records point at its CloudFront distribution.
            if !isPrivate, endpointText == "EDGE",
                route53Dict["DistributionDomainName"] == nil
                    || route53Dict["DistributionDomainName"] == PythonValue.none
            {
                route53Dict.set(
                    "DistributionDomainName", Self.getAtt(domainId, "DistributionDomainName"))
                domain.set("Route53", .dict(route53Dict))
            }
            resources.append(
                try recordSetGroup(
                    domain: domain, route53: route53Dict, aliasName: isPrivate ? nil : domainId,
                    endpoint: endpointText, context: context))
        }
        hashText = CanonicalJSON(layout: .pythonDefault).text(for: PythonValue.dict(domain).node)
    }

    private static func mutualTls(_ value: PythonValue, _ resource: SAMResource)
        throws(Diagnostic) -> Node
    {
        let allowed = ["TruststoreUri", "TruststoreVersion"]
        guard let dict = value.dict else {
            throw resource.error(
                property: "Domain", "has a 'MutualTlsAuthentication' that is not a mapping")
        }
        if let unknown = dict.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw resource.error(
                property: "Domain",
                "has a 'MutualTlsAuthentication' with the unknown field '\(unknown)'; expected "
                    + "'TruststoreUri' or 'TruststoreVersion'")
        }
        var result = Mapping()
        for key in allowed {
            if let setting = dict[key], setting.isTruthy { result[key] = setting.node }
        }
        return .mapping(result)
    }

    private func basePathMappings(_ domain: PythonDict, domainId: String, isPrivate: Bool)
        throws(Diagnostic) -> [CloudFormationResource]
    {
        let paths: [PythonValue]?
        switch domain["BasePath"] {
        case .some(.str(let text, let unicode)) where !text.isEmpty:
            paths = [.str(text, unicode: unicode)]
        case .some(.list(let items)) where !items.isEmpty: paths = items
        default: paths = nil
        }
        let normalize = domain["NormalizeBasePath"]?.isTruthy ?? true
        guard let paths else {
            return [mapping(apiId + "BasePathMapping", domainId: domainId, isPrivate: isPrivate)]
        }
        var result: [CloudFormationResource] = []
        for path in paths {
            guard case .str(let text, _) = path else {
                throw resource.error(
                    property: "Domain", "has a 'BasePath' that is not a string or a list of strings"
                )
            }
            let letters = String(
                String.UnicodeScalarView(
                    text.unicodeScalars.filter {
                        $0.properties.isAlphabetic || $0.properties.numericType != nil
                    }))
            var item = mapping(
                apiId + letters + "BasePathMapping", domainId: domainId, isPrivate: isPrivate)
            item["BasePath"] = .string(normalize ? letters : text)
            result.append(item)
        }
        return result
    }

    private func mapping(_ id: String, domainId: String, isPrivate: Bool) -> CloudFormationResource
    {
        var item = CloudFormationResource(
            logicalId: id,
            type: isPrivate
                ? "AWS::ApiGateway::BasePathMappingV2" : "AWS::ApiGateway::BasePathMapping",
            attributes: attributes, origin: resource.mark(of: "Domain"))
        item[isPrivate ? "DomainNameArn" : "DomainName"] = EventSourceNodes.ref(domainId)
        item["RestApiId"] = EventSourceNodes.ref(apiId)
        item["Stage"] = EventSourceNodes.ref(stageId)
        return item
    }

    private func recordSetGroup(
        domain: PythonDict, route53: PythonDict, aliasName: String?, endpoint: String,
        context: TransformContext
    ) throws(Diagnostic) -> CloudFormationResource {
        let zoneId = route53["HostedZoneId"]
        let zoneName = route53["HostedZoneName"]
        let zone = [zoneId, zoneName].compactMap { $0 }.first { $0 != .none }
        guard let firstZone = zone else {
            throw resource.error(
                property: "Domain",
                "needs 'HostedZoneId' or 'HostedZoneName' in 'Route53' to add alias records")
        }
        let zoneKey = zoneId?.isTruthy == true ? zoneId ?? firstZone : zoneName ?? firstZone
        let records = recordSets(
            domain: domain, route53: route53, aliasName: aliasName, endpoint: endpoint)

        if let separate = route53["SeparateRecordSetGroup"], separate.isTruthy {
            guard case .bool = separate else {
                throw resource.error(
                    property: "Domain", "has a 'SeparateRecordSetGroup' that is not a boolean")
            }
            let domainName = domain["DomainName"] ?? .none
            let id = LogicalIdGenerator(
                prefix: "RecordSetGroup", data: .sequence([zoneKey.node, domainName.node])
            ).logicalId
            var group = CloudFormationResource(
                logicalId: id, type: "AWS::Route53::RecordSetGroup", attributes: attributes,
                origin: resource.mark(of: "Domain"))
            if let zoneId, zoneId.isTruthy { group["HostedZoneId"] = zoneId.node }
            if let zoneName, zoneName.isTruthy { group["HostedZoneName"] = zoneName.node }
            group["RecordSets"] = .sequence(records)
            return group
        }

        let id = "RecordSetGroup" + LogicalIdGenerator(prefix: "", data: zoneKey.node).logicalId
        if let existing = context.outputResources[id],
            existing["Type"]?.string == "AWS::Route53::RecordSetGroup"
        {
            var group = CloudFormationResource(
                logicalId: id, type: "AWS::Route53::RecordSetGroup",
                properties: existing["Properties"]?.mapping ?? Mapping(),
                attributes: Self.attributes(of: existing), origin: existing.mark)
            group["RecordSets"] = .sequence((group["RecordSets"]?.sequence ?? []) + records)
            context.outputResources.remove(id)
            return group
        }
        var group = CloudFormationResource(
            logicalId: id, type: "AWS::Route53::RecordSetGroup", attributes: attributes,
            origin: resource.mark(of: "Domain"))
        if let zoneId, zoneId != .none { group["HostedZoneId"] = zoneId.node }
        if let zoneName, zoneName != .none { group["HostedZoneName"] = zoneName.node }
        group["RecordSets"] = .sequence(records)
        return group
    }

    private static func attributes(of node: Node) -> Mapping {
        var result = Mapping()
        for entry in node.mapping ?? Mapping()
        where entry.key != "Type" && entry.key != "Properties" {
            result.set(entry)
        }
        return result
    }

    private func recordSets(
        domain: PythonDict, route53: PythonDict, aliasName: String?, endpoint: String
    ) -> [Node] {
        var alias = Mapping()
        if let health = route53["EvaluateTargetHealth"], health != .none {
            alias["EvaluateTargetHealth"] = health.node
        }
        switch (endpoint, aliasName) {
        case ("REGIONAL", .some(let name)):
            alias["HostedZoneId"] = Self.getAtt(name, "RegionalHostedZoneId").node
            alias["DNSName"] = Self.getAtt(name, "RegionalDomainName").node
        case ("EDGE", .some):
            alias["HostedZoneId"] = .string(Self.edgeHostedZoneId)
            alias["DNSName"] = (route53["DistributionDomainName"] ?? .none).node
        default:
            alias["HostedZoneId"] = (route53["VpcEndpointHostedZoneId"] ?? .none).node
            alias["DNSName"] = (route53["VpcEndpointDomainName"] ?? .none).node
        }
        func record(_ type: String) -> Node {
            var record = Mapping()
            record["Name"] = (domain["DomainName"] ?? .none).node
            record["Type"] = .string(type)
            record["AliasTarget"] = .mapping(alias)
            for key in ["Region", "SetIdentifier"] {
                if let value = route53[key], value != .none { record[key] = value.node }
            }
            return .mapping(record)
        }
        var result = [record("A")]
        if route53["IpV6"] == .bool(true) { result.append(record("AAAA")) }
        return result
    }

    static func getAtt(_ name: String, _ attribute: String) -> PythonValue {
        .dict(PythonDict.plain([("Fn::GetAtt", .list([.str(name), .str(attribute)]))]))
    }
}
