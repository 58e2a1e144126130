import JicengBase

/// Every message about names and calls (E03xx) — the resolver's, and the same errors
/// met at run time — in English and Chinese, each written once here.
enum NameMessage: MessageText {
    /// `did you mean "count"?` under an unknown name, code, field or word.
    case didYouMean(String)
    case unknownName(String)
    case unknownVariable(String)
    case declareFirst(String)
    case noScriptDefinesIt
    case usedBeforeDeclared(String)
    case moveDeclarationUp
    case cannotAssignTo(String)
    case builtinOrCollection
    case itOutsideQuery
    case whatItIs
    case returnOutsideFunction
    case returnEndsFunction
    /// `break` or `continue`.
    case outsideLoop(String)
    case parameterTwice(String)
    case commandWithoutHandler(String)
    case syntaxWithoutHandler
    /// `count() takes 1 argument, not 2`.
    case takesArguments(String, ClosedRange<Int>, given: Int)
    /// A command's `unknown member "M0099"`, with the kind as the host names it.
    case unknownRecord(String, String)
    case noRecordHasCode(String)

    func text(_ l: MessageLanguage) -> String {
        switch self {
        case .didYouMean(let s): l.pick("did you mean \"\(s)\"?", "是不是要写 \"\(s)\"？")
        case .unknownName(let n): l.pick("unknown name \"\(n)\"", "未知的名字 \"\(n)\"")
        case .unknownVariable(let n): l.pick("unknown variable \"\(n)\"", "未知的变量 \"\(n)\"")
        case .declareFirst(let n): l.pick("declare it first: let \(n) = …", "请先声明：let \(n) = …")
        case .noScriptDefinesIt: l.pick("no script run so far defines it", "目前运行过的脚本都没有定义它")
        case .usedBeforeDeclared(let n): l.pick("\"\(n)\" is used before it is declared", "\"\(n)\" 在声明之前就用到了")
        case .moveDeclarationUp: l.pick("move the `let` or `def` above this line", "把 `let` 或 `def` 移到这一行之前")
        case .cannotAssignTo(let n): l.pick("cannot assign to \"\(n)\"", "不能给 \"\(n)\" 赋值")
        case .builtinOrCollection:
            l.pick("it is a built-in function or a collection; declare a variable with `let`",
                   "它是内置函数或记录集合；请用 `let` 另外声明一个变量")
        case .itOutsideQuery: l.pick("`it` is only defined inside a query", "`it` 只能在查询中使用")
        case .whatItIs:
            l.pick("`it` is the current item in `where`, `sort by`, `select` and `group by`",
                   "`it` 指 `where`、`sort by`、`select` 和 `group by` 中正在处理的那一项")
        case .returnOutsideFunction: l.pick("`return` outside a function", "`return` 只能用在函数中")
        case .returnEndsFunction: l.pick("`return` ends a function defined with `def`", "`return` 用来结束 `def` 定义的函数")
        case .outsideLoop(let w): l.pick("`\(w)` outside a loop", "`\(w)` 只能用在循环中")
        case .parameterTwice(let n): l.pick("parameter \"\(n)\" is named twice", "参数 \"\(n)\" 重名了")
        case .commandWithoutHandler(let id):
            l.pick("the command \"\(id)\" has no handler in this interpreter", "命令 \"\(id)\" 在这个解释器中没有处理程序")
        case .syntaxWithoutHandler:
            l.pick("the host declared its syntax but registered nothing to run it", "宿主程序声明了它的语法，却没有注册执行它的代码")
        case .takesArguments(let f, let arity, let given):
            l.pick("\(f)() takes \(NameMessage.englishCount(arity)) argument\(arity == 1...1 ? "" : "s"), not \(given)",
                   "\(f)() 需要\(NameMessage.chineseCount(arity))个参数，这里给了 \(given) 个")
        case .unknownRecord(let kind, let text): l.pick("unknown \(kind) \(text)", "未知的\(kind) \(text)")
        case .noRecordHasCode(let kind): l.pick("no \(kind) has this code", "没有哪个\(kind)是这个编号")
        }
    }

    /// `2`, `1 or more`, `1 to 3`.
    static func englishCount(_ a: ClosedRange<Int>) -> String {
        if a.lowerBound == a.upperBound { return "\(a.lowerBound)" }
        if a.upperBound == Int.max { return "\(a.lowerBound) or more" }
        return "\(a.lowerBound) to \(a.upperBound)"
    }

    /// ` 2 `, `至少 1 `, ` 1 到 3 `.
    static func chineseCount(_ a: ClosedRange<Int>) -> String {
        if a.lowerBound == a.upperBound { return " \(a.lowerBound) " }
        if a.upperBound == Int.max { return "至少 \(a.lowerBound) " }
        return " \(a.lowerBound) 到 \(a.upperBound) "
    }
}
