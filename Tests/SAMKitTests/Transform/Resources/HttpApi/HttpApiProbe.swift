import Testing

@testable import SAMKit

/// Runs templates with HTTP and WebSocket APIs through the transform and keeps the parts a
/// test looks at.
enum HttpApiProbe {
    /// How generated `Fn::Sub` strings begin, so that expected outputs fit on a line.
    static let lambdaPath =
        "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions"
    static let awsLambdaPath = "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions"
    static let executeApi = "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}"

    /// The named resources of the output (all when `only` is empty), and its `Conditions`
    /// when `conditions` is set, as canonical JSON; or the errors' text.
    static func output(_ text: String, only: [String] = [], conditions: Bool = false) throws
        -> String
    {
        switch try TransformProbe.transform(text) {
        case .success(let template):
            var resources = template["Resources"]?.mapping ?? Mapping()
            if !only.isEmpty {
                resources = Mapping(resources.entries.filter { only.contains($0.key) })
            }
            var out = Mapping()
            out["Resources"] = .mapping(resources)
            if conditions { out["Conditions"] = template["Conditions"] }
            return Node(.mapping(out)).canonicalJSON()
        case .failure(let error):
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
