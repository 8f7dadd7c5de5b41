/// The Lambda functions of a SAM template as the Lambda rules read them: each
/// `AWS::Serverless::Function` and `AWS::Lambda::Function`, with a serverless function's
/// missing properties taken from `Globals: Function`, as the transform takes them.
///
/// A value is located where it is written, so a value inherited from Globals is reported at
/// the Globals line, once however many functions inherit it; the finding still belongs to the
/// function for suppressions, so a function can suppress it in its own `Metadata`.
struct LambdaFunctions {
    /// A property value of one function and where it is written.
    struct Value {
        var function: String
        var node: Node
        var path: TemplatePath
    }

    /// An environment variable of one function: its name, its value, and the path of the name.
    struct Variable {
        var function: String
        var name: String
        var value: Node
        var path: TemplatePath
    }

    static let serverless = "AWS::Serverless::Function"
    static let lambda = "AWS::Lambda::Function"

    let context: LintContext

    init(_ context: LintContext) {
        self.context = context
    }

    private var globals: Mapping {
        context.sections["Globals"]?["Function"]?.mapping ?? Mapping()
    }

    /// Logical ids and types of the template's functions, in the order written.
    var functions: [(id: String, type: String, properties: Mapping)] {
        context.resources.entries.compactMap { entry in
            guard let type = entry.value["Type"]?.string,
                type == Self.serverless || type == Self.lambda
            else { return nil }
            return (entry.key, type, entry.value["Properties"]?.mapping ?? Mapping())
        }
    }

    /// The value of `property` for each function that has one, its own or from Globals.
    func values(of property: String) -> [Value] {
        functions.compactMap { function in
            let path = TemplatePath(keys: "Resources", function.id, "Properties", property)
            if let own = function.properties[property] {
                return Value(function: function.id, node: own, path: path)
            }
            if function.type == Self.serverless, let inherited = globals[property] {
                return Value(
                    function: function.id, node: inherited,
                    path: TemplatePath(keys: "Globals", "Function", property))
            }
            return nil
        }
    }

    /// Every environment variable of every function; a serverless function has those of
    /// Globals too, unless it sets a variable of the same name itself.
    func environmentVariables() -> [Variable] {
        var variables: [Variable] = []
        let globalVariables = globals["Environment"]?["Variables"]?.mapping ?? Mapping()
        for function in functions {
            let own = function.properties["Environment"]?["Variables"]?.mapping ?? Mapping()
            let ownPath = TemplatePath(
                keys: "Resources", function.id, "Properties", "Environment", "Variables")
            for entry in own {
                variables.append(
                    Variable(
                        function: function.id, name: entry.key, value: entry.value,
                        path: ownPath.appending(entry.key)))
            }
            guard function.type == Self.serverless else { continue }
            let globalPath = TemplatePath(keys: "Globals", "Function", "Environment", "Variables")
            for entry in globalVariables where own[entry.key] == nil {
                variables.append(
                    Variable(
                        function: function.id, name: entry.key, value: entry.value,
                        path: globalPath.appending(entry.key)))
            }
        }
        return variables
    }
}
