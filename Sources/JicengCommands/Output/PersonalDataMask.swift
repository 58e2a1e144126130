/// Masks an ID or phone number the way Chinese public notices do: an 18-digit ID keeps
/// its region code and last four (110105********1234), a phone number its first three
/// and last four (139****0000). Text already masked stays as it is.
enum PersonalDataMask {
    /// Texts this long or longer are ID numbers (15 or 18 characters) and keep their 6-digit region code.
    static let idNumberLength = 15
    static let idKeptHead = 6
    static let phoneKeptHead = 3
    static let keptTail = 4

    static func mask(_ text: String) -> String {
        let characters = Array(text)
        let n = characters.count
        let head: Int, tail: Int
        if n >= idNumberLength {
            (head, tail) = (idKeptHead, keptTail)
        } else if n >= phoneKeptHead + keptTail + 1 {
            (head, tail) = (phoneKeptHead, keptTail)
        } else {
            (head, tail) = (min(1, n), 0) // too short to keep more without giving it away
        }
        var masked = String(characters[0..<head])
        masked += String(repeating: "*", count: n - head - tail)
        masked += String(characters[(n - tail)...])
        return masked
    }
}
