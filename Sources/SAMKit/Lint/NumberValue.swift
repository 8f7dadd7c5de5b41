/// Numbers as CloudFormation accepts them: an integer, or a string of one.
enum NumberValue {
    /// The integer `node` holds, or `nil` for anything else, such as an intrinsic function
    /// whose value is known only at deployment.
    static func integer(_ node: Node) -> Int? {
        switch node.content {
        case .int(let number): number
        case .float(let number) where number == number.rounded() && abs(number) < 1e15:
            Int(number)
        case .string(let text): Int(text)
        default: nil
        }
    }
}
