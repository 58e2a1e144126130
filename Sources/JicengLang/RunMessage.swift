import JicengBase

/// Every message of the run time, the built-in functions and files (E04xx, E05xx), in
/// English and Chinese, each written once here. Values' types are named by TypeName,
/// so a Chinese message says 整数 where an English one says int.
enum RunMessage: MessageText {
    // MARK: Limits and control

    case interrupted
    case stepLimit(Int64)
    case endlessLoop
    case timeLimit(String)
    case timeLimitSetByHost
    case assertionFailed(String)
    case nestedCallsIn(String)
    case endlessRecursion(Int)
    case notAFunction(TypeName)

    // MARK: Values

    case cannotCombine(Operation, TypeName, TypeName)
    /// `integer overflow in 3 * 4`.
    case overflowIn(integer: Bool, String)
    case numbersAre64Bits
    case cannotNegate(TypeName)
    case outsideCalendar(String)
    case divisionByZero
    case cannotCompare(TypeName, TypeName)
    case listsNestedTooDeep(Int)
    case cannotLookFor(TypeName)
    case cannotLookInside(TypeName)
    case inWorksOn
    case rangeTooLong(String, String)
    case loopInstead
    case listTooLong(Int, most: Int)
    case listLimit(Int)
    /// nil: too many bytes to be worth counting.
    case textTooLong(Int?, most: Int)
    case textLimit(Int)
    case cannotRepeat(Int64)
    case countNotNegative
    case rangeEnds(TypeName, TypeName)
    case rangeEndsSameKind
    case listIndexOutOfRange(Int64, count: Int)
    case listIsEmpty
    case indexesRun(Int)
    case stringIndexOutOfRange(Int64, count: Int)
    case cannotIndex(TypeName, TypeName)
    case cannotSetElement(TypeName, TypeName)
    case fieldsByCommands(TypeName)
    case setFieldExample(String, String)
    case cannotSetField(String, TypeName)
    case entityHasNoField(TypeName, String)
    case recordHasNoField(String)
    case valueHasNoField(TypeName, String)
    case dateFields
    case monthFields
    case quarterFields
    case onlySomeValuesHaveFields
    case cannotLoopOver(TypeName)
    case forWalks
    /// `` `where` needs a list, not int ``.
    case clauseNeedsList(String, TypeName)
    case takeNeedsCount
    case notFoldable

    // MARK: Built-in functions

    case expects(String, Wanted, got: TypeName)
    case expectsNumbers(String, TypeName, String)
    /// A problem inside a function, said in that function's name: `min(): …`.
    case inFunction(String, Message)
    case notADate(String)
    case dateArguments
    case noSuchDate(String)
    case roundDigits(Int, Int64)
    case decimalOverflowIn(String)
    case notAWholeNumber(String)
    case notANumber(String)
    case replaceEmpty
    case separatorEmpty
    case braceNotClosed
    case writeDoubleBrace
    case moreBracesThanValues(Int)
    case unknownPlaceholder(String)
    case usePlaceholders
    case placeholderNeedsNumber(String, TypeName)
    case valuesLeftOver(Int, braces: Int)

    // MARK: Files

    /// A file the system would not read, with the reason (the system's own words, or
    /// `symbolicLinkNotFollowed`).
    case cannotRead(String, reason: Message)
    case cannotWrite(String, reason: Message)
    case symbolicLinkNotFollowed
    case scriptsMayNot(FileAccess, String)
    case hostDecidesFiles
    case allowedFolderMissing(String, FileAccess)
    case hostNamesFolder
    case onlyInside(FileAccess, String)
    case cannotFollow(String)
    case outsideThroughLink(String)
    case outsideFolder(String)
    case notRegularFile(String)
    case alreadyRunning(String)
    case toNeedsFileName
    case runNeedsFileName

    /// The arithmetic that failed, worded as each language says it.
    enum Operation: Sendable, CaseIterable { case add, subtract, multiply, divide, remainder }

    /// What a built-in wanted for an argument.
    enum Wanted: Sendable, CaseIterable {
        case list, string, int, date, record, number, dateMonthOrQuarter, dateOrMonth, listStringOrRecord, listOrString
        case numberStringOrBool, numberOrString

        var english: String {
            switch self {
            case .list: "a list"
            case .string: "a string"
            case .int: "an int"
            case .date: "a date"
            case .record: "a record"
            case .number: "a number"
            case .dateMonthOrQuarter: "a date, month or quarter"
            case .dateOrMonth: "a date or month"
            case .listStringOrRecord: "a list, string or record"
            case .listOrString: "a list or string"
            case .numberStringOrBool: "a number, string or bool"
            case .numberOrString: "a number or string"
            }
        }

        var chinese: String {
            switch self {
            case .list: "列表"
            case .string: "字符串"
            case .int: "整数"
            case .date: "日期"
            case .record: "记录"
            case .number: "数字"
            case .dateMonthOrQuarter: "日期、月份或季度"
            case .dateOrMonth: "日期或月份"
            case .listStringOrRecord: "列表、字符串或记录"
            case .listOrString: "列表或字符串"
            case .numberStringOrBool: "数字、字符串或真假值"
            case .numberOrString: "数字或字符串"
            }
        }
    }

    func text(_ l: MessageLanguage) -> String {
        switch self {
        case .interrupted: l.pick("interrupted", "已中断")
        case .stepLimit(let n): l.pick("the script took more than \(n) steps", "脚本执行超过了 \(n) 步")
        case .endlessLoop:
            l.pick("a loop that never ends? the limit is set by the host (Limits.maxSteps)",
                   "是不是有停不下来的循环？这个上限由宿主程序设定（Limits.maxSteps）")
        case .timeLimit(let s): l.pick("the script ran longer than \(s) seconds", "脚本运行超过了 \(s) 秒")
        case .timeLimitSetByHost: l.pick("the limit is set by the host (Limits.maxSeconds)", "这个上限由宿主程序设定（Limits.maxSeconds）")
        case .assertionFailed(let t): l.pick("assertion failed: \(t)", "断言不成立：\(t)")
        case .nestedCallsIn(let f): l.pick("too many nested calls in \(f)()", "\(f)() 中嵌套调用的层数太多")
        case .endlessRecursion(let n):
            l.pick("a recursion that never stops? the limit is \(n) (Limits.maxCallDepth)",
                   "是不是有停不下来的递归？上限是 \(n) 层（Limits.maxCallDepth）")
        case .notAFunction(let t): l.pick("\(t.english) is not a function", "\(t.chinese)不是函数")

        case .cannotCombine(let op, let a, let b):
            switch op {
            case .add: l.pick("cannot add \(a.english) and \(b.english)", "不能把\(a.chinese)和\(b.chinese)相加")
            case .subtract: l.pick("cannot subtract \(b.english) from \(a.english)", "不能从\(a.chinese)中减去\(b.chinese)")
            case .multiply: l.pick("cannot multiply \(a.english) by \(b.english)", "不能把\(a.chinese)乘以\(b.chinese)")
            case .divide: l.pick("cannot divide \(a.english) by \(b.english)", "不能把\(a.chinese)除以\(b.chinese)")
            case .remainder:
                l.pick("cannot take the remainder of \(a.english) by \(b.english)", "不能求\(a.chinese)除以\(b.chinese)的余数")
            }
        case .overflowIn(let integer, let e):
            integer ? l.pick("integer overflow in \(e)", "\(e) 超出整数范围") : l.pick("decimal overflow in \(e)", "\(e) 超出小数范围")
        case .numbersAre64Bits: l.pick("numbers are limited to 64 bits (about ±9.2 × 10^18)", "数值限于 64 位（约 ±9.2 × 10^18）")
        case .cannotNegate(let t): l.pick("cannot negate \(t.english)", "不能对\(t.chinese)取负")
        case .outsideCalendar(let e): l.pick("\(e) falls outside the calendar (years 1 to 9999)", "\(e) 超出了日历范围（1 到 9999 年）")
        case .divisionByZero: l.pick("division by zero", "除数为零")
        case .cannotCompare(let a, let b): l.pick("cannot compare \(a.english) with \(b.english)", "不能比较\(a.chinese)和\(b.chinese)")
        case .listsNestedTooDeep(let n):
            l.pick("cannot order lists nested more than \(n) deep", "嵌套超过 \(n) 层的列表无法比较大小")
        case .cannotLookFor(let t): l.pick("cannot look for \(t.english) in a string", "不能在字符串中查找\(t.chinese)")
        case .cannotLookInside(let t): l.pick("cannot look inside \(t.english)", "不能在\(t.chinese)中查找")
        case .inWorksOn: l.pick("`in` works on lists, strings and records", "`in` 只能用于列表、字符串和记录")
        case .rangeTooLong(let a, let b):
            l.pick("the range \(a)..\(b) is too long to make a list of", "范围 \(a)..\(b) 太长，无法生成列表")
        case .loopInstead:
            l.pick("loop over it with `for` instead, or count with `x in lo..hi`", "请改用 `for` 逐个遍历，或用 `x in lo..hi` 判断")
        case .listTooLong(let n, let most): l.pick("the list would have \(n) items, more than \(most)", "列表将有 \(n) 项，超过上限 \(most) 项")
        case .listLimit(let most): l.pick("a list holds at most \(most) items (Limits.maxListLength)", "列表最多 \(most) 项（Limits.maxListLength）")
        case .textTooLong(let n?, let most): l.pick("the text would be \(n) bytes, more than \(most)", "文本将有 \(n) 字节，超过上限 \(most) 字节")
        case .textTooLong(nil, let most): l.pick("the text would be longer than \(most) bytes", "文本将超过 \(most) 字节")
        case .textLimit(let most): l.pick("text is limited to \(most) bytes (Limits.maxStringBytes)", "文本最长 \(most) 字节（Limits.maxStringBytes）")
        case .cannotRepeat(let n): l.pick("cannot repeat a string \(n) times", "字符串不能重复 \(n) 次")
        case .countNotNegative: l.pick("the count must be 0 or more", "次数必须是 0 或更大")
        case .rangeEnds(let a, let b): l.pick("a range runs from \(a.english) to \(b.english)", "范围的两端是\(a.chinese)和\(b.chinese)")
        case .rangeEndsSameKind:
            l.pick("both ends must be ints, dates, months or quarters of the same kind", "两端必须同为整数、日期、月份或季度")
        case .listIndexOutOfRange(let i, let n):
            l.pick("index \(i) is out of range for a list of \(n) item\(n == 1 ? "" : "s")", "下标 \(i) 超出范围：列表只有 \(n) 项")
        case .listIsEmpty: l.pick("the list is empty", "列表是空的")
        case .indexesRun(let last): l.pick("indexes run from 0 to \(last)", "下标从 0 到 \(last)")
        case .stringIndexOutOfRange(let i, let n):
            l.pick("index \(i) is out of range for a string of \(n) character\(n == 1 ? "" : "s")", "下标 \(i) 超出范围：字符串只有 \(n) 个字符")
        case .cannotIndex(let a, let b): l.pick("cannot index \(a.english) with \(b.english)", "不能用\(b.chinese)作\(a.chinese)的下标")
        case .cannotSetElement(let a, let b):
            l.pick("cannot set an element of \(a.english) by \(b.english)", "不能按\(b.chinese)设置\(a.chinese)的元素")
        case .fieldsByCommands(let t):
            l.pick("fields of a \(t.english) are changed by commands, not by assignment", "\(t.chinese)的字段要用命令修改，不能直接赋值")
        case .setFieldExample(let kind, let field): l.pick("for example: set \(kind) … \(field) …", "例如：set \(kind) … \(field) …")
        case .cannotSetField(let f, let t): l.pick("cannot set field \"\(f)\" of \(t.english)", "不能设置\(t.chinese)的字段 \"\(f)\"")
        case .entityHasNoField(let t, let f): l.pick("a \(t.english) has no field \"\(f)\"", "\(t.chinese)没有字段 \"\(f)\"")
        case .recordHasNoField(let f): l.pick("the record has no field \(f)", "记录中没有字段 \(f)")
        case .valueHasNoField(let t, let f): l.pick("\(t.english) has no field \"\(f)\"", "\(t.chinese)没有字段 \"\(f)\"")
        case .dateFields: l.pick("a date has year, month, day and quarter", "日期有 year、month、day 和 quarter")
        case .monthFields: l.pick("a month has year, month and quarter", "月份有 year、month 和 quarter")
        case .quarterFields: l.pick("a quarter has year and quarter", "季度有 year 和 quarter")
        case .onlySomeValuesHaveFields: l.pick("only records, entities and dates have fields", "只有记录、台账数据和日期类的值才有字段")
        case .cannotLoopOver(let t): l.pick("cannot loop over \(t.english)", "不能遍历\(t.chinese)")
        case .forWalks: l.pick("`for` walks a list, a query, a range or a string", "`for` 可以遍历列表、查询结果、范围或字符串")
        case .clauseNeedsList(let clause, let t): l.pick("`\(clause)` needs a list, not \(t.english)", "`\(clause)` 需要列表，而这里是\(t.chinese)")
        case .takeNeedsCount: l.pick("`take` needs a whole number of items, 0 or more", "`take` 需要 0 或更大的整数")
        case .notFoldable: l.pick("not foldable", "无法预先计算")

        case .expects(let f, let wanted, let got): l.pick("\(f)() expects \(wanted.english), got \(got.english)", "\(f)() 需要\(wanted.chinese)，但得到的是\(got.chinese)")
        case .expectsNumbers(let f, let t, let v):
            l.pick("\(f)() expects numbers, found \(t.english) \(v)", "\(f)() 需要数字，但其中有\(t.chinese) \(v)")
        case .inFunction(let f, let m): l.pick("\(f)(): \(m.english)", "\(f)()：\(m.chinese)")
        case .notADate(let s): l.pick("date(): \(s) is not a date (YYYY-MM-DD)", "date()：\(s) 不是日期（YYYY-MM-DD）")
        case .dateArguments:
            l.pick("date() takes a string, or a year, a month and a day", "date() 的参数是一个字符串，或者年、月、日三个数")
        case .noSuchDate(let s): l.pick("date(): \(s) is not a date", "date()：\(s) 不是有效的日期")
        case .roundDigits(let most, let given):
            l.pick("round() keeps 0 to \(most) digits, not \(given)", "round() 只能保留 0 到 \(most) 位小数，不能是 \(given)")
        case .decimalOverflowIn(let f): l.pick("decimal overflow in \(f)()", "\(f)() 中小数超出范围")
        case .notAWholeNumber(let s): l.pick("int(): \(s) is not a whole number", "int()：\(s) 不是整数")
        case .notANumber(let s): l.pick("decimal(): \(s) is not a number", "decimal()：\(s) 不是数字")
        case .replaceEmpty: l.pick("replace(): the text to replace is empty", "replace()：要替换的文本是空的")
        case .separatorEmpty: l.pick("split(): the separator is empty", "split()：分隔符是空的")
        case .braceNotClosed: l.pick("format(): a { is not closed", "format()：有一个 { 没有配对的 }")
        case .writeDoubleBrace: l.pick("write {{ for a brace", "要输出 { 本身，请写 {{")
        case .moreBracesThanValues(let n):
            l.pick("format(): the template has more {} than the \(n) value\(n == 1 ? "" : "s") given", "format()：模板里的 {} 比给出的 \(n) 个值多")
        case .unknownPlaceholder(let spec): l.pick("format(): unknown placeholder {\(spec)}", "format()：未知的占位符 {\(spec)}")
        case .usePlaceholders: l.pick("use {} or {:.2}", "请用 {} 或 {:.2}")
        case .placeholderNeedsNumber(let spec, let t):
            l.pick("format(): {\(spec)} needs a number, got \(t.english)", "format()：{\(spec)} 需要数字，但得到的是\(t.chinese)")
        case .valuesLeftOver(let n, let braces):
            l.pick("format(): \(n) value\(n == 1 ? "" : "s") left over; the template has \(braces) {}",
                   "format()：多出 \(n) 个值，模板里只有 \(braces) 个 {}")

        case .cannotRead(let p, let why): l.pick("cannot read \(p): \(why.english)", "无法读取 \(p)：\(why.chinese)")
        case .cannotWrite(let p, let why): l.pick("cannot write \(p): \(why.english)", "无法写入 \(p)：\(why.chinese)")
        case .symbolicLinkNotFollowed: l.pick("it is a symbolic link, which is not followed", "它是符号链接，不会沿链接打开")
        case .scriptsMayNot(let access, let p):
            l.pick("this console does not allow scripts to \(access.verb) files (\(p))", "这里不允许脚本\(access.chineseVerb)文件（\(p)）")
        case .hostDecidesFiles:
            l.pick("the program running the script decides which files scripts may use", "脚本能使用哪些文件，由运行脚本的程序决定")
        case .allowedFolderMissing(let folder, let access):
            l.pick("the allowed folder \(folder) does not exist, so scripts may not \(access.verb) files",
                   "允许使用的文件夹 \(folder) 不存在，脚本无法\(access.chineseVerb)文件")
        case .hostNamesFolder: l.pick("the program running the script names the folder", "这个文件夹由运行脚本的程序指定")
        case .onlyInside(let access, let root):
            l.pick("scripts may only \(access.verb) files inside \(root)", "脚本只能\(access.chineseVerb) \(root) 之内的文件")
        case .cannotFollow(let p):
            l.pick("\(p) cannot be followed: a symbolic link to nothing, or `..` after a folder that does not exist",
                   "\(p) 无法打开：它是指向不存在之处的符号链接，或在不存在的文件夹后面用了 `..`")
        case .outsideThroughLink(let p):
            l.pick("\(p) leads outside the allowed folder through a symbolic link", "\(p) 通过符号链接指向了允许使用的文件夹之外")
        case .outsideFolder(let p): l.pick("\(p) is outside the allowed folder", "\(p) 不在允许使用的文件夹内")
        case .notRegularFile(let p): l.pick("\(p) is not a regular file", "\(p) 不是普通文件")
        case .alreadyRunning(let p): l.pick("\(p) is already running (a script that runs itself?)", "\(p) 已在运行（脚本在运行它自己？）")
        case .toNeedsFileName: l.pick("`to` needs a file name (a string)", "`to` 后面需要文件名（字符串）")
        case .runNeedsFileName: l.pick("`run` needs a file name (a string)", "`run` 后面需要文件名（字符串）")
        }
    }
}

/// How messages name a value's type: `int` / `整数`; a host's entity by the names its
/// host gave (`member` / `党员`).
public struct TypeName: Sendable {
    public let english: String
    public let chinese: String

    public init(_ value: Value) {
        english = value.typeName
        chinese = switch value {
        case .nil: "空值（nil）"
        case .bool: "真假值"
        case .int: "整数"
        case .decimal: "小数"
        case .string: "字符串"
        case .date: "日期"
        case .month: "月份"
        case .quarter: "季度"
        case .list: "列表"
        case .record: "记录"
        case .entity(let e): e.type.label ?? e.type.name
        case .function: "函数"
        }
    }
}

extension Value {
    /// This value's type as messages name it, in both languages.
    public var typeNames: TypeName { TypeName(self) }
}
