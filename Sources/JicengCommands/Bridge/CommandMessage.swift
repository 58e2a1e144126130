import JicengBase
import JicengDomain
import JicengLang

/// Every message the commands say themselves — a refusal framed with its record, a
/// wrong argument, what `add`, `set`, `check`, `undo`, `history` and `save` report — in
/// English and Chinese, each written once here. The work's own refusals are WorkMessage,
/// the model's RuleMessage.
enum CommandMessage: MessageText {
    // MARK: Records and arguments

    /// A broken rule with the record it is about: `member "M9" joined 2000-01-01: …`.
    case violation(Kind, String, field: FieldName?, value: String?, Message)
    case unknownRecord(Kind, String)
    case ambiguousRecord(Kind, String)
    case ambiguousName(Kind, String)
    case writeTheCode
    case rule(String)
    case changeReferrersFirst
    case noLongerExists(String)
    case missingArgument(String)
    case wrongType(Wanted, slot: String, TypeName, String)
    case created(Kind, String)
    case unknownChoice(String, String)

    // MARK: add, set, remove

    case kindHasNoName(Kind)
    case nameAsText(FieldName, TypeName, String)
    case nothingToSet
    case setExample(Kind, String, String)
    case unknownKind(String)
    case kindHasNoField(Kind, String)
    case kindFields(Kind, [String])
    case fieldCannotHold(FieldName, TypeName, String)
    case fieldIs(FieldName, FieldType)
    case fieldCannotBe(FieldName, String)
    case fieldIsOneOf(Kind, FieldName, [ChoiceOption])

    // MARK: The store

    case checkLine(Violation)
    case checkClean
    case checkCounts(errors: Int, notices: Int)
    case nothingToUndo
    case undoReverts
    case undone(String, changes: Int)
    case noStoreNoHistory
    case cannotReadHistory(String)
    case noHistory
    case noHistoryFor(Kind, String)
    case cannotSave(String)
    case nothingCommitted(String)

    /// What an argument should have been.
    enum Wanted: Sendable {
        case records([Kind])
        /// A code, a name or the record itself, of one of the kinds (any kind when empty).
        case recordsByCode([Kind])
        case recordOfSomeKind
        case date, month, quarter, wholeNumber, number, text, noteRecord
        case textFor(String)

        var english: String {
            switch self {
            case .records(let ks): ks.isEmpty ? "a record" : ks.map { "a \($0.name)" }.joined(separator: " or ")
            case .recordsByCode(let ks): Wanted.records(ks).english + " (a code, a name or the record)"
            case .recordOfSomeKind: "a record (give its kind)"
            case .date: "a date (2025-03-15)"
            case .month: "a month (2025-03)"
            case .quarter: "a quarter (2025Q1)"
            case .wholeNumber: "a whole number"
            case .number: "a number"
            case .text: "text (a string)"
            case .noteRecord: "a record ({\"M0009\": \"病假\"})"
            case .textFor(let key): "text for \(key)"
            }
        }

        var chinese: String {
            switch self {
            case .records(let ks): ks.isEmpty ? "一条记录" : ks.map(\.label).joined(separator: "或")
            case .recordsByCode(let ks): Wanted.records(ks).chinese + "（编号、名称或记录本身）"
            case .recordOfSomeKind: "一条记录（请写明类别）"
            case .date: "日期（2025-03-15）"
            case .month: "月份（2025-03）"
            case .quarter: "季度（2025Q1）"
            case .wholeNumber: "整数"
            case .number: "数字"
            case .text: "文本（字符串）"
            case .noteRecord: "记录（{\"M0009\": \"病假\"}）"
            case .textFor(let key): "\(key) 对应的文本"
            }
        }
    }

    func text(_ l: MessageLanguage) -> String {
        switch self {
        case .violation(let kind, let code, let field, let value, let message):
            l.pick("\(kind.name) \"\(code)\"" + (field.map { " " + $0.name } ?? "") + (value.map { " " + $0 } ?? "") + ": " + message.english,
                   "\(kind.label) \"\(code)\"" + (field.map { " " + $0.label } ?? "")
                       + (value.map { " " + CommandMessage.chineseValue($0, of: field, kind) } ?? "") + "：" + message.chinese)
        case .unknownRecord(let k, let text): l.pick("unknown \(k.name) \(text)", "未知的\(k.label) \(text)")
        case .ambiguousRecord(let k, let text): l.pick("ambiguous \(k.name) \(text)", "\(k.label) \(text) 有重名")
        case .ambiguousName(let k, let text): l.pick("ambiguous \(k.name) name \(text)", "\(k.label)名称 \(text) 有重名")
        case .writeTheCode: l.pick("write the code instead of the name", "请改写编号")
        case .rule(let id): l.pick("rule \(id)", "规则 \(id)")
        case .changeReferrersFirst: l.pick("remove or change those records first", "请先删除或修改这些记录")
        case .noLongerExists(let record): l.pick("\(record) no longer exists", "\(record) 已不存在")
        case .missingArgument(let slot): l.pick("<\(slot)> is missing", "缺少 <\(slot)>")
        case .wrongType(let wanted, let slot, let type, let literal):
            l.pick("expected \(wanted.english) for <\(slot)>, found \(type.english) \(literal)",
                   "<\(slot)> 应为\(wanted.chinese)，但这里是\(type.chinese) \(literal)")
        case .created(let k, let code): l.pick("created \(k.name) \(code)", "已新增\(k.label) \(code)")
        case .unknownChoice(let slot, let word): l.pick("unknown \(slot) \(word)", "未知的 <\(slot)> \(word)")

        case .kindHasNoName(let k): l.pick("a \(k.name) has no name; give its fields (code …)", "\(k.label)没有名称；请直接写字段（code …）")
        case .nameAsText(let f, let type, let literal):
            l.pick("expected the \(f.name) as text, found \(type.english) \(literal)", "\(f.label)应为文本，但这里是\(type.chinese) \(literal)")
        case .nothingToSet: l.pick("nothing to set: name the fields and their values", "没有要修改的内容：请写出字段和值")
        case .setExample(let k, let code, let field):
            l.pick("for example: set \(k.name) \"\(code)\" \(field) …", "例如：set \(k.name) \"\(code)\" \(field) …")
        case .unknownKind(let word): l.pick("unknown kind \(word)", "未知的记录类别 \(word)")
        case .kindHasNoField(let k, let name): l.pick("a \(k.name) has no field \"\(name)\"", "\(k.label)没有字段 \"\(name)\"")
        case .kindFields(let k, let names):
            l.pick("a \(k.name) has: " + names.joined(separator: ", "), "\(k.label)的字段有：" + names.joined(separator: "、"))
        case .fieldCannotHold(let f, let type, let literal):
            l.pick("\(f.name) cannot hold \(type.english) \(literal)", "\(f.label)不能是\(type.chinese) \(literal)")
        case .fieldIs(let f, let type): l.pick("\(f.name) is \(type)", "\(f.label)应为\(type.chineseDescription)")
        case .fieldCannotBe(let f, let word): l.pick("\(f.name) cannot be \"\(word)\"", "\(f.label)不能是 \"\(word)\"")
        case .fieldIsOneOf(let k, let f, let options):
            l.pick("a \(k.name)'s \(f.name) is one of: " + options.map(\.value).joined(separator: ", "),
                   "\(k.label)的\(f.label)可以是：" + options.map { "\($0.label)（\($0.value)）" }.joined(separator: "、"))

        case .checkLine(let v):
            l.pick("\(v.severity == .error ? "error" : "notice"): \(v)",
                   (v.severity == .error ? "错误：" : "提示：")
                       + CommandMessage.violation(v.kind, v.code, field: v.field.map { FieldName($0, of: v.kind) }, value: v.value, v.message)
                           .text(.chinese) + " [\(v.rule)]")
        case .checkClean: l.pick("check: no problems", "检查：没有发现问题")
        case .checkCounts(let errors, let notices):
            l.pick("check: \(errors) error\(errors == 1 ? "" : "s"), \(notices) notice\(notices == 1 ? "" : "s")",
                   "检查：\(errors) 个错误，\(notices) 个提示")
        case .nothingToUndo: l.pick("nothing to undo: this session has committed no change", "没有可撤销的改动：本次会话还没有提交过改动")
        case .undoReverts:
            l.pick("undo reverts what this session committed; a script's changes are one commit when it ends",
                   "undo 只撤销本次会话提交的改动；一个脚本的改动在结束时作为一次提交")
        case .undone(let command, let n):
            l.pick("undone: \(command) (\(n) change\(n == 1 ? "" : "s"))", "已撤销：\(command)（\(n) 项改动）")
        case .noStoreNoHistory: l.pick("this session has no store, so no history", "本次会话没有数据存储，因此没有历史记录")
        case .cannotReadHistory(let why): l.pick("cannot read the history: \(why)", "无法读取历史记录：\(why)")
        case .noHistory: l.pick("history: no changes yet", "历史：还没有改动")
        case .noHistoryFor(let k, let record):
            l.pick("history: no changes to \(k.name) \(record)", "历史：\(k.label) \(record) 没有改动")
        case .cannotSave(let why): l.pick("cannot save: \(why)", "无法保存：\(why)")
        case .nothingCommitted(let why): l.pick("nothing was committed: \(why)", "没有提交任何改动：\(why)")
        }
    }
}

extension CommandMessage {
    /// A choice field's value by its Chinese label (`transferred_out` → `已转出`); any other as given.
    static func chineseValue(_ value: String, of field: FieldName?, _ kind: Kind) -> String {
        guard let field, case .choice(let options)? = Schema.field(field.name, of: kind)?.type,
              let option = options.first(where: { $0.value == value }) else { return value }
        return option.label
    }
}

extension DomainCall {
    /// The language the session speaks (`--lang`), for what a command says.
    public var language: MessageLanguage { session.interpreter.messageLanguage }

    /// Writes a line in the session's language.
    public func say(_ message: Message) { say(message.text(language)) }

    func say(_ message: CommandMessage) { say(Message(message)) }
}
