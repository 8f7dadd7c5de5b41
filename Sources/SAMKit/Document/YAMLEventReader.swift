import CYAML

/// One libyaml parse event, copied out of C memory into Swift values.
struct YAMLEvent {
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(anchor: String)
        case scalar(value: String, tag: String?, anchor: String?, plain: Bool)
        case sequenceStart(tag: String?, anchor: String?)
        case sequenceEnd
        case mappingStart(tag: String?, anchor: String?)
        case mappingEnd
    }

    var kind: Kind
    var start: SourcePosition
    var end: SourcePosition
}

/// Reads a document's bytes as a stream of libyaml events.
///
/// The one owner of a `yaml_parser_t`: it is created with the reader and freed in `deinit`,
/// so an early throw leaks nothing. libyaml's 0-based marks become 1-based here and nowhere
/// else.
final class YAMLEventReader {
    private var parser = yaml_parser_t()
    private let input: UnsafeMutableBufferPointer<UInt8>
    let file: SourceFile

    /// Starts reading `bytes`; a UTF-8 or UTF-16 byte-order mark is honoured by libyaml.
    init(bytes: [UInt8], file: SourceFile) throws(Diagnostic) {
        self.file = file
        // libyaml reads from the buffer during every parse call, so it needs a copy that lives
        // as long as the parser does.
        input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        guard yaml_parser_initialize(&parser) != 0 else {
            input.deallocate()
            throw Diagnostic.error(
                "could not start the YAML parser (out of memory)", rule: "load",
                at: SourceMark(file: file, line: 1, column: 1))
        }
        yaml_parser_set_input_string(&parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        input.deallocate()
    }

    /// The next event, or a located error when the bytes are not well-formed YAML.
    func next() throws(Diagnostic) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) != 0 else {
            throw parseError()
        }
        defer { yaml_event_delete(&event) }
        let start = position(event.start_mark)
        let end = position(event.end_mark)
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        case YAML_STREAM_END_EVENT:
            kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            kind = .documentStart
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value =
                scalar.value.map {
                    String(
                        decoding: UnsafeBufferPointer(start: $0, count: scalar.length),
                        as: UTF8.self)
                } ?? ""
            kind = .scalar(
                value: value, tag: string(scalar.tag), anchor: string(scalar.anchor),
                plain: scalar.plain_implicit != 0)
        case YAML_SEQUENCE_START_EVENT:
            let sequence = event.data.sequence_start
            kind = .sequenceStart(tag: string(sequence.tag), anchor: string(sequence.anchor))
        case YAML_SEQUENCE_END_EVENT:
            kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let mapping = event.data.mapping_start
            kind = .mappingStart(tag: string(mapping.tag), anchor: string(mapping.anchor))
        case YAML_MAPPING_END_EVENT:
            kind = .mappingEnd
        default:
            throw Diagnostic.error(
                "the YAML parser produced an event samkit does not know", rule: "load",
                at: SourceMark(file: file, start: start, end: end))
        }
        return YAMLEvent(kind: kind, start: start, end: end)
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// libyaml's own description of what went wrong, at its own position.
    private func parseError() -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML is not well-formed"
        if parser.error == YAML_READER_ERROR {
            // Reader errors (bad encoding) carry a byte offset instead of a mark.
            let at = positionOfByte(parser.problem_offset)
            var message = problem
            if parser.problem_value >= 0 && problem.contains("UTF-8") {
                message += " (byte 0x\(String(parser.problem_value, radix: 16)))"
            }
            return Diagnostic.error(
                "\(message); a template must be UTF-8 text", rule: "load",
                at: SourceMark(file: file, start: at, end: at))
        }
        let at = position(parser.problem_mark)
        var notes: [Diagnostic.Note] = []
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextAt = position(parser.context_mark)
            notes.append(
                Diagnostic.Note(
                    context, at: SourceMark(file: file, start: contextAt, end: contextAt)))
        }
        return Diagnostic.error(
            problem, rule: "load", at: SourceMark(file: file, start: at, end: at), notes: notes)
    }

    /// The line and column of a byte offset, counting columns in UTF-8 lead bytes so that they
    /// agree with libyaml's count of Unicode scalars.
    private func positionOfByte(_ offset: Int) -> SourcePosition {
        var line = 1
        var column = 1
        for byte in input.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
