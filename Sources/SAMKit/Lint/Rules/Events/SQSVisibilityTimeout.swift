/// A queue that a function reads whose visibility timeout is shorter than the function's
/// timeout, which Lambda refuses when it creates the event source mapping.
///
/// Queues are followed when they are `AWS::SQS::Queue` resources of the template, named by
/// `!GetAtt Queue.Arn` or `!Ref Queue`, from an `SQS` event, from the `SqsSubscription` of an
/// `SNS` event (whose queue, when the transform creates it, keeps SQS's default of 30
/// seconds), or from a hand-written `AWS::Lambda::EventSourceMapping`. A queue named any
/// other way, or a timeout given by an intrinsic function, is not judged.
struct SQSVisibilityTimeout: LintRule {
    static let defaultVisibility = 30
    static let queueType = "AWS::SQS::Queue"

    let rule = RuleDescription(
        id: "sqs-visibility-timeout",
        severity: .error,
        title: "A queue's visibility timeout is at least the timeout of the function reading it.",
        rationale: """
            While a function works on a batch, SQS hides the messages for the queue's \
            'VisibilityTimeout' (30 seconds unless set). If the function may run longer, the \
            messages would reappear and be processed twice, so Lambda refuses to create the \
            event source mapping and the deployment fails. AWS recommends a visibility timeout \
            of six times the function's timeout; the default function timeout is 3 seconds.
            """,
        documentation: """
            https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
            """,
        badExample: """
            Resources:
              Jobs:
                Type: AWS::SQS::Queue
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
                  Timeout: 120
                  Events:
                    Job:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Jobs.Arn
            """,
        goodExample: """
            Resources:
              Jobs:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 720
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
                  Timeout: 120
                  Events:
                    Job:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Jobs.Arn
            """)

    /// A queue, its visibility timeout and where that is written (`nil` for the default).
    private struct Queue {
        var name: String
        var seconds: Int
        var path: TemplatePath?
        /// Whether the transform creates it, so that only a queue of the user's can be longer.
        var generated = false
    }

    func check(_ context: LintContext) -> [Finding] {
        let events = FunctionEvents(context)
        var findings: [Finding] = []
        func check(function: String, queue: Queue?, at path: TemplatePath) {
            guard let queue, let timeout = events.timeout(of: function),
                queue.seconds < timeout.seconds
            else { return }
            var notes: [Finding.Note] = []
            if let visibility = queue.path {
                notes.append(
                    Finding.Note("the queue's visibility timeout is set here", path: visibility))
            }
            if let written = timeout.path {
                notes.append(Finding.Note("the function's timeout is set here", path: written))
            }
            findings.append(
                finding(
                    Self.message(queue, function, timeout.seconds), at: path, resource: function,
                    notes: notes))
        }

        // SQS events, and SNS events that subscribe a queue to the topic.
        for event in events.events(ofTypes: ["SQS", "SNS"]) {
            if event.type == "SQS", let reference = event.properties["Queue"] {
                let path = event.path.appending("Properties").appending("Queue")
                check(function: event.function, queue: queue(reference, context), at: path)
            } else if let subscription = event.properties["SqsSubscription"] {
                let path = event.path.appending("Properties").appending("SqsSubscription")
                if subscription.bool == true {
                    let generated = Queue(
                        name: "the queue the transform creates for event '\(event.name)'",
                        seconds: Self.defaultVisibility, path: nil, generated: true)
                    check(function: event.function, queue: generated, at: path)
                } else if let arn = subscription["QueueArn"] {
                    check(
                        function: event.function, queue: queue(arn, context),
                        at: path.appending("QueueArn"))
                }
            }
        }

        // Event source mappings written by hand.
        for entry in context.resources
        where entry.value["Type"]?.string == "AWS::Lambda::EventSourceMapping" {
            guard let properties = entry.value["Properties"]?.mapping,
                let source = properties["EventSourceArn"],
                let target = properties["FunctionName"].flatMap({ Self.referencedId($0) }),
                context.resources[target] != nil
            else { continue }
            let path = TemplatePath(keys: "Resources", entry.key, "Properties", "EventSourceArn")
            check(function: target, queue: queue(source, context), at: path)
        }
        return findings
    }

    /// The queue of the template that `reference` names, with its visibility timeout, or
    /// `nil` when it names no queue of the template or the timeout is an intrinsic function.
    private func queue(_ reference: Node, _ context: LintContext) -> Queue? {
        guard let id = Self.referencedId(reference), context.type(of: id) == Self.queueType
        else { return nil }
        let path = TemplatePath(keys: "Resources", id, "Properties", "VisibilityTimeout")
        guard let written = context.resources[id]?["Properties"]?["VisibilityTimeout"] else {
            return Queue(name: "queue '\(id)'", seconds: Self.defaultVisibility, path: nil)
        }
        return NumberValue.integer(written).map {
            Queue(name: "queue '\(id)'", seconds: $0, path: path)
        }
    }

    /// The logical id in `!Ref Id`, `!GetAtt Id.Attribute` or `!GetAtt [Id, Attribute]`.
    static func referencedId(_ node: Node) -> String? {
        guard let (name, argument) = NodeWalker.intrinsic(node) else { return nil }
        switch name {
        case "Ref": return argument.string
        case "Fn::GetAtt": return UndefinedReference.getAttParts(argument)?.0
        default: return nil
        }
    }

    private static func message(_ queue: Queue, _ function: String, _ timeout: Int) -> String {
        let visibility =
            queue.path == nil
            ? "the default visibility timeout of \(queue.seconds) seconds"
            : "a visibility timeout of \(queue.seconds) seconds"
        let fix =
            queue.generated
            ? "subscribe a queue of the template with a longer 'VisibilityTimeout' through "
                + "'QueueArn' and 'QueueUrl', or lower the function's 'Timeout'"
            : "set the queue's 'VisibilityTimeout' to at least \(timeout) (AWS suggests "
                + "\(timeout * 6))"
        return "\(queue.name) has \(visibility), less than the \(timeout) seconds function "
            + "'\(function)' may run, and Lambda refuses such an event source; \(fix)"
    }
}
