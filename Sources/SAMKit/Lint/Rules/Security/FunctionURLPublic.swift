/// A function URL that anyone on the internet can call without signing the request.
///
/// For a serverless function the `AuthType` is looked for in its `FunctionUrlConfig` and then
/// in that of `Globals: Function`, which the transform merges into it; a hand-written
/// `AWS::Lambda::Url` is checked too. An `AuthType` given by an intrinsic function is not
/// judged.
struct FunctionURLPublic: LintRule {
    let rule = RuleDescription(
        id: "function-url-public",
        severity: .warning,
        title: "Function URLs authenticate callers with AWS_IAM.",
        rationale: """
            'AuthType: NONE' makes the function URL public: anyone who learns it can invoke \
            the function, and every call is billed, so the function itself must check who is \
            calling. 'AWS_IAM' requires signed requests from principals you allow. A URL that \
            is public on purpose, such as a webhook that checks a signature, can suppress the \
            finding.
            """,
        documentation: "https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html",
        equivalents: .init(checkov: ["CKV_AWS_258"]),
        badExample: """
            Resources:
              Webhook:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
                  FunctionUrlConfig:
                    AuthType: NONE
            """,
        goodExample: """
            Resources:
              Webhook:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
                  FunctionUrlConfig:
                    AuthType: AWS_IAM
            """)

    func check(_ context: LintContext) -> [Finding] {
        let globalConfig = context.sections["Globals"]?["Function"]?["FunctionUrlConfig"]
        var findings: [Finding] = []
        for entry in context.resources {
            let path = TemplatePath(keys: "Resources", entry.key, "Properties")
            let properties = entry.value["Properties"]
            switch entry.value["Type"]?.string {
            case LambdaFunctions.serverless:
                let own = properties?["FunctionUrlConfig"]
                guard own != nil || globalConfig != nil else { continue }
                let authType: (Node, TemplatePath)?
                if let value = own?["AuthType"] {
                    authType = (value, path.appending("FunctionUrlConfig").appending("AuthType"))
                } else if let value = globalConfig?["AuthType"] {
                    authType = (
                        value,
                        TemplatePath(
                            keys: "Globals", "Function", "FunctionUrlConfig",
                            "AuthType")
                    )
                } else {
                    authType = nil
                }
                guard let (value, valuePath) = authType, value.string == "NONE" else { continue }
                findings.append(
                    finding(Self.message(entry.key), at: valuePath, resource: entry.key))
            case "AWS::Lambda::Url":
                guard properties?["AuthType"]?.string == "NONE" else { continue }
                findings.append(
                    finding(Self.message(entry.key), at: path.appending("AuthType")))
            default:
                continue
            }
        }
        return findings
    }

    private static func message(_ id: String) -> String {
        "the function URL of '\(id)' has 'AuthType' 'NONE', so anyone can call it unsigned; "
            + "use 'AWS_IAM', or suppress this where the function checks its callers itself"
    }
}
