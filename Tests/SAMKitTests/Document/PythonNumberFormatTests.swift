import Foundation
import Testing

@testable import SAMKit

@Suite struct PythonNumberFormatTests {
    /// Each value with the text Python 3.11's `repr` gives it.
    static let reprCases: [(Double, String)] = [
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (100.0, "100.0"),
        (0.1, "0.1"),
        (-2.5, "-2.5"),
        (1e-05, "1e-05"),
        (0.0001, "0.0001"),
        (0.00012, "0.00012"),
        (1e16, "1e+16"),
        (1e15, "1000000000000000.0"),
        (9.5e15, "9500000000000000.0"),
        (9_007_199_254_740_993.0, "9007199254740992.0"),
        (123_456_789_012_345_678.0, "1.2345678901234568e+17"),
        (1.5e300, "1.5e+300"),
        (Double.leastNonzeroMagnitude, "5e-324"),
        (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
        (1.0 / 3.0, "0.3333333333333333"),
        (2.5e-05, "2.5e-05"),
        (1e22, "1e+22"),
        (123.456, "123.456"),
        (-1e-07, "-1e-07"),
        (.infinity, "inf"),
        (-.infinity, "-inf"),
        (.nan, "nan"),
    ]

    @Test(arguments: reprCases)
    func reprMatchesPython(value: Double, expected: String) {
        #expect(PythonNumberFormat.repr(value) == expected)
    }

    static let jsonCases: [(Double, String)] = [
        (.infinity, "Infinity"),
        (-.infinity, "-Infinity"),
        (.nan, "NaN"),
        (1e16, "1e+16"),
        (2.0, "2.0"),
    ]

    @Test(arguments: jsonCases)
    func jsonSpellsNonFiniteValuesAsPythonDoes(value: Double, expected: String) {
        #expect(PythonNumberFormat.json(value) == expected)
    }

    static let intCases: [(Int, String)] = [
        (0, "0"), (7, "7"), (-42, "-42"), (Int.max, "9223372036854775807"),
        (Int.min, "-9223372036854775808"),
    ]

    @Test(arguments: intCases)
    func intsAreDecimal(value: Int, expected: String) {
        var bytes: [UInt8] = []
        PythonNumberFormat.appendInt(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    /// Compares a few thousand random bit patterns with the Python on this machine, which
    /// reaches the layouts a hand-written table misses.
    @Test(.enabled(if: PythonRunner.isAvailable))
    func randomValuesMatchPythonRepr() throws {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = []
        while values.count < 3000 {
            let value = Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator))
            if value.isFinite { values.append(value) }
        }
        // Values near the layout boundaries, whatever their digits.
        for exponent in -8...20 {
            for mantissa in [1.0, 1.5, 9.25, 9.999] {
                values.append(mantissa * pow(10.0, Double(exponent)))
            }
        }

        let input = values.map { String($0.bitPattern) }.joined(separator: "\n")
        let script = """
            import struct, sys
            for line in sys.stdin.read().split():
                print(repr(struct.unpack('<d', struct.pack('<Q', int(line)))[0]))
            """
        let expected = try PythonRunner.run(script, input: input).split(separator: "\n")
        try #require(expected.count == values.count)
        for (value, pythonText) in zip(values, expected) {
            #expect(PythonNumberFormat.repr(value) == String(pythonText), "\(value.bitPattern)")
        }
    }
}
