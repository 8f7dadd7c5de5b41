import Glibc

/// A file that could not be read or written: samkit could not do its job, as opposed to a
/// template with problems in it.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "\(path): \(reason)"
    }
}

/// Whole-file reads and all-or-nothing writes, on the C library alone so that the tool starts
/// without loading Foundation.
public enum FileIO {
    /// The bytes of the file at `path`; `-` reads standard input.
    public static func read(_ path: String) throws(FileError) -> [UInt8] {
        if path == "-" { return try readAll(descriptor: 0, path: "<stdin>") }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileError(path: path, reason: lastError()) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            throw FileError(path: path, reason: "is a directory, not a template file")
        }
        return try readAll(descriptor: descriptor, path: path)
    }

    /// Writes `bytes` to `path` so that the file is either replaced whole or left as it was:
    /// the bytes go to a temporary file beside it, which is renamed over `path` only once it
    /// is complete.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let base = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array(
            "\(directory.isEmpty ? "/" : directory)/.\(base).samkit-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileError(path: path, reason: lastError()) }
        let temporary = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = write(
                    descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                written += result
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = lastError() }
        // mkstemp creates the file as 0600; an output file is ordinary text for its owner's
        // group and others to read, as one written by a shell redirection would be.
        if failure == nil && fchmod(descriptor, 0o644) != 0 { failure = lastError() }
        if close(descriptor) != 0 && failure == nil { failure = lastError() }
        if failure == nil && rename(temporary, path) != 0 { failure = lastError() }
        if let failure {
            unlink(temporary)
            throw FileError(path: path, reason: failure)
        }
    }

    private static func readAll(descriptor: Int32, path: String) throws(FileError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress, $0.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, reason: lastError())
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
