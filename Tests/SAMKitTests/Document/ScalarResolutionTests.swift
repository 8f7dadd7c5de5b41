import Testing

@testable import SAMKit

/// Plain scalars typed by YAML 1.1 rules. Every expectation is what PyYAML 6.0.3's
/// `yaml.safe_load` followed by `json.dumps(default=str)` gives for `v: <scalar>`.
@Suite struct ScalarResolutionTests {
    static let booleans: [(String, Node)] = [
        ("yes", true), ("Yes", true), ("YES", true),
        ("no", false), ("No", false), ("NO", false),
        ("true", true), ("True", true), ("TRUE", true),
        ("false", false), ("False", false), ("FALSE", false),
        ("on", true), ("On", true), ("ON", true),
        ("off", false), ("Off", false), ("OFF", false),
        // Near misses stay strings.
        ("y", "y"), ("Y", "Y"), ("n", "n"), ("N", "N"),
        ("yES", "yES"), ("tRUE", "tRUE"), ("oN", "oN"),
        ("'True '", "True "), ("True ", true),
    ]

    @Test(arguments: booleans)
    func booleansHaveEighteenSpellings(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text).content == expected.content)
    }

    static let nulls: [(String, Node)] = [
        ("~", nil), ("null", nil), ("Null", nil), ("NULL", nil), ("", nil),
        ("nULL", "nULL"), ("'~'", "~"), ("\"\"", ""),
    ]

    @Test(arguments: nulls)
    func nullsAndNearMisses(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text).content == expected.content)
    }

    static let integers: [(String, Node)] = [
        ("0", 0), ("12", 12), ("+12", 12), ("-12", -12), ("00", 0), ("+0", 0), ("-0", 0),
        ("1_000", 1000), ("-1_000", -1000),
        ("0b101", 5), ("-0b101", -5), ("0b1_0", 2), ("0b", "0b"),
        ("0x1F", 31), ("0x_1f", 31), ("-0x1F", -31), ("0x", "0x"),
        ("017", 15), ("-017", -15), ("0_17", 15), ("012345", 5349),
        ("08", "08"), ("0o17", "0o17"),
        ("1:30", 90), ("-1:30", -90), ("190:20:30", 685_230), ("1:60", "1:60"),
        ("9223372036854775807", 9_223_372_036_854_775_807),
        ("-9223372036854775808", Node(.int(Int.min))),
    ]

    @Test(arguments: integers)
    func integersInEveryBase(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text).content == expected.content)
    }

    static let floats: [(String, Node)] = [
        ("1.5", 1.5), ("+1.5", 1.5), ("1.", 1.0), (".5", 0.5), ("-1_0.5_", -10.5),
        ("1_000.0", 1000.0), ("6.02e+23", 6.02e+23), ("6.02E-3", 0.00602),
        ("1.5e3", "1.5e3"), ("1e5", "1e5"), ("1.0e5", "1.0e5"),
        ("+.5", "+.5"), ("-.5", "-.5"), ("1.2.3", "1.2.3"), (".", "."),
        (".inf", Node(.float(.infinity))), (".Inf", Node(.float(.infinity))),
        (".INF", Node(.float(.infinity))), ("+.inf", Node(.float(.infinity))),
        ("-.Inf", Node(.float(-.infinity))), ("-.nan", "-.nan"),
        ("1:30.5", 90.5), ("-1:30.5", -90.5),
    ]

    @Test(arguments: floats)
    func floatsNeedADotAndASignedExponent(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text).content == expected.content)
    }

    @Test(arguments: [".NaN", ".nan", ".NAN"])
    func notANumber(text: String) throws {
        let value = try LoaderProbe.value(text)
        guard case .float(let number) = value.content else {
            Issue.record("'\(text)' loaded as \(value.content)")
            return
        }
        #expect(number.isNaN)
    }

    /// Timestamps become the text Python's `str()` gives the date or datetime.
    static let timestamps: [(String, Node)] = [
        ("2020-01-01", "2020-01-01"),
        ("2020-02-29", "2020-02-29"),
        ("2020-1-1", "2020-1-1"),
        ("2020-1-1 1:02:03", "2020-01-01 01:02:03"),
        ("2020-01-01T01:02:03", "2020-01-01 01:02:03"),
        ("2020-01-01t1:02:03", "2020-01-01 01:02:03"),
        ("2020-01-01 00:00:00.000000", "2020-01-01 00:00:00"),
        ("2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.100000-05:00"),
        ("2001-12-14 21:59:43.10 -5", "2001-12-14 21:59:43.100000-05:00"),
        ("2020-01-01T00:00:00Z", "2020-01-01 00:00:00+00:00"),
        ("2020-01-01 00:00:00 Z", "2020-01-01 00:00:00+00:00"),
        ("2020-01-01T00:00:00.5Z", "2020-01-01 00:00:00.500000+00:00"),
        ("2020-01-01T00:00:00.1234567Z", "2020-01-01 00:00:00.123456+00:00"),
        ("2020-01-01T00:00:00+01", "2020-01-01 00:00:00+01:00"),
    ]

    @Test(arguments: timestamps)
    func timestampsReadAsPythonPrintsThem(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text).content == expected.content)
    }

    /// The reference fails on these ("month must be in 1..12"); samkit keeps what was written.
    @Test(arguments: ["2020-13-01", "2020-02-30", "2021-02-29", "2020-01-01T25:00:00"])
    func outOfRangeTimestampsStayStrings(text: String) throws {
        #expect(try LoaderProbe.value(text).content == .string(text))
    }

    static let quotedAndBlock: [(String, Node)] = [
        ("'true'", "true"), ("\"123\"", "123"), ("'1.5'", "1.5"), ("\"null\"", "null"),
        ("''", ""), ("'2020-01-01'", "2020-01-01"),
        ("|\n  a\n  b", "a\nb"), (">\n  a\n  b", "a b"), ("|-\n  123", "123"),
        (">\n  true", "true"),
        // The non-specific tag `!` asks for ordinary resolution, even of a quoted scalar.
        ("! 123", 123), ("! \"123\"", 123),
    ]

    @Test(arguments: quotedAndBlock)
    func quotedAndBlockScalarsAreStrings(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text).content == expected.content)
    }

    static let coreTags: [(String, Node)] = [
        ("!!str 123", "123"), ("!!str", ""), ("!!int \"12\"", 12), ("!!int 0x1F", 31),
        ("!!int 1_000", 1000), ("!!float 1", 1.0), ("!!float .inf", Node(.float(.infinity))),
        ("!!bool yes", true), ("!!null x", nil), ("!!seq [1]", [1]), ("!!map {a: 1}", ["a": 1]),
    ]

    @Test(arguments: coreTags)
    func explicitCoreTags(text: String, expected: Node) throws {
        #expect(try LoaderProbe.value(text) == expected)
    }

    static let badScalars: [(String, String)] = [
        (
            "9223372036854775808",
            "t.yaml:1:4: error: the integer '9223372036854775808' does not fit in 64 bits; "
                + "quote it to keep it as text"
        ),
        (
            "0x10000000000000000",
            "t.yaml:1:4: error: the integer '0x10000000000000000' does not fit in 64 bits; "
                + "quote it to keep it as text"
        ),
        ("!!int abc", "t.yaml:1:4: error: 'abc' is tagged !!int but is not an integer"),
        ("!!float abc", "t.yaml:1:4: error: 'abc' is tagged !!float but is not a number"),
        ("!!bool x", "t.yaml:1:4: error: 'x' is tagged !!bool but is not a boolean"),
    ]

    @Test(arguments: badScalars)
    func scalarsTheTreeCannotHoldAreLocatedErrors(text: String, expected: String) {
        #expect(LoaderProbe.failure("v: " + text) == expected)
    }

    /// Keys take the JSON spelling of the value they resolve to.
    static let keys: [(String, String)] = [
        ("1: a", "1"), ("true: a", "true"), ("null: a", "null"), ("~: a", "null"),
        ("1.5: a", "1.5"), (".inf: a", "Infinity"), ("0x1F: a", "31"), ("! \"123\": a", "123"),
    ]

    @Test(arguments: keys)
    func nonStringKeysBecomeTheirJSONText(text: String, key: String) throws {
        #expect(try LoaderProbe.root(text) == [key: "a"])
    }
}
