extension GraphQLApiBuild {
    /// The code a pipeline resolver runs when the template gives none: it passes the result of
    /// the last function through.
    static let defaultResolverCode = """

        export function request(ctx) {
            return {};
        }

        export function response(ctx) {
            return ctx.prev.result;
        }

        """

    /// An `AWS::AppSync::FunctionConfiguration` for each entry of `Functions`, except those
    /// that name an existing function by `Id`.
    mutating func functions() throws(Diagnostic) -> [CloudFormationResource] {
        var generated: [CloudFormationResource] = []
        let resource = self.resource
        for entry in resource["Functions"]?.mapping ?? Mapping() {
            let function = entry.value.mapping ?? Mapping()
            let place = entry.keyMark ?? resource.mark(of: "Functions")
            func failure(_ message: String) -> Diagnostic {
                resource.error("function '\(entry.key)' \(message)", at: place)
            }
            if let id = function["Id"], !id.isFalseInPython {
                let others = function.filter { $0.key != "Id" && !$0.value.isNull }
                guard others.isEmpty else {
                    throw failure(
                        "gives 'Id', which names an existing function, so it cannot give "
                            + others.map { "'\($0.key)'" }.joined(separator: ", ") + " too")
                }
                functionIds[entry.key] = id
                continue
            }
            let functionId = logicalId + entry.key
            var properties = Mapping()
            properties["ApiId"] = apiId
            properties["Name"] = value(function, "Name") ?? .string(entry.key)
            let (code, codeUri) = try self.code(of: function, failure: failure, defaulted: false)
            properties["Code"] = code
            properties["CodeS3Location"] = codeUri
            properties["DataSourceName"] = try dataSourceName(function, failure: failure)
            properties["MaxBatchSize"] = function["MaxBatchSize"]
            properties["Description"] = function["Description"]
            properties["Runtime"] = try runtime(of: function, failure: failure)
            if let sync = value(function, "Sync")?.mapping {
                properties["SyncConfig"] = .mapping(sync)
            }
            functionIds[entry.key] = ["Fn::GetAtt": [.string(functionId), "FunctionId"]]
            generated.append(make(functionId, "AWS::AppSync::FunctionConfiguration", properties))
        }
        return generated
    }

    /// An `AWS::AppSync::Resolver` of kind `PIPELINE` for each field under each type of
    /// `Resolvers`; each waits for the schema.
    func resolvers(schemaId: String) throws(Diagnostic) -> [CloudFormationResource] {
        var generated: [CloudFormationResource] = []
        for typeEntry in resource["Resolvers"]?.mapping ?? Mapping() {
            for entry in typeEntry.value.mapping ?? Mapping() {
                let resolver = entry.value.mapping ?? Mapping()
                let place = entry.keyMark ?? typeEntry.keyMark
                func failure(_ message: String) -> Diagnostic {
                    resource.error("resolver '\(entry.key)' \(message)", at: place)
                }
                var properties = Mapping()
                let (code, codeUri) = try self.code(of: resolver, failure: failure, defaulted: true)
                if code == nil, codeUri == nil {
                    properties["Code"] = .string(Self.defaultResolverCode)
                    properties["Runtime"] = ["Name": "APPSYNC_JS", "RuntimeVersion": "1.0.0"]
                } else {
                    properties["Code"] = code
                    properties["CodeS3Location"] = codeUri
                    properties["Runtime"] = try runtime(of: resolver, failure: failure)
                }
                properties["ApiId"] = apiId
                properties["FieldName"] = value(resolver, "FieldName") ?? .string(entry.key)
                properties["TypeName"] = .string(typeEntry.key)
                guard let pipeline = value(resolver, "Pipeline")?.sequence else {
                    throw failure(
                        "needs 'Pipeline', the functions it runs; unit resolvers are not "
                            + "supported here, declare an 'AWS::AppSync::Resolver' for one")
                }
                var ids: [Node] = []
                for name in pipeline {
                    let text = name.string ?? ""
                    guard let id = functionIds[text] else {
                        var message = "runs function '\(text)', which 'Functions' does not define"
                        if let near = Suggestion.nearest(
                            to: text, among: functionIds.keys.sorted())
                        {
                            message += "; did you mean '\(near)'?"
                        }
                        throw failure(message)
                    }
                    ids.append(id)
                }
                properties["Kind"] = "PIPELINE"
                properties["PipelineConfig"] = ["Functions": .sequence(ids)]
                if var caching = value(resolver, "Caching")?.mapping {
                    for item in caching where item.value.isNull { caching.remove(item.key) }
                    properties["CachingConfig"] = .mapping(caching)
                }
                properties["MaxBatchSize"] = value(resolver, "MaxBatchSize")

                var made = make(
                    logicalId + typeEntry.key + entry.key, "AWS::AppSync::Resolver", properties)
                made.attributes.remove("DependsOn")
                made.attributes.insert(
                    Mapping.Entry(key: "DependsOn", value: [.string(schemaId)]), at: 0)
                generated.append(made)
            }
        }
        return generated
    }

    private func value(_ map: Mapping, _ name: String) -> Node? {
        map[name].flatMap { $0.isFalseInPython ? nil : $0 }
    }

    /// `InlineCode` or `CodeUri`, at most one of them; a function needs one.
    private func code(
        of item: Mapping, failure: (String) -> Diagnostic, defaulted: Bool
    ) throws(Diagnostic) -> (Node?, Node?) {
        let inline = value(item, "InlineCode")
        let uri = value(item, "CodeUri")
        if inline != nil, uri != nil {
            throw failure("gives both 'InlineCode' and 'CodeUri'; give one of them")
        }
        if inline == nil, uri == nil, !defaulted {
            throw failure("needs its code in 'InlineCode' or 'CodeUri'")
        }
        return (inline, uri)
    }

    /// `Runtime` as AppSync writes it: `Name` and `RuntimeVersion`.
    private func runtime(of item: Mapping, failure: (String) -> Diagnostic) throws(Diagnostic)
        -> Node
    {
        guard let runtime = value(item, "Runtime")?.mapping else {
            throw failure("needs 'Runtime', such as 'Name: APPSYNC_JS' and 'Version: 1.0.0'")
        }
        return [
            "Name": runtime["Name"] ?? Node(.null),
            "RuntimeVersion": runtime["Version"] ?? Node(.null),
        ]
    }

    /// The data source a function names: `NONE` (any case) for the API's data source of type
    /// `NONE`, the key of one under `DataSources`, or an intrinsic function naming another.
    private mutating func dataSourceName(_ function: Mapping, failure: (String) -> Diagnostic)
        throws(Diagnostic) -> Node
    {
        guard let given = value(function, "DataSource") else {
            throw failure("needs 'DataSource'")
        }
        guard let name = given.string else { return given }
        if name.lowercased() == "none" {
            let noneId = logicalId + "NoneDataSource"
            if noneDataSource == nil {
                var properties = Mapping()
                properties["ApiId"] = apiId
                properties["Name"] = .string(noneId)
                properties["Type"] = "NONE"
                noneDataSource = make(noneId, "AWS::AppSync::DataSource", properties)
            }
            return ["Fn::GetAtt": [.string(noneId), "Name"]]
        }
        if let known = dataSourceNames[name] { return known }
        var message =
            "names data source '\(name)', which 'DataSources' does not define; define it there, "
            + "or name one defined elsewhere with an intrinsic function such as 'Fn::GetAtt' or "
            + "'Fn::ImportValue'"
        if let near = Suggestion.nearest(to: name, among: dataSourceNames.keys.sorted()) {
            message += "; did you mean '\(near)'?"
        }
        throw failure(message)
    }
}
