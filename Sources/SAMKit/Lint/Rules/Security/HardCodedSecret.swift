/// A function's environment holds a secret written into the template.
///
/// Two kinds of value are reported: text that has the shape of an AWS access key id or a
/// private key, whatever the variable is called; and a literal of eight characters or more in
/// a variable whose name says it holds a secret (`PASSWORD`, `SECRET`, `TOKEN`, `API_KEY`,
/// ...), unless the name says it holds only a reference to one (`..._ARN`, `..._NAME`,
/// `..._ID`, ...) or the value is an ARN or a `{{resolve:...}}` dynamic reference. Secrets
/// of other shapes in variables with innocent names are not found.
struct HardCodedSecret: LintRule {
    static let secretWords = [
        "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY",
        "ACCESS_KEY", "CREDENTIAL",
    ]
    static let referenceSuffixes = [
        "_ARN", "_NAME", "_ID", "_KEY_ID", "_URL", "_URI", "_PATH", "_TABLE", "_BUCKET",
        "_PARAMETER", "_PARAM", "_SSM", "_REGION", "_LENGTH", "_TTL", "_HEADER",
    ]
    static let accessKeyPrefixes = ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"]

    let rule = RuleDescription(
        id: "hardcoded-secret",
        severity: .error,
        title: "A function's environment variables hold no secrets written in the template.",
        rationale: """
            A template is read by everyone with access to the repository, and environment \
            variables are shown to everyone who can read the function's configuration. Keep \
            secrets in Secrets Manager or Parameter Store and pass their name or ARN, or use a \
            '{{resolve:secretsmanager:...}}' dynamic reference.
            """,
        documentation:
            "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
        equivalents: .init(checkov: ["CKV_AWS_45"]),
        badExample: """
            Globals:
              Function:
                Environment:
                  Variables:
                    DB_PASSWORD: hunter2hunter2
            Resources:
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
            """,
        goodExample: """
            Globals:
              Function:
                Environment:
                  Variables:
                    DB_PASSWORD_SECRET_ARN: !Ref DatabaseSecret
            Resources:
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
            """)

    func check(_ context: LintContext) -> [Finding] {
        LambdaFunctions(context).environmentVariables().compactMap { variable in
            guard let value = variable.value.string, let reason = Self.reason(variable.name, value)
            else { return nil }
            return finding(
                Self.message(variable.name, reason), at: variable.path,
                resource: variable.function)
        }
    }

    /// Why `value` looks like a secret, or `nil` when it does not.
    static func reason(_ name: String, _ value: String) -> String? {
        if looksLikeAccessKeyId(value) { return "has the shape of an AWS access key id" }
        if value.contains("-----BEGIN") && value.contains("PRIVATE KEY") {
            return "holds a private key"
        }
        let upper = name.uppercased()
        guard secretWords.contains(where: { upper.contains($0) }),
            !referenceSuffixes.contains(where: { upper.hasSuffix($0) }),
            value.count >= 8, !value.hasPrefix("arn:"), !value.contains("{{resolve:")
        else { return nil }
        return "is named like a secret and holds a literal value"
    }

    /// Four letters of a known prefix then upper-case letters and digits, twenty in all.
    static func looksLikeAccessKeyId(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard scalars.count == 20, accessKeyPrefixes.contains(where: { value.hasPrefix($0) })
        else { return false }
        return scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    private static func message(_ name: String, _ reason: String) -> String {
        "environment variable '\(name)' \(reason); keep secrets out of the template, in "
            + "Secrets Manager or Parameter Store, and pass their ARN or a dynamic reference"
    }
}
