/// Finds CloudFormation dynamic references, `{{resolve:SERVICE:NAME}}` or
/// `{{resolve:SERVICE:NAME:VERSION}}`, in strings the transform must read itself.
enum DynamicReference {
    /// The names of the references to any of `services` in `text`, in order; a name is made
    /// of letters, digits and `_.-/`.
    static func names(in text: String, services: [String]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let opening = Array("{{resolve:".unicodeScalars)
        var names: [String] = []
        var start = 0
        while start + opening.count <= scalars.count {
            defer { start += 1 }
            guard scalars[start..<start + opening.count].elementsEqual(opening) else { continue }
            let afterOpening = start + opening.count
            for service in services {
                let prefix = Array((service + ":").unicodeScalars)
                guard afterOpening + prefix.count <= scalars.count,
                    scalars[afterOpening..<afterOpening + prefix.count].elementsEqual(prefix),
                    let name = name(in: scalars, from: afterOpening + prefix.count)
                else { continue }
                names.append(name)
                break
            }
        }
        return names
    }

    /// The name starting at `index` when a version and the closing `}}` follow it.
    private static func name(in scalars: [Unicode.Scalar], from index: Int) -> String? {
        var end = index
        while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
        guard end > index else { return nil }
        var close = end
        if close < scalars.count, scalars[close] == ":" {
            var digits = close + 1
            while digits < scalars.count, scalars[digits].properties.numericType == .decimal {
                digits += 1
            }
            if digits > close + 1 { close = digits }
        }
        guard close + 1 < scalars.count, scalars[close] == "}", scalars[close + 1] == "}" else {
            return nil
        }
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[index..<end])
        return name
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || ("0"..."9").contains(scalar) || "_.-/".unicodeScalars.contains(scalar)
    }
}
