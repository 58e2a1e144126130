import JicengBase

/// The primary prompt, and a continuation prompt of the same width that shows what is
/// still open, as psql does: `jiceng> ` then `     (> ` inside a bracket.
struct Prompt {
    let primaryText: String
    let style: ConsoleStyle

    var primary: String { readlineSafe(style.prompt(primaryText)) }

    func continuation(opener: String) -> String {
        let marker = opener + "> "
        let indent = max(0, DisplayWidth.of(primaryText) - DisplayWidth.of(marker))
        return readlineSafe(style.prompt(String(repeating: " ", count: indent) + marker))
    }

    /// Readline counts every byte of a prompt as a column unless the escape codes are
    /// fenced with \u{1} … \u{2}; without the fence long lines wrap in the wrong place.
    private func readlineSafe(_ text: String) -> String {
        guard style.enabled else { return text }
        return text.replacing("\u{1B}[", with: "\u{1}\u{1B}[")
            .replacing("m", with: "m\u{2}")
    }
}
