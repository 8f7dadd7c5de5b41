/// The custom domain of an HTTP or WebSocket API (`Domain`): an
/// `AWS::ApiGatewayV2::DomainName`, one `AWS::ApiGatewayV2::ApiMapping` per base path, and
/// the Route 53 records that point the name at it.
///
/// HTTP APIs whose domains live in the same hosted zone share one
/// `AWS::Route53::RecordSetGroup`, named after the zone: the first API creates it, later ones
/// add their records to it where it stands in the output. WebSocket APIs do not share: each
/// writes a group of its own records under that name, so the last one translated wins, as in
/// the reference.
struct ApiGatewayV2Domain {
    var api: SAMResource
    /// The resolved `Domain` mapping.
    var config: Mapping
    /// `Condition`, `DeletionPolicy` and `UpdateReplacePolicy` of the API, which every
    /// generated resource carries.
    var attributes: Mapping
    /// The tag the domain name gets (`httpapi:createdBy`), or `nil` for none.
    var tagName: String?
    var stageLogicalId: String
    /// Whether the API adds its records to a group an earlier API made for the same zone.
    var sharesRecordSetGroups = true

    /// The logical id of the domain name resource: hashed from the domain name.
    var domainLogicalId: String {
        "ApiGatewayDomainNameV2"
            + LogicalIdGenerator(prefix: "", data: config["DomainName"] ?? Node(.null)).logicalId
    }

    /// The domain's resources, except a record set group that already exists, which is
    /// updated in `context.outputResources` instead.
    func resources(in context: TransformContext) throws(Diagnostic) -> [CloudFormationResource] {
        guard let domainName = config["DomainName"], !domainName.isNull,
            let certificate = config["CertificateArn"], !certificate.isNull
        else {
            throw api.error(
                property: "Domain", "needs both 'DomainName' and 'CertificateArn'")
        }
        var configuration = Mapping()
        configuration["CertificateArn"] = certificate
        if let endpoint = config["EndpointConfiguration"], !endpoint.isNull {
            guard endpoint.string == "REGIONAL" else {
                throw api.error(
                    property: "Domain",
                    "has 'EndpointConfiguration' \(Self.describe(endpoint)); HTTP and WebSocket "
                        + "APIs take only 'REGIONAL'")
            }
        }
        configuration["EndpointType"] = "REGIONAL"
        for key in ["OwnershipVerificationCertificateArn", "SecurityPolicy"] {
            if let value = config[key], value.isPythonTruthy { configuration[key] = value }
        }

        var properties = Mapping()
        properties["DomainName"] = domainName
        properties["DomainNameConfigurations"] = [.mapping(configuration)]
        if let mutualTls = config["MutualTlsAuthentication"], mutualTls.isPythonTruthy {
            properties["MutualTlsAuthentication"] = .mapping(try mutualTlsSettings(mutualTls))
        }
        if let tagName { properties["Tags"] = [tagName: "SAM"] }
        let domainId = domainLogicalId
        var resources = [resource(domainId, "AWS::ApiGatewayV2::DomainName", properties)]
        resources += try apiMappings(domainId: domainId)
        if let group = try recordSetGroup(domainId: domainId, domainName: domainName, in: context) {
            resources.append(group)
        }
        return resources
    }

    private static func describe(_ node: Node) -> String {
        node.string.map { "'\($0)'" } ?? node.kindDescription
    }

    private func resource(_ logicalId: String, _ type: String, _ properties: Mapping)
        -> CloudFormationResource
    {
        CloudFormationResource(
            logicalId: logicalId, type: type, properties: properties, attributes: attributes,
            origin: api.mark(of: "Domain"))
    }

    private func mutualTlsSettings(_ node: Node) throws(Diagnostic) -> Mapping {
        let allowed = ["TruststoreUri", "TruststoreVersion"]
        guard let map = node.mapping else {
            throw api.error(
                property: "Domain",
                "has 'MutualTlsAuthentication' \(node.kindDescription); it must be a mapping "
                    + "with 'TruststoreUri' or 'TruststoreVersion'")
        }
        let unknown = map.keys.filter { !allowed.contains($0) }.sorted()
        if !unknown.isEmpty {
            throw api.error(
                property: "Domain",
                "has "
                    + unknown.map { "'\($0)'" }.joined(separator: ", ")
                    + " in 'MutualTlsAuthentication', which takes only 'TruststoreUri' and "
                    + "'TruststoreVersion'")
        }
        var settings = Mapping()
        for key in allowed {
            if let value = map[key], value.isPythonTruthy { settings[key] = value }
        }
        return settings
    }

    /// One mapping without a key, or one per base path.
    private func apiMappings(domainId: String) throws(Diagnostic) -> [CloudFormationResource] {
        func mapping(_ logicalId: String, key: String?) -> CloudFormationResource {
            var properties = Mapping()
            properties["DomainName"] = ["Ref": .string(domainId)]
            properties["ApiId"] = ["Ref": .string(api.logicalId)]
            properties["Stage"] = ["Ref": .string(stageLogicalId)]
            if let key { properties["ApiMappingKey"] = .string(key) }
            return resource(logicalId, "AWS::ApiGatewayV2::ApiMapping", properties)
        }
        var basePaths: [Node] = []
        if let value = config["BasePath"], value.isPythonTruthy {
            if value.string != nil {
                basePaths = [value]
            } else if let items = value.sequence {
                basePaths = items
            }
        }
        guard !basePaths.isEmpty else { return [mapping(api.logicalId + "ApiMapping", key: nil)] }
        var mappings: [CloudFormationResource] = []
        for item in basePaths {
            guard let path = item.string else {
                throw api.error(
                    "each 'Domain.BasePath' must be a string, but one is \(item.kindDescription)",
                    at: item.mark ?? api.mark(of: "Domain"))
            }
            let allowed = path.unicodeScalars.allSatisfy {
                ("0"..."9").contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0)
                    || "/-_".unicodeScalars.contains($0)
            }
            guard allowed else {
                throw api.error(
                    "'Domain.BasePath' '\(path)' may contain only letters, digits, '/', '-' and "
                        + "'_'", at: item.mark ?? api.mark(of: "Domain"))
            }
            let idPart = String(path.unicodeScalars.filter { !"/-_".unicodeScalars.contains($0) })
            let key = String(
                String.UnicodeScalarView(
                    path.unicodeScalars.drop { $0 == "/" }.reversed().drop { $0 == "/" }.reversed())
            )
            mappings.append(mapping(api.logicalId + idPart + "ApiMapping", key: key))
        }
        return mappings
    }

    /// The record set group for the domain's hosted zone, or `nil` when there is no
    /// `Route53` or the group already exists (its records are then added where it stands).
    private func recordSetGroup(domainId: String, domainName: Node, in context: TransformContext)
        throws(Diagnostic) -> CloudFormationResource?
    {
        guard let node = config["Route53"], !node.isNull else { return nil }
        guard let route53 = node.mapping else {
            throw api.error(
                property: "Domain", "has 'Route53' \(node.kindDescription); it must be a mapping")
        }
        let zoneId = route53["HostedZoneId"].flatMap { $0.isNull ? nil : $0 }
        let zoneName = route53["HostedZoneName"].flatMap { $0.isNull ? nil : $0 }
        guard zoneId != nil || zoneName != nil else {
            throw api.error(
                property: "Domain", "has 'Route53' without 'HostedZoneId' or 'HostedZoneName'")
        }
        // The group is named after the zone id, or its name when the id is empty.
        let zone = zoneId?.isPythonTruthy == true ? zoneId : zoneName
        let logicalId =
            "RecordSetGroup" + LogicalIdGenerator(prefix: "", data: zone ?? Node(.null)).logicalId
        let records = recordSets(domainId: domainId, domainName: domainName, route53: route53)

        if sharesRecordSetGroups, let existing = context.outputResources[logicalId],
            existing["Type"]?.string == "AWS::Route53::RecordSetGroup",
            var group = existing.mapping, var properties = group["Properties"]?.mapping
        {
            properties["RecordSets"] = .sequence(
                (properties["RecordSets"]?.sequence ?? []) + records)
            group["Properties"] = .mapping(properties)
            context.outputResources[logicalId] = Node(.mapping(group), mark: existing.mark)
            return nil
        }
        var properties = Mapping()
        if route53["HostedZoneId"] != nil {
            properties["HostedZoneId"] = route53["HostedZoneId"]
        } else if route53["HostedZoneName"] != nil {
            properties["HostedZoneName"] = route53["HostedZoneName"]
        }
        properties["RecordSets"] = .sequence(records)
        return resource(logicalId, "AWS::Route53::RecordSetGroup", properties)
    }

    private func recordSets(domainId: String, domainName: Node, route53: Mapping) -> [Node] {
        var alias = Mapping()
        if let health = route53["EvaluateTargetHealth"], !health.isNull {
            alias["EvaluateTargetHealth"] = health
        }
        alias["HostedZoneId"] = ["Fn::GetAtt": [.string(domainId), "RegionalHostedZoneId"]]
        alias["DNSName"] = ["Fn::GetAtt": [.string(domainId), "RegionalDomainName"]]
        func record(_ type: String) -> Node {
            var record = Mapping()
            record["Name"] = domainName
            record["Type"] = .string(type)
            record["AliasTarget"] = .mapping(alias)
            for key in ["Region", "SetIdentifier"] {
                if let value = route53[key], !value.isNull { record[key] = value }
            }
            return .mapping(record)
        }
        var records = [record("A")]
        if route53["IpV6"]?.bool == true { records.append(record("AAAA")) }
        return records
    }
}
