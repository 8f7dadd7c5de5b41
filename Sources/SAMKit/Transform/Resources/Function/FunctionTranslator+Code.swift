extension FunctionTranslator {
    /// The Lambda function's `Code`: `ZipFile` from `InlineCode`, an S3 location from
    /// `CodeUri`, or `ImageUri` for an image.
    ///
    /// When both `InlineCode` and `CodeUri` are given, `InlineCode` wins silently, as in the
    /// reference.
    func code(_ function: FunctionProperties) throws(Diagnostic) -> Node {
        let resource = function.resource
        let packageType = function.packageType
        var code: Node
        switch packageType {
        case "Zip":
            if let inline = function["InlineCode"] {
                code = ["ZipFile": inline]
            } else if let uri = function["CodeUri"] {
                code = try Self.s3Code(uri, property: "CodeUri", of: resource)
            } else {
                throw resource.error("one of 'CodeUri' and 'InlineCode' must be set")
            }
        case "Image":
            guard let image = function["ImageUri"], !image.isFalseInPython else {
                throw resource.error(
                    property: "ImageUri", "must be set when 'PackageType' is 'Image'")
            }
            code = ["ImageUri": image]
        default:
            throw resource.error(
                property: "PackageType",
                "must be 'Zip' or 'Image', but it is \(Self.describe(function["PackageType"] ?? ""))"
            )
        }
        if packageType == "Zip", let key = function["SourceKMSKeyArn"], !key.isFalseInPython {
            code = Self.setting("SourceKMSKeyArn", key, in: code)
        }
        return code.marked(resource.mark(of: "CodeUri"))
    }

    /// An S3 location (`s3://bucket/key?versionId=v` or a mapping with `Bucket`, `Key` and
    /// optional `Version`) as `S3Bucket`, `S3Key` and `S3ObjectVersion`, as Lambda functions
    /// and layers take code.
    static func s3Code(_ location: Node, property: String, of resource: SAMResource)
        throws(Diagnostic) -> Node
    {
        if let map = location.mapping {
            guard let bucket = map["Bucket"], !bucket.isFalseInPython, let key = map["Key"],
                !key.isFalseInPython
            else {
                throw resource.error(property: property, "needs both 'Bucket' and 'Key'")
            }
            var code: Node = ["S3Bucket": bucket, "S3Key": key]
            if let version = map["Version"] { code = setting("S3ObjectVersion", version, in: code) }
            if let mode = map["StorageMode"] {
                code = setting("S3ObjectStorageMode", mode, in: code)
            }
            return code
        }
        guard let text = location.string else {
            throw resource.error(
                property: property,
                "must be an S3 URI or a mapping with 'Bucket' and 'Key', but it is "
                    + location.kindDescription)
        }
        if let reference = S3URI.firstDynamicReference(in: text), reference.contains("/") {
            throw resource.error(
                property: property,
                "uses the dynamic reference '\(reference)', which the transform cannot read; "
                    + "write the location as a mapping with 'Bucket' and 'Key'")
        }
        guard let uri = S3URI(text) else {
            throw resource.error(
                property: property,
                "is '\(text)', which is not an S3 URI of the form 's3://bucket/key' (with an "
                    + "optional '?versionId=...')")
        }
        var code: Node = ["S3Bucket": .string(uri.bucket), "S3Key": .string(uri.key)]
        if let version = uri.version {
            code = setting("S3ObjectVersion", .string(version), in: code)
        }
        return code
    }

    static func setting(_ key: String, _ value: Node, in node: Node) -> Node {
        var map = node.mapping ?? Mapping()
        map[key] = value
        return .mapping(map, mark: node.mark)
    }
}
