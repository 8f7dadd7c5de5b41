/// Makes the logical ids that the reference transform derives from a hash, so that a resource
/// gets the same id here as there and CloudFormation does not replace it.
///
/// An id is the prefix followed by the first ten hex digits of the SHA-1 of the data's text.
/// The text of a string is the string itself; the text of any other value is its canonical
/// JSON (``CanonicalJSON``). Data that Python counts as false (`null`, `false`, `0`, `0.0`,
/// an empty string, list or mapping) adds nothing, and the id is the prefix alone. A
/// precomputed digest, such as a function's `AutoPublishCodeSha256`, is used as it is, cut to
/// the same length, in place of the data's hash.
///
/// Lambda versions hash the function's code location (and environment, memory size and
/// SnapStart setting); layer versions hash the layer resource; API deployments hash a string
/// the caller builds, so pass that string as text.
public struct LogicalIdGenerator: Sendable {
    /// The number of hex digits an id takes from the hash, fixed by the reference.
    public static let hashLength = 10

    public let prefix: String
    /// The text that is hashed, or `nil` when the data adds nothing.
    public let hashedText: String?
    public let precomputedHash: String?

    /// - Parameters:
    ///   - prefix: the start of the id, usually the logical id of the SAM resource and a
    ///     suffix such as `Version`.
    ///   - data: the value whose change must change the id.
    ///   - precomputedHash: a digest to use instead of hashing `data`, when not empty.
    public init(prefix: String, data: Node? = nil, precomputedHash: String? = nil) {
        self.prefix = prefix
        self.precomputedHash = precomputedHash
        guard let data, !data.isFalseInPython else {
            hashedText = nil
            return
        }
        hashedText = data.string ?? data.canonicalJSON()
    }

    /// A generator whose data is `text`, hashed as it is.
    public init(prefix: String, text: String) {
        self.init(prefix: prefix, data: .string(text))
    }

    /// The prefix followed by ``hashLength`` hex digits of the hash, or the prefix alone when
    /// there is nothing to hash.
    public var logicalId: String {
        prefix + hash()
    }

    /// The first `length` hex digits of the hash (all 40 when `length` is larger), or the
    /// empty string when there is nothing to hash.
    public func hash(length: Int = hashLength) -> String {
        if let precomputedHash, !precomputedHash.isEmpty {
            return String(precomputedHash.prefix(length))
        }
        guard let hashedText else { return "" }
        return String(SHA1.hexDigest(of: hashedText).prefix(length))
    }
}

extension Node {
    /// Whether Python's `bool()` is false for the value this node stands for.
    var isFalseInPython: Bool {
        switch content {
        case .null: true
        case .bool(let flag): !flag
        case .int(let number): number == 0
        case .float(let number): number == 0
        case .string(let text): text.isEmpty
        case .sequence(let items): items.isEmpty
        case .mapping(let map): map.isEmpty
        }
    }
}
