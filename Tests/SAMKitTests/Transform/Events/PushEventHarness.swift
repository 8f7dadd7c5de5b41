import Testing

@testable import SAMKit

/// Runs event sources on a small template the way the function translator runs them, so
/// that a test states a template and the exact resources its events generate.
///
/// The template's resource `Function` is the function; each of its `Events` is checked
/// against its source's schema and translated in the order written.
enum PushEventHarness {
    /// What the events of `Function` produced.
    struct Outcome {
        /// The generated resources, and every other resource of the template that the
        /// sources changed, by logical id.
        var resources: Node
        /// The managed policy ARNs the sources asked of the function's role.
        var roleManagedPolicyArns: [Node]
    }

    /// Translates the events of `Function` in `yaml`. With `alias`, events invoke the alias
    /// `FunctionAliaslive`, as with `AutoPublishAlias: live`.
    static func run(_ yaml: String, region: String = "us-east-1", alias: Bool = false)
        throws(Diagnostic) -> Outcome
    {
        let document = try TemplateDocument.load(Array(yaml.utf8), path: "template.yaml")
        let context = TransformContext(
            options: TransformOptions(region: region, parameterValues: ["Stage": "prod"]),
            template: document.sections)
        let input = context.resources
        let entry = input.entry("Function")
        let function = SAMResource(
            logicalId: "Function", node: entry?.value ?? Node(.null), keyMark: entry?.keyMark)
        var passThrough = Mapping()
        for entry in function.attributes
        where ["Condition", "DeletionPolicy", "UpdateReplacePolicy"].contains(entry.key) {
            passThrough.set(entry)
        }
        let target = EventTarget(
            function: function,
            arn: alias
                ? ["Ref": "FunctionAliaslive"] : ["Fn::GetAtt": ["Function", "Arn"]],
            invokedLogicalId: alias ? "FunctionAliaslive" : "Function",
            passThroughAttributes: passThrough, roleLogicalId: "FunctionRole")

        var generated = Mapping()
        var policies: [Node] = []
        for eventEntry in function["Events"]?.mapping ?? Mapping() {
            let type = eventEntry.value["Type"]?.string ?? ""
            let event = FunctionEvent(
                name: eventEntry.key, type: type,
                properties: eventEntry.value["Properties"]?.mapping ?? Mapping(),
                mark: eventEntry.keyMark)
            guard let source = FunctionEventSources.source(for: type) else {
                throw Diagnostic.error(
                    "no source for '\(type)'", rule: "test", at: eventEntry.keyMark)
            }
            let stand = SAMResource(
                logicalId: "Function",
                node: ["Type": .string(type), "Properties": .mapping(event.properties)],
                keyMark: event.mark)
            if let problem = source.schema.problems(in: stand).first { throw problem }
            let translation = try source.translate(event, for: target, in: context)
            for resource in translation.resources {
                generated[resource.logicalId] = resource.node
            }
            policies += translation.roleManagedPolicyArns
        }
        for entry in context.outputResources where input[entry.key] != entry.value {
            generated[entry.key] = entry.value
        }
        return Outcome(resources: .mapping(generated), roleManagedPolicyArns: policies)
    }

    /// `yaml` loaded as a node, for stating expected resources.
    static func node(_ yaml: String) throws -> Node {
        try TemplateDocument.load(Array(yaml.utf8), path: "expected.yaml").root
    }

    /// The text of the error `yaml` fails with, as `line:column: message`, or `nil` when
    /// it translates.
    static func error(_ yaml: String) -> String? {
        do {
            _ = try run(yaml)
            return nil
        } catch {
            let place = error.mark.map { "\($0.start.line):\($0.start.column): " } ?? ""
            return place + error.message
        }
    }
}
