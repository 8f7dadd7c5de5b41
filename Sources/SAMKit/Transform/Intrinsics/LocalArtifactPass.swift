/// Deals with local paths where the reference transform needs an S3 location, before any
/// resource is translated (after Globals, so a `CodeUri` from Globals is seen too).
///
/// A template fresh from an editor names its code by local path (`CodeUri: src/`); `sam
/// package` uploads it and writes the S3 location in. The reference transform accepts only
/// the packaged form, so with ``TransformOptions/LocalArtifacts/reject`` a local path is a
/// located error that says how to package. With ``TransformOptions/LocalArtifacts/placeholder``
/// it is replaced as `sam validate` replaces it, so the rest of the template can be checked.
///
/// The properties looked at are the ones `sam validate` looks at: `CodeUri` of a Zip
/// `AWS::Serverless::Function` (`PackageType` absent or `Zip`) without `InlineCode`, which
/// the reference prefers to `CodeUri` and so never reads a path beside, `ContentUri` of an
/// `AWS::Serverless::LayerVersion`, and `DefinitionUri` of an `AWS::Serverless::Api`,
/// `AWS::Serverless::HttpApi` or `AWS::Serverless::StateMachine`.
///
/// A value is a local path when it is a string that neither starts with `s3://` nor has any
/// other scheme (`://`). Mappings (`{Bucket: ..., Key: ...}`) and intrinsic functions are not
/// local. Placeholders: `s3://bucket/value` for a local path, and also for a missing `CodeUri`
/// or `ContentUri`, which the command line takes as
/// the template's folder; and `111111111111.dkr.ecr.region.amazonaws.com/repository` as the
/// `ImageUri` of an Image function that is built from `Metadata.Dockerfile` and has none.
///
/// Where this differs from `sam validate`, on purpose: `sam validate` also replaces null,
/// numbers, lists and other-scheme strings (`https://...`), which hides the error the
/// translator reports for them; samkit leaves them for the translator to reject. It replaces
/// a function's own missing `CodeUri` even when Globals gives one as an S3 mapping; samkit,
/// which runs after Globals, keeps the Globals location.
struct LocalArtifactPass: TemplatePass {
    static let placeholderURI = "s3://bucket/value"
    static let placeholderImage = "111111111111.dkr.ecr.region.amazonaws.com/repository"

    func apply(to context: TransformContext) throws(DiagnosticList) {
        guard var resources = context.template["Resources"]?.mapping else { return }
        let placeholder = context.options.localArtifacts == .placeholder
        var problems: [Diagnostic] = []
        var changed = false
        for entry in resources {
            guard var resource = entry.value.mapping,
                var properties = resource["Properties"]?.mapping
            else { continue }
            let sam = SAMResource(logicalId: entry.key, node: entry.value, keyMark: entry.keyMark)
            var edited = false
            for name in Self.artifactProperties(of: sam) {
                guard let value = properties[name] else {
                    guard placeholder, Self.missingMeansLocal(name) else { continue }
                    properties[name] = Node(.string(Self.placeholderURI), mark: sam.mark)
                    edited = true
                    continue
                }
                guard let path = value.string, Self.isLocalPath(path) else { continue }
                if placeholder {
                    properties[name] = Node(.string(Self.placeholderURI), mark: value.mark)
                    edited = true
                } else {
                    problems.append(
                        Self.localPathError(sam, property: name, path: path, at: value.mark))
                }
            }
            if let dockerfile = Self.localImageSource(of: sam), sam["ImageUri"] == nil {
                if placeholder {
                    properties["ImageUri"] = Node(.string(Self.placeholderImage), mark: sam.mark)
                    edited = true
                } else {
                    problems.append(Self.localImageError(sam, at: dockerfile.mark ?? sam.mark))
                }
            }
            if edited {
                resource["Properties"] = .mapping(properties, mark: resource["Properties"]?.mark)
                resources.set(
                    Mapping.Entry(
                        key: entry.key, keyMark: entry.keyMark,
                        value: .mapping(resource, mark: entry.value.mark)))
                changed = true
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        if changed {
            context.template["Resources"] = .mapping(
                resources, mark: context.template["Resources"]?.mark)
        }
    }

    /// Whether `path` names something on the local disk rather than in S3 or elsewhere.
    static func isLocalPath(_ path: String) -> Bool {
        !path.hasPrefix("s3://") && !path.contains("://")
    }

    /// The properties of `resource` that hold a code or definition location.
    static func artifactProperties(of resource: SAMResource) -> [String] {
        switch resource.type {
        case "AWS::Serverless::Function":
            // The reference ignores CodeUri beside InlineCode, and a path there is harmless.
            guard resource["InlineCode"] == nil else { return [] }
            let packageType = resource["PackageType"]
            return packageType == nil || packageType?.string == "Zip" ? ["CodeUri"] : []
        case "AWS::Serverless::LayerVersion":
            return ["ContentUri"]
        case "AWS::Serverless::Api", "AWS::Serverless::HttpApi", "AWS::Serverless::StateMachine":
            return ["DefinitionUri"]
        default:
            return []
        }
    }

    /// Whether leaving `property` out means "the template's folder" to the command line.
    static func missingMeansLocal(_ property: String) -> Bool {
        switch property {
        case "CodeUri", "ContentUri": true
        default: false
        }
    }

    /// `Metadata.Dockerfile` of an Image function, when the image is built locally.
    static func localImageSource(of resource: SAMResource) -> Node? {
        guard resource.type == "AWS::Serverless::Function",
            resource["PackageType"]?.string == "Image",
            let dockerfile = resource.attributes["Metadata"]?["Dockerfile"]
        else { return nil }
        switch dockerfile.content {
        case .null: return nil
        case .string(let text): return text.isEmpty ? nil : dockerfile
        case .bool(let flag): return flag ? dockerfile : nil
        case .int(let number): return number == 0 ? nil : dockerfile
        case .float(let number): return number == 0 ? nil : dockerfile
        case .sequence(let items): return items.isEmpty ? nil : dockerfile
        case .mapping(let map): return map.isEmpty ? nil : dockerfile
        }
    }

    static func localPathError(
        _ resource: SAMResource, property: String, path: String, at place: SourceMark?
    ) -> Diagnostic {
        resource.error(
            "property '\(property)' is the local path '\(path)', which CloudFormation cannot "
                + "deploy; package the template first ('sam package', or 'sam build' then "
                + "'sam package'), or pass '--local-artifacts placeholder' to check it with a "
                + "stand-in S3 location", at: place ?? resource.mark(of: property))
    }

    static func localImageError(_ resource: SAMResource, at place: SourceMark?) -> Diagnostic {
        resource.error(
            "its image is built locally from 'Metadata.Dockerfile' and it has no 'ImageUri'; "
                + "build and push the image first ('sam build' then 'sam package'), or pass "
                + "'--local-artifacts placeholder' to check it with a stand-in image",
            at: place)
    }
}
