/// A calendar month such as 2025-03 (dues are paid per month), stored as
/// `year * 12 + month - 1` so months compare and step as integers.
public struct YearMonth: Hashable, Comparable, Sendable {
    public let index: Int32

    public init(index: Int32) { self.index = index }

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        index = Int32(year * 12 + month - 1)
    }

    /// Parses `YYYY-MM`.
    public init?(_ text: some StringProtocol) {
        let b = Array(text.utf8)
        guard b.count == 7, b[4] == UInt8(ascii: "-"),
              let y = Digits.value(b[0..<4]), let m = Digits.value(b[5..<7]) else { return nil }
        self.init(year: y, month: m)
    }

    public var year: Int { Int(index) / 12 }
    public var month: Int { Int(index) % 12 + 1 }
    public var quarter: Quarter { Quarter(year: year, quarter: (month - 1) / 3 + 1)! }
    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(year: year, month: month))! }

    public func adding(months: Int) -> YearMonth? {
        let (n, overflow) = Int(index).addingReportingOverflow(months)
        guard !overflow, n >= 12, n < 10000 * 12 else { return nil }
        return YearMonth(index: Int32(n))
    }

    public static func < (l: YearMonth, r: YearMonth) -> Bool { l.index < r.index }
}

extension YearMonth: CustomStringConvertible {
    public var description: String { Digits.padded(year, 4) + "-" + Digits.padded(month, 2) }
}

extension YearMonth: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let m = YearMonth(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a month (YYYY-MM): \(text)"))
        }
        self = m
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A quarter such as 2025Q1 (meetings are checked per quarter), stored as `year * 4 + q - 1`.
public struct Quarter: Hashable, Comparable, Sendable {
    public let index: Int32

    public init(index: Int32) { self.index = index }

    public init?(year: Int, quarter: Int) {
        guard (1...9999).contains(year), (1...4).contains(quarter) else { return nil }
        index = Int32(year * 4 + quarter - 1)
    }

    /// Parses `YYYYQn`.
    public init?(_ text: some StringProtocol) {
        let b = Array(text.utf8)
        guard b.count == 6, b[4] == UInt8(ascii: "Q"), let y = Digits.value(b[0..<4]), let q = Digits.value(b[5..<6])
        else { return nil }
        self.init(year: y, quarter: q)
    }

    public var year: Int { Int(index) / 4 }
    public var quarter: Int { Int(index) % 4 + 1 }
    public var firstMonth: YearMonth { YearMonth(year: year, month: (quarter - 1) * 3 + 1)! }
    public var lastMonth: YearMonth { firstMonth.adding(months: 2)! }
    public var firstDay: Day { firstMonth.firstDay }
    public var lastDay: Day { lastMonth.lastDay }

    public func contains(_ day: Day) -> Bool { day.quarter == self }

    public static func < (l: Quarter, r: Quarter) -> Bool { l.index < r.index }
}

extension Quarter: CustomStringConvertible {
    public var description: String { Digits.padded(year, 4) + "Q" + String(quarter) }
}
