@testable import SAMKit

/// Runs one event of a small function template through its registered source, as the
/// function translator would.
///
/// The event's body is written without indentation and placed under `Fn.Properties.Events.Ev`,
/// so its first line is line 11 of the template and its first column is column 11.
enum PullEventHarness {
    static let template = """
        Parameters:
          RegistryName:
            Type: String
            Default: registry1
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Ev:

        """

    /// The translation of the event `body`; `attributes` are resource attributes of the
    /// function, written after its properties; with `alias` the event invokes `FnAliaslive`.
    static func translate(
        _ body: String, attributes: String = "", alias: Bool = false,
        region: String = "ap-southeast-1"
    ) throws -> EventTranslation {
        let indented = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "          " + $0 }.joined(separator: "\n")
        let text = template + indented + "\n" + attributes
        let document = try TemplateDocument.load(Array(text.utf8), path: "template.yaml")
        let resources = document.sections["Resources"]?.mapping ?? Mapping()
        guard let entry = resources.entry("Fn"),
            let eventEntry = entry.value["Properties"]?["Events"]?.mapping?.entries.first,
            let type = eventEntry.value["Type"]?.string,
            let source = FunctionEventSources.source(for: type)
        else { throw HarnessError.badTemplate }
        let function = SAMResource(logicalId: "Fn", node: entry.value, keyMark: entry.keyMark)
        let event = FunctionEvent(
            name: eventEntry.key, type: type,
            properties: eventEntry.value["Properties"]?.mapping ?? Mapping(),
            mark: eventEntry.keyMark)
        var passThrough = Mapping()
        for name in ["Condition", "DeletionPolicy", "UpdateReplacePolicy"] {
            if let value = function.attributes[name] { passThrough[name] = value }
        }
        let target = EventTarget(
            function: function,
            arn: alias ? ["Ref": "FnAliaslive"] : ["Fn::GetAtt": ["Fn", "Arn"]],
            invokedLogicalId: alias ? "FnAliaslive" : "Fn", passThroughAttributes: passThrough,
            roleLogicalId: "FnRole")
        let context = TransformContext(
            options: TransformOptions(region: region), template: document.sections)
        return try source.translate(event, for: target, in: context)
    }

    /// `line:column: message` of the error translating `body` reports.
    static func failure(_ body: String) -> String {
        do {
            _ = try translate(body)
            return "no error"
        } catch let diagnostic as Diagnostic {
            let place = diagnostic.mark.map { "\($0.start.line):\($0.start.column)" } ?? "-"
            return "\(place): \(diagnostic.message)"
        } catch {
            return "\(error)"
        }
    }

    enum HarnessError: Error {
        case badTemplate
    }
}
