/// Writes an `Api` event's `RequestModel` and `RequestParameters` into its API's definition.
struct ApiEventRequestSettings {
    var event: FunctionEvent
    var target: EventTarget
    var api: Mapping

    func add(to editor: inout SwaggerEditor, path: String, method: String) throws(Diagnostic) {
        if let model = event["RequestModel"], model.isPythonTruthy {
            try addModel(model, to: &editor, path: path, method: method)
        }
        if let parameters = event["RequestParameters"], parameters.isPythonTruthy {
            try addParameters(parameters, to: &editor, path: path, method: method)
        }
    }

    private func addModel(
        _ model: Node, to editor: inout SwaggerEditor, path: String, method: String
    ) throws(Diagnostic) {
        guard let settings = model.mapping else {
            throw target.error(in: event, property: "RequestModel", "must be a mapping")
        }
        guard let name = settings["Model"], name.isPythonTruthy else { return }
        let place = "on API method '\(method)' for path '\(path)'"
        guard let models = api["Models"], models.isPythonTruthy else {
            throw target.error(
                in: event, "cannot set request model \(place), since the API defines no 'Models'")
        }
        guard models.mapping != nil || models.isIntrinsic else {
            throw target.error(
                in: event,
                "cannot set request model \(place), since the API's 'Models' is not a mapping")
        }
        guard let modelName = name.string else {
            throw target.error(in: event, property: "RequestModel.Model", "must be a string")
        }
        guard models[modelName]?.isPythonTruthy == true else {
            throw target.error(
                in: event,
                "cannot set request model '\(modelName)' \(place), since the API's 'Models' do "
                    + "not define it")
        }
        do throws(SwaggerProblem) {
            try editor.addRequestModel(
                path: path, method: method, name: modelName.lowercased(),
                required: settings["Required"].map { PythonValue(template: $0) })
            let body = settings["ValidateBody"]
            let parameters = settings["ValidateParameters"]
            if body != nil || parameters != nil {
                let bodyFlag = body.map { $0.isNull ? Node(false) : $0 } ?? Node(false)
                let parametersFlag =
                    parameters.map { $0.isNull ? Node(false) : $0 } ?? Node(false)
                guard let validateBody = bodyFlag.bool, let validateParameters = parametersFlag.bool
                else {
                    throw SwaggerProblem(
                        "'ValidateBody' and 'ValidateParameters' of 'RequestModel' must be "
                            + "booleans, not strings or intrinsic functions")
                }
                try editor.addRequestValidator(
                    path: path, method: method, validateBody: validateBody,
                    validateParameters: validateParameters)
            }
        } catch {
            throw target.error(in: event, error.message)
        }
    }

    private func addParameters(
        _ parameters: Node, to editor: inout SwaggerEditor, path: String, method: String
    ) throws(Diagnostic) {
        let keyMessage =
            "'RequestParameters' names must look like "
            + "'method.request.querystring|path|header.NAME', such as "
            + "'method.request.header.Authorization'"
        var settings: [(name: String, required: PythonValue, caching: PythonValue)] = []
        for parameter in parameters.sequence ?? [] {
            var name: String
            var required: PythonValue = .bool(false)
            var caching: PythonValue = .bool(false)
            if let map = parameter.mapping, let first = map.entries.first {
                name = first.key
                guard let options = first.value.mapping,
                    options.keys.allSatisfy({ $0 == "Required" || $0 == "Caching" })
                else {
                    throw target.error(
                        in: event,
                        "each 'RequestParameters' value must be a mapping with 'Required' and "
                            + "'Caching', such as { Required: true, Caching: false }",
                        at: first.keyMark)
                }
                if let value = options["Required"] { required = PythonValue(template: value) }
                if let value = options["Caching"] { caching = PythonValue(template: value) }
            } else if let text = parameter.string {
                name = text
            } else {
                throw target.error(
                    in: event, "each 'RequestParameters' item must be a string or a mapping",
                    at: parameter.mark)
            }
            guard Self.isRequestParameterName(name) else {
                throw target.error(in: event, keyMessage, at: parameter.mark)
            }
            settings.append((name, required, caching))
        }
        do {
            try editor.addRequestParameters(path: path, method: method, parameters: settings)
        } catch {
            throw target.error(in: event, error.message)
        }
    }

    static func isRequestParameterName(_ name: String) -> Bool {
        ["querystring", "path", "header"].contains { name.hasPrefix("method.request.\($0).") }
    }
}
