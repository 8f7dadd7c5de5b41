import Glibc

/// Standard output and standard error, and whether each is a terminal that may be coloured.
struct Console {
    let environment: [String: String]

    /// Results: templates, findings, listings.
    func out(_ text: String) {
        write(text, to: 1)
    }

    /// Problems and progress.
    func err(_ text: String) {
        write(text, to: 2)
    }

    /// Colour only for a terminal, and never when `NO_COLOR` is set to anything non-empty.
    func colored(descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
            && environment["TERM"] != "dumb"
    }

    func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    private func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(
                    descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
