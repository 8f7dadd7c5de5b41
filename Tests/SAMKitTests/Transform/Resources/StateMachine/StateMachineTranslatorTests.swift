import Testing

@testable import SAMKit

@Suite struct StateMachineTranslatorTests {
    typealias Case = (name: String, template: String, resources: String)

    /// Outputs checked against the reference transform's for the same templates.
    static let cases: [Case] = [
        (
            "an inline definition moves intrinsics and dynamic references to substitutions, "
                + "in sorted key order; policies and tracing fill the generated role",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Definition:
                    StartAt: Call
                    States:
                      Call:
                        Type: Task
                        Resource: !GetAtt Worker.Arn
                        Parameters:
                          Secret: '{{resolve:ssm:/app/key}}'
                        End: true
                  Policies:
                    - AWSLambdaRole
                    - LambdaInvokePolicy:
                        FunctionName: !Ref Worker
                  Tracing:
                    Enabled: true
              Worker:
                Type: AWS::SNS::Topic
            """,
            """
            Machine:
              Type: AWS::StepFunctions::StateMachine
              Properties:
                DefinitionString:
                  Fn::Join:
                    - "\\n"
                    - - '{'
                      - '    "StartAt": "Call",'
                      - '    "States": {'
                      - '        "Call": {'
                      - '            "End": true,'
                      - '            "Parameters": {'
                      - '                "Secret": "${definition_substitution_1}"'
                      - '            },'
                      - '            "Resource": "${definition_substitution_2}",'
                      - '            "Type": "Task"'
                      - '        }'
                      - '    }'
                      - '}'
                DefinitionSubstitutions:
                  definition_substitution_1: '{{resolve:ssm:/app/key}}'
                  definition_substitution_2: {Fn::GetAtt: [Worker, Arn]}
                RoleArn: {Fn::GetAtt: [MachineRole, Arn]}
                Tags: [{Key: 'stateMachine:createdBy', Value: SAM}]
                TracingConfiguration: {Enabled: true}
            MachineRole:
              Type: AWS::IAM::Role
              Properties:
                AssumeRolePolicyDocument:
                  Version: '2012-10-17'
                  Statement:
                    - Action: ['sts:AssumeRole']
                      Effect: Allow
                      Principal: {Service: [states.amazonaws.com]}
                ManagedPolicyArns:
                  - arn:aws:iam::aws:policy/service-role/AWSLambdaRole
                  - arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess
                Policies:
                  - PolicyName: MachineRolePolicy1
                    PolicyDocument:
                      Statement:
                        - Action: ['lambda:InvokeFunction']
                          Effect: Allow
                          Resource:
                            Fn::Sub:
                              - "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:\\
                                function:${functionName}*"
                              - functionName: {Ref: Worker}
                Tags: [{Key: 'stateMachine:createdBy', Value: SAM}]
            Worker:
              Type: AWS::SNS::Topic
            """
        ),
        (
            "with AutoPublishAlias and UseAliasAsEventTarget, a schedule starts the alias; "
                + "the condition reaches everything generated",
            """
            Conditions:
              IsProd: !Equals [!Ref AWS::Region, us-east-1]
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Condition: IsProd
                Properties:
                  DefinitionUri: s3://bucket/machine.json?versionId=3
                  Role: arn:aws:iam::123456789012:role/machine
                  AutoPublishAlias: live
                  UseAliasAsEventTarget: true
                  Events:
                    Nightly:
                      Type: Schedule
                      Properties:
                        Schedule: cron(0 2 * * ? *)
                        Enabled: false
            """,
            """
            Machine:
              Type: AWS::StepFunctions::StateMachine
              Condition: IsProd
              Properties:
                DefinitionS3Location: {Bucket: bucket, Key: machine.json, Version: '3'}
                RoleArn: arn:aws:iam::123456789012:role/machine
                Tags: [{Key: 'stateMachine:createdBy', Value: SAM}]
            MachineVersion:
              Type: AWS::StepFunctions::StateMachineVersion
              Condition: IsProd
              DeletionPolicy: Retain
              UpdateReplacePolicy: Retain
              Properties:
                StateMachineArn: {Ref: Machine}
                StateMachineRevisionId: {Fn::GetAtt: [Machine, StateMachineRevisionId]}
            MachineAliaslive:
              Type: AWS::StepFunctions::StateMachineAlias
              Condition: IsProd
              Properties:
                Name: live
                DeploymentPreference:
                  Type: ALL_AT_ONCE
                  StateMachineVersionArn: {Ref: MachineVersion}
            MachineNightly:
              Type: AWS::Events::Rule
              Condition: IsProd
              Properties:
                ScheduleExpression: cron(0 2 * * ? *)
                State: DISABLED
                Targets:
                  - Arn: {Ref: MachineAliaslive}
                    Id: MachineNightlyStepFunctionsTarget
                    RoleArn: {Fn::GetAtt: [MachineNightlyRole, Arn]}
            MachineNightlyRole:
              Type: AWS::IAM::Role
              Condition: IsProd
              Properties:
                AssumeRolePolicyDocument:
                  Version: '2012-10-17'
                  Statement:
                    - Action: ['sts:AssumeRole']
                      Effect: Allow
                      Principal: {Service: [events.amazonaws.com]}
                Policies:
                  - PolicyName: MachineNightlyRoleStartExecutionPolicy
                    PolicyDocument:
                      Statement:
                        - Action: states:StartExecution
                          Effect: Allow
                          Resource: {Ref: MachineAliaslive}
            """
        ),
    ]

    @Test(arguments: cases.indices) func translates(_ index: Int) throws {
        let item = Self.cases[index]
        #expect(
            try TransformProbe.resources(item.template)
                == TransformProbe.canonical(item.resources), "\(item.name)")
    }

    typealias ErrorCase = (name: String, template: String, errors: [String])

    static let errorCases: [ErrorCase] = [
        (
            "a definition given twice",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Definition: {StartAt: A, States: {A: {Type: Succeed}}}
                  DefinitionUri: s3://bucket/key
            """,
            [
                "template.yaml:6:7: error: resource 'Machine': give either 'Definition' or "
                    + "'DefinitionUri', not both"
            ]
        ),
        (
            "no definition at all",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Name: empty
            """,
            [
                "template.yaml:2:3: error: resource 'Machine': needs a 'Definition' (the state "
                    + "machine inline) or a 'DefinitionUri' (where it is stored in S3)"
            ]
        ),
        (
            "a role and policies for the generated role",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  Role: arn:aws:iam::123456789012:role/machine
                  Policies: [AWSLambdaRole]
            """,
            [
                "template.yaml:7:7: error: resource 'Machine': give either 'Role' or 'Policies', "
                    + "not both: 'Policies' describe the role samkit generates"
            ]
        ),
        (
            "a definition location mapping without its key",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: {Bucket: bucket, Version: '1'}
            """,
            [
                "template.yaml:5:7: error: resource 'Machine': property 'DefinitionUri' needs "
                    + "both 'Bucket' and 'Key' when it is a mapping"
            ]
        ),
        (
            "a deployment preference without an alias",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  DeploymentPreference: {Type: LINEAR}
            """,
            [
                "template.yaml:6:7: error: resource 'Machine': property 'DeploymentPreference' "
                    + "needs 'AutoPublishAlias', since a deployment shifts traffic between the "
                    + "versions of an alias"
            ]
        ),
        (
            "a misspelt event type, with the nearest one",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  Events:
                    Tick:
                      Type: Shedule
            """,
            [
                "template.yaml:8:17: error: resource 'Machine': event 'Tick' has type 'Shedule', "
                    + "which is not an event type of a state machine; did you mean 'Schedule'?"
            ]
        ),
        (
            "a dead-letter queue of another type than SQS",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  Events:
                    Tick:
                      Type: Schedule
                      Properties:
                        Schedule: rate(1 hour)
                        DeadLetterConfig: {Type: SNS}
            """,
            [
                "template.yaml:11:32: error: resource 'Machine', event 'Tick': 'Type' of "
                    + "'DeadLetterConfig' must be 'SQS'"
            ]
        ),
        (
            "a schedule's role given as an intrinsic function, which the reference refuses",
            """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: s3://bucket/key
                  Events:
                    Tick:
                      Type: Schedule
                      Properties:
                        Schedule: rate(1 hour)
                        RoleArn: !GetAtt Role.Arn
            """,
            [
                "template.yaml:11:13: error: resource 'Machine', event 'Tick': property 'RoleArn' "
                    + "must be a string, but it is a mapping"
            ]
        ),
    ]

    @Test(arguments: errorCases.indices) func rejects(_ index: Int) throws {
        let item = Self.errorCases[index]
        #expect(try TransformProbe.errors(item.template) == item.errors, "\(item.name)")
    }
}
