import JicengBase

/// Expressions, loosest first:
///
///     query postfixes   e where c · e sort by k [desc|asc], … · e take n · e select a, b · e group by k
///     or
///     and
///     not               (prefix)
///     comparison        == != < <= > >= in, not in   (do not chain)
///     range             a..b                          (does not chain)
///     additive          + -
///     multiplicative    * / %
///     unary minus       -x
///     postfix           f(x) xs[i] r.f
///
/// Binary operators are parsed by precedence climbing (one function, a table of levels),
/// so a nesting level costs few native stack frames.
extension Parser {
    enum Precedence {
        static let or = 1
        static let and = 2
        static let not = 3
        static let comparison = 4
        static let range = 5
        static let additive = 6
        static let multiplicative = 7
    }

    /// A full expression, query postfixes included.
    func parseExpression() throws(Failure) -> Expr {
        try nested { () throws(Failure) -> Expr in try parseQuery() }
    }

    /// At the start of `let` values, `show`, `return` and statements: a command when the
    /// current word is a command's verb, else an expression.
    func parseExpressionOrCommand() throws(Failure) -> Expr {
        if let candidates = commandCandidates() {
            let call = try parseCommand(candidates)
            return Expr(.command(call), call.range)
        }
        return try parseExpression()
    }

    /// True when the current token is one of the active command's words (see stopWords).
    var atStopWord: Bool {
        !stopWords.isEmpty && current.isWordLike && stopWords.contains(current.symbol)
    }

    /// Parses with no stop words: inside brackets a command's words mean nothing special.
    func bracketed<T>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        let saved = stopWords
        stopWords = []
        defer { stopWords = saved }
        return try body()
    }

    func parseQuery() throws(Failure) -> Expr {
        var source = try parseBinary(Precedence.or)
        let start = source.range.start
        while !atStopWord {
            let clause = current
            if match(.where) {
                skipLineBreaks()
                let condition = try parseBinary(Precedence.or)
                source = Expr(.filter(source, condition), range(from: start))
            } else if check(.sort), next.isWord(.by) {
                advance()
                advance()
                var keys: [SortKey] = []
                repeat {
                    skipLineBreaks()
                    let key = try parseBinary(Precedence.or)
                    var descending = false
                    if match(.desc) { descending = true } else { _ = match(.asc) }
                    keys.append(SortKey(key: key, descending: descending))
                } while match(.comma)
                source = Expr(.sort(source, keys), range(from: start))
            } else if match(.take) {
                skipLineBreaks()
                let count = try parseBinary(Precedence.or)
                source = Expr(.take(source, count), range(from: start))
            } else if match(.select) {
                var columns: [SelectColumn] = []
                repeat {
                    skipLineBreaks()
                    columns.append(try parseSelectColumn())
                } while match(.comma)
                source = Expr(.select(source, columns), range(from: start))
            } else if check(.group), next.isWord(.by) {
                advance()
                advance()
                skipLineBreaks()
                let key = try parseBinary(Precedence.or)
                source = Expr(.group(source, key), range(from: start))
            } else {
                break
            }
            try checkHeight(source, at: clause)
        }
        return source
    }

    /// `code`, `branch.name` (named `name`), or `label: expression`.
    func parseSelectColumn() throws(Failure) -> SelectColumn {
        if current.isWordLike, partial == 0, next.kind == .colon {
            let name = current.symbol
            advance()
            advance()
            return SelectColumn(name: name, value: try parseBinary(Precedence.or))
        }
        let value = try parseBinary(Precedence.or)
        switch value.kind {
        case .name(let symbol, _): return SelectColumn(name: symbol, value: value)
        case .field(_, let symbol, _): return SelectColumn(name: symbol, value: value)
        default:
            throw failure(DiagnosticCatalog.expectedToken, .columnNeedsName, over: value.range,
                          help: Message(SyntaxMessage.writeLabelColon))
        }
    }

    /// The binary operator at the cursor, its level, and whether it is two words (`not in`).
    func binaryOperator() -> (BinaryOperator, Int, Bool)? {
        let t = current
        switch t.kind {
        case .plus: return (.add, Precedence.additive, false)
        case .minus: return (.subtract, Precedence.additive, false)
        case .star: return (.multiply, Precedence.multiplicative, false)
        case .slash: return (.divide, Precedence.multiplicative, false)
        case .percent: return (.remainder, Precedence.multiplicative, false)
        case .equalEqual: return (.equal, Precedence.comparison, false)
        case .bangEqual: return (.notEqual, Precedence.comparison, false)
        case .less: return (.less, Precedence.comparison, false)
        case .lessEqual: return (.lessEqual, Precedence.comparison, false)
        case .greater: return (.greater, Precedence.comparison, false)
        case .greaterEqual: return (.greaterEqual, Precedence.comparison, false)
        case .keyword:
            if atStopWord { return nil }
            switch t.keyword {
            case .and: return (.and, Precedence.and, false)
            case .or: return (.or, Precedence.or, false)
            case .in: return (.in, Precedence.comparison, false)
            case .not where partial == 0 && next.isKeyword(.in): return (.notIn, Precedence.comparison, true)
            default: return nil
            }
        default: return nil
        }
    }

    /// Operators binding at least as tightly as `minimum`, left to right.
    func parseBinary(_ minimum: Int) throws(Failure) -> Expr {
        var left: Expr
        let start = current.range.start
        if minimum <= Precedence.not, check(.not) {
            advance()
            skipLineBreaks()
            let operand = try nested { () throws(Failure) -> Expr in try parseBinary(Precedence.not) }
            left = Expr(.unary(.not, operand), range(from: start))
        } else {
            left = try parseUnary()
        }
        var chain = 0
        while true {
            if check(.dotDot), Precedence.range >= minimum {
                let op = current
                advance()
                skipLineBreaks()
                let right = try parseBinary(Precedence.range + 1)
                left = Expr(.range(left, right), range(from: start))
                try checkHeight(left, at: op)
                if check(.dotDot) {
                    throw failure(DiagnosticCatalog.chainedComparison, .rangesDoNotChain, label: .secondRange,
                                  notes: [.firstRangeAt(file.location(of: Int(op.range.start)))])
                }
                continue
            }
            guard let (op, level, twoWords) = binaryOperator(), level >= minimum else { break }
            let opToken = current
            advance()
            if twoWords { advance() }
            skipLineBreaks()
            chain += 1
            if chain > Parser.maxOperatorChain {
                throw failure(DiagnosticCatalog.expressionTooLong, .tooManyOperators, at: opToken,
                              label: .operatorLimit(Parser.maxOperatorChain), help: Message(SyntaxMessage.addUpInLoop))
            }
            let right = try parseBinary(level + 1)
            left = Expr(.binary(op, left, right), range(from: start))
            try checkHeight(left, at: opToken)
            if level == Precedence.comparison, let (_, nextLevel, _) = binaryOperator(), nextLevel == Precedence.comparison {
                throw failure(DiagnosticCatalog.chainedComparison, .comparisonsDoNotChain,
                              help: Message(SyntaxMessage.writeTwoComparisons))
            }
        }
        return left
    }

    func parseUnary() throws(Failure) -> Expr {
        guard check(.minus) else { return try parsePostfix() }
        let start = current.range.start
        advance()
        skipLineBreaks()
        let operand = try nested { () throws(Failure) -> Expr in try parseUnary() }
        let r = range(from: start)
        // Fold a negative number literal, so `-5` is one literal as users read it.
        if case .literal(let literal) = operand.kind {
            switch literal {
            case .integer(let n): return Expr(.literal(.integer(-n)), r)
            case .decimal(let d): if let negated = -d { return Expr(.literal(.decimal(negated)), r) }
            default: break
            }
        }
        return Expr(.unary(.negate, operand), r)
    }

    func parsePostfix() throws(Failure) -> Expr {
        var expression = try parsePrimary()
        let start = expression.range.start
        while partial == 0 {
            let link = current
            if check(.leftParen) {
                let opener = current
                advance()
                let arguments = try bracketed { () throws(Failure) -> [Expr] in
                    var arguments: [Expr] = []
                    if !check(.rightParen) {
                        repeat {
                            if check(.rightParen) { break }
                            arguments.append(try parseExpression())
                        } while match(.comma)
                    }
                    try expectClosing(.rightParen, .afterArguments, opener: opener)
                    return arguments
                }
                expression = Expr(.call(expression, arguments), range(from: start))
            } else if check(.leftBracket) {
                let opener = current
                advance()
                let index = try bracketed { () throws(Failure) -> Expr in
                    let index = try parseExpression()
                    try expectClosing(.rightBracket, .afterIndex, opener: opener)
                    return index
                }
                expression = Expr(.index(expression, index), range(from: start))
            } else if check(.dot) {
                advance()
                skipLineBreaks()
                let t = current
                guard t.isWordLike else { throw expected(.fieldName, .afterDot) }
                advance()
                expression = Expr(.field(expression, t.symbol, t.range), range(from: start))
            } else {
                break
            }
            try checkHeight(expression, at: link)
        }
        return expression
    }

    func parsePrimary() throws(Failure) -> Expr {
        let t = current
        switch t.kind {
        case .integer, .decimal, .string, .date, .month, .quarter:
            advance()
            return Expr(.literal(t.literal), t.range)
        case .identifier:
            advance()
            return Expr(.name(t.symbol, newNameID()), t.range)
        case .keyword:
            switch t.keyword {
            case .true: advance(); return Expr(.literal(.bool(true)), t.range)
            case .false: advance(); return Expr(.literal(.bool(false)), t.range)
            case .nil: advance(); return Expr(.literal(.nil), t.range)
            case .it: advance(); return Expr(.it, t.range)
            default:
                throw failure(DiagnosticCatalog.expectedExpression, .expected(.expression, nil, found: describe(t)),
                              label: .reservedWord(symbols[t.symbol]))
            }
        case .leftParen:
            advance()
            return try bracketed { () throws(Failure) -> Expr in
                let inner = try parseExpression()
                try expectClosing(.rightParen, .closingParen, opener: t)
                return Expr(inner.kind, range(from: t.range.start))
            }
        case .leftBracket:
            advance()
            return try bracketed { () throws(Failure) -> Expr in
                var elements: [Expr] = []
                while !check(.rightBracket) {
                    elements.append(try parseExpression())
                    if !match(.comma) { break }
                }
                try expectClosing(.rightBracket, .closingList, opener: t)
                return Expr(.list(elements), range(from: t.range.start))
            }
        case .leftBrace:
            advance()
            return try bracketed { () throws(Failure) -> Expr in try parseRecord(opener: t) }
        default:
            throw failure(DiagnosticCatalog.expectedExpression, .expected(.expression, nil, found: describe(t)))
        }
    }

    /// `{name: value, "quoted key": value}`; entries may also be separated by new lines.
    func parseRecord(opener: Token) throws(Failure) -> Expr {
        var fields: [RecordField] = []
        func skipNewlines() { while check(.newline) { advance() } }
        skipNewlines()
        while !check(.rightBrace) {
            let key = current
            let name: Symbol
            if key.isWordLike {
                name = key.symbol
            } else if key.kind == .string, case .string(let text) = key.literal {
                name = symbols.intern(text)
            } else {
                throw expected(.fieldNameOrBrace, .inRecord)
            }
            advance()
            try expect(.colon, .afterFieldName)
            let value = try parseExpression()
            fields.append(RecordField(name: name, nameRange: key.range, value: value))
            let separated = match(.comma) || check(.newline)
            skipNewlines()
            if !separated { break }
        }
        try expectClosing(.rightBrace, .closingRecord, opener: opener)
        return Expr(.record(fields), range(from: opener.range.start))
    }
}
