/// An exact decimal number for money and rates: `mantissa × 10^-scale`.
///
/// Binary floating point cannot hold 0.1 exactly, and party dues must come out to the
/// fen (3200 × 1% = 32.00), so money is a scaled integer. Every operation reports
/// overflow by returning nil instead of trapping: the language turns nil into a
/// located runtime error. The scale is kept (81.00 stays "81.00") until a caller rounds.
public struct ExactDecimal: Hashable, Sendable {
    public let mantissa: Int64
    public let scale: UInt8

    /// The largest scale kept; 18 digits after the point are all an Int64 can carry.
    public static let maxScale: UInt8 = 18
    /// Digits kept after the point when a division does not terminate (1 / 3).
    public static let divisionScale: UInt8 = 10

    public init(mantissa: Int64, scale: UInt8) {
        self.mantissa = mantissa
        self.scale = min(scale, ExactDecimal.maxScale)
    }

    public init(_ integer: Int64) { self.init(mantissa: integer, scale: 0) }

    /// Parses `-12.50`, `3`, `0.005`; nil for anything else or when it would overflow.
    public init?(_ text: some StringProtocol) {
        self.init(utf8: Substring(text).utf8)
    }

    /// The same from UTF-8 bytes (a store's loader reads amounts without making a String).
    @inlinable
    public init?<Bytes: Collection>(utf8 text: Bytes) where Bytes.Element == UInt8 {
        var bytes = text[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes = bytes.dropFirst() }
        var m: Int64 = 0
        var scale: UInt8 = 0
        var seenPoint = false, seenDigit = false
        for b in bytes {
            if b == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
                continue
            }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            seenDigit = true
            let (t, o1) = m.multipliedReportingOverflow(by: 10)
            let (s, o2) = t.addingReportingOverflow(Int64(b - UInt8(ascii: "0")))
            guard !o1, !o2 else { return nil }
            m = s
            if seenPoint {
                scale += 1
                guard scale <= ExactDecimal.maxScale else { return nil }
            }
        }
        guard seenDigit else { return nil }
        self.init(mantissa: negative ? -m : m, scale: scale)
    }

    public var isZero: Bool { mantissa == 0 }
    public var isNegative: Bool { mantissa < 0 }

    /// The value as a Double, for charts and averages only — never for money.
    public var doubleValue: Double { Double(mantissa) / ExactDecimal.pow10Double(scale) }

    /// Integer part when the value is whole.
    public var exactInteger: Int64? {
        let (q, r) = mantissa.quotientAndRemainder(dividingBy: ExactDecimal.pow10(scale))
        return r == 0 ? q : nil
    }

    /// The same value with `newScale` digits; rounds half away from zero (四舍五入), as money is rounded.
    public func rounded(scale newScale: UInt8) -> ExactDecimal? {
        if newScale >= scale { return ExactDecimal.rescale(self, to: newScale).map { ExactDecimal(mantissa: $0, scale: newScale) } }
        let divisor = ExactDecimal.pow10(scale - newScale)
        var (q, r) = mantissa.quotientAndRemainder(dividingBy: divisor)
        if r.magnitude * 2 >= divisor.magnitude { q += mantissa < 0 ? -1 : 1 }
        return ExactDecimal(mantissa: q, scale: newScale)
    }

    public static func + (l: ExactDecimal, r: ExactDecimal) -> ExactDecimal? { combine(l, r) { $0.addingReportingOverflow($1) } }
    public static func - (l: ExactDecimal, r: ExactDecimal) -> ExactDecimal? { combine(l, r) { $0.subtractingReportingOverflow($1) } }

    public static func * (l: ExactDecimal, r: ExactDecimal) -> ExactDecimal? {
        let (m, o) = l.mantissa.multipliedReportingOverflow(by: r.mantissa)
        guard !o else { return nil }
        let scale = Int(l.scale) + Int(r.scale)
        if scale <= Int(maxScale) { return ExactDecimal(mantissa: m, scale: UInt8(scale)) }
        return ExactDecimal(mantissa: m, scale: 0).shifted(by: scale)
    }

    /// Exact when the quotient terminates within `divisionScale` digits beyond the operands;
    /// otherwise rounded half away from zero at that scale. Nil for division by zero.
    public static func / (l: ExactDecimal, r: ExactDecimal) -> ExactDecimal? {
        guard r.mantissa != 0 else { return nil }
        let target = max(divisionScale, l.scale, r.scale)
        // l / r = (lm / 10^ls) / (rm / 10^rs) = lm * 10^(rs - ls + target) / rm  × 10^-target
        let shift = Int(r.scale) - Int(l.scale) + Int(target) + 1 // one guard digit for rounding
        guard shift >= 0, shift <= 36 else { return nil }
        let numerator = Int128(l.mantissa) * pow10Wide(shift)
        let (q10, last) = (numerator / Int128(r.mantissa)).quotientAndRemainder(dividingBy: 10)
        var q = q10
        if last.magnitude >= 5 { q += (numerator < 0) != (r.mantissa < 0) ? -1 : 1 }
        guard let m = Int64(exactly: q) else { return nil }
        return ExactDecimal(mantissa: m, scale: target).normalizedForDivision(minScale: max(l.scale, r.scale))
    }

    public prefix static func - (v: ExactDecimal) -> ExactDecimal? {
        let (m, o) = Int64(0).subtractingReportingOverflow(v.mantissa)
        return o ? nil : ExactDecimal(mantissa: m, scale: v.scale)
    }

    /// Drops trailing zeros a division introduced, keeping at least the operands' scale.
    private func normalizedForDivision(minScale: UInt8) -> ExactDecimal {
        var m = mantissa, s = scale
        while s > minScale, m % 10 == 0 { m /= 10; s -= 1 }
        return ExactDecimal(mantissa: m, scale: s)
    }

    /// Divides away the digits beyond maxScale, rounding (used when a product's scale overflows).
    private func shifted(by scale: Int) -> ExactDecimal? {
        let excess = scale - Int(ExactDecimal.maxScale)
        guard excess <= 18 else { return ExactDecimal(mantissa: 0, scale: ExactDecimal.maxScale) }
        let wide = ExactDecimal(mantissa: mantissa, scale: UInt8(excess))
        return wide.rounded(scale: 0).map { ExactDecimal(mantissa: $0.mantissa, scale: ExactDecimal.maxScale) }
    }

    private static func combine(_ l: ExactDecimal, _ r: ExactDecimal, _ op: (Int64, Int64) -> (partialValue: Int64, overflow: Bool)) -> ExactDecimal? {
        let scale = max(l.scale, r.scale)
        guard let a = rescale(l, to: scale), let b = rescale(r, to: scale) else { return nil }
        let (m, o) = op(a, b)
        return o ? nil : ExactDecimal(mantissa: m, scale: scale)
    }

    private static func rescale(_ v: ExactDecimal, to scale: UInt8) -> Int64? {
        guard scale > v.scale else { return v.mantissa }
        let (m, o) = v.mantissa.multipliedReportingOverflow(by: pow10(scale - v.scale))
        return o ? nil : m
    }

    static func pow10(_ n: UInt8) -> Int64 {
        var p: Int64 = 1
        for _ in 0..<n { p &*= 10 }
        return p
    }

    private static func pow10Double(_ n: UInt8) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }

    private static func pow10Wide(_ n: Int) -> Int128 {
        var p: Int128 = 1
        for _ in 0..<n { p *= 10 }
        return p
    }
}

extension ExactDecimal: Comparable {
    public static func < (l: ExactDecimal, r: ExactDecimal) -> Bool {
        let scale = max(l.scale, r.scale)
        if let a = rescale(l, to: scale), let b = rescale(r, to: scale) { return a < b }
        return l.doubleValue < r.doubleValue // only reached for magnitudes near Int64's limit
    }

    /// Equal values compare equal whatever their scale (1.5 == 1.50).
    public static func == (l: ExactDecimal, r: ExactDecimal) -> Bool { !(l < r) && !(r < l) }

    public func hash(into hasher: inout Hasher) {
        var m = mantissa, s = scale
        while s > 0, m % 10 == 0 { m /= 10; s -= 1 }
        hasher.combine(m)
        hasher.combine(s)
    }
}

extension ExactDecimal: CustomStringConvertible {
    public var description: String {
        guard scale > 0 else { return String(mantissa) }
        let digits = String(mantissa.magnitude)
        let width = Int(scale) + 1
        let padded = digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
        let cut = padded.index(padded.endIndex, offsetBy: -Int(scale))
        return (mantissa < 0 ? "-" : "") + padded[..<cut] + "." + padded[cut...]
    }
}

extension ExactDecimal: Codable {
    /// Stored as a JSON string ("81.00") so no JSON reader turns money into a float.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let v = ExactDecimal(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a decimal number: \(text)"))
        }
        self = v
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
