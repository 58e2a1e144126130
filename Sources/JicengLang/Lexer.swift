import JicengBase

/// Turns a SourceFile's UTF-8 bytes into tokens, interning names as it goes.
///
/// Works on bytes, not Characters: ASCII (nearly all of the syntax) takes a fast path and
/// only non-ASCII text (Chinese names, full-width punctuation, quotes) is decoded. Errors
/// (invalid UTF-8, NUL, a bad escape, an unterminated string, an integer too large) are
/// located diagnostics; the lexer skips the fault and goes on, so the parser still sees
/// the rest of the file.
public struct Lexer {
    /// Reported lexical errors stop being recorded past this many: a binary file fed by
    /// mistake would otherwise flood the terminal with one error per byte.
    public static let maxReportedErrors = 50

    public struct Result: Sendable {
        public var tokens: [Token]
        public var diagnostics: [Diagnostic]
        /// The input ended inside a string: the REPL should read another line.
        public var endsInsideString: Bool
        /// `(`, `[` and `{` still open at the end: the REPL should read another line.
        public var openBrackets: Int
        /// The last line ended with a `\`: the REPL should read another line.
        public var endsWithContinuation: Bool
    }

    private let file: SourceFile
    private let bytes: [UInt8]
    private let symbols: SymbolTable
    private var i = 0
    private var tokens: [Token] = []
    private var diagnostics: [Diagnostic] = []
    private var endsInsideString = false
    private var endsWithContinuation = false
    /// The open brackets, innermost last; newlines end statements only outside `(` and `[`.
    private var brackets: [TokenKind] = []

    public static func tokenize(_ file: SourceFile, symbols: SymbolTable) -> Result {
        var lexer = Lexer(file: file, symbols: symbols)
        lexer.run()
        return Result(
            tokens: lexer.tokens, diagnostics: lexer.diagnostics, endsInsideString: lexer.endsInsideString,
            openBrackets: lexer.brackets.count, endsWithContinuation: lexer.endsWithContinuation)
    }

    private init(file: SourceFile, symbols: SymbolTable) {
        self.file = file
        self.bytes = file.bytes
        self.symbols = symbols
        tokens.reserveCapacity(bytes.count / 4 + 1)
    }

    // MARK: Main loop

    private mutating func run() {
        // A byte-order mark, as Windows editors write, is not part of the text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0C:
                i += 1
            case UInt8(ascii: "\n"):
                newline(at: i)
                i += 1
            case UInt8(ascii: "#"):
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "\\"):
                lineContinuation()
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                identifier()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number()
            case UInt8(ascii: "\""):
                string(openerLength: 1, closer: [UInt8(ascii: "\"")])
            case 0:
                error(DiagnosticCatalog.nulByte, .nulInSource, i, i + 1)
                add(.invalid, i, i + 1)
                i += 1
            case 0x80...:
                nonASCII()
            default:
                punctuation(b)
            }
        }
        let endOfCode = Int(tokens.last(where: { $0.kind != .newline })?.range.end ?? 0)
        add(.end, endOfCode, endOfCode)
    }

    /// `\` at the end of a line (before spaces or a comment) joins the next line to this
    /// statement, for long commands:
    ///
    ///     sign agreement "A-2025-01" between unit "BG" and community "JH" \
    ///         from 2025-01-01 to 2027-12-31
    private mutating func lineContinuation() {
        let start = i
        var k = i + 1
        while k < bytes.count, bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\t") || bytes[k] == UInt8(ascii: "\r") {
            k += 1
        }
        if k < bytes.count, bytes[k] == UInt8(ascii: "#") {
            while k < bytes.count, bytes[k] != UInt8(ascii: "\n") { k += 1 }
        }
        guard k >= bytes.count || bytes[k] == UInt8(ascii: "\n") else {
            i += 1
            error(DiagnosticCatalog.unexpectedCharacter, .unexpectedCharacter("'\\'"), start, i, help: .backslashOnlyAtLineEnd)
            add(.invalid, start, i)
            return
        }
        if k >= bytes.count { endsWithContinuation = true }
        i = min(k + 1, bytes.count)
    }

    private mutating func newline(at offset: Int) {
        if let top = brackets.last, top != .leftBrace { return }
        guard let last = tokens.last, last.kind != .newline, last.kind != .semicolon else { return }
        add(.newline, offset, offset + 1)
    }

    private mutating func add(_ kind: TokenKind, _ start: Int, _ end: Int, symbol: Symbol = Token.noSymbol, literal: Literal = .nil) {
        tokens.append(Token(kind: kind, range: SourceRange(start: start, end: end), symbol: symbol, literal: literal))
    }

    private mutating func error(
        _ code: DiagnosticCode, _ message: SyntaxMessage, _ start: Int, _ end: Int, label: SyntaxMessage? = nil,
        help: SyntaxMessage? = nil
    ) {
        guard diagnostics.count < Lexer.maxReportedErrors else { return }
        diagnostics.append(
            Diagnostic(code, Message(message), file: file, range: SourceRange(start: start, end: end),
                       label: label.map(Message.init), help: help.map(Message.init)))
    }

    // MARK: Punctuation

    private mutating func punctuation(_ b: UInt8) {
        let start = i
        let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
        func two(_ second: UInt8, _ long: TokenKind, _ short: TokenKind?) -> TokenKind? {
            if next == second { i += 2; return long }
            i += 1
            return short
        }
        let kind: TokenKind?
        switch b {
        case UInt8(ascii: "("): kind = .leftParen; i += 1
        case UInt8(ascii: ")"): kind = .rightParen; i += 1
        case UInt8(ascii: "["): kind = .leftBracket; i += 1
        case UInt8(ascii: "]"): kind = .rightBracket; i += 1
        case UInt8(ascii: "{"): kind = .leftBrace; i += 1
        case UInt8(ascii: "}"): kind = .rightBrace; i += 1
        case UInt8(ascii: ","): kind = .comma; i += 1
        case UInt8(ascii: ":"): kind = .colon; i += 1
        case UInt8(ascii: ";"): kind = .semicolon; i += 1
        case UInt8(ascii: "+"): kind = .plus; i += 1
        case UInt8(ascii: "-"): kind = .minus; i += 1
        case UInt8(ascii: "*"): kind = .star; i += 1
        case UInt8(ascii: "/"): kind = .slash; i += 1
        case UInt8(ascii: "%"): kind = .percent; i += 1
        case UInt8(ascii: "."): kind = two(UInt8(ascii: "."), .dotDot, .dot)
        case UInt8(ascii: "="): kind = two(UInt8(ascii: "="), .equalEqual, .equal)
        case UInt8(ascii: "<"): kind = two(UInt8(ascii: "="), .lessEqual, .less)
        case UInt8(ascii: ">"): kind = two(UInt8(ascii: "="), .greaterEqual, .greater)
        case UInt8(ascii: "!"):
            kind = two(UInt8(ascii: "="), .bangEqual, nil)
            if kind == nil {
                error(DiagnosticCatalog.unexpectedCharacter, .unexpectedCharacter("'!'"), start, i, help: .writeNotForNegation)
                add(.invalid, start, i)
            }
        default:
            i += 1
            kind = nil
            let shown = b < 0x20 || b == 0x7F ? "U+" + hex(UInt32(b)) : "'" + String(UnicodeScalar(b)) + "'"
            error(DiagnosticCatalog.unexpectedCharacter, .unexpectedCharacter(shown), start, i)
            add(.invalid, start, i)
        }
        if let kind { punctuationToken(kind, start, i) }
    }

    /// Adds a punctuation token, keeping the bracket stack that decides where newlines count.
    private mutating func punctuationToken(_ kind: TokenKind, _ start: Int, _ end: Int) {
        switch kind {
        case .leftParen, .leftBracket, .leftBrace:
            brackets.append(kind)
        case .rightParen, .rightBracket, .rightBrace:
            let opener: TokenKind = kind == .rightParen ? .leftParen : kind == .rightBracket ? .leftBracket : .leftBrace
            // A stray closer is the parser's to report. Close back to its opener if one is
            // open; else take it as a mistyped closer of an open `(` or `[`, so one typo
            // does not swallow the line breaks of the rest of the file.
            if let at = brackets.lastIndex(of: opener) {
                brackets.removeSubrange(at...)
            } else if let top = brackets.last, top != .leftBrace {
                brackets.removeLast()
            }
        case .equal:
            // `＝＝`, `<＝`, `＞＝` and `＝=`: an input method may give either half full-width.
            if let last = tokens.last, Int(last.range.end) == start,
               let joined = Lexer.withEqualSign[last.kind] {
                tokens[tokens.count - 1] = Token(kind: joined, range: SourceRange(start: Int(last.range.start), end: end))
                return
            }
        default:
            break
        }
        add(kind, start, end)
    }

    /// A comparison that an `=` completes, for operators typed half full-width.
    private static let withEqualSign: [TokenKind: TokenKind] = [.equal: .equalEqual, .less: .lessEqual, .greater: .greaterEqual]

    // MARK: Non-ASCII: full-width input, quotes, Chinese names

    private mutating func nonASCII() {
        let start = i
        guard let (scalar, length) = decode(at: i) else {
            // Skip the whole run of bad bytes and report it once.
            var end = i + 1
            while end < bytes.count, bytes[end] >= 0x80, decode(at: end) == nil { end += 1 }
            error(DiagnosticCatalog.invalidUTF8, .invalidUTF8InSource, start, end, label: .bytesNotUTF8, help: .saveAsUTF8)
            add(.invalid, start, end)
            i = end
            return
        }
        if let kind = Lexer.fullWidthPunctuation[scalar.value] {
            i += length
            punctuationToken(kind, start, i)
            return
        }
        if let closer = Lexer.quotePairs[scalar.value] {
            string(openerLength: length, closer: Array(String(closer).utf8))
            return
        }
        if scalar.properties.isWhitespace {
            i += length
            return
        }
        if Lexer.isIdentifierStart(scalar) {
            identifier()
            return
        }
        i += length
        error(DiagnosticCatalog.unexpectedCharacter, .unexpectedCharacter("'\(Character(scalar))'"), start, i)
        add(.invalid, start, i)
    }

    /// Full-width punctuation from a Chinese input method, read as its ASCII twin.
    static let fullWidthPunctuation: [UInt32: TokenKind] = [
        0xFF0C: .comma,        // ，
        0x3001: .comma,        // 、 (the enumeration comma, as in 场地、志愿者)
        0xFF08: .leftParen,    // （
        0xFF09: .rightParen,   // ）
        0xFF1A: .colon,        // ：
        0xFF1D: .equal,        // ＝ (＝＝, ＜＝ and ＞＝ are joined as they are added)
        0xFF1C: .less,         // ＜
        0xFF1E: .greater,      // ＞
        0xFF3B: .leftBracket,  // ［
        0xFF3D: .rightBracket, // ］
        0xFF5B: .leftBrace,    // ｛
        0xFF5D: .rightBrace,   // ｝
        0xFF1B: .semicolon,    // ；
    ]

    /// Opening quote → closing quote, besides ASCII `"`.
    static let quotePairs: [UInt32: Unicode.Scalar] = [
        0x201C: "\u{201D}",  // “…”
        0x300C: "\u{300D}",  // 「…」
        0x2018: "\u{2019}",  // ‘…’
        0x300E: "\u{300F}",  // 『…』
    ]

    public static func isIdentifierStart(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_"
        }
        if s.value >= 0x4E00, s.value <= 0x9FFF { return true }
        return s.properties.isXIDStart
    }

    public static func isIdentifierContinue(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_" || (s >= "0" && s <= "9")
        }
        // The common CJK ideographs, without a Unicode property lookup.
        if s.value >= 0x4E00, s.value <= 0x9FFF { return true }
        return s.properties.isXIDContinue
    }

    /// Decodes one well-formed UTF-8 scalar at `at`; nil for a malformed, overlong or
    /// surrogate sequence, or one cut off by the end of input.
    private func decode(at: Int) -> (Unicode.Scalar, Int)? {
        let b0 = bytes[at]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length: Int, minSecond: UInt8, maxSecond: UInt8
        switch b0 {
        case 0xC2...0xDF: length = 2; minSecond = 0x80; maxSecond = 0xBF
        case 0xE0: length = 3; minSecond = 0xA0; maxSecond = 0xBF
        case 0xED: length = 3; minSecond = 0x80; maxSecond = 0x9F
        case 0xE1...0xEF: length = 3; minSecond = 0x80; maxSecond = 0xBF
        case 0xF0: length = 4; minSecond = 0x90; maxSecond = 0xBF
        case 0xF1...0xF3: length = 4; minSecond = 0x80; maxSecond = 0xBF
        case 0xF4: length = 4; minSecond = 0x80; maxSecond = 0x8F
        default: return nil
        }
        guard at + length <= bytes.count else { return nil }
        let b1 = bytes[at + 1]
        guard b1 >= minSecond, b1 <= maxSecond else { return nil }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        value = value << 6 | UInt32(b1 & 0x3F)
        for k in 2..<length {
            let b = bytes[at + k]
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(b & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    // MARK: Names

    private mutating func identifier() {
        let start = i
        var afterNonASCII = false
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                guard Lexer.asciiIdentifierContinue(b) else { break }
                // Chinese text runs straight into numbers (`于2025-03-15`, `奖励5积分`): a
                // name stops where an ASCII digit follows a non-ASCII letter.
                if afterNonASCII, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") { break }
                afterNonASCII = false
                i += 1
            } else {
                afterNonASCII = true
                guard let (scalar, length) = decode(at: i), !Lexer.isPunctuationLike(scalar),
                      Lexer.isIdentifierContinue(scalar) else { break }
                i += length
            }
        }
        let symbol = symbols.intern(bytes, start..<i)
        add(symbol.keyword != nil ? .keyword : .identifier, start, i, symbol: symbol)
    }

    private static func asciiIdentifierContinue(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
    }

    /// Scalars that end a name even though Unicode counts them as identifier characters.
    private static func isPunctuationLike(_ s: Unicode.Scalar) -> Bool {
        fullWidthPunctuation[s.value] != nil || quotePairs[s.value] != nil
    }

    // MARK: Numbers, dates, months, quarters

    private func isDigit(_ at: Int) -> Bool {
        at < bytes.count && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9")
    }

    private func digits(_ from: Int, _ count: Int) -> Int {
        var n = 0
        for k in from..<(from + count) { n = n * 10 + Int(bytes[k] - UInt8(ascii: "0")) }
        return n
    }

    private mutating func number() {
        let start = i
        var end = i
        while isDigit(end) { end += 1 }
        let count = end - start
        if count == 4, end < bytes.count {
            // A date or month: exactly 4 digits, '-', 2 digits [, '-', 2 digits], no spaces.
            if bytes[end] == UInt8(ascii: "-"), isDigit(end + 1), isDigit(end + 2), !isDigit(end + 3) {
                dateOrMonth(start)
                return
            }
            // A quarter: 4 digits, 'Q', one digit, not followed by more of a name.
            if bytes[end] == UInt8(ascii: "Q"), isDigit(end + 1), !continuesName(end + 2) {
                let year = digits(start, 4), q = Int(bytes[end + 1] - UInt8(ascii: "0"))
                i = end + 2
                if let quarter = Quarter(year: year, quarter: q) {
                    add(.quarter, start, i, literal: .quarter(quarter))
                } else {
                    error(DiagnosticCatalog.invalidDate, .notAQuarter(file.text(of: SourceRange(start: start, end: i))),
                          start, i, help: .quartersAreQ1ToQ4)
                    add(.quarter, start, i)
                }
                return
            }
        }
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), isDigit(end + 1) {
            var stop = end + 1
            while isDigit(stop) { stop += 1 }
            i = stop
            let text = String(decoding: bytes[start..<stop], as: UTF8.self)
            if let value = ExactDecimal(text) {
                add(.decimal, start, stop, literal: .decimal(value))
            } else {
                error(DiagnosticCatalog.decimalOverflow, .decimalOutOfRange(Lexer.quotedNumber(text)), start, stop, label: .decimalDigitsLimit)
                add(.decimal, start, stop)
            }
            return
        }
        i = end
        var value: Int64 = 0
        var overflow = false
        for k in start..<end {
            let (t, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = t.addingReportingOverflow(Int64(bytes[k] - UInt8(ascii: "0")))
            if o1 || o2 { overflow = true; break }
            value = s
        }
        if overflow {
            error(DiagnosticCatalog.integerOverflow, .integerTooLarge(Lexer.quotedNumber(file.text(of: SourceRange(start: start, end: end)))),
                  start, end, label: .largestInteger(Int64.max))
            add(.integer, start, end)
        } else {
            add(.integer, start, end, literal: .integer(value))
        }
    }

    /// True when the byte at `at` would continue a name or number (so `2025Q1x` is no quarter).
    private func continuesName(_ at: Int) -> Bool {
        guard at < bytes.count else { return false }
        let b = bytes[at]
        if b < 0x80 { return Lexer.asciiIdentifierContinue(b) }
        guard let (scalar, _) = decode(at: at) else { return false }
        return !Lexer.isPunctuationLike(scalar) && Lexer.isIdentifierContinue(scalar)
    }

    private mutating func dateOrMonth(_ start: Int) {
        let year = digits(start, 4), month = digits(start + 5, 2)
        let isDate = start + 7 < bytes.count && bytes[start + 7] == UInt8(ascii: "-") && isDigit(start + 8)
        if isDate {
            var end = start + 8
            while isDigit(end) { end += 1 }
            i = end
            let text = file.text(of: SourceRange(start: start, end: end))
            if end == start + 10, let day = Day(year: year, month: month, day: digits(start + 8, 2)) {
                add(.date, start, end, literal: .date(day))
            } else {
                error(DiagnosticCatalog.invalidDate, .notADate(text), start, end, help: .datesAreWritten)
                add(.date, start, end)
            }
            return
        }
        i = start + 7
        if let ym = YearMonth(year: year, month: month) {
            add(.month, start, i, literal: .month(ym))
        } else {
            error(DiagnosticCatalog.invalidDate, .notAMonth(file.text(of: SourceRange(start: start, end: i))),
                  start, i, help: .monthsAreWritten)
            add(.month, start, i)
        }
    }

    // MARK: Strings

    /// Reads a string whose opening quote (`openerLength` bytes) is at `i` and which ends
    /// at the bytes `closer`. Strings may span lines.
    private mutating func string(openerLength: Int, closer: [UInt8]) {
        let start = i
        i += openerLength
        var text: [UInt8] = []
        while true {
            guard i < bytes.count else {
                endsInsideString = true
                error(DiagnosticCatalog.unterminatedString, .unterminatedString, start, start + openerLength,
                      label: .quoteNeverClosed)
                add(.string, start, i, literal: .string(String(decoding: text, as: UTF8.self)))
                return
            }
            let b = bytes[i]
            if b == closer[0], bytes[i...].starts(with: closer) {
                i += closer.count
                break
            }
            switch b {
            case UInt8(ascii: "\\"):
                escape(into: &text)
            case 0:
                error(DiagnosticCatalog.nulByte, .nulInString, i, i + 1)
                i += 1
            case 0x80...:
                if let (_, length) = decode(at: i) {
                    text.append(contentsOf: bytes[i..<(i + length)])
                    i += length
                } else {
                    error(DiagnosticCatalog.invalidUTF8, .invalidUTF8InString, i, i + 1, help: .saveAsUTF8)
                    i += 1
                }
            default:
                text.append(b)
                i += 1
            }
        }
        add(.string, start, i, literal: .string(String(decoding: text, as: UTF8.self)))
    }

    /// Reads the escape at `i` (a backslash) and appends what it stands for.
    private mutating func escape(into text: inout [UInt8]) {
        let start = i
        i += 1
        guard i < bytes.count else { return }
        let b = bytes[i]
        switch b {
        case UInt8(ascii: "n"): text.append(UInt8(ascii: "\n")); i += 1
        case UInt8(ascii: "t"): text.append(UInt8(ascii: "\t")); i += 1
        case UInt8(ascii: "r"): text.append(UInt8(ascii: "\r")); i += 1
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "'"): text.append(b); i += 1
        case UInt8(ascii: "u"):
            i += 1
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else {
                error(DiagnosticCatalog.invalidEscape, .braceAfterUnicodeEscape, start, i, help: .writeUnicodeEscape)
                return
            }
            var end = i + 1
            var value: UInt32 = 0
            while end < bytes.count, end - i <= 8, let digit = Lexer.hexValue(bytes[end]) {
                value = value &* 16 &+ digit
                end += 1
            }
            let digitCount = end - i - 1
            guard end < bytes.count, bytes[end] == UInt8(ascii: "}"), (1...6).contains(digitCount),
                  let scalar = Unicode.Scalar(value) else {
                let stop = end < bytes.count && bytes[end] == UInt8(ascii: "}") ? end + 1 : end
                error(DiagnosticCatalog.invalidEscape, .invalidUnicodeEscape, start, stop, help: .unicodeEscapeDigits)
                i = stop
                return
            }
            text.append(contentsOf: Array(String(Character(scalar)).utf8))
            i = end + 1
        default:
            // A backslash before a Chinese closing quote keeps the quote in the text.
            if b >= 0x80, let (scalar, length) = decode(at: i), Lexer.quotePairs.values.contains(scalar) {
                text.append(contentsOf: bytes[i..<(i + length)])
                i += length
                return
            }
            let length = b >= 0x80 ? (decode(at: i)?.1 ?? 1) : 1
            i += length
            error(DiagnosticCatalog.invalidEscape, .unknownEscape(file.text(of: SourceRange(start: start, end: i))),
                  start, i, help: .theEscapes)
        }
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}

extension Lexer {
    /// Digits of a number literal quoted in a message: a generated 100,000-digit literal
    /// is named by its start and its length, not repeated whole in every message.
    static let maxQuotedDigits = 40

    static func quotedNumber(_ text: String) -> String {
        guard text.utf8.count > maxQuotedDigits else { return text }
        return String(text.prefix(maxQuotedDigits / 2)) + "… (\(text.utf8.count) digits)"
    }
}
