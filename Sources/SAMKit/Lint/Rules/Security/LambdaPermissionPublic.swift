/// A Lambda permission that lets anyone invoke a function, or use a layer, with nothing
/// narrowing who.
///
/// The two permissions the transform generates for a function URL with `AuthType: NONE`
/// (marked by `FunctionUrlAuthType: NONE` or `InvokedViaFunctionUrl`) are left to
/// `function-url-public`, which reports the `AuthType` the user wrote.
struct LambdaPermissionPublic: LintRule {
    static let permission = "AWS::Lambda::Permission"
    static let layerPermission = "AWS::Lambda::LayerVersionPermission"
    /// The properties that narrow a function permission to a source or an organisation.
    static let narrowing = ["SourceArn", "SourceAccount", "PrincipalOrgID"]

    let rule = RuleDescription(
        id: "lambda-permission-public",
        severity: .error,
        title: "Lambda permissions do not grant everyone access without a condition.",
        rationale: """
            An 'AWS::Lambda::Permission' with 'Principal: *' and no 'SourceArn', \
            'SourceAccount' or 'PrincipalOrgID' lets any AWS account invoke the function, and \
            run up its cost or reach what its role can reach. Name the service or account that \
            calls it, and for a service say which resource with 'SourceArn'. An \
            'AWS::Lambda::LayerVersionPermission' with 'Principal: *' and no 'OrganizationId' \
            publishes the layer to every account.
            """,
        documentation: """
            https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
            """,
        equivalents: .init(cfnNag: ["F13"]),
        badExample: """
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
              InvokePermission:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: !Ref Handler
                  Principal: "*"
            """,
        goodExample: """
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
              Uploads:
                Type: AWS::S3::Bucket
              InvokePermission:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: !Ref Handler
                  Principal: s3.amazonaws.com
                  SourceArn: !GetAtt Uploads.Arn
                  SourceAccount: !Ref AWS::AccountId
            """)

    func check(_ context: LintContext) -> [Finding] {
        let types: Set = [Self.permission, Self.layerPermission]
        return PlacedResources.of(types: types, in: context).compactMap { resource in
            let properties = resource.properties
            guard properties["Principal"]?.string == "*" else { return nil }
            let path = resource.path("Principal")
            if resource.type == Self.layerPermission {
                guard properties["OrganizationId"] == nil else { return nil }
                return finding(
                    "layer permission '\(resource.id)' shares the layer with every AWS account; "
                        + "set 'OrganizationId' or name an account", at: path, in: resource.tree)
            }
            guard !Self.narrowing.contains(where: { properties[$0] != nil }),
                !Self.isFunctionURLPermission(properties)
            else { return nil }
            return finding(
                "permission '\(resource.id)' lets any AWS account invoke the function; name the "
                    + "calling service or account, and set 'SourceArn' or 'SourceAccount' "
                    + "(or 'PrincipalOrgID')", at: path, in: resource.tree)
        }
    }

    /// Whether a permission is one of the two that make a function URL public.
    static func isFunctionURLPermission(_ properties: Mapping) -> Bool {
        properties["FunctionUrlAuthType"]?.string == "NONE"
            || properties["InvokedViaFunctionUrl"]?.bool == true
    }
}
