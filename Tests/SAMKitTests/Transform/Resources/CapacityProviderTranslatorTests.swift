import Testing

@testable import SAMKit

@Suite struct CapacityProviderTranslatorTests {
    typealias Case = (name: String, template: String, resources: String)

    static let operatorRoleProperties = """
        AssumeRolePolicyDocument:
          Version: '2012-10-17'
          Statement:
          - Action: [sts:AssumeRole]
            Effect: Allow
            Principal: {Service: [lambda.amazonaws.com]}
        ManagedPolicyArns: [arn:aws-cn:iam::aws:policy/AWSLambdaManagedEC2ResourceOperator]
        """

    /// Outputs checked against the reference transform's, in the aws-cn partition.
    static let cases: [Case] = [
        (
            "without an operator role, one is generated",
            """
            Resources:
              Minimal:
                Type: AWS::Serverless::CapacityProvider
                Properties:
                  VpcConfig: {SubnetIds: [subnet-1]}
            """,
            """
            Minimal:
              Type: AWS::Lambda::CapacityProvider
              Properties:
                PermissionsConfig:
                  CapacityProviderOperatorRoleArn: {Fn::GetAtt: [MinimalOperatorRole, Arn]}
                Tags: [{Key: 'lambda:createdBy', Value: SAM}]
                VpcConfig: {SubnetIds: [subnet-1]}
            MinimalOperatorRole:
              Type: AWS::IAM::Role
              Properties:
            \(operatorRoleProperties.indented(4))
                Tags: [{Key: 'lambda:createdBy', Value: SAM}]
            """
        ),
        (
            "loosely typed settings are converted as the reference's model converts them",
            """
            Resources:
              Loose:
                Type: AWS::Serverless::CapacityProvider
                Condition: IsProd
                Properties:
                  CapacityProviderName: loose
                  OperatorRole: arn:aws:iam::123456789012:role/operator
                  VpcConfig:
                    SubnetIds: [123, true, 1.5]
                    SecurityGroupIds: {Ref: Groups}
                  InstanceRequirements: {ExcludedTypes: [t2.micro]}
                  ScalingConfig: {MaxVCpuCount: '10', AverageCPUUtilization: 75}
                  ManagedResourceTags: {Tags: {Cost: shared}}
                  LoggingConfig: {LogGroup: providers}
                  KmsKeyArn: {Ref: Key}
            """,
            """
            Loose:
              Type: AWS::Lambda::CapacityProvider
              Condition: IsProd
              Properties:
                CapacityProviderName: loose
                CapacityProviderScalingConfig:
                  MaxVCpuCount: 10
                  ScalingMode: Manual
                  ScalingPolicies:
                  - {PredefinedMetricType: LambdaCapacityProviderAverageCPUUtilization,
                     TargetValue: 75.0}
                InstanceRequirements: {ExcludedInstanceTypes: [t2.micro]}
                KmsKeyArn: {Ref: Key}
                PermissionsConfig:
                  CapacityProviderOperatorRoleArn: arn:aws:iam::123456789012:role/operator
                PropagateTags: {Mode: Explicit, ExplicitTags: [{Key: Cost, Value: shared}]}
                Tags: [{Key: 'lambda:createdBy', Value: SAM}]
                TelemetryConfig: {LoggingConfig: {LogGroup: providers}}
                VpcConfig: {SecurityGroupIds: {Ref: Groups}, SubnetIds: ['123', 'True', '1.5']}
            """
        ),
        (
            "PropagateTags adds the tags to the generated role; a vCPU fraction is cut off",
            """
            Resources:
              Propagating:
                Type: AWS::Serverless::CapacityProvider
                Properties:
                  VpcConfig: {SubnetIds: [subnet-1]}
                  Tags: {Team: infra}
                  PropagateTags: true
                  ScalingConfig: {MaxVCpuCount: 12.9}
            """,
            """
            Propagating:
              Type: AWS::Lambda::CapacityProvider
              Properties:
                CapacityProviderScalingConfig: {MaxVCpuCount: 12, ScalingMode: Auto}
                PermissionsConfig:
                  CapacityProviderOperatorRoleArn: {Fn::GetAtt: [PropagatingOperatorRole, Arn]}
                Tags: [{Key: Team, Value: infra}, {Key: 'lambda:createdBy', Value: SAM}]
                VpcConfig: {SubnetIds: [subnet-1]}
            PropagatingOperatorRole:
              Type: AWS::IAM::Role
              Properties:
            \(operatorRoleProperties.indented(4))
                Tags: [{Key: 'lambda:createdBy', Value: SAM}, {Key: Team, Value: infra}]
            """
        ),
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        #expect(
            try TransformProbe.resources(item.template, region: "cn-north-1")
                == TransformProbe.canonical(item.resources), "\(item.name)")
    }

    typealias ErrorCase = (name: String, properties: String, errors: [String])

    static let errorCases: [ErrorCase] = [
        (
            "subnets are required",
            "VpcConfig: {SecurityGroupIds: [sg-1]}",
            [
                "template.yaml:5:7: error: resource 'Provider': property 'VpcConfig' must give 'SubnetIds'"
            ]
        ),
        (
            "an unknown setting, with the nearest one",
            "VpcConfig: {SubnetIds: [subnet-1], SecurityGroupId: [sg-1]}",
            [
                "template.yaml:5:42: error: resource 'Provider': 'SecurityGroupId' is not a "
                    + "setting of 'VpcConfig'; did you mean 'SecurityGroupIds'?"
            ]
        ),
        (
            "allowed and excluded instance types together",
            """
            VpcConfig: {SubnetIds: [subnet-1]}
                  InstanceRequirements: {AllowedTypes: [c5.xlarge], ExcludedTypes: [t2.micro]}
            """,
            [
                "template.yaml:6:7: error: resource 'Provider': property 'InstanceRequirements' "
                    + "may give 'AllowedTypes' or 'ExcludedTypes', not both"
            ]
        ),
        (
            "every problem is reported, the later ones as notes",
            """
            VpcConfig: {SubnetIds: subnet-1}
                  ScalingConfig: {MaxVCpuCount: ten}
            """,
            [
                "template.yaml:5:30: error: resource 'Provider': property 'VpcConfig.SubnetIds' "
                    + "must be a list of strings or an intrinsic function, but it is a string"
            ]
        ),
    ]

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        let template = """
            Resources:
              Provider:
                Type: AWS::Serverless::CapacityProvider
                Properties:
                  \(item.properties)
            """
        #expect(try TransformProbe.errors(template) == item.errors, "\(item.name)")
    }

    @Test func notesTheLaterProblems() throws {
        let template = """
            Resources:
              Provider:
                Type: AWS::Serverless::CapacityProvider
                Properties:
                  VpcConfig: {SubnetIds: subnet-1}
                  ScalingConfig: {MaxVCpuCount: ten}
            """
        guard case .failure(let error) = try TransformProbe.transform(template) else {
            Issue.record("the template was accepted")
            return
        }
        #expect(
            error.diagnostics.first?.notes.map { "\($0.mark.map { "\($0)" } ?? ""): \($0.message)" }
                == [
                    "template.yaml:6:37: resource 'Provider': property 'ScalingConfig.MaxVCpuCount' "
                        + "must be an integer or an intrinsic function, but it is a string"
                ])
    }

    /// Conversions of loosely typed values, as Python's `str`, `int` and `float` make them.
    static let conversions:
        [(value: Node, kind: CapacityProviderSettings.FieldKind, result: Node?)] = [
            ([1, 2.5, false, "a"], .stringList, ["1", "2.5", "False", "a"]),
            ([1e16], .stringList, ["1e+16"]),
            ([.init(.null)], .stringList, nil),
            ("a", .stringList, nil),
            (" 12 ", .integer, 12),
            ("12.5", .integer, nil),
            (-3.9, .integer, -3),
            (true, .integer, 1),
            (75, .number, 75.0),
            ("7.5", .number, 7.5),
            (["Ref": "X"], .number, ["Ref": "X"]),
            ([1], .mapping, nil),
            // Read by the reference's model as a mapping and a thousand; rejected here.
            ([["a", "b"]], .stringList, nil),
            ("1_000", .integer, nil),
        ]

    @Test(arguments: conversions.indices) func converts(_ index: Int) {
        let item = Self.conversions[index]
        let converted = CapacityProviderSettings.convert(item.value, to: item.kind)
        #expect(converted == item.result, "\(item.value)")
        if let converted, let expected = item.result {
            #expect(converted.canonicalJSON() == expected.canonicalJSON(), "\(item.value)")
        }
    }
}

extension String {
    /// The text with `count` spaces before each line.
    fileprivate func indented(_ count: Int) -> String {
        let pad = String(repeating: " ", count: count)
        return split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }
            .joined(separator: "\n")
    }
}
