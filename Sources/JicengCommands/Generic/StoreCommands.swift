import JicengBase
import JicengDomain
import JicengLang
import JicengStore

/// The commands about the store itself: check, undo, history, save.
public enum StoreCommands {
    public static var all: [DomainCommand] { [check, undo, history, save] }

    static let check = DomainCommand(try! CommandSyntax(
        id: "check", english: "check", chinese: "检查",
        summary: "checks every record against every rule, and lists 空挂 and 失联 members and probations run out without 转正 (预备期已满)",
        summaryZh: "按全部规则逐条检查记录，并列出空挂、失联党员和预备期已满未转正的党员",
        examples: ["check"], topic: "store")
    ) { call in
        let problems = call.database.check()
        for v in problems { call.say(.checkLine(v)) }
        let errors = problems.filter { $0.severity == .error }.count
        let notices = problems.count - errors
        call.say(problems.isEmpty ? .checkClean : .checkCounts(errors: errors, notices: notices))
        return .nil
    }

    /// `error: member "M1" idcard 110105********0021: … [idcard_checksum]` (错误：党员 "M1" 身份证号 … in Chinese).
    public static func line(_ v: Violation, in language: MessageLanguage = .english) -> String {
        CommandMessage.checkLine(v).text(language)
    }

    static let undo = DomainCommand(try! CommandSyntax(
        id: "undo", english: "undo", chinese: "撤销",
        summary: "reverts the last change this session committed (as a new change, kept in the history)",
        summaryZh: "撤销本次会话提交的上一项改动（以一项新改动记入历史）",
        examples: ["undo"], topic: "store")
    ) { call in
        let session = call.session
        guard let last = session.undoStack.popLast() else {
            throw call.error(.nothingToUndo, help: .undoReverts, id: BridgeErrorID.notAvailable)
        }
        call.database.currentCommand = "undo"
        do {
            try call.change { try call.database.undo(last.records) }
        } catch {
            session.undoStack.append(last)
            throw error
        }
        session.undoing = last
        call.say(.undone(last.command, changes: last.records.count))
        return .nil
    }

    static let history = DomainCommand(try! CommandSyntax(
        id: "history", english: "history [for <record>]", chinese: "历史 [关于 <record>]",
        kinds: ["record": .entity(KindWords.allChoices + KindWords.roles.map(\.word))],
        summary: "shows the audit trail (留痕): who changed what, when and with which command; personal data masked",
        summaryZh: "查看留痕：谁在何时用哪条命令改了什么；个人信息已脱敏",
        examples: ["history", #"history for member "M0001""#, #"历史 关于 党员 "张三""#], topic: "store")
    ) { call in
        guard let store = call.session.store else {
            throw call.error(.noStoreNoHistory, id: BridgeErrorID.notAvailable)
        }
        let target = try call.optionalEntity("record")
        let code = target.map { call.database.code($0) }
        var entries: [HistoryEntry]
        do { entries = try store.history() } catch {
            throw call.error(.cannotReadHistory("\(error)"), id: BridgeErrorID.storeFailed)
        }
        if let target, let code {
            entries = entries.filter { $0.changes.contains { $0.kind == target.kind && $0.code == code } }
        }
        for e in entries { call.say(StoreCommands.line(e, only: target.map { ($0.kind, code!) })) }
        if entries.isEmpty {
            call.say(target.map { .noHistoryFor($0.kind, String(call.describe($0).dropFirst($0.kind.name.count + 1))) } ?? .noHistory)
        }
        return .nil
    }

    /// `#3 2025-06-30T08:00:00Z wang roster.jc:4 set member "M1" phone "139****0000"` then one
    /// line per record touched.
    static func line(_ e: HistoryEntry, only: (Kind, String)?) -> String {
        var lines = ["#\(e.seq) \(e.time) \(e.user) \(e.source.isEmpty ? "-" : e.source)  \(e.command)"]
        for t in e.changes where only == nil || (only!.0 == t.kind && only!.1 == t.code) {
            let fields = t.fields.filter { $0 != "code" }
            lines.append("    \(t.operation) \(t.kind.name) \(t.code)" + (fields.isEmpty ? "" : ": " + fields.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }

    static let save = DomainCommand(try! CommandSyntax(
        id: "save", english: "save", chinese: "保存",
        summary: "folds the journal into a new snapshot (also done on exit once the journal has grown past its threshold)",
        summaryZh: "把操作日志归并为新的数据快照（日志超过阈值时退出也会自动归并）",
        examples: ["save"], topic: "store"),
        grouped: false
    ) { call in
        let session = call.session
        guard let store = session.store else { return .nil }
        let db = call.database
        guard db.transactionDepth == 0, db.pendingChanges.isEmpty else {
            // Inside a script or transaction: save once its changes are committed.
            session.checkpointRequested = true
            return .nil
        }
        do { try store.checkpoint(db) } catch {
            throw call.error(.cannotSave("\(error)"), id: BridgeErrorID.storeFailed)
        }
        return .nil
    }
}
