/// Masks personal data (idcard, phone) for output: only enough is shown to tell
/// records apart, as the audit trail and every report must.
public enum Privacy {
    /// Characters kept at each end of an identity number (region and check digits).
    static let idcardKeep = (head: 6, tail: 4)
    /// Characters kept at each end of a phone number (carrier prefix and last four).
    static let phoneKeep = (head: 3, tail: 4)

    /// 110105********002X
    public static func maskIDCard(_ s: String) -> String { mask(s, keep: idcardKeep) }
    /// 139****0000
    public static func maskPhone(_ s: String) -> String { mask(s, keep: phoneKeep) }

    /// Masks a value of a personal field by its name; other text passes through.
    public static func mask(field: String, _ value: String) -> String {
        switch field {
        case "idcard": maskIDCard(value)
        case "phone": maskPhone(value)
        case "address", "requester": value.isEmpty ? value : String(value.prefix(max(1, value.count / 3))) + "***"
        default: value
        }
    }

    // MARK: Numbers in free text

    /// Shorter digit runs (dates, codes, amounts, counts) are kept.
    public static let shortestPersonalNumber = 11
    /// A run this long is an ID number (15 or 18 characters); a shorter one a phone number.
    static let idNumberLength = 15

    /// Masks every run of digits long enough to be a phone or ID number (an ID number's
    /// may end in X) in text that is not a field: the command text the journal keeps,
    /// an error quoting what a script or a CSV row wrote. Full-width digits (typed with
    /// a Chinese input method) count too. The text keeps its length in characters, in
    /// UTF-8 bytes and in terminal columns, so carets under a quoted line still line up.
    public static func maskNumbers(in text: String) -> String {
        guard text.utf8.count >= shortestPersonalNumber else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var run: [Character] = []
        func flush() {
            if run.count >= shortestPersonalNumber {
                let keep = run.count >= idNumberLength ? idcardKeep : phoneKeep
                for (i, c) in run.enumerated() {
                    out.append(i < keep.head || i >= run.count - keep.tail ? c : (c.isASCII ? "*" : "＊"))
                }
            } else {
                out.append(contentsOf: run)
            }
            run.removeAll(keepingCapacity: true)
        }
        for c in text {
            if isDigit(c) || ((c == "X" || c == "x" || c == "Ｘ") && !run.isEmpty) {
                run.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }

    /// 0–9, ASCII or full-width (not Chinese numerals, which no ID or phone number uses).
    private static func isDigit(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    static func mask(_ s: String, keep: (head: Int, tail: Int)) -> String {
        let chars = Array(s)
        guard chars.count > keep.head + keep.tail else { return String(repeating: "*", count: chars.count) }
        return String(chars[..<keep.head]) + String(repeating: "*", count: chars.count - keep.head - keep.tail)
            + String(chars[(chars.count - keep.tail)...])
    }
}
