/// The size of a template as CloudFormation measures it: the bytes of its body.
enum TemplateSize {
    /// The bytes of `template` written as JSON without spaces, about the smallest body it can
    /// be sent as; characters outside ASCII count as the `\\uXXXX` escapes the transform's
    /// JSON writes, so a template with much non-ASCII text measures a little large.
    static func bytes(of template: Node) -> Int {
        CanonicalJSON(layout: .sortedCompact).text(for: template).utf8.count
    }
}
