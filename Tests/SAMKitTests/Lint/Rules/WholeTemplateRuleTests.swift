import Testing

@testable import SAMKit

/// Rules over the template as a whole: circular dependencies and CloudFormation's quotas.
@Suite struct WholeTemplateRuleTests {
    static let circleCases: [LintCase] = [
        LintCase(
            "references that do not go round are not reported",
            """
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  RedrivePolicy:
                    deadLetterTargetArn: !GetAtt DeadLetters.Arn
              DeadLetters:
                Type: AWS::SQS::Queue
                DependsOn: Topic
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Sub "${AWS::StackName}-${Missing}"
            """, []),
        LintCase(
            "a circle through Ref, GetAtt, Sub and DependsOn is reported once at its "
                + "first member, and a resource that refers to itself",
            """
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  RedrivePolicy:
                    deadLetterTargetArn: !GetAtt DeadLetters.Arn
              DeadLetters:
                Type: AWS::SQS::Queue
                Properties:
                  QueueName: !Sub "${Alarm}-dead"
              Alarm:
                Type: AWS::CloudWatch::Alarm
                DependsOn: [Queue]
                Properties:
                  Namespace: AWS/SQS
              Loner:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Ref Loner
            """,
            [
                "2:3: error: resources depend on each other in a circle: 'Queue' → "
                    + "'DeadLetters' → 'Alarm' → 'Queue'; CloudFormation cannot create any of "
                    + "them "
                    + "first [circular-dependency]",
                "  6:30: note: 'Queue' depends on 'DeadLetters' here",
                "  10:18: note: 'DeadLetters' depends on 'Alarm' here",
                "  13:17: note: 'Alarm' depends on 'Queue' here",
                "16:3: error: resource 'Loner' refers to itself; CloudFormation cannot create "
                    + "a resource that waits for itself [circular-dependency]",
                "  19:18: note: 'Loner' depends on 'Loner' here",
            ]),
        LintCase(
            "every reference counts, in lists, Join, Sub variables and both branches of "
                + "If; a tangle larger than its circle names the rest",
            """
            Resources:
              A:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !GetAtt [B, TopicName]
              B:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Join ["-", [!GetAtt A.TopicName, !GetAtt C.TopicName]]
              C:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Sub ["${Name}", {Name: !GetAtt B.TopicName}]
              D:
                Type: AWS::SNS::Topic
                Properties:
                  DisplayName: !Sub ["${A}-${Local}", {Local: !Ref E}]
              E:
                Type: AWS::SNS::Topic
                Properties:
                  DisplayName: !If [Always, !Ref D, !Ref AWS::NoValue]
            """,
            [
                "2:3: error: resources depend on each other in a circle: 'A' → 'B' → 'A'; "
                    + "also caught in it: 'C'; CloudFormation cannot create any of them first "
                    + "[circular-dependency]",
                "  5:18: note: 'A' depends on 'B' here",
                "  9:31: note: 'B' depends on 'A' here",
                "14:3: error: resources depend on each other in a circle: 'D' → 'E' → 'D'; "
                    + "CloudFormation cannot create any of them first [circular-dependency]",
                "  17:51: note: 'D' depends on 'E' here",
                "  21:33: note: 'E' depends on 'D' here",
            ]),
        LintCase(
            "when the transform failed, what serverless resources refer to does not "
                + "count; a literal ${!Name} is no reference",
            """
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  DefinitionBody:
                    paths:
                      /:
                        get:
                          x-amazon-apigateway-integration:
                            uri: !Sub "arn:aws:apigateway:${AWS::Region}:lambda:path/${Fn.Arn}"
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get:
                      Type: Api
                      Properties:
                        RestApiId: !Ref Api
                        Path: /
                        Method: get
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Ref Fn
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !GetAtt Bucket.Arn
                  DisplayName: !Sub "${!Topic}"
            """, []),
    ]

    @Test(arguments: circleCases)
    func circles(_ row: LintCase) throws {
        let actual = try StandInTransform.withNotes(row.template, rules: [CircularDependency()])
        #expect(actual == row.expected)
    }

    /// The circle SAM users meet most: an S3 event makes the bucket wait for the function's
    /// permission, and a policy naming the bucket makes the function's role wait for the
    /// bucket. Only the transform's output shows it; it is reported at the function, the first
    /// member written, with notes where each dependency comes from.
    @Test func aCircleThroughGeneratedResources() throws {
        let template = """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Policies:
                    - S3ReadPolicy:
                        BucketName: !Ref Uploads
                  Events:
                    Upload:
                      Type: S3
                      Properties:
                        Bucket: !Ref Uploads
                        Events: s3:ObjectCreated:*
              Uploads:
                Type: AWS::S3::Bucket
            """
        let fn = TemplatePath(keys: "Resources", "Fn", "Properties")
        let generated = [
            StandInTransform.Generated(
                from: "Uploads", id: "Uploads", type: "AWS::S3::Bucket",
                properties: [
                    "NotificationConfiguration": [
                        "LambdaConfigurations": [["Function": ["Fn::GetAtt": ["Fn", "Arn"]]]]
                    ]
                ], origin: fn.appending("Events").appending("Upload"),
                dependsOn: ["FnUploadPermission"]),
            StandInTransform.Generated(
                from: "Fn", id: "Fn", type: "AWS::Lambda::Function",
                properties: ["Role": ["Fn::GetAtt": ["FnRole", "Arn"]]],
                origin: TemplatePath(keys: "Resources", "Fn")),
            StandInTransform.Generated(
                from: "Fn", id: "FnRole", type: "AWS::IAM::Role",
                properties: ["Policies": [["PolicyDocument": ["Resource": ["Ref": "Uploads"]]]]],
                origin: fn.appending("Policies")),
            StandInTransform.Generated(
                from: "Fn", id: "FnUploadPermission", type: "AWS::Lambda::Permission",
                properties: ["FunctionName": ["Ref": "Fn"]],
                origin: fn.appending("Events").appending("Upload")),
        ]
        let actual = try StandInTransform.withNotes(
            template, rules: [CircularDependency()],
            transformed: { StandInTransform.output($0, generated) })
        #expect(
            actual == [
                "2:3: error: resources depend on each other in a circle: 'Fn' → 'FnRole' (from "
                    + "'Fn') → 'Uploads' → 'Fn'; also caught in it: 'FnUploadPermission' (from "
                    + "'Fn'); CloudFormation cannot create any of them first "
                    + "[circular-dependency]",
                "  3:5: note: 'Fn' depends on 'FnRole' here",
                "  6:9: note: 'FnRole' depends on 'Uploads' here",
                "  10:11: note: 'Uploads' depends on 'Fn' here",
            ])
    }

    /// A template of `count` entries in `section`, each made by `entry`.
    static func template(_ section: String, _ count: Int, _ entry: (Int) -> String) -> String {
        "\(section):\n" + (1...count).map { entry($0) }.joined(separator: "\n")
    }

    @Test func sectionsBeyondTheirQuotas() throws {
        let text = [
            Self.template("Parameters", 201) { "  P\($0):\n    Type: String" },
            Self.template("Mappings", 201) { "  M\($0):\n    K: {V: x}" },
            Self.template("Resources", 501) { "  R\($0):\n    Type: AWS::SNS::Topic" },
            Self.template("Outputs", 201) { "  O\($0):\n    Value: x" },
        ].joined(separator: "\n")
        #expect(
            try LintProbe.findings(text, rules: [TemplateLimits(), TemplateNeedsS3()]) == [
                "1:1: error: the template has 201 parameters, more than the 200 CloudFormation "
                    + "allows [template-limits]",
                "404:1: error: the template has 201 mappings, more than the 200 CloudFormation "
                    + "allows [template-limits]",
                "807:1: error: the template has 501 resources, more than the 500 CloudFormation "
                    + "allows; move some into a nested stack ('AWS::Serverless::Application') "
                    + "or another stack [template-limits]",
                "1810:1: error: the template has 201 outputs, more than the 200 CloudFormation "
                    + "allows [template-limits]",
            ])
        let atTheLimit = [
            Self.template("Parameters", 200) { "  P\($0):\n    Type: String" },
            Self.template("Resources", 500) { "  R\($0):\n    Type: AWS::SNS::Topic" },
        ].joined(separator: "\n")
        #expect(try LintProbe.findings(atTheLimit, rules: [TemplateLimits()]) == [])
    }

    /// 2 resources as written become 521 once transformed; the finding names the one that
    /// generates the most.
    @Test func resourcesBeyondTheQuotaOnceTransformed() throws {
        let template = """
            Resources:
              Big:
                Type: AWS::Serverless::Function
              Topic:
                Type: AWS::SNS::Topic
            """
        let generated = (0..<520).map { index in
            StandInTransform.Generated(
                from: "Big", id: index == 0 ? "Big" : "BigPart\(index)",
                type: "AWS::Lambda::Permission", properties: [:],
                origin: TemplatePath(keys: "Resources", "Big"))
        }
        #expect(
            try StandInTransform.findings(
                template, rules: [TemplateLimits()], generated: generated) == [
                    "1:1: error: the template has 521 resources once transformed (2 as "
                        + "written); the most come from 'Big' (520), more than the 500 "
                        + "CloudFormation allows; move some into a nested stack "
                        + "('AWS::Serverless::Application') or another stack [template-limits]"
                ])
    }

    @Test func templateSize() throws {
        func template(_ length: Int) -> String {
            "Description: " + String(repeating: "d", count: length)
                + "\nResources:\n  Topic:\n    Type: AWS::SNS::Topic"
        }
        let rules: [any LintRule] = [TemplateLimits(), TemplateNeedsS3()]
        // `{"Description":"…","Resources":{"Topic":{"Type":"AWS::SNS::Topic"}}}` is 67 bytes
        // besides the description.
        #expect(try LintProbe.findings(template(51_200 - 67), rules: rules) == [])
        #expect(
            try LintProbe.findings(template(51_200 - 66), rules: rules) == [
                "1:1: warning: the template is 51201 bytes as compact JSON, more than the 51200 "
                    + "bytes CloudFormation takes in a request; deploy it from an S3 bucket "
                    + "(sam deploy --s3-bucket or --resolve-s3) [template-size-needs-s3]"
            ])
        #expect(
            try LintProbe.findings(template(1_048_576 - 66), rules: rules) == [
                "1:1: error: the template is 1048577 bytes as compact JSON, more than the "
                    + "1048576 bytes CloudFormation accepts; split it into nested stacks "
                    + "[template-limits]"
            ])
    }
}
