/// Writes diagnostics as GitHub Actions workflow commands,
/// `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::message`, which GitHub shows
/// as annotations on the lines of a pull request.
///
/// `info` becomes a `notice`. Text is escaped as the workflow-command syntax requires: `%`,
/// carriage return and line feed everywhere, and `:` and `,` in properties too.
public struct GitHubFormatter: ReportFormatter {
    public init() {}

    public func report(_ results: [ValidationResult]) -> String {
        var text = ""
        for result in results {
            for diagnostic in result.diagnostics {
                text += line(for: diagnostic, path: result.path) + "\n"
            }
        }
        return text
    }

    func line(for diagnostic: Diagnostic, path: String) -> String {
        let command: String
        switch diagnostic.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .info: command = "notice"
        }
        var properties = ["file=" + Self.escapeProperty(diagnostic.mark?.file.path ?? path)]
        if let mark = diagnostic.mark {
            properties.append("line=\(mark.start.line)")
            properties.append("col=\(mark.start.column)")
            if mark.end > mark.start {
                properties.append("endLine=\(mark.end.line)")
                if mark.end.line == mark.start.line {
                    properties.append("endColumn=\(mark.end.column)")
                }
            }
        }
        properties.append("title=" + Self.escapeProperty(diagnostic.rule))
        var message = diagnostic.message + " [\(diagnostic.rule)]"
        for note in diagnostic.notes {
            let place = note.mark.map { "\($0): " } ?? ""
            message += "\n\(place)note: \(note.message)"
        }
        return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))"
    }

    static func escapeData(_ text: String) -> String {
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    static func escapeProperty(_ text: String) -> String {
        var escaped = ""
        for character in escapeData(text).unicodeScalars {
            switch character {
            case ":": escaped += "%3A"
            case ",": escaped += "%2C"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
