/// The language of headers, titles and the words the renderers add themselves
/// (`(3 rows)`, `是`/`否`): the console's `--lang zh|en`. Data cells are printed as given.
public enum OutputLanguage: String, Sendable, CaseIterable {
    case en, zh
}

/// A text in English and Chinese, so one report definition serves both `--lang` settings.
/// A string literal gives the same text in both (a code, a name, a Chinese-only note).
public struct LocalizedText: Hashable, Sendable, ExpressibleByStringLiteral {
    public let en: String
    public let zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    public init(_ both: String) { self.init(en: both, zh: both) }

    public init(stringLiteral value: String) { self.init(value) }

    public func text(in language: OutputLanguage) -> String {
        switch language {
        case .en: return en
        case .zh: return zh
        }
    }
}
