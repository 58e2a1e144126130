import JicengBase

/// Text made safe and short enough for a terminal cell: no control characters (a newline
/// would break the row, an ESC from the data could drive the terminal), cut with `…`.
enum TerminalText {
    static let ellipsis: Character = "…"

    /// Tabs and line breaks become spaces; other control characters U+FFFD.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) {
                out.append(scalar)
            } else if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                out.append(" ")
            } else {
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    /// The text cut to at most `width` columns, ending in `…` when cut.
    static func truncated(_ text: String, toWidth width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            let w = character.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
            if used + w > width - 1 { break }
            kept.append(character)
            used += w
        }
        kept.append(ellipsis)
        return kept
    }

    /// Sanitized and truncated: the text a cell shows.
    static func cell(_ text: String, maxWidth: Int) -> String {
        truncated(sanitized(text), toWidth: maxWidth)
    }

    static func appendSpaces(_ count: Int, to out: inout String) {
        guard count > 0 else { return }
        out.append(String(repeating: " ", count: count))
    }

    /// Appends `text` padded with spaces to `width` columns on the side alignment asks for.
    static func appendPadded(_ text: String, width: Int, textWidth: Int, alignment: ColumnAlignment, to out: inout String) {
        if alignment == .right { appendSpaces(width - textWidth, to: &out) }
        out.append(text)
        if alignment == .left { appendSpaces(width - textWidth, to: &out) }
    }

    private static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F..<0xA0).contains(s.value)
    }
}
