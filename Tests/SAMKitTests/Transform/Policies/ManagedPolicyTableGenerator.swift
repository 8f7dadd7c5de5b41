import Foundation

@testable import SAMKit

/// Writes `ManagedPolicyTable.swift` from the reference's map of AWS managed policies.
///
/// The reference map holds, for each partition, every policy name with its full ARN. Every ARN
/// there is `arn:PARTITION:iam::aws:policy/PATH/NAME` with one of a few paths, and a name has
/// the same path in every partition, so the table keeps one line per name: the partitions that
/// have it as bits, the path as an index, and the name.
enum ManagedPolicyTableGenerator {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let reference = PackagePaths.inShared("reference/aws_managed_policies.json")
    static let output = PackagePaths.inPackage(
        "Sources/SAMKit/Transform/Policies/ManagedPolicyTable.swift")

    /// The reference map: partition → [(name, ARN)] in the file's order.
    static func readReference() throws -> [(partition: String, policies: [(String, String)])] {
        guard let root = try OrderedJSON.parse(PackagePaths.text(of: reference)).mapping else {
            throw Failure(description: "the reference map is not an object")
        }
        return try root.map { partition in
            guard let policies = partition.value.mapping else {
                throw Failure(description: "\(partition.key): not an object")
            }
            return try (
                partition.key,
                policies.map { entry in
                    guard let arn = entry.value.string else {
                        throw Failure(description: "\(entry.key): the ARN is not a string")
                    }
                    return (entry.key, arn)
                }
            )
        }
    }

    static func source() throws -> String {
        let partitions = try readReference()
        var paths: [String: String] = [:]
        var bits: [String: Int] = [:]
        for (index, partition) in partitions.enumerated() {
            let prefix = "arn:\(partition.partition):iam::aws:policy/"
            for (name, arn) in partition.policies {
                guard arn.hasPrefix(prefix), arn.hasSuffix("/" + name) else {
                    throw Failure(description: "\(name): '\(arn)' is not \(prefix)PATH/\(name)")
                }
                let path = String(arn.dropFirst(prefix.count).dropLast(name.count))
                if let known = paths[name], known != path {
                    throw Failure(description: "\(name): paths '\(known)' and '\(path)' differ")
                }
                paths[name] = path
                bits[name, default: 0] |= 1 << index
            }
        }
        let prefixes = Set(paths.values).sorted()
        guard partitions.count <= 4, prefixes.count <= 10 else {
            throw Failure(description: "the table's one-digit fields cannot hold this map")
        }

        var out = """
            // swift-format-ignore-file
            // Generated from the reference map of AWS managed policies; do not edit by hand.
            // Regenerate from the package root, with the shared reference data beside it, with
            //   SAMKIT_REGENERATE=1 swift test --filter ManagedPoliciesTests

            extension ManagedPolicies {
                static let partitionNames = [\(partitions.map { "\"\($0.partition)\"" }
                    .joined(separator: ", "))]
                static let pathPrefixes = [\(prefixes.map { "\"\($0)\"" }
                    .joined(separator: ", "))]

                /// One policy a line: a hexadecimal digit whose bit `i` says that
                /// `partitionNames[i]` has it, a digit indexing `pathPrefixes`, and the name.
                static let table = \"\"\"

            """
        for name in paths.keys.sorted() {
            let digit = String(bits[name] ?? 0, radix: 16, uppercase: true)
            let path = prefixes.firstIndex(of: paths[name] ?? "") ?? 0
            out += "        \(digit)\(path)\(name)\n"
        }
        out += "        \"\"\"\n}\n"
        return out
    }
}
