/// An identity may give itself more permissions: it is allowed, on `Resource: '*'`, an action
/// (or a set of actions) that is a known way to escalate privileges.
///
/// The list, from AWS's guidance on passing roles and published escalation research:
/// changing a policy's text or default version, attaching or writing a policy into a user,
/// group or role, rewriting a role's trust policy, making keys or console passwords for
/// another user, joining a group; and `iam:PassRole` together with an action that runs code
/// as the passed role (creating or updating a Lambda function, starting an EC2 instance,
/// creating a CloudFormation stack, a Glue development endpoint or a Data Pipeline).
///
/// The actions of one resource's policies are taken together (a role's inline policies all
/// apply to it). Entries `*` and `service:*` are left to `iam-admin-access` and
/// `iam-wildcard-action`; partial wildcards such as `iam:Put*` count. Actions granted through
/// managed policies are not seen.
struct IAMPrivilegeEscalation: LintRule {
    static let singleActions = [
        "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:AttachUserPolicy",
        "iam:AttachGroupPolicy", "iam:AttachRolePolicy", "iam:PutUserPolicy",
        "iam:PutGroupPolicy", "iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy",
        "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile",
        "iam:AddUserToGroup",
    ]

    /// Actions that, with `iam:PassRole` on every role, run code as the passed role.
    static let withPassRole = [
        "lambda:CreateFunction", "lambda:UpdateFunctionCode", "ec2:RunInstances",
        "cloudformation:CreateStack", "glue:CreateDevEndpoint", "datapipeline:CreatePipeline",
    ]

    let rule = RuleDescription(
        id: "iam-privilege-escalation",
        severity: .error,
        title: "No identity is allowed an action on 'Resource: *' that lets it raise its own "
            + "permissions.",
        rationale: """
            Actions such as 'iam:PutRolePolicy' or 'iam:CreatePolicyVersion' on every resource \
            let the holder write itself any permission, and 'iam:PassRole' with \
            'lambda:UpdateFunctionCode' lets it run code as any role; either makes the role as \
            powerful as the account's administrator. Name the resources the actions may touch.
            """,
        documentation:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
        equivalents: .init(checkov: ["CKV_AWS_110"]),
        badExample: """
            Resources:
              RotateFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: iam:PutRolePolicy
                          Resource: '*'
            """,
        goodExample: """
            Resources:
              RotateFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: iam:PutRolePolicy
                          Resource: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/app-*
            """)

    /// An action entry allowed on every resource.
    private struct Grant {
        var text: String
        var statement: PolicyStatements.Statement
        var path: TemplatePath
    }

    func check(_ context: LintContext) -> [Finding] {
        // The entries each resource is allowed on every resource.
        var grants: [String: [Grant]] = [:]
        var order: [String] = []
        for statement in PolicyStatements(context).statements
        where statement.kind == .identity && statement.allows {
            guard statement.strings("Resource").contains(where: { $0.text == "*" }) else {
                continue
            }
            let owner = "\(statement.tree)/\(statement.path.resourceId ?? "")"
            for action in statement.strings("Action") {
                if case .wholeService = IAMActions.reference(action.text) { continue }
                guard action.text != "*" else { continue }
                if grants[owner] == nil { order.append(owner) }
                grants[owner, default: []].append(
                    Grant(text: action.text, statement: statement, path: action.path))
            }
        }

        var findings: [Finding] = []
        for owner in order {
            let entries = grants[owner] ?? []
            func granting(_ action: String) -> Grant? {
                let parts = action.split(separator: ":").map(String.init)
                return entries.first { IAMActions.grants($0.text, parts[0], parts[1]) }
            }
            for action in Self.singleActions {
                guard let grant = granting(action) else { continue }
                findings.append(
                    grant.statement.finding(rule, Self.single(action, grant.text), at: grant.path))
            }
            guard granting("iam:PassRole") != nil else { continue }
            for action in Self.withPassRole {
                guard let grant = granting(action) else { continue }
                findings.append(
                    grant.statement.finding(rule, Self.combined(action, grant.text), at: grant.path)
                )
            }
        }
        return findings
    }

    private static func named(_ action: String, _ text: String) -> String {
        text == action ? "'\(action)'" : "'\(text)', which allows '\(action)',"
    }

    private static func single(_ action: String, _ text: String) -> String {
        "action \(named(action, text)) on resource '*' lets the holder raise its own "
            + "permissions; name the resources it may change"
    }

    private static func combined(_ action: String, _ text: String) -> String {
        "action \(named(action, text)) on resource '*', with 'iam:PassRole' on resource '*', "
            + "lets the holder run code as any role; name the resources and the roles it may pass"
    }
}
