/// A REST API's authorizers, in the order the reference iterates them (a Python 2.7
/// dictionary of their names).
struct ApiAuthorizerSet {
    struct Entry {
        var name: String
        /// Whether the name came from the template, so that its `repr` reads `u'...'`.
        var unicode: Bool
        var authorizer: ApiAuthorizer
    }

    private var names = PythonDict(py27: true)
    private var byName: [String: Entry] = [:]

    var entries: [Entry] { names.keys.compactMap { byName[$0] } }
    var isEmpty: Bool { byName.isEmpty }

    subscript(name: String) -> ApiAuthorizer? { byName[name]?.authorizer }

    private mutating func add(_ entry: Entry) {
        names.set(entry.name, .none, unicode: entry.unicode)
        byName[entry.name] = entry
    }

    /// The authorizers of `Auth.Authorizers`, preceded by the `AWS_IAM` one when
    /// `defaultAuthorizer` is `AWS_IAM`; `nil` when there are none.
    static func read(_ configuration: PythonValue?, defaultAuthorizer: PythonValue? = nil)
        throws(SwaggerProblem) -> ApiAuthorizerSet?
    {
        var set = ApiAuthorizerSet()
        if let defaultAuthorizer, defaultAuthorizer.string == "AWS_IAM" {
            set.add(
                Entry(
                    name: "AWS_IAM", unicode: SwaggerEditor.isUnicode(defaultAuthorizer),
                    authorizer: ApiAuthorizer(awsIamNamed: "AWS_IAM")))
        }
        guard let configuration, configuration.isTruthy else {
            return set.isEmpty ? nil : set
        }
        guard let dict = configuration.dict else {
            throw SwaggerProblem("'Auth.Authorizers' must be a mapping of authorizer names")
        }
        for item in dict.items {
            guard let settings = item.value.dict else {
                throw SwaggerProblem("'Auth.Authorizers.\(item.key)' must be a mapping")
            }
            set.add(
                Entry(
                    name: item.key, unicode: item.unicodeKey,
                    authorizer: try ApiAuthorizer(name: item.key, configuration: settings)))
        }
        return set
    }
}
