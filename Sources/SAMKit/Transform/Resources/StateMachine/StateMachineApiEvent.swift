/// A state machine's `Type: Api` event: a method of a REST API (`AWS::Serverless::Api`) that
/// starts an execution, with the role API Gateway assumes to do so.
///
/// The role is always generated. When the API's definition is one the transform builds (the
/// implicit `ServerlessRestApi`, or an API with neither `DefinitionBody` nor `DefinitionUri`),
/// the event also adds its path and method with a Step Functions integration to it, through
/// `context.restApiDefinitions`, before the API is translated.
struct StateMachineApiEvent {
    static let schema = PropertySchema(
        "Api",
        [
            PropertySpec("Path", .string, required: true),
            PropertySpec("Method", .string, required: true),
            PropertySpec("RestApiId", .string, required: true),
            PropertySpec("Stage", .string),
            PropertySpec("Auth", .mapping),
            PropertySpec("UnescapeMappingTemplate", .boolean, allowsIntrinsic: false),
        ])

    var event: FunctionEvent
    var target: EventTarget

    /// The role, after adding the method to the API's definition when the transform builds it.
    func translate(in context: TransformContext) throws(Diagnostic) -> [CloudFormationResource] {
        let path = event["Path"]?.string ?? ""
        let method = (event["Method"]?.string ?? "").lowercased()
        let restApiId = event["RestApiId"] ?? Node(.null)
        let apiId = restApiId["Ref"]?.string ?? restApiId.string

        let role = StateMachineEvents.startExecutionRole(
            target.logicalId(of: event) + "Role", principal: "apigateway.amazonaws.com",
            target: target, event: event)
        let (api, _) = try ApiEventSource.linkedApi(
            event, apiId: apiId, target: target, in: context)
        if let apiId, let api, api[ManagedOpenApiVersion.managedMarker]?.isPythonTruthy == true {
            try addIntegration(
                api: api, apiId: apiId, path: path, method: method,
                roleId: role.logicalId, in: context)
        }
        return [role]
    }

    /// The body mapping that passes the request as the execution's input; with
    /// `UnescapeMappingTemplate`, single quotes that `escapeJavaScript` escaped are restored,
    /// so that the input is valid JSON.
    private var requestTemplate: String {
        let arn = "\"stateMachineArn\": \"${\(target.invokedLogicalId)}\""
        if event["UnescapeMappingTemplate"]?.bool == true {
            return
                "{\"input\": \"$util.escapeJavaScript($input.json('$'))"
                + ".replaceAll(\"\\\\'\",\"'\")\", \(arn)}"
        }
        return "{\"input\": \"$util.escapeJavaScript($input.json('$'))\", \(arn)}"
    }

    private func addIntegration(
        api: Mapping, apiId: String, path: String, method: String,
        roleId: String, in context: TransformContext
    ) throws(Diagnostic) {
        let definition =
            context.restApiDefinitions[apiId]
            ?? api["DefinitionBody"].map { PythonValue(template: $0) }
        guard let definition else { return }

        let uri = PythonValue.dict(
            .plain([
                (
                    "Fn::Sub",
                    .str(
                        "arn:${AWS::Partition}:apigateway:${AWS::Region}:"
                            + "states:action/StartExecution"
                    )
                )
            ]))
        let credentials = PythonValue.dict(
            .plain([("Fn::GetAtt", .list([.str(roleId), .str("Arn")]))]))
        let templates = PythonValue.dict(
            .plain([("application/json", .dict(.plain([("Fn::Sub", .str(requestTemplate))])))]))
        do {
            var editor = try SwaggerEditor(definition)
            if try editor.hasIntegration(path, method) {
                throw SwaggerProblem(
                    "API method '\(method)' is defined more than once for path '\(path)'")
            }
            try editor.addStateMachineIntegration(
                path: path, method: method, uri: uri, credentials: credentials,
                requestTemplates: templates, condition: target.condition?.string)
            if let auth = event["Auth"], auth.isPythonTruthy {
                try ApiEventAuth(
                    event: event, target: target, apiAuth: api["Auth"], apiId: apiId,
                    context: context
                ).add(to: &editor, path: path, method: method, stage: event["Stage"]?.string)
            }
            context.restApiDefinitions[apiId] = editor.swagger()
        } catch let problem as SwaggerProblem {
            throw target.error(in: event, problem.message)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw target.error(in: event, "\(error)")
        }
    }
}
