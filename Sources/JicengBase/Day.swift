/// A calendar date (proleptic Gregorian), stored as days since 1970-01-01 so that
/// comparison, hashing and day arithmetic are single integer operations.
public struct Day: Hashable, Comparable, Sendable {
    public let ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// Returns nil for a date that does not exist (2025-02-30) or lies outside 0001–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(year: year, month: month) else { return nil }
        ordinal = Int32(Day.ordinal(year: year, month: month, day: day))
    }

    /// Parses `YYYY-MM-DD` exactly (the form of date literals and of the store).
    public init?(_ text: some StringProtocol) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = Digits.value(b[0..<4]), let m = Digits.value(b[5..<7]), let d = Digits.value(b[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// Civil-from-days (H. Hinnant's algorithm): exact over the whole range, no tables.
    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(ordinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var yearMonth: YearMonth { let c = components; return YearMonth(year: c.year, month: c.month)! }
    public var quarter: Quarter { yearMonth.quarter }

    public func adding(days: Int) -> Day? {
        // A script may ask for any count: past Int's range is outside the calendar too.
        let (n, overflow) = Int(ordinal).addingReportingOverflow(days)
        guard !overflow, n >= Day.minOrdinal, n <= Day.maxOrdinal else { return nil }
        return Day(ordinal: Int32(n))
    }

    /// The same day `count` months later, clamped to the month's end (01-31 + 1 month = 02-28).
    public func adding(months count: Int) -> Day? {
        let c = components
        guard let target = YearMonth(year: c.year, month: c.month)?.adding(months: count) else { return nil }
        return Day(year: target.year, month: target.month, day: min(c.day, Day.daysIn(year: target.year, month: target.month)))
    }

    public func adding(years count: Int) -> Day? {
        let (months, overflow) = count.multipliedReportingOverflow(by: 12)
        return overflow ? nil : adding(months: months)
    }

    /// Whole years from `self` to `later`, as ages are counted (the birthday itself counts).
    public func wholeYears(until later: Day) -> Int {
        let a = components, b = later.components
        var years = b.year - a.year
        if (b.month, b.day) < (a.month, a.day) { years -= 1 }
        return years
    }

    public static func < (l: Day, r: Day) -> Bool { l.ordinal < r.ordinal }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static let minOrdinal = ordinal(year: 1, month: 1, day: 1)
    static let maxOrdinal = ordinal(year: 9999, month: 12, day: 31)
}

extension Day: CustomStringConvertible {
    public var description: String {
        let c = components
        return Digits.padded(c.year, 4) + "-" + Digits.padded(c.month, 2) + "-" + Digits.padded(c.day, 2)
    }
}

extension Day: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date (YYYY-MM-DD): \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
