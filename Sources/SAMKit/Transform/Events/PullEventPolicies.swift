/// The policy statements pull events grant their function's role, and the checks of the
/// properties those statements are made from.
enum PullEventPolicies {
    /// Reading the secret at `uri` (broker credentials, certificates).
    static func readSecret(_ uri: Node) -> Node {
        ["Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow", "Resource": uri]
    }

    /// Creating and describing the network interfaces Lambda needs to reach a VPC.
    static let vpcAccess: Node = [
        "Action": [
            "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
            "ec2:DeleteNetworkInterface", "ec2:DescribeVpcs", "ec2:DescribeSubnets",
            "ec2:DescribeSecurityGroups",
        ],
        "Effect": "Allow",
        "Resource": "*",
    ]

    /// Decrypting with the account's KMS key `keyId`, which protects the secrets; `action` is
    /// a list or a single string, as each event type has it in the reference.
    static func decrypt(keyId: String, actionAsList: Bool = true) -> Node {
        [
            "Action": actionAsList ? ["kms:Decrypt"] : "kms:Decrypt",
            "Effect": "Allow",
            "Resource": [
                "Fn::Sub": .string(
                    "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/" + keyId)
            ],
        ]
    }

    /// The event's `SecretsManagerKmsKeyId` when it has one, which must be a plain string:
    /// it becomes part of an ARN.
    static func kmsKeyId(of event: PullEvent) throws(Diagnostic) -> String? {
        guard let value = event.given("SecretsManagerKmsKeyId") else { return nil }
        guard let keyId = value.string else {
            throw event.error(
                "'SecretsManagerKmsKeyId' must be a string (the key's id), but it is "
                    + value.kindDescription,
                property: "SecretsManagerKmsKeyId")
        }
        return keyId
    }

    /// The URI of the one `required` entry of `SourceAccessConfigurations`, after checking
    /// that every entry has one of the `supported` types.
    ///
    /// Amazon MQ and DocumentDB events log in with a user name and password kept in Secrets
    /// Manager, so they must name exactly one such secret.
    static func requiredAccessSecret(
        of event: PullEvent, service: String, supported: [String], required: String
    ) throws(Diagnostic) -> Node {
        let property = "SourceAccessConfigurations"
        guard let value = event.given(property) else {
            throw event.error(
                "an Amazon \(service) event needs 'SourceAccessConfigurations' with a "
                    + "'\(required)' entry naming the secret to log in with",
                property: nil)
        }
        guard let entries = value.sequence else {
            throw event.error(
                "'SourceAccessConfigurations' must be a list, but it is \(value.kindDescription)",
                property: property)
        }
        var uri: Node?
        for (index, entry) in entries.enumerated() {
            let place = "SourceAccessConfigurations[\(index)]"
            guard entry.mapping != nil else {
                throw event.error(
                    "'\(place)' must be a mapping, but it is \(entry.kindDescription)",
                    at: entry.mark)
            }
            guard let type = entry["Type"]?.string else {
                throw event.error("'\(place).Type' must be a string", at: entry.mark)
            }
            guard supported.contains(type) else {
                throw event.error(
                    "'\(type)' is not a type of access configuration for Amazon \(service) "
                        + "events; expected "
                        + supported.map { "'\($0)'" }.joined(separator: " or "),
                    at: entry["Type"]?.mark ?? entry.mark)
            }
            guard type == required else { continue }
            if uri != nil {
                throw event.error(
                    "'SourceAccessConfigurations' has more than one '\(required)' entry",
                    at: entry.mark)
            }
            guard let found = entry["URI"], PullEvent.isGiven(found) else {
                throw event.error(
                    "the '\(required)' entry of 'SourceAccessConfigurations' needs a 'URI'",
                    at: entry.mark)
            }
            uri = found
        }
        guard let uri else {
            throw event.error(
                "'SourceAccessConfigurations' has no '\(required)' entry naming the secret to "
                    + "log in with",
                property: property)
        }
        return uri
    }
}
