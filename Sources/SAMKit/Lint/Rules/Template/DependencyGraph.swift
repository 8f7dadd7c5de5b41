/// Which resources of a template each resource depends on, through `Ref`, `Fn::GetAtt`,
/// `Fn::Sub` and `DependsOn`, as CloudFormation orders their creation.
///
/// Each edge keeps the path of the node that makes it, so that a report can show where a
/// dependency is written. References inside `Fn::If` count whichever branch they are in,
/// as CloudFormation counts them before conditions are known.
struct DependencyGraph {
    /// One dependency: the resource depended on, and the node that says so.
    struct Edge {
        var target: String
        var path: TemplatePath
    }

    /// Resource ids in the order written.
    let ids: [String]
    let edges: [String: [Edge]]

    init(resources: Mapping) {
        let ids = resources.keys
        let known = Set(ids)
        var edges: [String: [Edge]] = [:]
        for resource in resources {
            var found: [Edge] = []
            var seen: Set<String> = []
            func add(_ target: String, _ path: TemplatePath) {
                if known.contains(target), seen.insert(target).inserted {
                    found.append(Edge(target: target, path: path))
                }
            }
            let path = TemplatePath(keys: "Resources", resource.key)
            if let dependsOn = resource.value["DependsOn"] {
                let dependsPath = path.appending("DependsOn")
                if let name = dependsOn.string { add(name, dependsPath) }
                for (index, item) in (dependsOn.sequence ?? []).enumerated() {
                    if let name = item.string { add(name, dependsPath.appending(index: index)) }
                }
            }
            for section in ["Properties", "Metadata"] {
                guard let value = resource.value[section] else { continue }
                NodeWalker.walk(value, at: path.appending(section)) { node, nodePath in
                    for target in Self.references(in: node) { add(target, nodePath) }
                }
            }
            edges[resource.key] = found
        }
        self.ids = ids
        self.edges = edges
    }

    /// The logical ids an intrinsic function node names directly.
    static func references(in node: Node) -> [String] {
        guard let (name, argument) = NodeWalker.intrinsic(node) else { return [] }
        switch name {
        case "Ref":
            return argument.string.map { [$0] } ?? []
        case "Fn::GetAtt":
            return UndefinedReference.getAttParts(argument).map { [$0.0] } ?? []
        case "Fn::Sub":
            let text: String
            var local: Set<String> = []
            if let string = argument.string {
                text = string
            } else if let items = argument.sequence, let string = items.first?.string {
                text = string
                local = Set(items.dropFirst().first?.mapping?.keys ?? [])
            } else {
                return []
            }
            return SubstitutionTemplate.variables(in: text).compactMap { variable in
                let id = String(variable.prefix { $0 != "." })
                return local.contains(variable) || local.contains(id) ? nil : id
            }
        default:
            return []
        }
    }

    /// The groups of resources that depend on each other in a circle, each in the order the
    /// resources are written, the groups ordered by their first member: the strongly
    /// connected components with more than one member, or one that depends on itself.
    func cycles() -> [[String]] {
        // Tarjan's algorithm, iterative so that a long chain cannot exhaust the stack.
        var index: [String: Int] = [:]
        var low: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var counter = 0
        var groups: [[String]] = []

        for root in ids where index[root] == nil {
            var work: [(node: String, next: Int)] = [(root, 0)]
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack.insert(root)
            while let top = work.last {
                let outgoing = edges[top.node] ?? []
                if top.next < outgoing.count {
                    work[work.count - 1].next += 1
                    let target = outgoing[top.next].target
                    if index[target] == nil {
                        index[target] = counter
                        low[target] = counter
                        counter += 1
                        stack.append(target)
                        onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        low[top.node] = min(low[top.node] ?? 0, index[target] ?? 0)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last {
                    low[parent.node] = min(low[parent.node] ?? 0, low[top.node] ?? 0)
                }
                guard low[top.node] == index[top.node] else { continue }
                var group: [String] = []
                while let member = stack.popLast() {
                    onStack.remove(member)
                    group.append(member)
                    if member == top.node { break }
                }
                let selfLoop = edges[top.node]?.contains { $0.target == top.node } == true
                if group.count > 1 || selfLoop { groups.append(group) }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        return groups.map { group in group.sorted { order[$0, default: 0] < order[$1, default: 0] }
        }
        .sorted { order[$0[0], default: 0] < order[$1[0], default: 0] }
    }

    /// The shortest way round from `start` back to itself within `members`, as edges taken
    /// in turn; empty when there is none.
    func shortestCycle(from start: String, within members: Set<String>) -> [(String, Edge)] {
        var previous: [String: (String, Edge)] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for edge in edges[node] ?? [] where members.contains(edge.target) {
                if edge.target == start {
                    var path = [(node, edge)]
                    var current = node
                    while current != start, let step = previous[current] {
                        path.append(step)
                        current = step.0
                    }
                    return path.reversed()
                }
                if previous[edge.target] == nil {
                    previous[edge.target] = (node, edge)
                    queue.append(edge.target)
                }
            }
        }
        return []
    }
}
