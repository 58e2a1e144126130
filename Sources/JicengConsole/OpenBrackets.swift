/// What is still open at the end of some source text — the innermost bracket or
/// quote — for the continuation prompt (`(> `, `"> `). Knows the full-width twins and
/// the Chinese quotes input methods type (“…”, 「…」) and skips `#` comments.
enum OpenBrackets {
    private static let closers: [Character: Character] = [
        "(": ")", "[": "]", "{": "}", "（": "）", "［": "］", "｛": "｝",
    ]
    private static let quotes: [Character: Character] = ["\"": "\"", "“": "”", "「": "」"]

    static func innermost(in text: String) -> String? {
        var open: [Character] = []
        var quote: (opener: Character, closer: Character)?
        var inComment = false
        for character in text {
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if let current = quote {
                if character == current.closer { quote = nil }
                continue
            }
            if character == "#" {
                inComment = true
            } else if let closer = quotes[character] {
                quote = (character, closer)
            } else if closers[character] != nil {
                open.append(character)
            } else if let last = open.last, closers[last] == character {
                open.removeLast()
            }
        }
        if let quote { return String(quote.opener) }
        return open.last.map { String($0) }
    }
}
