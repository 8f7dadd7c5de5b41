import CYAML

/// Owns one libyaml emitter and collects what it writes, so that the C state is freed on every
/// path out of a write, thrown errors included.
///
/// An emitter writes one stream and cannot be reused; ``YAMLWriter`` makes one per document.
final class YAMLEmitter {
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private var isInitialized = false
    /// The bytes libyaml has written so far.
    private(set) var output: [UInt8] = []

    init(indent: Int) throws(Diagnostic) {
        emitter = .allocate(capacity: 1)
        guard yaml_emitter_initialize(emitter) != 0 else {
            throw Self.failure("libyaml could not set up an emitter")
        }
        isInitialized = true
        yaml_emitter_set_indent(emitter, Int32(indent))
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        output.reserveCapacity(4096)

        // libyaml calls back with this object as `data`; the emitter never outlives it.
        let context = Unmanaged.passUnretained(self).toOpaque()
        yaml_emitter_set_output(
            emitter,
            { data, buffer, size in
                guard let data, let buffer else { return 0 }
                let owner = Unmanaged<YAMLEmitter>.fromOpaque(data).takeUnretainedValue()
                owner.output.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, context)
    }

    deinit {
        if isInitialized { yaml_emitter_delete(emitter) }
        emitter.deallocate()
    }

    func streamStart() throws(Diagnostic) {
        try emit("stream start") { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
    }

    func streamEnd() throws(Diagnostic) {
        try emit("stream end") { yaml_stream_end_event_initialize(&$0) }
    }

    /// Starts a document with no `---` and no directives.
    func documentStart() throws(Diagnostic) {
        try emit("document start") {
            yaml_document_start_event_initialize(&$0, nil, nil, nil, 1)
        }
    }

    /// Ends a document with no `...`.
    func documentEnd() throws(Diagnostic) {
        try emit("document end") { yaml_document_end_event_initialize(&$0, 1) }
    }

    func mappingStart() throws(Diagnostic) {
        try emit("mapping start") {
            yaml_mapping_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE)
        }
    }

    func mappingEnd() throws(Diagnostic) {
        try emit("mapping end") { yaml_mapping_end_event_initialize(&$0) }
    }

    func sequenceStart() throws(Diagnostic) {
        try emit("sequence start") {
            yaml_sequence_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE)
        }
    }

    func sequenceEnd() throws(Diagnostic) {
        try emit("sequence end") { yaml_sequence_end_event_initialize(&$0) }
    }

    /// Writes an untagged scalar in `style`, or in a quoted style when libyaml finds `style`
    /// cannot hold `text`.
    func scalar(_ text: String, style: yaml_scalar_style_t) throws(Diagnostic) {
        var text = text
        let count = text.utf8.count
        guard count <= Int(Int32.max) else {
            throw Self.failure("a string of \(count) bytes is too long for libyaml")
        }
        // withUTF8 rethrows untyped errors, so the failure is carried out of it by hand.
        var failure: Diagnostic?
        text.withUTF8 { bytes in
            do throws(Diagnostic) {
                try emit("scalar") {
                    yaml_scalar_event_initialize(
                        &$0, nil, nil, bytes.baseAddress, Int32(count), 1, 1, style)
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// Builds an event with `initialize` and hands it to the emitter, which takes ownership of
    /// it whether or not emitting succeeds.
    private func emit(
        _ kind: String, _ initialize: (inout yaml_event_t) -> Int32
    ) throws(Diagnostic) {
        var event = yaml_event_t()
        guard initialize(&event) != 0 else {
            throw Self.failure("libyaml could not make a \(kind) event")
        }
        guard yaml_emitter_emit(emitter, &event) != 0 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown error"
            throw Self.failure("libyaml stopped at a \(kind) event: \(problem)")
        }
    }

    private static func failure(_ detail: String) -> Diagnostic {
        .error("Could not write YAML: \(detail).", rule: "yaml-emit", at: nil)
    }
}
