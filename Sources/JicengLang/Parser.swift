import JicengBase

/// Recursive descent over the lexer's tokens into a Program; expressions by precedence
/// climbing (ParserExpressions.swift), commands from their declarations
/// (ParserCommands.swift).
///
/// The parser recovers at statement boundaries: a syntax error is recorded, the tokens
/// up to the next newline, `;` or closing `}` are skipped, and parsing goes on, so one
/// run reports every error in a file.
public final class Parser {
    /// Brackets, blocks and prefix operators nest at most this deep: the parser (and the
    /// compiler after it) recurse once per level; one constant for both, in Limits.
    public static let maxNestingDepth = Limits.maxNesting
    /// Binary operators in one flat chain (`a + b + … `) at most: each adds a level to the
    /// tree the back-end walks recursively, and a thousand terms is already generated text.
    public static let maxOperatorChain = 1_000
    /// Levels of one expression's tree at most (`Expr.height`): a full operator chain inside
    /// the deepest nesting. Chains of indexes, fields and calls (`a[0][0]…`) and chains
    /// nested in brackets add up here, where neither limit above would see them.
    public static let maxExpressionHeight = maxOperatorChain + maxNestingDepth
    /// Syntax errors recorded per parse: past a hundred the rest are noise (a file in the
    /// wrong format, say), and the first ones are what the user fixes first.
    public static let maxReportedErrors = 100

    public struct Result: Sendable {
        public var program: Program
        /// Lexical and syntax errors in source order; empty when the parse succeeded.
        public var diagnostics: [Diagnostic]
        /// The text stopped in the middle of something (an open bracket, string or
        /// block, a trailing operator): a REPL should read another line rather than
        /// report these errors.
        public var needsMoreInput: Bool
    }

    let file: SourceFile
    let symbols: SymbolTable
    /// Made when the first statement could be a command: a script of none (an empty
    /// one, plain code) never builds the command table.
    lazy var grammar: CommandGrammar = makeGrammar()
    private let makeGrammar: () -> CommandGrammar
    let tokens: [Token]
    var diagnostics: [Diagnostic] = []
    var needsMoreInput = false
    /// Errors that only say the input ended too soon: one per block or bracket still
    /// open (`for a in xs {` inside `for b in ys {` gives two), none of them a real fault.
    var errorsAtEnd = 0

    /// The cursor: a token index, and bytes of that (identifier) token already matched by
    /// a Chinese command word typed without a space (`分配党员` matching `分配`).
    var position = 0
    var partial = 0
    /// The current token when `partial > 0`: an identifier for the rest of the text.
    var partialToken: Token?
    /// End of the last consumed text, for node ranges.
    var previousEnd: Int32 = 0

    var depth = 0
    var nextNameID: Int32 = 0
    /// While parsing a command's slot: words that end the expression (see CommandGrammar).
    var stopWords: Set<Symbol> = []
    /// Command words that could have come next where the input ended (for completion).
    var continuations: Set<String> = []
    /// The command slot the input ends in front of (for completing a value typed there).
    var slotAtEnd: CompletionSlot?

    public static func parse(_ file: SourceFile, symbols: SymbolTable, commands: CommandGrammar) -> Result {
        parse(file, symbols: symbols, grammar: { commands })
    }

    static func parse(_ file: SourceFile, symbols: SymbolTable, grammar: @escaping () -> CommandGrammar) -> Result {
        let lexed = Lexer.tokenize(file, symbols: symbols)
        let parser = Parser(file: file, symbols: symbols, grammar: grammar, tokens: lexed.tokens)
        let statements = parser.parseStatements(untilBrace: false)
        var diagnostics = lexed.diagnostics + parser.diagnostics
        diagnostics.sort { $0.range.start < $1.range.start }
        // More input can only help when nothing went wrong before the end. Inside a
        // string, bracket or block, or after a `\`, the input is plainly unfinished; a
        // statement cut short after an operator is given up by a blank last line, so the
        // REPL can show the error.
        let unfinished = lexed.endsInsideString || lexed.openBrackets > 0 || lexed.endsWithContinuation
            || (parser.needsMoreInput && !Parser.endsWithBlankLine(file.bytes))
        let errorsBeforeEnd = parser.diagnostics.count > parser.errorsAtEnd
            || lexed.diagnostics.contains { $0.id != DiagnosticCatalog.unterminatedString.id }
        return Result(
            program: Program(file: file, statements: statements, nameCount: Int(parser.nextNameID)),
            diagnostics: diagnostics,
            needsMoreInput: unfinished && !errorsBeforeEnd)
    }

    /// Whether `text` is a whole input for the REPL, or it ends inside an open bracket,
    /// string or block, or after an operator, and more lines should be read first.
    /// Pass the lines joined by "\n" without a final newline: an empty line then makes a
    /// statement that ends after an operator complete (so its error can be shown), while
    /// an open bracket, block or string still asks for more.
    public static func isComplete(_ text: String, symbols: SymbolTable, commands: CommandGrammar) -> Bool {
        !parse(SourceFile(name: "<repl>", text: text), symbols: symbols, commands: commands).needsMoreInput
    }

    /// True when the text's last line holds nothing but spaces (and there is a line
    /// before it): the REPL user pressed Enter on an empty line.
    static func endsWithBlankLine(_ bytes: [UInt8]) -> Bool {
        var i = bytes.count
        while i > 0, bytes[i - 1] == UInt8(ascii: " ") || bytes[i - 1] == UInt8(ascii: "\t") || bytes[i - 1] == UInt8(ascii: "\r") {
            i -= 1
        }
        return i > 0 && bytes[i - 1] == UInt8(ascii: "\n")
    }

    /// The command words that could come next at the end of `text` (the line up to the
    /// word being completed): `assign member "M1"` → `to`; after a whole command, its
    /// clauses and fields not yet given. Empty when no command is being typed.
    /// The command slot a value typed at the end of `text` would fill, if any:
    /// `report by community in street ` → `street`.
    public static func completionSlot(of text: String, symbols: SymbolTable, commands: CommandGrammar) -> CompletionSlot? {
        let file = SourceFile(name: "<completion>", text: text)
        let lexed = Lexer.tokenize(file, symbols: symbols)
        let parser = Parser(file: file, symbols: symbols, grammar: commands, tokens: lexed.tokens)
        _ = parser.parseStatements(untilBrace: false)
        return parser.slotAtEnd
    }

    public static func continuations(of text: String, symbols: SymbolTable, commands: CommandGrammar) -> [String] {
        let file = SourceFile(name: "<completion>", text: text)
        let lexed = Lexer.tokenize(file, symbols: symbols)
        let parser = Parser(file: file, symbols: symbols, grammar: commands, tokens: lexed.tokens)
        _ = parser.parseStatements(untilBrace: false)
        return parser.continuations.sorted()
    }

    convenience init(file: SourceFile, symbols: SymbolTable, grammar: CommandGrammar, tokens: [Token]) {
        self.init(file: file, symbols: symbols, grammar: { grammar }, tokens: tokens)
    }

    init(file: SourceFile, symbols: SymbolTable, grammar: @escaping () -> CommandGrammar, tokens: [Token]) {
        self.file = file
        self.symbols = symbols
        self.makeGrammar = grammar
        self.tokens = tokens
    }

    // MARK: Cursor

    var current: Token { partial > 0 ? partialToken! : tokens[position] }

    /// The token after the current one (ignoring any partial match).
    var next: Token { tokens[min(position + 1, tokens.count - 1)] }

    func check(_ kind: TokenKind) -> Bool { current.kind == kind }
    func check(_ k: Keyword) -> Bool { current.isKeyword(k) }
    func check(_ w: ContextualWord) -> Bool { current.isWord(w) }

    func advance() {
        let t = current
        previousEnd = t.range.end
        if t.kind != .end { position += 1 }
        partial = 0
        partialToken = nil
    }

    func match(_ kind: TokenKind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    func match(_ k: Keyword) -> Bool {
        guard check(k) else { return false }
        advance()
        return true
    }

    func match(_ w: ContextualWord) -> Bool {
        guard check(w) else { return false }
        advance()
        return true
    }

    /// Consumes the first `count` bytes of the current identifier; the rest becomes the
    /// current token.
    func consumePrefix(bytes count: Int) {
        let t = current
        let start = Int(t.range.start) + count
        let rest = symbols.intern(file.bytes, start..<Int(t.range.end))
        previousEnd = Int32(clamping: start)
        partial += count
        partialToken = Token(kind: rest.keyword != nil ? .keyword : .identifier,
                             range: SourceRange(start: start, end: Int(t.range.end)), symbol: rest)
    }

    struct State {
        let position: Int
        let partial: Int
        let partialToken: Token?
        let previousEnd: Int32
        let nextNameID: Int32
    }

    var state: State {
        State(position: position, partial: partial, partialToken: partialToken, previousEnd: previousEnd, nextNameID: nextNameID)
    }

    func restore(_ s: State) {
        position = s.position
        partial = s.partial
        partialToken = s.partialToken
        previousEnd = s.previousEnd
        nextNameID = s.nextNameID
    }

    func newNameID() -> NameID {
        defer { nextNameID += 1 }
        return NameID(index: nextNameID)
    }

    func range(from start: Int32) -> SourceRange {
        SourceRange(start: Int(start), end: Int(max(start, previousEnd)))
    }

    // MARK: Errors

    /// A syntax error on its way to the statement that will record it and resynchronise.
    struct Failure: Error {
        var diagnostic: Diagnostic
        /// The error is at the end of the input: more input might have fixed it.
        var atEnd: Bool
        /// The parser stopped at text the lexer already reported: record nothing more.
        var silent: Bool
        /// The command words one of which was expected here, when that was the problem
        /// (phrasings that fail at the same word are merged into one error).
        var expectedWords: [String] = []
        /// How the token found instead is named (`'stret'`), and its text if it is a word.
        var found = SyntaxMessage.Found.text("")
        var foundWord: String?
    }

    func failure(
        _ code: DiagnosticCode, _ message: SyntaxMessage, at token: Token? = nil, label: SyntaxMessage? = nil,
        notes: [SyntaxMessage] = [], help: Message? = nil
    ) -> Failure {
        let t = token ?? current
        return Failure(
            diagnostic: Diagnostic(code, Message(message), file: file, range: t.range, label: label.map(Message.init),
                                   notes: notes.map(Message.init), help: help),
            atEnd: t.kind == .end, silent: t.kind == .invalid)
    }

    /// A failure about already-parsed text (an expression), not the current token.
    func failure(
        _ code: DiagnosticCode, _ message: SyntaxMessage, over range: SourceRange, label: SyntaxMessage? = nil,
        help: Message? = nil
    ) -> Failure {
        Failure(
            diagnostic: Diagnostic(code, Message(message), file: file, range: range, label: label.map(Message.init),
                                   help: help),
            atEnd: false, silent: false)
    }

    /// `expected ')' after arguments, found ']'`.
    func expected(_ what: SyntaxMessage.Expected, _ place: SyntaxMessage.Place? = nil, at token: Token? = nil) -> Failure {
        let t = token ?? current
        return failure(DiagnosticCatalog.expectedToken, .expected(what, place, found: describe(t)), at: t)
    }

    func expect(_ kind: TokenKind, _ place: SyntaxMessage.Place) throws(Failure) {
        guard match(kind) else { throw expected(.token(kind), place) }
    }

    /// Expects the closer of the bracket `opener`; the error also says where it opened,
    /// since the two may be lines apart.
    func expectClosing(_ kind: TokenKind, _ place: SyntaxMessage.Place, opener: Token) throws(Failure) {
        guard match(kind) else {
            var f = expected(.token(kind), place)
            f.diagnostic.notes.append(Message(SyntaxMessage.openedAt(opener.kind, file.location(of: Int(opener.range.start)))))
            throw f
        }
    }

    /// How a message names a token: `'foo'`, `"text"`, `end of line`.
    func describe(_ t: Token) -> SyntaxMessage.Found {
        switch t.kind {
        case .newline, .end: return .kind(t.kind)
        case .string:
            let text = file.text(of: t.range)
            return .text(text.count > 24 ? String(text.prefix(20)) + "…" : text)
        default:
            let text = file.text(of: t.range)
            return .text("'" + (text.count > 24 ? String(text.prefix(20)) + "…" : text) + "'")
        }
    }

    func record(_ f: Failure) {
        guard !f.silent, diagnostics.count < Parser.maxReportedErrors else { return }
        diagnostics.append(f.diagnostic)
        if f.atEnd {
            needsMoreInput = true
            errorsAtEnd += 1
        }
    }

    /// Runs `body` one nesting level deeper, refusing past `maxNestingDepth`.
    func nested<T>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        guard depth < Parser.maxNestingDepth else {
            throw failure(DiagnosticCatalog.nestingTooDeep, .nestingTooDeep, label: .nestingLimit(Parser.maxNestingDepth),
                          help: Message(SyntaxMessage.splitWithLet))
        }
        depth += 1
        defer { depth -= 1 }
        return try body()
    }

    /// Refuses an expression grown past `maxExpressionHeight`, at the token that grew it.
    func checkHeight(_ e: Expr, at token: Token) throws(Failure) {
        guard e.height > Parser.maxExpressionHeight else { return }
        throw failure(DiagnosticCatalog.nestingTooDeep, .nestingTooDeep, at: token,
                      label: .expressionHeightLimit(Parser.maxExpressionHeight), help: Message(SyntaxMessage.splitWithLet))
    }

    // MARK: Statements

    var atStatementEnd: Bool {
        switch current.kind {
        case .newline, .semicolon, .end, .rightBrace: true
        default: false
        }
    }

    /// A line may break after an operator, `=`, a comma or a query word: what must
    /// follow is on the next line (`let total = a +` ⏎ `b`).
    func skipLineBreaks() {
        while partial == 0, check(.newline) { advance() }
    }

    func skipTerminators() {
        while partial == 0, check(.newline) || check(.semicolon) { advance() }
    }

    /// Statements up to the end of input, or (in a block) up to the closing `}`, which
    /// is left for the caller.
    func parseStatements(untilBrace: Bool) -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            skipTerminators()
            if check(.end) { break }
            if check(.rightBrace) {
                if untilBrace { break }
                record(failure(DiagnosticCatalog.unmatchedBracket, .unmatchedBrace, label: .noBlockOpen))
                advance()
                continue
            }
            do throws(Failure) {
                let statement = try parseStatement()
                guard atStatementEnd else {
                    throw unknownCommand(statement) ?? expected(.newLineOrSemicolon, .afterStatement)
                }
                statements.append(statement)
            } catch {
                record(error)
                synchronize()
            }
        }
        return statements
    }

    /// Skips to the start of the next statement: past a newline or `;` outside any
    /// block opened since the error, or up to a `}` that closes the enclosing block.
    func synchronize() {
        var braces = 0
        while true {
            switch current.kind {
            case .end:
                return
            case .newline, .semicolon:
                advance()
                if braces == 0 { return }
                continue
            case .leftBrace:
                braces += 1
            case .rightBrace:
                if braces == 0 { return }
                braces -= 1
            default:
                break
            }
            advance()
        }
    }

    func parseBlock(_ place: SyntaxMessage.Place) throws(Failure) -> Block {
        let start = current.range.start
        guard check(.leftBrace) else { throw expected(.token(.leftBrace), place) }
        return try nested { () throws(Failure) -> Block in
            advance()
            let statements = parseStatements(untilBrace: true)
            guard match(.rightBrace) else { throw expected(.token(.rightBrace), .closingBlock) }
            return Block(statements: statements, range: range(from: start))
        }
    }

    func parseStatement() throws(Failure) -> Stmt {
        let start = current.range.start
        if current.kind == .keyword, partial == 0, let keyword = current.keyword {
            switch keyword {
            case .let: return try parseLet()
            case .if: return try parseIf()
            case .for: return try parseFor()
            case .while:
                advance()
                let condition = try parseExpression()
                let body = try parseBlock(.afterWhileCondition)
                return Stmt(.while(condition, body), range(from: start))
            case .def: return try parseDef()
            case .return:
                advance()
                let value = atStatementEnd ? nil : try parseExpressionOrCommand()
                return Stmt(.return(value), range(from: start))
            case .print:
                advance()
                var values: [Expr] = []
                if !atStatementEnd {
                    repeat {
                        skipLineBreaks()
                        values.append(try parseExpression())
                    } while match(.comma)
                }
                return Stmt(.print(values), range(from: start))
            case .show:
                advance()
                return try parseShow(try parseExpressionOrCommand(), start: start)
            case .assert:
                advance()
                let condition = try parseExpression()
                var message: Expr?
                if match(.comma) {
                    skipLineBreaks()
                    message = try parseExpression()
                }
                return Stmt(.assert(condition, message), range(from: start))
            case .run:
                advance()
                return Stmt(.run(try parseExpression()), range(from: start))
            case .transaction:
                advance()
                return Stmt(.transaction(try parseBlock(.afterTransaction)), range(from: start))
            case .break:
                advance()
                return Stmt(.break, range(from: start))
            case .continue:
                advance()
                return Stmt(.continue, range(from: start))
            case .else:
                throw failure(DiagnosticCatalog.expectedToken, .elseWithoutIf, help: Message(SyntaxMessage.elseOnClosingLine))
            default:
                break
            }
        }
        if let candidates = commandCandidates() {
            let call = try parseCommand(candidates)
            if check(.as) || check(.to) {
                return try parseShow(Expr(.command(call), call.range), start: start)
            }
            return Stmt(.command(call), call.range)
        }
        let expression = try parseExpression()
        if check(.equal) {
            advance()
            skipLineBreaks()
            switch expression.kind {
            case .name, .index, .field: break
            default:
                throw failure(DiagnosticCatalog.invalidAssignmentTarget, .cannotAssignExpression, over: expression.range,
                              label: .assignableTargets)
            }
            let value = try parseExpressionOrCommand()
            return Stmt(.assign(expression, value), range(from: start))
        }
        return Stmt(.expression(expression), range(from: start))
    }

    /// A name followed by a value where the statement should end (`asign member "M1" …`)
    /// is most likely a mistyped command: say so, with the nearest verb.
    func unknownCommand(_ statement: Stmt) -> Failure? {
        guard case .expression(let e) = statement.kind, case .name(let symbol, _) = e.kind,
              startsExpression(current) else { return nil }
        let word = symbols[symbol]
        let suggestion = Suggestion.help(for: word, in: grammar.table.verbs + Parser.statementKeywords)
        guard suggestion != nil || !grammar.table.commands.isEmpty else { return nil }
        return failure(
            DiagnosticCatalog.commandMismatch, .unknownCommand(word), over: e.range, label: .noCommandStartsSo,
            help: suggestion ?? Message(SyntaxMessage.helpListsCommands))
    }

    /// The words that start a statement, for "did you mean" on a mistyped one (`retrun`).
    static let statementKeywords: [String] = [
        Keyword.let, .if, .for, .while, .def, .return, .print, .show, .assert, .run, .transaction,
    ].map(\.spelling)

    func parseBinding(_ place: SyntaxMessage.Place) throws(Failure) -> Binding {
        let t = current
        guard t.kind == .identifier else {
            if t.kind == .keyword {
                throw failure(DiagnosticCatalog.expectedToken, .expected(.name, place, found: describe(t)),
                              label: .reservedWord(symbols[t.symbol]))
            }
            throw expected(.name, place)
        }
        advance()
        return Binding(name: t.symbol, range: t.range, id: newNameID())
    }

    func parseLet() throws(Failure) -> Stmt {
        let start = current.range.start
        advance()
        let name = try parseBinding(.afterLet)
        try expect(.equal, .afterNameInLet)
        skipLineBreaks()
        let value = try parseExpressionOrCommand()
        return Stmt(.let(name, value), range(from: start))
    }

    func parseIf() throws(Failure) -> Stmt {
        let start = current.range.start
        var branches: [ConditionalBlock] = []
        var elseBlock: Block?
        advance()
        while true {
            let condition = try parseExpression()
            branches.append(ConditionalBlock(condition: condition, body: try parseBlock(.afterIfCondition)))
            guard elseFollows() else { break }
            if match(.if) { continue }
            elseBlock = try parseBlock(.afterElse)
            break
        }
        return Stmt(.if(branches, elseBlock), range(from: start))
    }

    /// Consumes `else`, also when it starts the next line (`}` newline `else {`).
    func elseFollows() -> Bool {
        if match(.else) { return true }
        if check(.newline), next.isKeyword(.else) {
            advance()
            advance()
            return true
        }
        return false
    }

    func parseFor() throws(Failure) -> Stmt {
        let start = current.range.start
        advance()
        let variable = try parseBinding(.afterFor)
        guard match(.in) else { throw expected(.word("in"), .afterForVariable) }
        let sequence = bindingLoopVariable(variable.name, in: try parseExpression())
        let body = try parseBlock(.afterForSequence)
        return Stmt(.for(variable, sequence, body), range(from: start))
    }

    func parseDef() throws(Failure) -> Stmt {
        let start = current.range.start
        advance()
        let name = try parseBinding(.afterDef)
        try expect(.leftParen, .afterFunctionName)
        var parameters: [Binding] = []
        if !check(.rightParen) {
            repeat {
                if check(.rightParen) { break }
                parameters.append(try parseBinding(.forParameter))
            } while match(.comma)
        }
        try expect(.rightParen, .afterParameters)
        let body = try parseBlock(.afterParameters)
        return Stmt(.def(FunctionDecl(name: name, parameters: parameters, body: body)), range(from: start))
    }

    /// `show value [as format] [to destination]` (either clause first).
    func parseShow(_ value: Expr, start: Int32) throws(Failure) -> Stmt {
        var format: OutputFormat?, formatRange: SourceRange?, destination: Expr?
        while true {
            if format == nil, match(.as) {
                let t = current
                guard t.isWordLike, let f = OutputFormat(word: symbols[t.symbol]) else {
                    throw failure(DiagnosticCatalog.unknownFormat,
                                  t.isWordLike ? .unknownFormat(symbols[t.symbol]) : .expected(.outputFormat, .afterAs, found: describe(t)),
                                  help: Message(SyntaxMessage.theFormats(OutputFormat.allCases.map(\.rawValue))))
                }
                advance()
                format = f
                formatRange = t.range
            } else if destination == nil, match(.to) {
                destination = try parseExpression()
            } else {
                break
            }
        }
        return Stmt(.show(ShowStmt(value: value, format: format, formatRange: formatRange, destination: destination)),
                    range(from: start))
    }
}
