/// The language the user reads: diagnostics, refusals and help are written in it. The
/// host chooses (the CLI from `--lang zh|en`, else LC_ALL, LC_MESSAGES or LANG).
public enum MessageLanguage: String, Sendable, CaseIterable {
    case english, chinese
}

/// What a module's message catalogue is: an enum with a case per message, its typed
/// arguments as associated values, and both texts written side by side in one switch
/// (`SyntaxMessage` in the language engine, `RuleMessage` in the domain, …).
public protocol MessageText: Sendable {
    func text(_ language: MessageLanguage) -> String
}

/// A message as diagnostics and refusals carry it: a catalogue case (or a host's own
/// pair of texts), rendered in the reader's language only when it is shown — so a
/// message costs nothing in either language until something actually goes wrong and is
/// printed, and the language can be chosen by whoever prints it.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    private let content: any MessageText

    public init(_ content: some MessageText) { self.content = content }

    /// A host's own message, in both languages.
    public init(english: String, chinese: String) { content = Pair(english: english, chinese: chinese) }

    /// Text that reads the same in both languages: what the user wrote (an assertion's
    /// message), a code, or an error text from the system.
    public init(verbatim text: String) { content = Pair(english: text, chinese: text) }

    public func text(_ language: MessageLanguage) -> String { content.text(language) }

    public var english: String { text(.english) }
    public var chinese: String { text(.chinese) }
    public var description: String { english }

    public static func == (a: Message, b: Message) -> Bool { a.english == b.english && a.chinese == b.chinese }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(english)
        hasher.combine(chinese)
    }

    private struct Pair: MessageText {
        let english: String
        let chinese: String
        func text(_ language: MessageLanguage) -> String { language == .chinese ? chinese : english }
    }
}

extension MessageLanguage {
    /// The text in this language, of the two a catalogue case writes side by side; only
    /// the one chosen is built.
    @inline(__always)
    public func pick(_ english: @autoclosure () -> String, _ chinese: @autoclosure () -> String) -> String {
        self == .chinese ? chinese() : english()
    }

    /// `'a', 'b' or 'c'` / `'a'、'b' 或 'c'` (with `and`: `and` / `和`).
    public func list(_ items: [String], and: Bool = false) -> String {
        guard items.count > 1 else { return items.joined() }
        let last = self == .chinese ? (and ? " 和 " : " 或 ") : (and ? " and " : " or ")
        return items.dropLast().joined(separator: self == .chinese ? "、" : ", ") + last + items.last!
    }

    /// Pieces of a Chinese sentence joined as Chinese is set: one space between Chinese
    /// and Latin text (`应为 ')'`), none between two Chinese characters (`应为表达式`) or
    /// next to full-width punctuation (`')'，但`).
    public static func chineseJoined(_ parts: String...) -> String {
        var out = ""
        for part in parts where !part.isEmpty {
            if let last = out.unicodeScalars.last, let first = part.unicodeScalars.first,
               last.isASCII || first.isASCII, last != " ", first != " ",
               !isFullWidthPunctuation(last), !isFullWidthPunctuation(first) {
                out += " "
            }
            out += part
        }
        return out
    }

    private static func isFullWidthPunctuation(_ s: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(s.value) || (0xFF00...0xFF0F).contains(s.value) || (0xFF1A...0xFF20).contains(s.value)
    }

    /// Whether `text` reads as Chinese: it has at least one CJK ideograph. Tests use it
    /// to find a catalogue message whose Chinese was left in English.
    public static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
