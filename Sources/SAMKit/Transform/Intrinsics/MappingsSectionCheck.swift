/// Rejects a `Mappings` section that is not a mapping, as the reference transform does for
/// every template before it translates anything: `Mappings:` left empty (null) or written as
/// a list. An empty mapping, `Mappings: {}`, is accepted.
struct MappingsSectionCheck: TemplatePass {
    func apply(to context: TransformContext) throws(DiagnosticList) {
        guard let section = context.template.entry("Mappings"), section.value.mapping == nil else {
            return
        }
        throw DiagnosticList([
            .error(
                "'Mappings' must be a mapping of map names to maps, but it is "
                    + "\(section.value.kindDescription); remove it or give it a map",
                rule: "transform", at: section.value.mark ?? section.keyMark)
        ])
    }
}
