/// Gives the definitions the transform builds the OpenAPI version their API asks for, once
/// Globals are merged, as ``ManagedOpenApiVersion`` does for the template's copy.
struct ManagedDefinitionVersionPass: TemplatePass {
    func apply(to context: TransformContext) throws(DiagnosticList) {
        for (apiId, definition) in context.restApiDefinitions {
            guard let properties = context.resources[apiId]?["Properties"]?.mapping,
                properties[ManagedOpenApiVersion.managedMarker] != nil,
                let version = properties["OpenApiVersion"]
            else { continue }
            let value: PythonValue =
                version.string != nil && !context.openApiVersionsFromNumbers.contains(apiId)
                ? PythonValue(template: version)
                : .str(SwaggerEditor.pythonText(PythonValue(template: version)))
            guard SwaggerEditor.isOpenAPI3(value), var doc = definition.dict else { continue }
            doc.set("openapi", value)
            if doc["swagger"]?.isTruthy == true { doc.remove("swagger") }
            context.restApiDefinitions[apiId] = .dict(doc)
        }
    }
}
