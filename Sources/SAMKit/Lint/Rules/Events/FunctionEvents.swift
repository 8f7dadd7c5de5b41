/// The `Events` of the serverless functions of a template, and each function's timeout as
/// the transform will set it: its own, else the one in `Globals: Function`, else Lambda's
/// default of 3 seconds.
struct FunctionEvents {
    /// One event of one function.
    struct Event {
        var function: String
        var name: String
        var type: String
        var properties: Mapping
        /// `Resources/<function>/Properties/Events/<name>`.
        var path: TemplatePath
    }

    /// A function's timeout in seconds and where it is written; `nil` path for the default.
    struct Timeout {
        var seconds: Int
        var path: TemplatePath?
    }

    static let defaultTimeout = 3

    let context: LintContext
    private let timeouts: [String: LambdaFunctions.Value]

    init(_ context: LintContext) {
        self.context = context
        var timeouts: [String: LambdaFunctions.Value] = [:]
        for value in LambdaFunctions(context).values(of: "Timeout") {
            timeouts[value.function] = value
        }
        self.timeouts = timeouts
    }

    /// The events of every serverless function whose type is in `types`, in the order written.
    func events(ofTypes types: Set<String>) -> [Event] {
        context.resources.entries.flatMap { resource -> [Event] in
            guard resource.value["Type"]?.string == LambdaFunctions.serverless,
                let events = resource.value["Properties"]?["Events"]?.mapping
            else { return [] }
            let eventsPath = TemplatePath(keys: "Resources", resource.key, "Properties", "Events")
            return events.entries.compactMap { event in
                guard let type = event.value["Type"]?.string, types.contains(type) else {
                    return nil
                }
                return Event(
                    function: resource.key, name: event.key, type: type,
                    properties: event.value["Properties"]?.mapping ?? Mapping(),
                    path: eventsPath.appending(event.key))
            }
        }
    }

    /// The timeout of a function, or `nil` when it is computed by an intrinsic function.
    func timeout(of function: String) -> Timeout? {
        guard let value = timeouts[function] else {
            return Timeout(seconds: Self.defaultTimeout, path: nil)
        }
        return NumberValue.integer(value.node).map { Timeout(seconds: $0, path: value.path) }
    }
}
