/// `Ref`, `Fn::GetAtt` and `Fn::Sub` that name a parameter, resource or attribute the template
/// does not have.
///
/// The references the user wrote are checked where they are written, in the SAM template.
/// Resources the transform generates exist: when the transform succeeded they are read from
/// its output; when it failed, a name that starts with a SAM resource's logical id (such as
/// `MyFunctionRole`), or with `ServerlessRestApi` or `ServerlessHttpApi`, is taken to be one,
/// since it cannot be known for sure.
struct UndefinedReference: LintRule {
    static let pseudoParameters = [
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition",
        "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    ]
    static let implicitApis = ["ServerlessRestApi", "ServerlessHttpApi"]
    static let checkedSections: Set<String> = [
        "Resources", "Outputs", "Conditions", "Globals", "Rules",
    ]

    let rule = RuleDescription(
        id: "undefined-reference",
        severity: .error,
        title: "Ref, Fn::GetAtt and Fn::Sub name things that exist.",
        rationale: """
            CloudFormation rejects a template whose 'Ref', 'Fn::GetAtt' or 'Fn::Sub' names a \
            parameter or resource it does not declare, or an attribute that resource does not \
            have, before it creates anything. Such a reference is most often a misspelt \
            logical id. Pseudo parameters such as AWS::Region and the resources the SAM \
            transform generates, such as a function's role, exist.
            """,
        documentation: """
            https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/\
            intrinsic-function-reference-ref.html
            """,
        equivalents: .init(cfnLint: ["E1010", "E1019", "E1020"]),
        badExample: """
            Resources:
              OrdersTable:
                Type: AWS::Serverless::SimpleTable
            Outputs:
              TableArn:
                Value: !GetAtt OrderTable.Arn
            """,
        goodExample: """
            Resources:
              OrdersTable:
                Type: AWS::Serverless::SimpleTable
            Outputs:
              TableArn:
                Value: !GetAtt OrdersTable.Arn
            """)

    func check(_ context: LintContext) -> [Finding] {
        let names = Names(context)
        var findings: [Finding] = []
        for section in context.sections where Self.checkedSections.contains(section.key) {
            NodeWalker.walk(section.value, at: TemplatePath(keys: section.key)) { node, path in
                guard let (function, argument) = NodeWalker.intrinsic(node) else { return }
                let argumentPath = path.appending(function)
                switch function {
                case "Ref":
                    guard let target = argument.string, let problem = names.refProblem(target)
                    else { return }
                    findings.append(finding(problem, at: argumentPath))
                case "Fn::GetAtt":
                    guard let (id, attribute) = Self.getAttParts(argument),
                        let problem = names.getAttProblem(id, attribute)
                    else { return }
                    findings.append(finding(problem, at: argumentPath))
                case "Fn::Sub":
                    findings += subFindings(argument, at: argumentPath, names: names)
                default:
                    return
                }
            }
        }
        return findings
    }

    private func subFindings(_ argument: Node, at path: TemplatePath, names: Names)
        -> [Finding]
    {
        let text: String
        var local: Set<String> = []
        var textPath = path
        if let string = argument.string {
            text = string
        } else if let items = argument.sequence, let string = items.first?.string {
            text = string
            local = Set(items.dropFirst().first?.mapping?.keys ?? [])
            textPath = path.appending(index: 0)
        } else {
            return []
        }
        return SubstitutionTemplate.placedVariables(in: text).compactMap { placed in
            let variable = placed.name
            guard !local.contains(variable) else { return nil }
            let problem: String?
            if let dot = variable.firstIndex(of: ".") {
                let id = String(variable[..<dot])
                let attribute = String(variable[variable.index(after: dot)...])
                problem = names.getAttProblem(id, attribute, inSub: true)
            } else {
                problem = names.refProblem(variable, inSub: true)
            }
            return problem.map { message in
                var result = finding(message, at: textPath)
                result.excerpt = placed.excerpt
                return result
            }
        }
    }

    /// The logical id and attribute of an `Fn::GetAtt` argument: `[Id, Attribute]`, or the
    /// string `Id.Attribute`. `nil` when the attribute is computed by another intrinsic.
    static func getAttParts(_ argument: Node) -> (String, String?)? {
        if let text = argument.string {
            guard let dot = text.firstIndex(of: ".") else { return (text, nil) }
            return (String(text[..<dot]), String(text[text.index(after: dot)...]))
        }
        guard let items = argument.sequence, let id = items.first?.string else { return nil }
        if items.count < 2 { return (id, nil) }
        guard let attribute = items[1].string else { return nil }
        return (id, attribute)
    }

    /// What the template declares and generates, and the questions the rule asks of it.
    struct Names {
        let context: LintContext
        let parameters: [String]
        let resources: [String]
        let generated: Set<String>
        let transformed: Bool

        init(_ context: LintContext) {
            self.context = context
            parameters = context.sections["Parameters"]?.mapping?.keys ?? []
            resources = context.resources.keys
            let output = context.generatedResources
            generated = Set(output?.keys ?? [])
            transformed = output != nil
        }

        func isResource(_ id: String) -> Bool {
            resources.contains(id) || generated.contains(id) || mayBeGenerated(id)
        }

        /// Whether `id` could be a resource the failed transform would have generated.
        private func mayBeGenerated(_ id: String) -> Bool {
            guard !transformed, !id.contains(".") else { return false }
            let samIds = resources.filter { context.isSAMResource($0) }
            if samIds.contains(where: { id.hasPrefix($0) }) { return true }
            return !samIds.isEmpty && UndefinedReference.implicitApis.contains { id.hasPrefix($0) }
        }

        func type(of id: String) -> String? {
            context.type(of: id) ?? implicitApiType(id)
                ?? context.generatedResources?[id]?["Type"]?.string
        }

        /// The SAM type of the API the transform makes for API events, `ServerlessRestApi` or
        /// `ServerlessHttpApi`, when it exists or may.
        func implicitApiType(_ id: String) -> String? {
            guard context.resources[id] == nil, isResource(id) else { return nil }
            switch id {
            case "ServerlessRestApi": return "AWS::Serverless::Api"
            case "ServerlessHttpApi": return "AWS::Serverless::HttpApi"
            default: return nil
            }
        }

        func refProblem(_ target: String, inSub: Bool = false) -> String? {
            if parameters.contains(target) || UndefinedReference.pseudoParameters.contains(target)
                || isResource(target)
            {
                return nil
            }
            if let dot = target.firstIndex(of: "."), !inSub {
                return samReferenceProblem(
                    String(target[..<dot]), String(target[target.index(after: dot)...]))
            }
            return notFound(target, inSub: inSub)
        }

        func getAttProblem(_ id: String, _ attribute: String?, inSub: Bool = false) -> String? {
            let quoted = inSub ? "'${\(id)\(attribute.map { ".\($0)" } ?? "")}'" : "'\(id)'"

            // `Fn::GetAtt: [MyFunction.Alias, Name]` reads the alias the transform generates.
            if !inSub, let dot = id.firstIndex(of: "."), !isResource(id) {
                return samReferenceProblem(
                    String(id[..<dot]), String(id[id.index(after: dot)...]))
            }
            guard isResource(id) else {
                if parameters.contains(id) || UndefinedReference.pseudoParameters.contains(id) {
                    return inSub
                        ? "\(quoted) reads an attribute of '\(id)', which is a parameter; "
                            + "write '${\(id)}'"
                        : "'Fn::GetAtt' reads attributes of resources, but '\(id)' is a "
                            + "parameter; use 'Ref'"
                }
                return notFound(id, inSub: inSub, attribute: attribute)
            }
            guard let attribute, let type = type(of: id) else { return nil }

            // `MyFunction.Alias` and similar name what the transform generates for them.
            let first = String(attribute.prefix { $0 != "." })
            if GetAttAttributes.samReferences[type]?.contains(first) == true { return nil }
            guard let known = GetAttAttributes.attributes(of: type),
                !GetAttAttributes.accepts(attribute, among: known)
            else { return nil }
            var message = "resource '\(id)' (\(type)) has no attribute '\(attribute)'"
            if known.isEmpty {
                message += "; 'Fn::GetAtt' reads no attributes of this type"
            } else if let near = Suggestion.nearest(to: attribute, among: known) {
                message += "; did you mean '\(near)'?"
            } else {
                let shown = known.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
                message +=
                    "; it has " + shown + (known.count > 8 ? " and \(known.count - 8) more" : "")
            }
            return message
        }

        private func samReferenceProblem(_ id: String, _ property: String) -> String? {
            guard let type = type(of: id), type.hasPrefix("AWS::Serverless::") else {
                return notFound("\(id).\(property)", inSub: false)
            }
            let known = GetAttAttributes.samReferences[type] ?? []
            if known.contains(property) { return nil }
            var message =
                "'\(id).\(property)' is not a reference the SAM transform resolves for \(type)"
            message +=
                known.isEmpty
                ? "" : "; it resolves " + known.map { "'\(id).\($0)'" }.joined(separator: ", ")
            return message
        }

        private func notFound(_ name: String, inSub: Bool, attribute: String? = nil) -> String {
            let shown = inSub ? "'${\(name)\(attribute.map { ".\($0)" } ?? "")}'" : "'\(name)'"
            var message = "\(shown) names no parameter or resource of this template"
            let candidates = parameters + resources + generated.sorted()
            if let near = Suggestion.nearest(to: name, among: candidates) {
                message += "; did you mean '\(near)'?"
            }
            return message
        }
    }
}
