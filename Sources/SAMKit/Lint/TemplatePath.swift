/// A place in a template as the keys and list positions that lead to it from the top, such
/// as `Resources/MyFunction/Properties/Timeout`.
public struct TemplatePath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// A path of keys only.
    public init(keys: String...) {
        components = keys.map { .key($0) }
    }

    public func appending(_ key: String) -> TemplatePath {
        TemplatePath(components + [.key(key)])
    }

    public func appending(index: Int) -> TemplatePath {
        TemplatePath(components + [.index(index)])
    }

    /// The logical id when the path lies inside `Resources`.
    public var resourceId: String? {
        guard components.count >= 2, components[0] == .key("Resources"),
            case .key(let id) = components[1]
        else { return nil }
        return id
    }

    /// Keys joined by `/`, list positions as numbers: the form cfn-lint prints.
    public var description: String {
        components.map { component in
            switch component {
            case .key(let key): key
            case .index(let index): String(index)
            }
        }
        .joined(separator: "/")
    }

    /// Where the path leads in `root`: the mark of its node, or of its key when `key` is set.
    ///
    /// A path that leaves the tree (a key that is not there) resolves to the deepest node it
    /// reached, so a finding is never left without a place when the tree has one.
    public func mark(in root: Node, key: Bool = false) -> SourceMark? {
        var node = root
        var best = root.mark
        for (position, component) in components.enumerated() {
            let isLast = position == components.count - 1
            switch component {
            case .key(let name):
                guard let entry = node.mapping?.entry(name) else { return best }
                if isLast && key { return entry.keyMark ?? entry.value.mark ?? best }
                node = entry.value
                best = entry.value.mark ?? entry.keyMark ?? best
            case .index(let index):
                guard let items = node.sequence, items.indices.contains(index) else { return best }
                node = items[index]
                best = node.mark ?? best
            }
        }
        return best
    }
}
