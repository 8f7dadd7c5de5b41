import Testing

@testable import SAMKit

@Suite struct ReferenceRuleTests {
    static let cases: [LintCase] = [
        LintCase(
            "parameters, resources, pseudo parameters and Sub variables that exist",
            """
            Parameters:
              Stage:
                Type: String
            Resources:
              Table:
                Type: AWS::Serverless::SimpleTable
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables:
                      A: !Ref Stage
                      B: !GetAtt Table.StreamArn
                      C: !Sub "${AWS::Region}-${Stage}-${Table.Arn}-${!Literal}-${Local}"
                      D: !Sub ["${Local}", {Local: !Ref AWS::AccountId}]
                      E: !Ref Fn.Alias
                      F: !GetAtt [Fn, Arn]
            """,
            [
                "14:69: error: '${Local}' names no parameter or resource of this template "
                    + "[undefined-reference]"
            ]),
        LintCase(
            "misspelt names get a suggestion, at the reference",
            """
            Parameters:
              Stage:
                Type: String
            Resources:
              OrdersTable:
                Type: AWS::Serverless::SimpleTable
            Outputs:
              A:
                Value: !Ref Stag
              B:
                Value: !GetAtt OrderTable.Arn
              C:
                Value: !GetAtt OrdersTable.Arm
              D:
                Value:
                  Fn::Sub: "${OrdersTable.Name}"
              E:
                Value: !GetAtt Stage.Arn
              F:
                Value: !Ref OrdersTable.Stage
            """,
            [
                "9:12: error: 'Stag' names no parameter or resource of this template; did you "
                    + "mean 'Stage'? [undefined-reference]",
                "11:12: error: 'OrderTable' names no parameter or resource of this template; "
                    + "did you mean 'OrdersTable'? [undefined-reference]",
                "13:12: error: resource 'OrdersTable' (AWS::Serverless::SimpleTable) has no "
                    + "attribute 'Arm'; did you mean 'Arn'? [undefined-reference]",
                "16:17: error: resource 'OrdersTable' (AWS::Serverless::SimpleTable) has no "
                    + "attribute 'Name'; it has 'Arn', 'StreamArn' [undefined-reference]",
                "18:12: error: 'Fn::GetAtt' reads attributes of resources, but 'Stage' is a "
                    + "parameter; use 'Ref' [undefined-reference]",
                "20:12: error: 'OrdersTable.Stage' is not a reference the SAM transform resolves "
                    + "for AWS::Serverless::SimpleTable [undefined-reference]",
            ]),
        LintCase(
            "a variable of Fn::Sub is pointed at where it is written: after a tag, quotes and "
                + "escapes, and on its own line of a block",
            """
            Resources:
              Topic:
                Type: AWS::SNS::Topic
            Outputs:
              Plain:
                Value: !Sub arn:${AWS::Partition}:sns:${Regon}:${Topic}
              Quoted:
                Value: !Sub 'é-${Topik}'
              Escaped:
                Value: !Sub "a\\tb-${Topik}"
              Listed:
                Value: !Sub ["${Topic}-${Sufix}", {Suffix: x}]
              Block:
                Value: !Sub |
                  ${Topik}
            """,
            [
                "6:43: error: '${Regon}' names no parameter or resource of this template "
                    + "[undefined-reference]",
                "8:20: error: '${Topik}' names no parameter or resource of this template; did "
                    + "you mean 'Topic'? [undefined-reference]",
                "10:23: error: '${Topik}' names no parameter or resource of this template; did "
                    + "you mean 'Topic'? [undefined-reference]",
                "12:28: error: '${Sufix}' names no parameter or resource of this template "
                    + "[undefined-reference]",
                "15:7: error: '${Topik}' names no parameter or resource of this template; did "
                    + "you mean 'Topic'? [undefined-reference]",
            ]),
        LintCase(
            "attributes of every CloudFormation type in the table are checked, wildcards "
                + "included",
            """
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
              Stage:
                Type: AWS::ApiGateway::Stage
              Nested:
                Type: AWS::Serverless::Application
                Properties:
                  Location: https://bucket.s3.amazonaws.com/app.yaml
            Outputs:
              A:
                Value: !GetAtt Bucket.WebsiteUrl
              B:
                Value: !GetAtt Stage.StageName
              C:
                Value: !GetAtt Nested.Outputs.ApiUrl
              D:
                Value: !Sub "${Bucket.RegionalDomainName}"
            """,
            [
                "12:12: error: resource 'Bucket' (AWS::S3::Bucket) has no attribute "
                    + "'WebsiteUrl'; did you mean 'WebsiteURL'? [undefined-reference]",
                "14:12: error: resource 'Stage' (AWS::ApiGateway::Stage) has no attribute "
                    + "'StageName'; 'Fn::GetAtt' reads no attributes of this type "
                    + "[undefined-reference]",
            ]),
        LintCase(
            "a reference written in Globals is checked there",
            """
            Globals:
              Function:
                Environment:
                  Variables:
                    TABLE: !Ref Tabel
            Resources:
              Table:
                Type: AWS::Serverless::SimpleTable
              Fn:
                Type: AWS::Serverless::Function
            """,
            [
                "5:16: error: 'Tabel' names no parameter or resource of this template; did you "
                    + "mean 'Table'? [undefined-reference]"
            ]),
        LintCase(
            "references to what SAM resources generate, by LogicalId.Property",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
            Outputs:
              AliasName:
                Value:
                  Fn::GetAtt: [Fn.Alias, Name]
              Stage:
                Value: !Ref ServerlessRestApi.Stage
              Wrong:
                Value: !Ref Fn.Stage
            """,
            [
                "11:12: error: 'Fn.Stage' is not a reference the SAM transform resolves for "
                    + "AWS::Serverless::Function; it resolves 'Fn.Alias', 'Fn.Version', "
                    + "'Fn.DestinationTopic', 'Fn.DestinationQueue' [undefined-reference]"
            ]),
        LintCase(
            "when the transform fails, names its SAM resources may generate are taken to exist",
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
            Outputs:
              Role:
                Value: !GetAtt FnRole.Arn
              Api:
                Value: !Sub "https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com"
            """, []),
    ]

    @Test(arguments: cases)
    func references(_ row: LintCase) throws {
        #expect(
            try LintProbe.findings(row.template, rules: [UndefinedReference()]) == row.expected)
    }

    /// With the transform's output, generated resources are known by name: the ones it made
    /// exist, and a near miss is reported with the generated name as the suggestion.
    @Test func generatedResourcesExistOnceTheTransformHasRun() throws {
        let template = """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
            Outputs:
              Role:
                Value: !GetAtt FnRole.Arn
              Misspelt:
                Value: !GetAtt FnRol.Arn
            """
        let transformed = try TemplateDocument.load(
            Array(
                """
                Resources:
                  FnRole:
                    Type: AWS::IAM::Role
                  Fn:
                    Type: AWS::Lambda::Function
                """.utf8), path: "out.yaml"
        ).root
        #expect(
            try LintProbe.findings(
                template, rules: [UndefinedReference()], transformed: transformed) == [
                    "8:12: error: 'FnRol' names no parameter or resource of this template; did "
                        + "you mean 'FnRole'? [undefined-reference]"
                ])
    }
}
