/// Why a Swagger or OpenAPI definition could not be edited; the caller says which resource.
struct SwaggerProblem: Error, Sendable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
