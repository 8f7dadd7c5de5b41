/// `Type: ScheduleV2`: an EventBridge Scheduler schedule that invokes the function.
///
/// Generates the `AWS::Scheduler::Schedule` and, unless the event gives `RoleArn`, the role
/// the scheduler assumes to invoke the function (and to send to the dead-letter queue). With
/// `DeadLetterConfig: {Type: SQS}` it generates a queue too; the role, not a queue policy,
/// grants sending to it.
struct ScheduleV2EventSource: FunctionEventSource {
    let eventType = "ScheduleV2"

    let schema = PropertySchema(
        "ScheduleV2",
        [
            PropertySpec("PermissionsBoundary", .string),
            PropertySpec("ScheduleExpression", .string, required: true),
            PropertySpec("FlexibleTimeWindow", .mapping),
            PropertySpec("Name", .string),
            PropertySpec("State", .string),
            PropertySpec("Description", .string),
            PropertySpec("StartDate", .string),
            PropertySpec("EndDate", .string),
            PropertySpec("ScheduleExpressionTimezone", .string),
            PropertySpec("GroupName", .string),
            PropertySpec("KmsKeyArn", .string),
            PropertySpec("Input", .string),
            PropertySpec("RoleArn", .string),
            PropertySpec("DeadLetterConfig", .mapping),
            PropertySpec("RetryPolicy", .mapping),
            PropertySpec("OmitName", .boolean, allowsIntrinsic: false),
        ])

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        let scheduleId = target.logicalId(of: event)
        var schedule = try scheduleWithoutTarget(scheduleId, event: event, target: target)

        var resources: [CloudFormationResource] = []
        var queueArn: Node?
        if let config = try EventRuleSupport.deadLetterConfig(of: event, for: target) {
            let queue = try EventRuleSupport.deadLetterQueue(
                config, rule: scheduleId, ruleArn: nil, event: event, target: target)
            resources += queue.resources
            queueArn = queue.arn
        }

        var roleArn = event["RoleArn"]
        if roleArn?.isFalseInPython ?? true {
            let role = executionRole(scheduleId, event: event, target: target, queueArn: queueArn)
            resources.append(role)
            roleArn = EventSourceNodes.getAtt(role.logicalId)
        }

        var scheduleTarget = Mapping()
        scheduleTarget["Arn"] = target.arn
        scheduleTarget["RoleArn"] = roleArn
        if let input = event["Input"], !input.isNull { scheduleTarget["Input"] = input }
        if let queueArn { scheduleTarget["DeadLetterConfig"] = ["Arn": queueArn] }
        if let retry = event["RetryPolicy"], !retry.isNull { scheduleTarget["RetryPolicy"] = retry }
        schedule["Target"] = .mapping(scheduleTarget)

        let scheduleResource = target.resource(
            scheduleId, type: "AWS::Scheduler::Schedule", properties: schedule, for: event)
        return EventTranslation(resources: [scheduleResource] + resources)
    }

    /// The schedule's properties but its target. It is named after its logical id unless the
    /// event names it or sets `OmitName`.
    private func scheduleWithoutTarget(
        _ scheduleId: String, event: FunctionEvent, target: EventTarget
    ) throws(Diagnostic) -> Mapping {
        var schedule = Mapping()
        schedule["ScheduleExpression"] = event["ScheduleExpression"]
        if let state = event["State"], !state.isFalseInPython { schedule["State"] = state }
        let name = event["Name"].flatMap { $0.isFalseInPython ? nil : $0 }
        if event["OmitName"]?.bool == true {
            if name != nil {
                throw target.error(
                    in: event, property: "Name",
                    "cannot be given with 'OmitName: true'; remove one of them")
            }
        } else {
            schedule["Name"] = name ?? .string(scheduleId)
        }
        if let description = event["Description"], !description.isNull {
            schedule["Description"] = description
        }
        let window = event["FlexibleTimeWindow"].flatMap { $0.isFalseInPython ? nil : $0 }
        schedule["FlexibleTimeWindow"] = window ?? ["Mode": "OFF"]
        for name in [
            "StartDate", "EndDate", "ScheduleExpressionTimezone", "GroupName", "KmsKeyArn",
        ] {
            if let value = event[name], !value.isNull { schedule[name] = value }
        }
        return schedule
    }

    /// The role the scheduler assumes: it may invoke the function, and send to the
    /// dead-letter queue when there is one.
    private func executionRole(
        _ scheduleId: String, event: FunctionEvent, target: EventTarget, queueArn: Node?
    ) -> CloudFormationResource {
        var policies: [Node] = [
            [
                "PolicyName": .string(scheduleId + "LambdaPolicy"),
                "PolicyDocument": [
                    "Statement": [
                        [
                            "Action": "lambda:InvokeFunction", "Effect": "Allow",
                            "Resource": target.arn,
                        ]
                    ]
                ],
            ]
        ]
        if let queueArn {
            policies.append([
                "PolicyName": .string(scheduleId + "SQSPolicy"),
                "PolicyDocument": [
                    "Statement": [
                        ["Action": "sqs:SendMessage", "Effect": "Allow", "Resource": queueArn]
                    ]
                ],
            ])
        }
        var role = Mapping()
        role["AssumeRolePolicyDocument"] = [
            "Version": "2012-10-17",
            "Statement": [
                [
                    "Action": ["sts:AssumeRole"], "Effect": "Allow",
                    "Principal": ["Service": ["scheduler.amazonaws.com"]],
                ]
            ],
        ]
        role["Policies"] = .sequence(policies)
        if let boundary = event["PermissionsBoundary"], !boundary.isFalseInPython {
            role["PermissionsBoundary"] = boundary
        }
        return target.resource(
            scheduleId + "Role", type: "AWS::IAM::Role", properties: role, for: event)
    }
}
