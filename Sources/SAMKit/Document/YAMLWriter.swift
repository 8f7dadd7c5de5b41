import CYAML

/// Writes a node tree as block-style YAML text through libyaml's emitter.
///
/// The text reads back as the same tree under the YAML 1.1 rules the reference transform
/// loads templates with. Intrinsic functions are written in their long form, as the mappings
/// they are in the tree (`Fn::GetAtt:`), never as `!` tags. A string is written plain only
/// when a conservative check finds nothing a YAML 1.1 reader could take for a boolean,
/// number, null, date, merge key or value key (`'true'`, `'123'`, `'0x1F'`, `'yes'`, `'~'`,
/// `'2020-01-01'`, `''`); otherwise it is single-quoted, or double-quoted where libyaml needs
/// escapes. A string with line breaks is written as a literal block (`|`) where libyaml can.
/// Floats are spelled as PyYAML spells them (`1.0e+16`, `.inf`, `.nan`), so they read back as
/// floats.
///
/// Sequences under a mapping key are written at the key's own indentation (`Key:` then
/// `- item`), which is how libyaml lays out block sequences and reads back the same.
public struct YAMLWriter: Sendable {
    /// Spaces per level of nesting.
    public var indentWidth: Int

    public init(indentWidth: Int = 2) {
        self.indentWidth = indentWidth
    }

    /// The YAML text of `node`, ending with a newline.
    ///
    /// - Throws: a ``Diagnostic`` when libyaml reports an error, such as a string too long
    ///   for it.
    public func text(for node: Node) throws(Diagnostic) -> String {
        let emitter = try YAMLEmitter(indent: indentWidth)
        try emitter.streamStart()
        try emitter.documentStart()
        try write(node, to: emitter)
        try emitter.documentEnd()
        try emitter.streamEnd()
        return String(decoding: emitter.output, as: UTF8.self)
    }

    private func write(_ node: Node, to emitter: YAMLEmitter) throws(Diagnostic) {
        switch node.content {
        case .null:
            try emitter.scalar("null", style: YAML_PLAIN_SCALAR_STYLE)
        case .bool(let flag):
            try emitter.scalar(flag ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE)
        case .int(let number):
            try emitter.scalar(String(number), style: YAML_PLAIN_SCALAR_STYLE)
        case .float(let number):
            try emitter.scalar(Self.floatText(number), style: YAML_PLAIN_SCALAR_STYLE)
        case .string(let text):
            try emitter.scalar(text, style: Self.style(for: text))
        case .sequence(let items):
            try emitter.sequenceStart()
            for item in items { try write(item, to: emitter) }
            try emitter.sequenceEnd()
        case .mapping(let map):
            try emitter.mappingStart()
            for entry in map.entries {
                try emitter.scalar(entry.key, style: Self.style(for: entry.key))
                try write(entry.value, to: emitter)
            }
            try emitter.mappingEnd()
        }
    }

    /// PyYAML's spelling of a float: Python's `repr`, with `.0` added to a bare exponent form
    /// because YAML 1.1 reads `1e+16` as a string.
    static func floatText(_ number: Double) -> String {
        if number.isNaN { return ".nan" }
        if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
        let text = PythonNumberFormat.repr(number)
        guard !text.contains("."), let exponent = text.firstIndex(of: "e") else { return text }
        return text[..<exponent] + ".0" + text[exponent...]
    }

    private static func style(for text: String) -> yaml_scalar_style_t {
        if text.utf8.contains(UInt8(ascii: "\n")) { return YAML_LITERAL_SCALAR_STYLE }
        return YAMLPlainScalarCheck.isSafe(text)
            ? YAML_PLAIN_SCALAR_STYLE
            : YAML_SINGLE_QUOTED_SCALAR_STYLE
    }
}

extension Node {
    /// This tree as block-style YAML text; see ``YAMLWriter``.
    ///
    /// - Throws: a ``Diagnostic`` when libyaml reports an error.
    public func yamlText() throws(Diagnostic) -> String {
        try YAMLWriter().text(for: self)
    }
}
