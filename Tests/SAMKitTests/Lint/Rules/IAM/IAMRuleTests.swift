import Testing

@testable import SAMKit

/// Each IAM rule on small templates, validated the way `samkit validate` does it (loaded,
/// transformed, linted), so that findings on generated roles are located through the real
/// transform's marks.
@Suite struct IAMRuleTests {
    /// The findings of `rule` on `text`, as `line:column: severity: message [rule]`.
    static func findings(_ text: String, _ rule: any LintRule) -> [String] {
        let validator = TemplateValidator(
            linter: Linter(rules: [rule], today: LintProbe.day))
        return validator.validate(bytes: Array(text.utf8), path: "t.yaml").diagnostics
            .filter { $0.rule == rule.rule.id }.map(LintProbe.describe)
    }

    /// A function with `Policies` written below it, indented to sit under `Policies:`.
    static func function(_ policies: String, globals: String = "") -> String {
        globals + """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  InlineCode: x
                  Policies:

            """ + policies
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var rule: any LintRule
        var template: String
        var expected: [String]
        var testDescription: String { name }

        init(_ name: String, _ rule: any LintRule, _ template: String, _ expected: [String]) {
            self.name = name
            self.rule = rule
            self.template = template
            self.expected = expected
        }
    }

    static let adminCases: [Case] = [
        Case(
            "a managed policy name in Policies is reported at the entry", IAMAdministratorAccess(),
            function(
                """
                        - AWSLambdaExecute
                        - AdministratorAccess
                """),
            [
                "10:11: error: managed policy 'AdministratorAccess' grants every action on every "
                    + "resource; grant only the actions and resources the code needs "
                    + "[iam-admin-access]"
            ]),
        Case(
            "'*' on '*' in an inline statement and an elevated ARN on a hand-written role",
            IAMAdministratorAccess(),
            """
            Resources:
              Role:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument: {}
                  ManagedPolicyArns:
                    - !Sub arn:${AWS::Partition}:iam::aws:policy/IAMFullAccess
                  Policies:
                    - PolicyName: all
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: ['*']
                            Resource: '*'
            """,
            [
                "7:11: error: managed policy 'IAMFullAccess' grants full control of IAM, with "
                    + "which any other permission can be granted; grant only the actions and "
                    + "resources the code needs [iam-admin-access]",
                "13:26: error: statement allows action '*' on resource '*', which is full "
                    + "administrator access; grant only the actions and resources the code "
                    + "needs [iam-admin-access]",
            ]),
        Case(
            "'*' on particular resources, a Deny, and ordinary managed policies are not reported",
            IAMAdministratorAccess(),
            function(
                """
                        - AmazonS3ReadOnlyAccess
                        - Statement:
                            - Effect: Deny
                              Action: '*'
                              Resource: '*'
                            - Effect: Allow
                              Action: '*'
                              Resource: arn:aws:s3:::bucket/*
                """), []),
        Case(
            "when the transform fails, the SAM template's own Policies are read",
            IAMAdministratorAccess(),
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  NoSuchProperty: 1
                  Policies:
                    - PowerUserAccess
                    - Statement:
                        - Effect: Allow
                          Action: '*'
                          Resource: '*'
            """,
            [
                "7:11: error: managed policy 'PowerUserAccess' grants every action outside IAM "
                    + "and Organizations; grant only the actions and resources the code needs "
                    + "[iam-admin-access]",
                "10:23: error: statement allows action '*' on resource '*', which is full "
                    + "administrator access; grant only the actions and resources the code "
                    + "needs [iam-admin-access]",
            ]),
    ]

    static let wildcardActionCases: [Case] = [
        Case(
            "'service:*' and '*' in a function's inline policy, on the generated role",
            IAMWildcardAction(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action: [sqs:*, s3:GetObject]
                              Resource: arn:aws:sqs:eu-west-1:1:q
                            - Effect: Allow
                              Action: '*'
                              Resource: arn:aws:s3:::b/*
                """),
            [
                "11:24: warning: action 'sqs:*' allows every action of 'sqs', including those "
                    + "that delete or change permissions; list the actions the code calls "
                    + "[iam-wildcard-action]",
                "14:23: warning: action '*' allows every action of every service; list the "
                    + "actions the code calls [iam-wildcard-action]",
            ]),
        Case(
            "a hand-written managed policy is read; a key policy's 'kms:*' is not",
            IAMWildcardAction(),
            """
            Resources:
              Policy:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Statement:
                      Effect: Allow
                      Action: logs:*
                      Resource: arn:aws:logs:eu-west-1:1:log-group:app
              Key:
                Type: AWS::KMS::Key
                Properties:
                  KeyPolicy:
                    Statement:
                      - Effect: Allow
                        Principal: {AWS: arn:aws:iam::1:root}
                        Action: kms:*
                        Resource: '*'
            """,
            [
                "8:19: warning: action 'logs:*' allows every action of 'logs', including those "
                    + "that delete or change permissions; list the actions the code calls "
                    + "[iam-wildcard-action]"
            ]),
        Case(
            "a policy template's own 'service:*' is reported at the template's entry",
            IAMWildcardAction(),
            function(
                """
                        - TextractPolicy: {}
                """),
            [
                "9:11: warning: action 'textract:*' allows every action of 'textract', including "
                    + "those that delete or change permissions; list the actions the code calls "
                    + "[iam-wildcard-action]"
            ]),
        Case(
            "listed actions are not reported", IAMWildcardAction(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action: [s3:GetObject, s3:Put*]
                              Resource: arn:aws:s3:::b/*
                """), []),
    ]

    static let wildcardResourceCases: [Case] = [
        Case(
            "a dead-letter queue's '*' from Globals is reported at Globals",
            IAMWildcardResource(),
            function(
                """
                        - AWSLambdaExecute
                """,
                globals: """
                    Globals:
                      Function:
                        DeadLetterQueue:
                          Type: SQS
                          TargetArn: '*'

                    """),
            [
                "5:18: warning: resource '*' lets 'sqs:SendMessage' change every resource of the "
                    + "account, though they can be limited to particular ARNs; name the "
                    + "resources [iam-wildcard-resource]"
            ]),
        Case(
            "wildcards expand; a Condition lowers the severity", IAMWildcardResource(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action: [sqs:Send*, s3:GetObject]
                              Resource: ['*']
                            - Effect: Allow
                              Action: dynamodb:PutItem
                              Resource: '*'
                              Condition:
                                StringEquals: {aws:ResourceTag/app: orders}
                """),
            [
                "12:26: warning: resource '*' lets 'sqs:SendMessage' change every resource of the "
                    + "account, though they can be limited to particular ARNs; name the "
                    + "resources [iam-wildcard-resource]",
                "15:25: info: resource '*' lets 'dynamodb:PutItem' change every resource of the "
                    + "account, though they can be limited to particular ARNs; name the "
                    + "resources; the statement's Condition may narrow it [iam-wildcard-resource]",
            ]),
        Case(
            "actions that take only '*', read-only actions, Deny and templates are not reported",
            IAMWildcardResource(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action: [xray:PutTraceSegments, ecr:GetAuthorizationToken]
                              Resource: '*'
                            - Effect: Allow
                              Action: [s3:GetObject, dynamodb:Query, ec2:Describe*]
                              Resource: '*'
                            - Effect: Deny
                              Action: dynamodb:DeleteTable
                              Resource: '*'
                        - VPCAccessPolicy: {}
                """), []),
    ]

    static let passRoleCases: [Case] = [
        Case(
            "'iam:PassRole' and 'iam:Pass*' on '*', in a function and a hand-written policy",
            IAMPassRoleWildcard(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action: [iam:PassRole]
                              Resource: '*'
                  Policy:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: p
                      Roles: [r]
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: iam:Pass*
                            Resource: ['*']
                """),
            [
                "11:24: error: action 'iam:PassRole' on resource '*' lets the holder pass any "
                    + "role, an administrator's too, to a service; name the roles it may pass in "
                    + "'Resource' [iam-passrole-wildcard]",
                "21:21: error: action 'iam:Pass*' on resource '*' lets the holder pass any role, "
                    + "an administrator's too, to a service; name the roles it may pass in "
                    + "'Resource' [iam-passrole-wildcard]",
            ]),
        Case(
            "a named role is not reported", IAMPassRoleWildcard(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action: iam:PassRole
                              Resource: arn:aws:iam::1:role/worker
                """), []),
    ]

    static let escalationCases: [Case] = [
        Case(
            "single actions, and a pair with 'iam:PassRole' across two policies of one role",
            IAMPrivilegeEscalation(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action: [iam:Put*Policy, s3:GetObject]
                              Resource: '*'
                        - Statement:
                            - Effect: Allow
                              Action: iam:PassRole
                              Resource: '*'
                            - Effect: Allow
                              Action: lambda:UpdateFunctionCode
                              Resource: '*'
                """),
            [
                "11:24: error: action 'iam:Put*Policy', which allows 'iam:PutUserPolicy', on "
                    + "resource '*' lets the holder raise its own permissions; name the resources "
                    + "it may change [iam-privilege-escalation]",
                "11:24: error: action 'iam:Put*Policy', which allows 'iam:PutGroupPolicy', on "
                    + "resource '*' lets the holder raise its own permissions; name the resources "
                    + "it may change [iam-privilege-escalation]",
                "11:24: error: action 'iam:Put*Policy', which allows 'iam:PutRolePolicy', on "
                    + "resource '*' lets the holder raise its own permissions; name the resources "
                    + "it may change [iam-privilege-escalation]",
                "18:23: error: action 'lambda:UpdateFunctionCode' on resource '*', with "
                    + "'iam:PassRole' on resource '*', lets the holder run code as any role; name "
                    + "the resources and the roles it may pass [iam-privilege-escalation]",
            ]),
        Case(
            "without PassRole, or on named resources, nothing is reported",
            IAMPrivilegeEscalation(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action: lambda:UpdateFunctionCode
                              Resource: '*'
                            - Effect: Allow
                              Action: iam:PutRolePolicy
                              Resource: arn:aws:iam::1:role/app-*
                """), []),
    ]

    static let notCases: [Case] = [
        Case(
            "NotAction and NotResource with Allow, at the key", IAMAllowWithNot(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              NotAction: iam:*
                              NotResource: arn:aws:s3:::secret/*
                """),
            [
                "11:15: warning: 'Allow' with 'NotAction' grants every action except those "
                    + "listed, including actions AWS adds later; list the allowed actions in "
                    + "'Action' [iam-allow-with-not]",
                "12:15: warning: 'Allow' with 'NotResource' grants the actions on every resource "
                    + "except those listed; list the allowed resources in 'Resource' "
                    + "[iam-allow-with-not]",
            ]),
        Case(
            "NotAction with Deny is how it is meant to be used", IAMAllowWithNot(),
            function(
                """
                        - Statement:
                            - Effect: Deny
                              NotAction: s3:GetObject
                              Resource: '*'
                """), []),
    ]

    static let unknownActionCases: [Case] = [
        Case(
            "a typo, an unknown service, a pattern matching nothing and a malformed action",
            IAMUnknownAction(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action:
                                - s3:GetObjekt
                                - lamda:InvokeFunction
                                - sqs:Recieve*
                                - GetItem
                              Resource: '*'
                """),
            [
                "12:19: warning: action 's3:GetObjekt' is not an action of 's3'; did you mean "
                    + "'s3:GetObject'? [iam-unknown-action]",
                "13:19: warning: service prefix 'lamda' in action 'lamda:InvokeFunction' is not "
                    + "an AWS service; did you mean 'lambda'? [iam-unknown-action]",
                "14:19: warning: action pattern 'sqs:Recieve*' matches no action of 'sqs' "
                    + "[iam-unknown-action]",
                "15:19: warning: action 'GetItem' is not of the form 'service:Action' "
                    + "[iam-unknown-action]",
            ]),
        Case(
            "a trust policy from Globals is reported at Globals", IAMUnknownAction(),
            function(
                """
                        - AWSLambdaExecute
                """,
                globals: """
                    Globals:
                      Function:
                        AssumeRolePolicyDocument:
                          Statement:
                            - Effect: Allow
                              Principal: {Service: lambda.amazonaws.com}
                              Action: sts:AssumeRol

                    """),
            [
                "7:19: warning: action 'sts:AssumeRol' is not an action of 'sts'; did you mean "
                    + "'sts:AssumeRole'? [iam-unknown-action]"
            ]),
        Case(
            "real actions in any case, wildcards and substitutions are not reported",
            IAMUnknownAction(),
            function(
                """
                        - Statement:
                            - Effect: Allow
                              Action: [S3:getobject, cognito-idp:List*, '*', logs:*, !Sub '${S}:Get']
                              Resource: '*'
                """), []),
    ]

    static let templateCases: [Case] = [
        Case(
            "'*' and a pattern given to template parameters", PolicyTemplateWildcard(),
            function(
                """
                        - DynamoDBCrudPolicy:
                            TableName: '*'
                        - S3ReadPolicy:
                            BucketName: logs-*
                """),
            [
                "10:24: warning: parameter 'TableName' of policy template 'DynamoDBCrudPolicy' is "
                    + "'*', which grants the template's actions on every resource it matches; "
                    + "name the resource [policy-template-wildcard]",
                "12:25: warning: parameter 'BucketName' of policy template 'S3ReadPolicy' is "
                    + "'logs-*', which grants the template's actions on every resource it "
                    + "matches; name the resource [policy-template-wildcard]",
            ]),
        Case(
            "names and references are not reported", PolicyTemplateWildcard(),
            function(
                """
                        - DynamoDBCrudPolicy:
                            TableName: !Ref Table
                        - SQSSendMessagePolicy:
                            QueueName: orders
                  Table:
                    Type: AWS::Serverless::SimpleTable
                """), []),
    ]

    static let managedCases: [Case] = [
        Case(
            "a misspelt name in Policies and an unknown AWS managed ARN on a role",
            UnknownManagedPolicy(),
            function(
                """
                        - AmazonSQSFullAcess
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {}
                      ManagedPolicyArns:
                        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRol
                """),
            [
                "9:11: error: managed policy 'AmazonSQSFullAcess' does not exist in partition "
                    + "'aws'; did you mean 'AmazonSQSFullAccess'? [unknown-managed-policy]",
                "15:11: error: managed policy 'AWSLambdaBasicExecutionRol' does not exist in "
                    + "partition 'aws'; did you mean 'AWSLambdaBasicExecutionRole'? "
                    + "[unknown-managed-policy]",
            ]),
        Case(
            "known names, customer ARNs, dynamic references are not reported",
            UnknownManagedPolicy(),
            function(
                """
                        - AWSLambdaRole
                        - AmazonDynamoDBReadOnlyAccess
                        - arn:aws:iam::123456789012:policy/mine
                        - '{{resolve:ssm:policy-arn}}'
                """), []),
    ]

    @Test(
        arguments: adminCases + wildcardActionCases + wildcardResourceCases + passRoleCases
            + escalationCases + notCases + unknownActionCases + templateCases + managedCases)
    func rule(_ row: Case) {
        #expect(Self.findings(row.template, row.rule) == row.expected)
    }

    @Test func aPolicyThatOnlyAnotherPartitionHasIsReportedForThePartitionChecked() {
        let template = Self.function(
            """
                    - AWSAppFabricFullAccess
            """)
        let validator = TemplateValidator(
            options: TransformOptions(region: "cn-north-1", localArtifacts: .placeholder),
            linter: Linter(rules: [UnknownManagedPolicy()], today: LintProbe.day))
        let found = validator.validate(bytes: Array(template.utf8), path: "t.yaml").diagnostics
            .filter { $0.rule == "unknown-managed-policy" }.map(LintProbe.describe)
        #expect(
            found == [
                "9:11: error: managed policy 'AWSAppFabricFullAccess' does not exist in "
                    + "partition 'aws-cn' [unknown-managed-policy]"
            ])
        #expect(Self.findings(template, UnknownManagedPolicy()) == [])
    }
}
