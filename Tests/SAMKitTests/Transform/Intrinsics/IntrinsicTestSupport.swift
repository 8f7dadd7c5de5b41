import Foundation

@testable import SAMKit

/// Small helpers the intrinsic-resolution tests share.
enum IntrinsicTestSupport {
    /// The value of `Value:` in `text`, loaded as the transform loads templates.
    static func value(_ text: String) throws -> Node {
        let document = try TemplateDocument.load(Array("Value: \(text)\n".utf8), path: "t.yaml")
        return document.sections["Value"] ?? nil
    }

    /// A template's sections.
    static func sections(_ text: String) throws -> Mapping {
        try TemplateDocument.load(Array(text.utf8), path: "t.yaml").sections
    }

    /// `line:column: message`, the part of a diagnostic the tests pin.
    static func located(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.mark.map { "\($0.start.line):\($0.start.column): " } ?? ""
        return place + diagnostic.message
    }

    /// Whether the reference transform can be imported, for the tests that ask it.
    static let referenceAvailable: Bool =
        (try? PythonRunner.run("import samtranslator; print('ok')", input: "")) == "ok\n"

    /// The parameter values the resolver tests use.
    static let parameters: [String: Node] = [
        "Env": "prod", "A": "${B}", "B": "bee", "N": 10, "List": ["x"],
        "PH": "{{IntrinsicFunction:api/Stack.Outputs.Api/Fn::GetAtt}}", "D": ["Ref": "B"],
        "AWS::Region": "ap-southeast-1", "AWS::Partition": "aws",
    ]
}
