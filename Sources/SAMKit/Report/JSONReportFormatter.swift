/// Writes diagnostics as one JSON array of objects with the keys `file`, `line`, `column`,
/// `severity`, `rule` and `message`, for scripts and editor plugins.
///
/// `line` and `column` are 1-based, the column counting Unicode scalars; both are `null` for a
/// problem that belongs to no place in the file. Notes are not written.
public struct JSONReportFormatter: ReportFormatter {
    public init() {}

    public func report(_ results: [ValidationResult]) -> String {
        var items: [Node] = []
        for result in results {
            for diagnostic in result.diagnostics {
                var object = Mapping()
                object["file"] = .string(diagnostic.mark?.file.path ?? result.path)
                object["line"] = diagnostic.mark.map { Node(.int($0.start.line)) } ?? Node(.null)
                object["column"] =
                    diagnostic.mark.map { Node(.int($0.start.column)) } ?? Node(.null)
                object["severity"] = .string(diagnostic.severity.rawValue)
                object["rule"] = .string(diagnostic.rule)
                object["message"] = .string(diagnostic.message)
                items.append(.mapping(object))
            }
        }
        return Node.sequence(items).jsonText()
    }
}
