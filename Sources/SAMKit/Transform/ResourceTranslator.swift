/// Turns one kind of SAM resource into the CloudFormation resources it stands for.
///
/// Each `AWS::Serverless::*` type has one translator, registered in `Transformer.translators`.
/// The transform checks a resource against `schema` before calling `translate`, so a
/// translator can rely on the shapes the schema promises.
public protocol ResourceTranslator: Sendable {
    var resourceType: String { get }
    var schema: PropertySchema { get }

    /// The resources that replace `resource` in the output, the first of them usually keeping
    /// its logical id; or a located error about `resource`.
    func translate(_ resource: SAMResource, in context: TransformContext) throws(Diagnostic)
        -> [CloudFormationResource]
}
