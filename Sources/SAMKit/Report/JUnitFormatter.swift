/// Writes diagnostics as JUnit XML, which CI systems show as test reports: one test suite per
/// template, one failing test case per problem, and a passing case for a clean template.
public struct JUnitFormatter: ReportFormatter {
    public init() {}

    public func report(_ results: [ValidationResult]) -> String {
        let total = results.reduce(0) { $0 + max(1, $1.diagnostics.count) }
        let failures = results.reduce(0) { $0 + $1.diagnostics.count }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"samkit validate\" tests=\"\(total)\" "
        xml += "failures=\"\(failures)\">\n"
        for result in results {
            let path = Self.escape(result.path)
            let count = result.diagnostics.count
            xml += "  <testsuite name=\"\(path)\" tests=\"\(max(1, count))\" "
            xml += "failures=\"\(count)\">\n"
            if result.diagnostics.isEmpty {
                xml += "    <testcase classname=\"\(path)\" name=\"no problems\"/>\n"
            }
            for diagnostic in result.diagnostics {
                let place = diagnostic.mark.map { "\($0.start.line):\($0.start.column)" } ?? "-"
                let name = Self.escape("\(diagnostic.rule) at \(place)")
                let message = Self.escape(diagnostic.message)
                let body = Self.escape(
                    TextFormatter().lines(for: diagnostic).joined(separator: "\n"))
                xml += "    <testcase classname=\"\(path)\" name=\"\(name)\">\n"
                xml += "      <failure type=\"\(diagnostic.severity.rawValue)\" "
                xml += "message=\"\(message)\">\(body)</failure>\n"
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    /// Text as XML character data or an attribute value; control characters that XML 1.0
    /// cannot carry become spaces.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\n": escaped += "&#10;"
            case "\t": escaped += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    escaped += " "
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped
    }
}
