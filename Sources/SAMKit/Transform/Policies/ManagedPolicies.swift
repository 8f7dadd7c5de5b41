/// The AWS managed policies of each partition, by name, so that `Policies: [AWSLambdaRole]`
/// becomes the policy's ARN without asking IAM.
///
/// An ARN is `arn:PARTITION:iam::aws:policy/` followed by a path and the policy's name; the
/// path of a name is the same in every partition that has it. The generated
/// `ManagedPolicyTable.swift` therefore stores each name once, with its path and the partitions
/// it exists in, and the ARN is put together on demand.
public enum ManagedPolicies {
    /// The ARN of the AWS managed policy `name` in `partition`, or `nil` when that partition
    /// has no such policy or the partition is unknown.
    public static func arn(for name: String, partition: String) -> String? {
        guard let bit = partitionNames.firstIndex(of: partition), let entry = entries[name],
            entry.partitions & (1 << bit) != 0, pathPrefixes.indices.contains(entry.path)
        else { return nil }
        return "arn:\(partition):iam::aws:policy/\(pathPrefixes[entry.path])\(name)"
    }

    /// The names of the managed policies `partition` has, sorted; empty for an unknown
    /// partition.
    public static func names(in partition: String) -> [String] {
        guard let bit = partitionNames.firstIndex(of: partition) else { return [] }
        return entries.filter { $0.value.partitions & (1 << bit) != 0 }.keys.sorted()
    }

    private struct Entry {
        /// Bit `i` set when `partitionNames[i]` has the policy.
        var partitions: Int
        /// An index into `pathPrefixes`.
        var path: Int
    }

    /// The table read into a dictionary at first use: each line is one hexadecimal digit of
    /// partition bits, one digit of path index, then the name.
    private static let entries: [String: Entry] = {
        var result: [String: Entry] = [:]
        for line in table.split(separator: "\n") {
            let scalars = line.unicodeScalars
            guard scalars.count > 2, let partitions = Int(String(scalars.prefix(1)), radix: 16),
                let path = Int(String(scalars.dropFirst().prefix(1)))
            else { continue }
            result[String(scalars.dropFirst(2))] = Entry(partitions: partitions, path: path)
        }
        return result
    }()
}
