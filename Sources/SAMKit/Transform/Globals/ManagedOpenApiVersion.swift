/// Makes the API definitions samkit writes itself say the OpenAPI version their API asks for.
///
/// An `AWS::Serverless::Api` whose definition the transform builds (marked with
/// `__MANAGE_SWAGGER`: an implicit API, or one with neither `DefinitionBody` nor
/// `DefinitionUri`) starts from a Swagger 2.0 skeleton before globals are merged. When its
/// `OpenApiVersion`, from the resource or from `Globals.Api`, is a 3.x version, the skeleton
/// becomes an OpenAPI document of that version, as in the reference. Definitions the user
/// wrote are never touched.
enum ManagedOpenApiVersion {
    /// The property that marks a definition the transform builds.
    static let managedMarker = "__MANAGE_SWAGGER"

    /// Returns the APIs whose version was written as a number, which Python turns into a
    /// transform string rather than a template one.
    @discardableResult
    static func apply(to resources: inout Mapping) -> Set<String> {
        var fromNumbers: Set<String> = []
        for (index, entry) in resources.entries.enumerated() {
            guard entry.value["Type"]?.string == "AWS::Serverless::Api",
                var resource = entry.value.mapping,
                var properties = resource["Properties"]?.mapping,
                properties[managedMarker] != nil,
                let version = properties["OpenApiVersion"],
                let text = pythonText(of: version), isVersion3(text)
            else { continue }

            // A version written as a number, such as 3.0, becomes the text Python gives it.
            let versionText = Node(.string(text), mark: version.mark)
            if version.string == nil { fromNumbers.insert(entry.key) }
            properties["OpenApiVersion"] = versionText
            if var definition = properties["DefinitionBody"]?.mapping {
                definition["openapi"] = versionText
                if definition["swagger"]?.isPythonTruthy == true { definition.remove("swagger") }
                properties["DefinitionBody"] = Node(
                    .mapping(definition), mark: properties["DefinitionBody"]?.mark)
            }
            resource["Properties"] = Node(.mapping(properties), mark: resource["Properties"]?.mark)
            var updated = entry
            updated.value = Node(.mapping(resource), mark: entry.value.mark)
            resources.insert(updated, at: index)
        }
        return fromNumbers
    }

    /// The value as Python's `str` writes it, for the scalars a version can be written as.
    private static func pythonText(of node: Node) -> String? {
        switch node.content {
        case .string(let text): text
        case .float(let number): PythonNumberFormat.repr(number)
        case .int(let number): String(number)
        case .bool(let flag): flag ? "True" : "False"
        default: nil
        }
    }

    /// Whether `text` reads `3.D` or `3.D.D` with single decimal digits, optionally followed
    /// by one line break, which is what the reference's pattern `\A3(\.\d)(\.\d)?$` accepts
    /// (`\d` taking any Unicode decimal digit, `$` matching before a final line break).
    static func isVersion3(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.last == "\n" { scalars = scalars.dropLast() }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.numericType == .decimal
        }
        switch scalars.count {
        case 3:
            return scalars[scalars.startIndex] == "3" && scalars[scalars.startIndex + 1] == "."
                && isDigit(scalars[scalars.startIndex + 2])
        case 5:
            let start = scalars.startIndex
            return scalars[start] == "3" && scalars[start + 1] == "." && isDigit(scalars[start + 2])
                && scalars[start + 3] == "." && isDigit(scalars[start + 4])
        default:
            return false
        }
    }
}
