/// An identity gets full administrator access: a statement allowing `*` on `*`, or an AWS
/// managed policy that grants (or can grant itself) every permission.
struct IAMAdministratorAccess: LintRule {
    /// AWS managed policies that grant every permission or the means to take it, and why.
    static let elevatedPolicies: [String: String] = [
        "AdministratorAccess": "grants every action on every resource",
        "PowerUserAccess": "grants every action outside IAM and Organizations",
        "IAMFullAccess": "grants full control of IAM, with which any other permission can be "
            + "granted",
    ]

    let rule = RuleDescription(
        id: "iam-admin-access",
        severity: .error,
        title: "No identity gets full administrator access.",
        rationale: """
            A function or service role with every permission turns any bug, dependency or \
            leaked credential in it into control of the whole account. Grant the actions and \
            resources the code uses, with a SAM policy template or a statement of its own.
            """,
        documentation:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
        equivalents: .init(cfnNag: ["W43"], checkov: ["CKV_AWS_62"]),
        badExample: """
            Resources:
              ReportFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - AdministratorAccess
            """,
        goodExample: """
            Resources:
              ReportFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - S3ReadPolicy:
                        BucketName: reports
            """)

    func check(_ context: LintContext) -> [Finding] {
        let policies = PolicyStatements(context)
        var findings: [Finding] = []
        for statement in policies.statements where statement.kind == .identity && statement.allows {
            guard statement.strings("Resource").contains(where: { $0.text == "*" }) else {
                continue
            }
            for action in statement.strings("Action") where action.text == "*" {
                findings.append(statement.finding(rule, Self.allOnAll, at: action.path))
            }
        }
        for policy in policies.managedPolicies {
            let name = Self.awsManagedName(policy.text)
            guard let name, let reason = Self.elevatedPolicies[name] else { continue }
            findings.append(
                Finding(
                    rule: rule.id, message: Self.elevated(name, reason), tree: policy.tree,
                    path: policy.path))
        }
        return findings
    }

    /// The name of the AWS managed policy an ARN (or a SAM policy name) stands for.
    /// `${AWS::Partition}` in an `Fn::Sub` ARN stands for any partition.
    static func awsManagedName(_ text: String) -> String? {
        guard text.hasPrefix("arn:") else { return text.contains(":") ? nil : text }
        let parts = text.replacing("${AWS::Partition}", with: "aws").split(
            separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[2] == "iam", parts[4] == "aws", parts[5].hasPrefix("policy/")
        else { return nil }
        return parts[5].split(separator: "/").last.map(String.init)
    }

    private static let allOnAll =
        "statement allows action '*' on resource '*', which is full administrator access; "
        + "grant only the actions and resources the code needs"

    private static func elevated(_ name: String, _ reason: String) -> String {
        "managed policy '\(name)' \(reason); grant only the actions and resources the code needs"
    }
}
