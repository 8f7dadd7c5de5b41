/// One pull event of a function as its source reads it: the event's properties, the function
/// it invokes, and the errors that name both.
///
/// The reference treats a property as absent when its value is empty, zero or false (Python's
/// truth test); `given(_:)` applies the same test, so that `ConsumerGroupId: ""` adds nothing,
/// as it adds nothing there.
struct PullEvent {
    let event: FunctionEvent
    let target: EventTarget

    /// The generated mapping's logical id: the function's id followed by the event's name.
    var logicalId: String { target.functionLogicalId + event.name }

    /// The value of `property`, or `nil` when it is missing or null.
    subscript(property: String) -> Node? {
        guard let value = event[property], !value.isNull else { return nil }
        return value
    }

    /// The value of `property` when it is written and not empty, zero or false.
    func given(_ property: String) -> Node? {
        guard let value = self[property], Self.isGiven(value) else { return nil }
        return value
    }

    /// Whether `value` counts as written: not null, empty, zero or false.
    static func isGiven(_ value: Node?) -> Bool {
        guard let value else { return false }
        switch value.content {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .float(let number): return number != 0
        case .string(let text): return !text.isEmpty
        case .sequence(let items): return !items.isEmpty
        case .mapping(let map): return !map.isEmpty
        }
    }

    /// A located error naming the function and the event, at `property` when given.
    func error(_ message: String, property: String? = nil) -> Diagnostic {
        error(message, at: property.map { event.mark(of: $0) } ?? event.mark)
    }

    /// A located error naming the function and the event, at `mark`.
    func error(_ message: String, at mark: SourceMark?) -> Diagnostic {
        .error(
            "resource '\(target.functionLogicalId)', event '\(event.name)': \(message)",
            rule: "transform", at: mark ?? event.mark)
    }
}
