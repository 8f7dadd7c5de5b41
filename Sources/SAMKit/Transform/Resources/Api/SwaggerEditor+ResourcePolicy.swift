extension SwaggerEditor {
    static let policyKey = "x-amazon-apigateway-policy"

    /// Adds the statements of a `ResourcePolicy` (API-wide or from one event's `Auth`) for
    /// every method of `path`, as `x-amazon-apigateway-policy`.
    ///
    /// Accounts become `Allow` or `Deny` statements on principals; IP ranges and VPCs become
    /// an `Allow` for everyone plus a `Deny` on a condition. Like the reference, the policy
    /// key is written even when no statement results.
    mutating func addResourcePolicy(_ policy: PythonDict, path: String, stage: PythonValue)
        throws(SwaggerProblem)
    {
        if let accounts = policy["AwsAccountWhitelist"], accounts != .none {
            try addAccountStatement(
                accounts, effect: "Allow", resources: try methodArns(path, stage))
        }
        if let accounts = policy["AwsAccountBlacklist"], accounts != .none {
            try addAccountStatement(
                accounts, effect: "Deny", resources: try methodArns(path, stage))
        }
        if let ranges = policy["IpRangeWhitelist"], ranges != .none {
            addConditionalStatements(
                ranges.isTruthy ? ipCondition("NotIpAddress", ranges) : nil,
                resources: try methodArns(path, stage))
        }
        if let ranges = policy["IpRangeBlacklist"], ranges != .none {
            addConditionalStatements(
                ranges.isTruthy ? ipCondition("IpAddress", ranges) : nil,
                resources: try methodArns(path, stage))
        }
        let blacklist = try vpcCondition(
            policy, listKey: "SourceVpcBlacklist", vpcKey: "IntrinsicVpcBlacklist",
            vpceKey: "IntrinsicVpceBlacklist", operator: "StringEquals")
        let resources = try methodArns(path, stage)
        addConditionalStatements(blacklist, resources: resources)
        let whitelist = try vpcCondition(
            policy, listKey: "SourceVpcWhitelist", vpcKey: "IntrinsicVpcWhitelist",
            vpceKey: "IntrinsicVpceWhitelist", operator: "StringNotEquals")
        addConditionalStatements(whitelist, resources: resources)
        doc.set(Self.policyKey, .dict(resourcePolicy))
    }

    /// Adds `CustomStatements` to the policy, skipping those already in it.
    mutating func addCustomStatements(_ statements: PythonValue) {
        resourcePolicy.set("Version", .str("2012-10-17"))
        if let existing = resourcePolicy["Statement"], existing != .none {
            var list = existing.list ?? [existing]
            for statement in statements.list ?? [statements] where !list.pythonContains(statement) {
                list.append(statement)
            }
            resourcePolicy.set("Statement", .list(list))
        } else {
            resourcePolicy.set("Statement", statements)
        }
        doc.set(Self.policyKey, .dict(resourcePolicy))
    }

    /// `execute-api:/${__Stage__}/METHOD/path` for each method key of `path`, each in an
    /// `Fn::Sub` naming the stage.
    private func methodArns(_ path: String, _ stage: PythonValue) throws(SwaggerProblem)
        -> PythonValue
    {
        var methods: [(name: String, unicode: Bool)] = []
        for content in try Self.conditionalContents(paths[path]) {
            guard let item = content.dict else {
                throw SwaggerProblem(
                    "path '\(path)' of the definition must be a mapping of methods")
            }
            methods += item.items.map { ($0.key, $0.unicodeKey) }
        }
        let pathUnicode = paths.items.first { $0.key == path }?.unicodeKey ?? true
        let trimmed = ApiEventSource.wildcardingGreedyParts(path)
        var arns: [PythonValue] = []
        for method in methods {
            let lower = method.name.lowercased()
            let verb = lower == Self.anyMethod || lower == "any" ? "*" : method.name.uppercased()
            let unicode = (verb != "*" && method.unicode) || pathUnicode
            let text = "execute-api:/${__Stage__}/" + verb + trimmed
            let variables = PythonDict.plain([("__Stage__", stage)])
            arns.append(
                .dict(
                    PythonDict.plain([
                        ("Fn::Sub", .list([.str(text, unicode: unicode), .dict(variables)]))
                    ])))
        }
        return .list(arns)
    }

    private mutating func addAccountStatement(
        _ accounts: PythonValue, effect: String, resources: PythonValue
    ) throws(SwaggerProblem) {
        guard accounts.isTruthy else { return }
        guard accounts.list != nil || accounts.dict != nil else {
            throw SwaggerProblem(
                "'\(Self.pythonText(accounts))' must be a list of accounts or a mapping")
        }
        resourcePolicy.set("Version", .str("2012-10-17"))
        var statement = PythonDict(py27: true)
        statement.set("Effect", .str(effect))
        statement.set("Action", .str("execute-api:Invoke"))
        statement.set("Resource", resources)
        statement.set(
            "Principal",
            .dict(PythonDict.py27([("AWS", accounts.list != nil ? accounts : .list([accounts]))])))
        if let existing = resourcePolicy["Statement"], existing != .none {
            resourcePolicy.set(
                "Statement", .list((existing.list ?? [existing]) + [.dict(statement)]))
        } else {
            resourcePolicy.set("Statement", .dict(statement))
        }
    }

    private func ipCondition(_ operator: String, _ ranges: PythonValue) -> PythonValue {
        let list = ranges.list != nil ? ranges : .list([ranges])
        return .dict(
            PythonDict.plain([(`operator`, .dict(PythonDict.plain([("aws:SourceIp", list)])))]))
    }

    /// The condition of a VPC `Deny`, or `nil` when it names no VPC and no endpoint.
    private func vpcCondition(
        _ policy: PythonDict, listKey: String, vpcKey: String, vpceKey: String, operator: String
    ) throws(SwaggerProblem) -> PythonValue? {
        var condition = PythonDict(py27: true)
        func extend(_ key: String, _ items: [PythonValue]) {
            condition.setDefault(key, .list([]))
            condition.set(key, .list((condition[key]?.list ?? []) + items))
        }
        if let names = policy[listKey], names != .none {
            let items = Self.iterated(names)
            guard let items, items.allSatisfy({ $0.string != nil }) else {
                throw SwaggerProblem(
                    "'\(listKey)' must be a list of strings; use '\(vpcKey)' for values that "
                        + "use intrinsic functions")
            }
            let vpcs = items.filter { $0.string?.hasPrefix("vpc-") == true }
            let endpoints = items.filter { $0.string?.hasPrefix("vpce-") == true }
            if !vpcs.isEmpty { extend("aws:SourceVpc", vpcs) }
            if !endpoints.isEmpty { extend("aws:SourceVpce", endpoints) }
        }
        for (key, conditionKey) in [(vpcKey, "aws:SourceVpc"), (vpceKey, "aws:SourceVpce")] {
            guard let values = policy[key], values != .none else { continue }
            guard let items = Self.iterated(values) else {
                throw SwaggerProblem("'\(key)' must be a list")
            }
            extend(conditionKey, items)
        }
        guard
            condition["aws:SourceVpc"]?.isTruthy == true
                || condition["aws:SourceVpce"]?.isTruthy == true
        else { return nil }
        return .dict(PythonDict.plain([(`operator`, .dict(condition))]))
    }

    /// What Python's `for item in value` goes through: a list's items, a mapping's keys, a
    /// string's characters; `nil` for values Python cannot iterate.
    private static func iterated(_ value: PythonValue) -> [PythonValue]? {
        switch value {
        case .list(let items): items
        case .dict(let dict): dict.items.map { .str($0.key, unicode: $0.unicodeKey) }
        case .str(let text, let unicode): text.map { .str(String($0), unicode: unicode) }
        default: nil
        }
    }

    /// Adds an `Allow` for everyone and a `Deny` on `condition`, each unless already present.
    private mutating func addConditionalStatements(
        _ condition: PythonValue?, resources: PythonValue
    ) {
        guard let condition else { return }
        resourcePolicy.set("Version", .str("2012-10-17"))
        var allow = PythonDict(py27: true)
        allow.set("Effect", .str("Allow"))
        allow.set("Action", .str("execute-api:Invoke"))
        allow.set("Resource", resources)
        allow.set("Principal", .str("*"))
        var deny = PythonDict(py27: true)
        deny.set("Effect", .str("Deny"))
        deny.set("Action", .str("execute-api:Invoke"))
        deny.set("Resource", resources)
        deny.set("Principal", .str("*"))
        deny.set("Condition", condition)
        if let existing = resourcePolicy["Statement"], existing != .none {
            var list = existing.list ?? [existing]
            if !list.pythonContains(.dict(allow)) { list.append(.dict(allow)) }
            if !list.pythonContains(.dict(deny)) { list.append(.dict(deny)) }
            resourcePolicy.set("Statement", .list(list))
        } else {
            resourcePolicy.set("Statement", .list([.dict(allow), .dict(deny)]))
        }
    }
}
