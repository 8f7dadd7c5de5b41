import Testing

@testable import SAMKit

/// Runs small templates through the transform for the resource translator tests.
enum TransformProbe {
    static let path = "template.yaml"

    static func transform(
        _ text: String, region: String = "us-east-1",
        resolver: (any ApplicationResolver)? = nil
    ) throws -> Result<Node, DiagnosticList> {
        let document = try TemplateDocument.load(Array(text.utf8), path: path)
        let options = TransformOptions(region: region, applicationResolver: resolver)
        do {
            return .success(try Transformer(options: options).transform(document).template)
        } catch {
            return .failure(error)
        }
    }

    /// The output's `Resources` as canonical JSON (keys sorted), or the errors' text.
    static func resources(
        _ text: String, region: String = "us-east-1",
        resolver: (any ApplicationResolver)? = nil
    ) throws -> String {
        switch try transform(text, region: region, resolver: resolver) {
        case .success(let template):
            return (template["Resources"] ?? Node(.null)).canonicalJSON()
        case .failure(let error):
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// `yaml` loaded and written as canonical JSON, to compare with `resources(_:)`.
    static func canonical(_ yaml: String) throws -> String {
        try TemplateDocument.load(Array(yaml.utf8), path: "expected.yaml").root.canonicalJSON()
    }

    /// Every error the transform reports, as `file:line:column: error: message`.
    static func errors(
        _ text: String, region: String = "us-east-1",
        resolver: (any ApplicationResolver)? = nil
    ) throws -> [String] {
        switch try transform(text, region: region, resolver: resolver) {
        case .success: return []
        case .failure(let error): return error.diagnostics.map(\.description)
        }
    }
}
