import JicengBase

/// Every message of the lexer and the parser (E01xx, E02xx), in English and Chinese,
/// each written once here. Report sites name a case and its typed arguments; the text is
/// built only when a diagnostic is shown, in the reader's language.
enum SyntaxMessage: MessageText {
    // MARK: Lexer

    case invalidUTF8InSource
    case invalidUTF8InString
    case bytesNotUTF8
    case saveAsUTF8
    case nulInSource
    case nulInString
    /// The character as shown: `'!'` or `U+0007`.
    case unexpectedCharacter(String)
    case backslashOnlyAtLineEnd
    case writeNotForNegation
    case notAQuarter(String)
    case quartersAreQ1ToQ4
    case notADate(String)
    case datesAreWritten
    case notAMonth(String)
    case monthsAreWritten
    case decimalOutOfRange(String)
    case decimalDigitsLimit
    case integerTooLarge(String)
    case largestInteger(Int64)
    case unterminatedString
    case quoteNeverClosed
    case braceAfterUnicodeEscape
    case writeUnicodeEscape
    case invalidUnicodeEscape
    case unicodeEscapeDigits
    case unknownEscape(String)
    case theEscapes

    // MARK: Parser

    /// `expected ')' after arguments, found ']'`.
    case expected(Expected, Place?, found: Found)
    /// `expected 'to' or 'into', found 'in'`: the words a command could go on with.
    case expectedWords([String], found: Found)
    /// A note under a missing closer: `'(' opened at 2:12`.
    case openedAt(TokenKind, SourceLocation)
    case reservedWord(String)
    case nestingTooDeep
    case nestingLimit(Int)
    case expressionHeightLimit(Int)
    case splitWithLet
    case unmatchedBrace
    case noBlockOpen
    case elseWithoutIf
    case elseOnClosingLine
    case cannotAssignExpression
    case assignableTargets
    case unknownCommand(String)
    case noCommandStartsSo
    case helpListsCommands
    case unknownFormat(String)
    case theFormats([String])
    /// A usage line of the command that did not match.
    case usage(String)
    case moreUsages(Int)
    case clauseGivenTwice(String)
    case takesOneClause(String)
    case fieldGivenTwice(String)
    case fieldOnce
    case unknownField(String)
    case noSuchField
    case expectedCommandEnd(found: Found)
    case notPartOf(String)
    /// `expected <member>, found 'x'`.
    case expectedSlot(String, found: Found)
    case expectedValueAfter(String, found: Found)
    case oneOf([String])
    case columnNeedsName
    case writeLabelColon
    case rangesDoNotChain
    case secondRange
    case firstRangeAt(SourceLocation)
    case tooManyOperators
    case operatorLimit(Int)
    case addUpInLoop
    case comparisonsDoNotChain
    case writeTwoComparisons

    /// What the parser wanted where it stopped.
    enum Expected: Sendable {
        case token(TokenKind)
        /// A word of the language, quoted as typed (`'in'`).
        case word(String)
        case expression
        case name
        case fieldName
        case fieldNameOrBrace
        case newLineOrSemicolon
        case outputFormat
    }

    /// Where it wanted it: `after the condition of 'if'`.
    enum Place: Sendable, CaseIterable {
        case afterStatement, closingBlock, afterWhileCondition, afterTransaction, afterLet, afterNameInLet
        case afterIfCondition, afterElse, afterFor, afterForVariable, afterForSequence, afterDef, afterFunctionName
        case forParameter, afterParameters, afterArguments, afterIndex, afterDot, closingParen, closingList
        case inRecord, afterFieldName, closingRecord, afterAs

        var english: String {
            switch self {
            case .afterStatement: "after the statement"
            case .closingBlock: "to close the block"
            case .afterWhileCondition: "after the condition of 'while'"
            case .afterTransaction: "after 'transaction'"
            case .afterLet: "after 'let'"
            case .afterNameInLet: "after the name in 'let'"
            case .afterIfCondition: "after the condition of 'if'"
            case .afterElse: "after 'else'"
            case .afterFor: "after 'for'"
            case .afterForVariable: "after the variable of 'for'"
            case .afterForSequence: "after the sequence of 'for'"
            case .afterDef: "after 'def'"
            case .afterFunctionName: "after the function name"
            case .forParameter: "for a parameter"
            case .afterParameters: "after the parameters"
            case .afterArguments: "after arguments"
            case .afterIndex: "after the index"
            case .afterDot: "after '.'"
            case .closingParen: "to close '('"
            case .closingList: "to close the list"
            case .inRecord: "in the record"
            case .afterFieldName: "after the field name"
            case .closingRecord: "to close the record"
            case .afterAs: "after 'as'"
            }
        }

        /// Reads before `应为 …`: `if 条件之后应为 '{'`.
        var chinese: String {
            switch self {
            case .afterStatement: "语句结束后"
            case .closingBlock: "代码块结尾"
            case .afterWhileCondition: "while 条件之后"
            case .afterTransaction: "transaction 之后"
            case .afterLet: "let 之后"
            case .afterNameInLet: "let 的变量名之后"
            case .afterIfCondition: "if 条件之后"
            case .afterElse: "else 之后"
            case .afterFor: "for 之后"
            case .afterForVariable: "for 的变量之后"
            case .afterForSequence: "for 的遍历对象之后"
            case .afterDef: "def 之后"
            case .afterFunctionName: "函数名之后"
            case .forParameter: "参数位置"
            case .afterParameters: "参数表之后"
            case .afterArguments: "调用参数之后"
            case .afterIndex: "下标之后"
            case .afterDot: "'.' 之后"
            case .closingParen: "括号结尾"
            case .closingList: "列表结尾"
            case .inRecord: "记录中"
            case .afterFieldName: "字段名之后"
            case .closingRecord: "记录结尾"
            case .afterAs: "'as' 之后"
            }
        }
    }

    /// How a message names the token found: its text, quoted, or what it is.
    enum Found: Sendable {
        case text(String)
        case kind(TokenKind)

        func text(_ l: MessageLanguage) -> String {
            switch self {
            case .text(let s): s
            case .kind(let k): SyntaxMessage.name(of: k, l)
            }
        }
    }

    func text(_ l: MessageLanguage) -> String {
        switch self {
        case .invalidUTF8InSource: l.pick("invalid UTF-8 in source", "源文件中有无效的 UTF-8 编码")
        case .invalidUTF8InString: l.pick("invalid UTF-8 in string", "字符串中有无效的 UTF-8 编码")
        case .bytesNotUTF8: l.pick("these bytes are not UTF-8", "这些字节不是 UTF-8")
        case .saveAsUTF8: l.pick("save the file as UTF-8", "请把文件另存为 UTF-8 编码")
        case .nulInSource: l.pick("NUL byte in source", "源文件中有 NUL 字节（空字符）")
        case .nulInString: l.pick("NUL byte in string", "字符串中有 NUL 字节（空字符）")
        case .unexpectedCharacter(let c): l.pick("unexpected character \(c)", "无法识别的字符 \(c)")
        case .backslashOnlyAtLineEnd:
            l.pick("a '\\' continues a statement only at the end of a line", "'\\' 只能写在行尾，表示语句接到下一行")
        case .writeNotForNegation: l.pick("write 'not' for negation", "取反请写 not")
        case .notAQuarter(let t): l.pick("\(t) is not a quarter", "\(t) 不是有效的季度")
        case .quartersAreQ1ToQ4: l.pick("quarters are Q1 to Q4", "季度只有 Q1 到 Q4")
        case .notADate(let t): l.pick("\(t) is not a date", "\(t) 不是有效的日期")
        case .datesAreWritten: l.pick("dates are written YYYY-MM-DD", "日期写作 YYYY-MM-DD")
        case .notAMonth(let t): l.pick("\(t) is not a month", "\(t) 不是有效的月份")
        case .monthsAreWritten: l.pick("months are written YYYY-MM, 01 to 12", "月份写作 YYYY-MM，月为 01 到 12")
        case .decimalOutOfRange(let t): l.pick("decimal \(t) is out of range", "小数 \(t) 超出范围")
        case .decimalDigitsLimit: l.pick("at most 18 digits, 18 after the point", "最多 18 位数字，小数点后最多 18 位")
        case .integerTooLarge(let t): l.pick("integer \(t) is too large", "整数 \(t) 太大")
        case .largestInteger(let n): l.pick("the largest integer is \(n)", "最大的整数是 \(n)")
        case .unterminatedString: l.pick("unterminated string", "字符串没有结束")
        case .quoteNeverClosed: l.pick("this quote is never closed", "这个引号没有配对的结束引号")
        case .braceAfterUnicodeEscape: l.pick("expected '{' after \\u", "\\u 后面应为 '{'")
        case .writeUnicodeEscape: l.pick("write \\u{4E2D}", "写作 \\u{4E2D}")
        case .invalidUnicodeEscape: l.pick("invalid unicode escape", "无效的 Unicode 转义")
        case .unicodeEscapeDigits:
            l.pick("write 1 to 6 hex digits of a Unicode scalar, as in \\u{4E2D}", "写 1 到 6 位十六进制数字，如 \\u{4E2D}")
        case .unknownEscape(let e): l.pick("unknown escape '\(e)'", "未知的转义 '\(e)'")
        case .theEscapes: l.pick("the escapes are \\n \\t \\r \\\" \\\\ and \\u{…}", "可用的转义有 \\n \\t \\r \\\" \\\\ 和 \\u{…}")

        case .expected(let what, let place, let found):
            l.pick("expected \(what.text(l))" + (place.map { " " + $0.english } ?? "") + ", found \(found.text(l))",
                   MessageLanguage.chineseJoined(place?.chinese ?? "", "应为", what.text(l), "，但这里是", found.text(l)))
        case .expectedWords(let words, let found):
            l.pick("expected \(l.list(words.map { "'\($0)'" })), found \(found.text(l))",
                   MessageLanguage.chineseJoined("应为", l.list(words.map { "'\($0)'" }), "，但这里是", found.text(l)))
        case .openedAt(let k, let at): l.pick("\(k.display) opened at \(at)", "对应的 \(k.display) 在 \(at)")
        case .reservedWord(let w): l.pick("'\(w)' is a reserved word", "'\(w)' 是保留字")
        case .nestingTooDeep: l.pick("nesting too deep", "嵌套太深")
        case .nestingLimit(let n):
            l.pick("more than \(n) levels of brackets, blocks or prefix operators", "括号、代码块或前缀运算符超过 \(n) 层")
        case .expressionHeightLimit(let n): l.pick("more than \(n) levels in one expression", "一个表达式超过 \(n) 层")
        case .splitWithLet: l.pick("split the expression with `let` variables", "用 `let` 变量把表达式拆开")
        case .unmatchedBrace: l.pick("unmatched '}'", "多余的 '}'")
        case .noBlockOpen: l.pick("no block is open here", "这里没有未结束的代码块")
        case .elseWithoutIf: l.pick("'else' without 'if'", "'else' 前面没有 'if'")
        case .elseOnClosingLine:
            l.pick("put 'else' on the same line as the '}' that closes the 'if' block", "把 'else' 写在 'if' 代码块结尾的 '}' 同一行")
        case .cannotAssignExpression: l.pick("cannot assign to this expression", "不能给这个表达式赋值")
        case .assignableTargets:
            l.pick("only a variable, an element `xs[i]` or a field `r.f` can be assigned", "只能给变量、列表元素 `xs[i]` 或字段 `r.f` 赋值")
        case .unknownCommand(let w): l.pick("unknown command '\(w)'", "未知的命令 '\(w)'")
        case .noCommandStartsSo: l.pick("no command or statement starts with this word", "没有以这个词开头的命令或语句")
        case .helpListsCommands: l.pick("`help` lists the commands", "输入 `help` 查看所有命令")
        case .unknownFormat(let f): l.pick("unknown output format '\(f)'", "未知的输出格式 '\(f)'")
        case .theFormats(let fs): l.pick("the formats are " + fs.joined(separator: ", "), "输出格式有 " + fs.joined(separator: "、"))
        case .usage(let u): l.pick("usage: " + u, "用法：" + u)
        case .moreUsages(let n): l.pick("… and \(n) more; `help` lists them", "……还有 \(n) 种写法，`help` 可列出全部")
        case .clauseGivenTwice(let w): l.pick("'\(w)' is given twice", "'\(w)' 写了两次")
        case .takesOneClause(let w): l.pick("this command takes one '\(w)'", "这条命令只能有一个 '\(w)'")
        case .fieldGivenTwice(let w): l.pick("the field '\(w)' is given twice", "字段 '\(w)' 写了两次")
        case .fieldOnce: l.pick("each field may be set once", "每个字段只能设置一次")
        case .unknownField(let w): l.pick("unknown field '\(w)'", "未知的字段 '\(w)'")
        case .noSuchField: l.pick("no field of this command is called this", "这条命令没有这个字段")
        case .expectedCommandEnd(let found):
            l.pick("expected the end of the command, found \(found.text(l))", MessageLanguage.chineseJoined("命令应在此结束，但这里是", found.text(l)))
        case .notPartOf(let p): l.pick("not part of '\(p)'", "不属于 '\(p)'")
        case .expectedSlot(let name, let found): l.pick("expected <\(name)>, found \(found.text(l))", MessageLanguage.chineseJoined("应为 <\(name)>，但这里是", found.text(l)))
        case .expectedValueAfter(let w, let found):
            l.pick("expected a value after '\(w)', found \(found.text(l))", MessageLanguage.chineseJoined("'\(w)' 后面应为一个值，但这里是", found.text(l)))
        case .oneOf(let names): l.pick("one of " + names.joined(separator: ", "), "可选：" + names.joined(separator: "、"))
        case .columnNeedsName: l.pick("a computed column needs a name", "计算出的列需要一个名字")
        case .writeLabelColon: l.pick("write `label: expression`", "写作 `列名: 表达式`")
        case .rangesDoNotChain: l.pick("ranges do not chain", "范围不能连写")
        case .secondRange: l.pick("a second '..'", "第二个 '..'")
        case .firstRangeAt(let at): l.pick("the first '..' is at \(at)", "第一个 '..' 在 \(at)")
        case .tooManyOperators: l.pick("too many operators in one expression", "一个表达式中的运算符太多")
        case .operatorLimit(let n): l.pick("more than \(n) in a row", "连续超过 \(n) 个")
        case .addUpInLoop: l.pick("add the terms up in a loop or with sum()", "用循环或 sum() 把各项加起来")
        case .comparisonsDoNotChain: l.pick("comparisons do not chain", "比较不能连写")
        case .writeTwoComparisons:
            l.pick("write `a < b and b < c`, or put one comparison in parentheses", "写成 `a < b and b < c`，或给其中一个比较加上括号")
        }
    }

    /// How a message names a kind of token: `')'`, `a name` / `名字`, `end of line` / `行尾`.
    static func name(of k: TokenKind, _ l: MessageLanguage) -> String {
        guard l == .chinese else { return k.display }
        switch k {
        case .identifier: return "名字"
        case .keyword: return "关键字"
        case .integer: return "整数"
        case .decimal: return "小数"
        case .string: return "字符串"
        case .date: return "日期"
        case .month: return "月份"
        case .quarter: return "季度"
        case .newline: return "行尾"
        case .end: return "输入结束"
        case .invalid: return "无效字符"
        default: return k.display
        }
    }
}

extension SyntaxMessage.Expected {
    func text(_ l: MessageLanguage) -> String {
        switch self {
        case .token(let k): SyntaxMessage.name(of: k, l)
        case .word(let w): "'\(w)'"
        case .expression: l.pick("an expression", "表达式")
        case .name: l.pick("a name", "名字")
        case .fieldName: l.pick("a field name", "字段名")
        case .fieldNameOrBrace: l.pick("a field name or '}'", "字段名或 '}'")
        case .newLineOrSemicolon: l.pick("a new line or ';'", "换行或 ';'")
        case .outputFormat: l.pick("an output format", "输出格式")
        }
    }
}
