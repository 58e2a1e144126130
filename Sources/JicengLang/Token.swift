import JicengBase

/// What the lexer hands the parser: a kind, the bytes it covers, and for names the
/// interned symbol, for literals the value.
public struct Token: Sendable {
    public var kind: TokenKind
    public var range: SourceRange
    /// For `.identifier` and `.keyword` tokens; `Token.noSymbol` otherwise.
    public var symbol: Symbol
    /// For literal tokens (integer, decimal, string, date, month, quarter); `.nil` otherwise.
    public var literal: Literal

    public static let noSymbol = Symbol(id: -1)

    public init(kind: TokenKind, range: SourceRange, symbol: Symbol = Token.noSymbol, literal: Literal = .nil) {
        self.kind = kind
        self.range = range
        self.symbol = symbol
        self.literal = literal
    }

    /// The reserved word this token is, if any.
    public var keyword: Keyword? { kind == .keyword ? symbol.keyword : nil }

    public func isKeyword(_ k: Keyword) -> Bool { kind == .keyword && symbol == .keyword(k) }

    /// True for an identifier spelling the contextual word `w` (`where`, `sort`, …).
    public func isWord(_ w: ContextualWord) -> Bool { kind == .identifier && symbol == .word(w) }

    /// Identifiers and keywords: anything a command phrase can match as a word.
    public var isWordLike: Bool { kind == .identifier || kind == .keyword }
}

/// A token's kind. Full-width punctuation typed with a Chinese input method arrives as
/// its ASCII twin (`，` is `.comma`), so the parser never sees the difference.
public enum TokenKind: UInt8, Sendable {
    case identifier, keyword
    case integer, decimal, string, date, month, quarter
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case comma, colon, semicolon, dot, dotDot
    case plus, minus, star, slash, percent
    case equal, equalEqual, bangEqual, less, lessEqual, greater, greaterEqual
    /// A line break that ends a statement (not emitted inside `(` or `[`).
    case newline
    /// End of input; always the last token. Its (empty) range sits right after the last
    /// real token, so "found end of input" points at the end of the code, not past
    /// trailing comments and blank lines.
    case end
    /// Text the lexer already reported (an unexpected character, invalid UTF-8, NUL):
    /// the parser skips the statement without a second, confusing error.
    case invalid

    /// How an error message names a token of this kind: `expected ')'`.
    public var display: String {
        switch self {
        case .identifier: "a name"
        case .keyword: "a keyword"
        case .integer: "an integer"
        case .decimal: "a decimal"
        case .string: "a string"
        case .date: "a date"
        case .month: "a month"
        case .quarter: "a quarter"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .leftBracket: "'['"
        case .rightBracket: "']'"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .comma: "','"
        case .colon: "':'"
        case .semicolon: "';'"
        case .dot: "'.'"
        case .dotDot: "'..'"
        case .plus: "'+'"
        case .minus: "'-'"
        case .star: "'*'"
        case .slash: "'/'"
        case .percent: "'%'"
        case .equal: "'='"
        case .equalEqual: "'=='"
        case .bangEqual: "'!='"
        case .less: "'<'"
        case .lessEqual: "'<='"
        case .greater: "'>'"
        case .greaterEqual: "'>='"
        case .newline: "end of line"
        case .end: "end of input"
        case .invalid: "an invalid character"
        }
    }
}
