/// A parameter named like a password or secret is shown in the console and API output
/// because it lacks `NoEcho: true`.
struct PasswordParameterNoEcho: LintRule {
    static let secretWords = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY"]
    /// Endings that say the parameter names or locates a secret rather than holding it.
    static let referenceSuffixes = ["NAME", "ARN", "ID", "PATH", "PARAMETER", "LENGTH"]

    let rule = RuleDescription(
        id: "password-parameter-no-echo",
        severity: .warning,
        title: "A parameter named like a password or secret sets NoEcho: true.",
        rationale: """
            CloudFormation shows parameter values in the console, in DescribeStacks output and \
            in events, unless the parameter sets NoEcho: true, which masks it as asterisks. A \
            parameter that carries a password or a token should be masked; better still, keep \
            the secret in Secrets Manager and use a dynamic reference.
            """,
        documentation: """
            https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/\
            parameters-section-structure.html
            """,
        badExample: """
            Parameters:
              DatabasePassword:
                Type: String
            """,
        goodExample: """
            Parameters:
              DatabasePassword:
                Type: String
                NoEcho: true
            """)

    func check(_ context: LintContext) -> [Finding] {
        (context.sections["Parameters"]?.mapping ?? Mapping()).compactMap { entry in
            // `SecretName2` names a secret as much as `SecretName` does.
            let upper = String(entry.key.uppercased().reversed().drop { $0.isNumber }.reversed())
            guard Self.secretWords.contains(where: { upper.contains($0) }),
                !Self.referenceSuffixes.contains(where: { upper.hasSuffix($0) }),
                !Self.echoesNothing(entry.value["NoEcho"]),
                entry.value["Type"]?.string.map({ !$0.hasPrefix("AWS::SSM::") }) ?? true
            else { return nil }
            return finding(
                Self.message(entry.key), at: TemplatePath(keys: "Parameters", entry.key), key: true)
        }
    }

    /// `NoEcho: true`, written as a boolean or as the text CloudFormation also accepts.
    private static func echoesNothing(_ node: Node?) -> Bool {
        guard let node else { return false }
        return node.bool == true || node.string?.lowercased() == "true"
    }

    private static func message(_ name: String) -> String {
        "parameter '\(name)' looks like it carries a secret but does not set 'NoEcho: true', "
            + "so its value is shown in the console and API output"
    }
}
