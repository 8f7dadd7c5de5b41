/// Builds CloudFormation tag lists from the `Tags` mappings SAM resources take.
enum TagList {
    /// The key of the tag the reference puts on resources it generates.
    static let createdByKey = "lambda:createdBy"

    /// `[{Key, Value}]` for each entry of `tags`, in order; a null value becomes the empty
    /// string, as the reference writes it.
    static func from(_ tags: Mapping, mark: SourceMark? = nil) -> [Node] {
        tags.map { entry in
            var tag = Mapping()
            tag["Key"] = Node(.string(entry.key), mark: entry.keyMark ?? mark)
            tag["Value"] =
                entry.value.isNull ? Node(.string(""), mark: entry.value.mark) : entry.value
            return Node(.mapping(tag), mark: entry.keyMark ?? mark)
        }
    }

    /// The tag `lambda:createdBy: SAM`.
    static func createdBySAM(mark: SourceMark? = nil) -> Node {
        Node(
            .mapping(
                Mapping([
                    Mapping.Entry(key: "Key", value: .string(createdByKey, mark: mark)),
                    Mapping.Entry(key: "Value", value: .string("SAM", mark: mark)),
                ])), mark: mark)
    }
}
