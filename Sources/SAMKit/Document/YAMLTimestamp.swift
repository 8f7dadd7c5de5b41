/// YAML 1.1 timestamps, as the text the reference ends up with.
///
/// The reference's loader turns `2001-12-14` into a date and `2001-12-14 21:59:43.1 -5` into
/// a datetime, and its JSON step writes them with Python's `str()`. This produces that text:
/// `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS[.ffffff][+HH:MM]`.
enum YAMLTimestamp {
    /// The text Python prints for the timestamp in `bytes`, or `nil` when `bytes` is not a
    /// timestamp. A timestamp-shaped scalar whose fields are out of range (month 13, hour 25)
    /// stays the string it is: the reference fails on it, and the string is what the user wrote.
    static func pythonText(_ bytes: [UInt8]) -> String? {
        var scan = Scan(bytes: bytes)
        guard let year = scan.digits(4...4), scan.take(UInt8(ascii: "-")),
            let month = scan.digits(1...2), scan.take(UInt8(ascii: "-")),
            let day = scan.digits(1...2)
        else { return nil }
        if scan.atEnd {
            // The date-only form needs two-digit month and day.
            guard bytes.count == 10, isValidDate(year, month, day) else { return nil }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }

        // The time: a `T`, `t` or blanks, then H:MM:SS and an optional fraction.
        if !scan.take(UInt8(ascii: "T")) && !scan.take(UInt8(ascii: "t")) {
            guard scan.skipBlanks() > 0 else { return nil }
        }
        guard let hour = scan.digits(1...2), scan.take(UInt8(ascii: ":")),
            let minute = scan.digits(2...2), scan.take(UInt8(ascii: ":")),
            let second = scan.digits(2...2)
        else { return nil }
        var microsecond = 0
        if scan.take(UInt8(ascii: ".")) {
            // Python keeps microseconds: the first six digits, padded with zeros.
            let fraction = scan.digitBytes().prefix(6)
            var scaled = 0
            for byte in fraction { scaled = scaled * 10 + Int(byte - UInt8(ascii: "0")) }
            for _ in fraction.count..<6 { scaled *= 10 }
            microsecond = scaled
        }

        // The zone: blanks, then `Z` or a signed hour with optional minutes.
        scan.skipBlanks()
        var offsetMinutes: Int?
        if scan.take(UInt8(ascii: "Z")) {
            offsetMinutes = 0
        } else if let sign = scan.takeSign() {
            guard let zoneHour = scan.digits(1...2) else { return nil }
            var zoneMinute = 0
            if scan.take(UInt8(ascii: ":")) {
                guard let value = scan.digits(2...2) else { return nil }
                zoneMinute = value
            }
            offsetMinutes = sign * (zoneHour * 60 + zoneMinute)
        }
        guard scan.atEnd, isValidDate(year, month, day), hour < 24, minute < 60, second < 60
        else { return nil }

        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) "
        text += "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if microsecond != 0 { text += ".\(pad(microsecond, 6))" }
        if let offsetMinutes {
            guard abs(offsetMinutes) < 24 * 60 else { return nil }
            text += offsetMinutes < 0 ? "-" : "+"
            text += "\(pad(abs(offsetMinutes) / 60, 2)):\(pad(abs(offsetMinutes) % 60, 2))"
        }
        return text
    }

    private static func isValidDate(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard year >= 1, (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private struct Scan {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func takeSign() -> Int? {
            if take(UInt8(ascii: "+")) { return 1 }
            if take(UInt8(ascii: "-")) { return -1 }
            return nil
        }

        @discardableResult
        mutating func skipBlanks() -> Int {
            let start = index
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            return index - start
        }

        mutating func digitBytes() -> ArraySlice<UInt8> {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            return bytes[start..<index]
        }

        /// A run of decimal digits whose length is in `widths`, as a number.
        mutating func digits(_ widths: ClosedRange<Int>) -> Int? {
            let start = index
            var value = 0
            while index < bytes.count, index - start < widths.upperBound,
                (0x30...0x39).contains(bytes[index])
            {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard widths.contains(index - start) else {
                index = start
                return nil
            }
            return value
        }
    }
}
