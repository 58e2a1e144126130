import JicengBase

/// Resident identity numbers (GB 11643-1999): 6 digits of region, 8 of birth date,
/// 3 of sequence (odd for men, even for women) and a check character.
public enum IDCard {
    /// Weights of the first 17 digits in the checksum.
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// Check character for each value of (weighted sum mod 11).
    static let checkCharacters: [UInt8] = Array("10X98765432".utf8)

    public enum Problem: Equatable, Sendable {
        case length, notDigits, checksum(expected: Character), birthDate
    }

    /// Nil when the number is well formed: 18 characters, a valid check character and a real date.
    public static func problem(_ number: String) -> Problem? {
        let b = Array(number.utf8)
        guard b.count == 18 else { return .length }
        var sum = 0
        for i in 0..<17 {
            guard b[i] >= 48, b[i] <= 57 else { return .notDigits }
            sum += Int(b[i] - 48) * weights[i]
        }
        let expected = checkCharacters[sum % 11]
        let last = b[17] == UInt8(ascii: "x") ? UInt8(ascii: "X") : b[17]
        guard last == expected else { return .checksum(expected: Character(Unicode.Scalar(expected))) }
        return birthDate(number) == nil ? .birthDate : nil
    }

    public static func isValid(_ number: String) -> Bool { problem(number) == nil }

    /// The check character that completes 17 digits (GB 11643-1999), so generators and
    /// tools make valid numbers with the same weights the check uses; nil unless 17 digits.
    public static func checkCharacter(forFirst17 digits: String) -> Character? {
        let b = Array(digits.utf8)
        guard b.count == 17, b.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        var sum = 0
        for i in 0..<17 { sum += Int(b[i] - 48) * weights[i] }
        return Character(Unicode.Scalar(checkCharacters[sum % 11]))
    }

    /// Digits 7–14 read as a date.
    public static func birthDate(_ number: String) -> Day? {
        let b = Array(number.utf8)
        guard b.count == 18 else { return nil }
        return Day(String(decoding: b[6..<10], as: UTF8.self) + "-" + String(decoding: b[10..<12], as: UTF8.self)
                   + "-" + String(decoding: b[12..<14], as: UTF8.self))
    }

    /// The parity of digit 17: odd for men, even for women.
    public static func gender(_ number: String) -> Gender? {
        let b = Array(number.utf8)
        guard b.count == 18, b[16] >= 48, b[16] <= 57 else { return nil }
        return (b[16] - 48) % 2 == 1 ? .male : .female
    }
}
