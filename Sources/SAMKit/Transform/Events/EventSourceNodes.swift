/// The intrinsic functions event sources write into the resources they generate.
enum EventSourceNodes {
    /// `{"Ref": logicalId}`.
    static func ref(_ logicalId: String) -> Node {
        ["Ref": .string(logicalId)]
    }

    /// `{"Fn::GetAtt": [logicalId, attribute]}`.
    static func getAtt(_ logicalId: String, _ attribute: String = "Arn") -> Node {
        ["Fn::GetAtt": [.string(logicalId), .string(attribute)]]
    }

    /// `{"Fn::Sub": [text, variables]}`.
    static func sub(_ text: String, _ variables: Mapping) -> Node {
        ["Fn::Sub": [.string(text), .mapping(variables)]]
    }

    /// `{"Fn::If": [condition, value, {"Ref": "AWS::NoValue"}]}`: `value` only where the
    /// condition holds.
    static func onlyIf(_ condition: Node, _ value: Node) -> Node {
        ["Fn::If": [condition, value, ref("AWS::NoValue")]]
    }
}
