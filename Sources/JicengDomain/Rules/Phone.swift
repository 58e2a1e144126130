/// Mainland Chinese phone numbers, read forgivingly: staff copy them from forms, Excel and
/// chat, with spaces, dashes, brackets, full-width digits, a +86 in front, an extension,
/// or a mobile and a landline together. What must hold is that each one dials:
///
/// - a mobile: 11 digits, 1 then 3–9 (13x–19x), optionally after +86 or 0086;
/// - a landline: a local number of 7–8 digits not starting with 0 or 1, after an area
///   code (010 and 02x, or 0 and three digits: 0931) or alone, optionally followed by an
///   extension of 1–6 digits (after 转, 分机, ext, x, or a last dash: 0931-8123456-801).
///
/// Several numbers in one field are separated by / 、 , ， ; ；.
public enum Phone {
    /// The digits of a mobile number (China Mobile, Unicom, Telecom: 13x–19x).
    static let mobileDigits = 11
    /// Local landline numbers have 7 or 8 digits (GB/T 《电信网编号计划》).
    static let localDigits = 7...8
    /// An extension (分机) has at most 6 digits.
    static let extensionDigits = 1...6
    /// What separates several numbers in one field.
    static let listSeparators: Set<Character> = ["/", "、", ",", "，", ";", "；"]
    /// What may sit between the digits of one number and is dropped.
    static let spacers: Set<Character> = [" ", "\u{3000}", "-", "－", "—", "(", ")", "（", "）", "."]
    /// Words that start an extension.
    static let extensionMarks = ["转", "分机", "ext.", "ext", "x", "X"]
    /// International prefixes of China before a mobile number.
    static let countryPrefixes = ["+86", "＋86", "0086"]

    /// Whether every number in the field dials (an empty field is fine: no phone known).
    public static func isValid(_ field: String) -> Bool {
        let numbers = field.split(whereSeparator: listSeparators.contains)
        guard !numbers.isEmpty || field.allSatisfy(\.isWhitespace) else { return false }
        return numbers.allSatisfy { isValidNumber(String($0)) }
    }

    /// One number: a mobile, or a landline with or without its area code and extension.
    static func isValidNumber(_ text: String) -> Bool {
        var text = text.trimmingCharacters(in: spacers)
        guard !text.isEmpty else { return false }
        for prefix in countryPrefixes where text.hasPrefix(prefix) {
            return isMobile(digits(String(text.dropFirst(prefix.count))))
        }
        // An extension after a word: 0931-8123456转801.
        for mark in extensionMarks {
            if let r = text.firstRange(of: mark), let ext = digits(String(text[r.upperBound...])) {
                guard extensionDigits.contains(ext.count) else { return false }
                text = String(text[..<r.lowerBound])
                return isLandline(digits(text))
            }
        }
        let whole = digits(text)
        if isMobile(whole) || isLandline(whole) { return true }
        // An extension after a last dash, when the rest is a landline with its area code: 0931-8123456-801.
        let groups = text.split(whereSeparator: { $0 == "-" || $0 == "－" })
        guard groups.count >= 3, let ext = digits(String(groups.last!)), extensionDigits.contains(ext.count),
              let rest = digits(groups.dropLast().joined()), rest.first == "0" else { return false }
        return isLandline(rest)
    }

    static func isMobile(_ d: String?) -> Bool {
        guard let d, d.count == mobileDigits else { return false }
        let b = Array(d.utf8)
        return b[0] == UInt8(ascii: "1") && b[1] >= UInt8(ascii: "3")
    }

    static func isLandline(_ d: String?) -> Bool {
        guard let d else { return false }
        var local = Substring(d)
        if d.hasPrefix("0") {
            let areaDigits = d.hasPrefix("010") || d.hasPrefix("02") ? 3 : 4
            local = d.dropFirst(areaDigits)
        }
        guard localDigits.contains(local.count), let first = local.first else { return false }
        return first != "0" && first != "1"
    }

    /// The text's digits, with spacers dropped and full-width digits read as digits;
    /// nil when anything else is in it.
    static func digits(_ text: String) -> String? {
        var out = ""
        for c in text where !spacers.contains(c) {
            guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
            if ("0"..."9").contains(s) {
                out.unicodeScalars.append(s)
            } else if ("０"..."９").contains(s) {
                out.unicodeScalars.append(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)
            } else {
                return nil
            }
        }
        return out.isEmpty ? nil : out
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) || f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, set.contains(l) || l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
