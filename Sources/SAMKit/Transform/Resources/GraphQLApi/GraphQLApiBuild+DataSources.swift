extension GraphQLApiBuild {
    /// The DynamoDB data sources, then the Lambda ones, each with the role AppSync assumes to
    /// reach it (unless `ServiceRoleArn` names one) and a connector granting that role access.
    mutating func dataSources() throws(Diagnostic) -> [CloudFormationResource] {
        let sources = resource["DataSources"]?.mapping
        var generated: [CloudFormationResource] = []
        for entry in sources?["DynamoDb"]?.mapping ?? Mapping() {
            generated += try dynamoDBDataSource(entry.key, entry.value.mapping ?? Mapping())
        }
        for entry in sources?["Lambda"]?.mapping ?? Mapping() {
            generated += try lambdaDataSource(entry.key, entry.value.mapping ?? Mapping())
        }
        return generated
    }

    private func value(_ map: Mapping, _ name: String) -> Node? {
        map[name].flatMap { $0.isFalseInPython ? nil : $0 }
    }

    private mutating func dynamoDBDataSource(_ key: String, _ source: Mapping)
        throws(Diagnostic) -> [CloudFormationResource]
    {
        let dataSourceId = logicalId + key + "DynamoDBDataSource"
        let region = value(source, "Region") ?? ["Ref": "AWS::Region"]
        var config = Mapping()
        config["AwsRegion"] = region
        config["TableName"] = source["TableName"]
        config["UseCallerCredentials"] = value(source, "UseCallerCredentials")
        config["Versioned"] = value(source, "Versioned")
        if let deltaSync = value(source, "DeltaSync")?.mapping {
            var sync = Mapping()
            for name in ["BaseTableTTL", "DeltaSyncTableName", "DeltaSyncTableTTL"] {
                sync[name] = deltaSync[name] ?? Node(.null)
            }
            config["DeltaSyncConfig"] = .mapping(sync)
        }
        var properties = Mapping()
        properties["Name"] = value(source, "Name") ?? .string(key)
        properties["Type"] = "AMAZON_DYNAMODB"
        properties["ApiId"] = apiId
        properties["Description"] = source["Description"]
        properties["DynamoDBConfig"] = .mapping(config)

        var generated: [CloudFormationResource] = []
        if let role = value(source, "ServiceRoleArn") {
            properties["ServiceRoleArn"] = role
        } else {
            let tableArn =
                value(source, "TableArn")
                ?? [
                    "Fn::Sub": [
                        .string(
                            "arn:${AWS::Partition}:dynamodb:${__Region__}:${AWS::AccountId}:"
                                + "table/${__TableName__}"),
                        [
                            "__TableName__": source["TableName"] ?? Node(.null),
                            "__Region__": region,
                        ],
                    ]
                ]
            let role = appSyncRole(dataSourceId + "Role")
            properties["ServiceRoleArn"] = ["Fn::GetAtt": [.string(role.logicalId), "Arn"]]
            generated.append(role)
            generated += try connector(
                dataSourceId + "ToTableConnector",
                source: dataSourceSide(dataSourceId, role: role.logicalId),
                destination: ["Type": "AWS::DynamoDB::Table", "Arn": tableArn],
                permissions: value(source, "Permissions")?.sequence ?? ["Read", "Write"])
        }
        dataSourceNames[key] = ["Fn::GetAtt": [.string(dataSourceId), "Name"]]
        return [make(dataSourceId, "AWS::AppSync::DataSource", properties)] + generated
    }

    private mutating func lambdaDataSource(_ key: String, _ source: Mapping)
        throws(Diagnostic) -> [CloudFormationResource]
    {
        let dataSourceId = logicalId + key + "LambdaDataSource"
        let functionArn = source["FunctionArn"] ?? Node(.null)
        var properties = Mapping()
        properties["Name"] = value(source, "Name") ?? .string(key)
        properties["Type"] = "AWS_LAMBDA"
        properties["ApiId"] = apiId
        properties["Description"] = source["Description"]
        properties["LambdaConfig"] = ["LambdaFunctionArn": functionArn]

        var generated: [CloudFormationResource] = []
        if let role = value(source, "ServiceRoleArn") {
            properties["ServiceRoleArn"] = role
        } else {
            let role = appSyncRole(dataSourceId + "Role")
            properties["ServiceRoleArn"] = ["Fn::GetAtt": [.string(role.logicalId), "Arn"]]
            generated.append(role)
            generated += try connector(
                dataSourceId + "ToLambdaConnector",
                source: dataSourceSide(dataSourceId, role: role.logicalId),
                destination: ["Type": "AWS::Lambda::Function", "Arn": functionArn],
                permissions: ["Write"])
        }
        dataSourceNames[key] = ["Fn::GetAtt": [.string(dataSourceId), "Name"]]
        return [make(dataSourceId, "AWS::AppSync::DataSource", properties)] + generated
    }

    /// A data source as a connector's source: its ARN and the role it runs as.
    private func dataSourceSide(_ dataSourceId: String, role: String) -> Node {
        [
            "Type": "AWS::AppSync::DataSource",
            "Arn": ["Fn::GetAtt": [.string(dataSourceId), "DataSourceArn"]],
            "RoleName": ["Ref": .string(role)],
        ]
    }
}
