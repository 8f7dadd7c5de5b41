import Glibc

var environment: [String: String] = [:]
var pointer = environ
while let entry = pointer.pointee {
    let text = String(cString: entry)
    if let equals = text.firstIndex(of: "=") {
        environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    pointer += 1
}

let tool = Samkit(console: Console(environment: environment))
exit(tool.run(Array(CommandLine.arguments.dropFirst())))
