/// A step over the whole template, before or after resources are translated: merging
/// Globals, adding implicit APIs, rewriting references to generated resources.
public protocol TemplatePass: Sendable {
    func apply(to context: TransformContext) throws(DiagnosticList)
}
