import Testing

@testable import SAMKit

@Suite struct TemplateRuleTests {
    static let cases: [LintCase] = [
        LintCase(
            "everything used, in Resources, Globals, Outputs and other conditions",
            """
            Parameters:
              Stage:
                Type: String
              Size:
                Type: Number
              Name:
                Type: String
            Mappings:
              Memory:
                prod: {Value: 1024}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
              IsBig: !And [!Condition IsProd, !Equals [!Ref Size, "2"]]
            Globals:
              Function:
                MemorySize: !FindInMap [Memory, prod, Value]
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Condition: IsBig
                Properties:
                  BucketName: !Sub "${Name}-bucket"
            """, []),
        LintCase(
            "unused definitions are reported at their names",
            """
            Parameters:
              Stage:
                Type: String
              Unused:
                Type: String
            Mappings:
              Sizes:
                prod: {Memory: 1024}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
            """,
            [
                "4:3: warning: parameter 'Unused' is never used; remove it or refer to it with "
                    + "'Ref' [unused-parameter]",
                "7:3: warning: mapping 'Sizes' is never read; remove it or read it with "
                    + "'Fn::FindInMap' [unused-mapping]",
                "10:3: warning: condition 'IsProd' is never used; remove it or set it as a "
                    + "resource's 'Condition' [unused-condition]",
            ]),
        LintCase(
            "a password-like parameter without NoEcho",
            """
            Parameters:
              DatabasePassword:
                Type: String
              ApiToken:
                Type: String
                NoEcho: true
              SecretName:
                Type: AWS::SSM::Parameter::Value<String>
              BrokerSecretArn2:
                Type: String
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  Tags:
                    - {Key: a, Value: !Ref DatabasePassword}
                    - {Key: b, Value: !Ref ApiToken}
                    - {Key: c, Value: !Ref SecretName}
                    - {Key: d, Value: !Ref BrokerSecretArn2}
            """,
            [
                "2:3: warning: parameter 'DatabasePassword' looks like it carries a secret but "
                    + "does not set 'NoEcho: true', so its value is shown in the console and API "
                    + "output [password-parameter-no-echo]"
            ]),
    ]

    @Test(arguments: cases)
    func definitions(_ row: LintCase) throws {
        let rules: [any LintRule] = [
            UnusedParameter(), UnusedCondition(), UnusedMapping(), PasswordParameterNoEcho(),
        ]
        #expect(try LintProbe.findings(row.template, rules: rules) == row.expected)
    }
}
