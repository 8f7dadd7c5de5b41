extension PythonValue {
    /// Python's `==`: dictionaries compare without regard to order, `u'...'` and `'...'`
    /// strings alike, and `True == 1 == 1.0`.
    ///
    /// The reference decides with `==` and `in` whether a statement or a security
    /// requirement is already present; ``PythonValue``'s own `==` also compares the details
    /// that only `repr` shows.
    func pythonEquals(_ other: PythonValue) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.str(let left, _), .str(let right, _)): return left == right
        case (.list(let left), .list(let right)):
            return left.count == right.count
                && zip(left, right).allSatisfy { $0.pythonEquals($1) }
        case (.dict(let left), .dict(let right)):
            guard left.count == right.count else { return false }
            return left.items.allSatisfy { item in
                right[item.key].map { item.value.pythonEquals($0) } ?? false
            }
        default:
            guard let left = numericValue, let right = other.numericValue else { return false }
            return left == right
        }
    }

    private var numericValue: Double? {
        switch self {
        case .bool(let flag): flag ? 1 : 0
        case .int(let number): Double(number)
        case .float(let number): number
        default: nil
        }
    }
}

extension Array where Element == PythonValue {
    /// Python's `value in list`.
    func pythonContains(_ value: PythonValue) -> Bool {
        contains { $0.pythonEquals(value) }
    }
}
