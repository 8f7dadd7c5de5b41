/// An AWS partition: the group of regions that share an ARN prefix and a set of services.
public struct Partition: Sendable, Hashable, CustomStringConvertible {
    /// The name used in ARNs: `aws`, `aws-cn`, `aws-us-gov`, ...
    public let name: String

    public init(name: String) {
        self.name = name
    }

    public static let aws = Partition(name: "aws")
    public static let china = Partition(name: "aws-cn")
    public static let govCloud = Partition(name: "aws-us-gov")

    /// Every partition samkit knows, with the region-name prefix that selects it. Order
    /// matters: the first matching prefix wins.
    static let regionPrefixes: [(prefix: String, partition: Partition)] = [
        ("cn-", .china),
        ("us-iso-", Partition(name: "aws-iso")),
        ("us-isob", Partition(name: "aws-iso-b")),
        ("us-gov", .govCloud),
        ("eu-isoe", Partition(name: "aws-iso-e")),
        ("us-isof", Partition(name: "aws-iso-f")),
        ("eusc-", Partition(name: "aws-eusc")),
    ]

    /// The names `--partition` accepts.
    public static var knownNames: [String] {
        ["aws"] + regionPrefixes.map(\.partition.name)
    }

    /// The partition a region belongs to; any region not in a special partition is in `aws`.
    public static func containing(region: String) -> Partition {
        let lowered = region.lowercased()
        return regionPrefixes.first { lowered.hasPrefix($0.prefix) }?.partition ?? .aws
    }

    public var description: String { name }
}
