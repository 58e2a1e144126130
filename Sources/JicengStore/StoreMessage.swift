import JicengBase
@_spi(Store) import JicengDomain

/// What loading a store says when a file cannot be used — what is wrong, where, and how
/// to repair it — in English and Chinese, each written once here. File names and shell
/// commands read the same in both.
public enum StoreMessage: MessageText {
    // MARK: Where and how to repair (the labels of a located problem)

    /// `  where: in member "M1", at member[0].name, byte 213 of the file`
    case place(record: String?, path: String?, byte: Int?)
    /// `  to repair: …`
    case repairLine(Message)
    /// `cannot open the store s: …`, the session's first words about a store it cannot load.
    case cannotOpenStore(String, Message)

    // MARK: snapshot.json

    case snapshotEmpty
    case restoreSnapshot
    case notASnapshot(found: String)
    case restoreSnapshotFromBackup
    /// A message, with what a place at the very end of the file means.
    case cutShort(Message)
    case restoreWholeSnapshot
    /// Stop, keep a copy, then `fix` (or the general repair), then `jiceng check`.
    case snapshotRepair(fix: Message?)
    case newerSchema(file: String, found: Int, supported: Int)
    case upgradeJiceng

    // MARK: journal.jsonl

    case journalLineCutShort
    case deleteRepeatedCommit(next: Int, line: Int)
    case journalLineNotAnObject(found: String)
    case journalLineNotJSON(Message)
    case journalLineEdited
    case journalLineWithoutChecksum
    /// Stop, keep a copy, then one of the ways: `fix`, cutting the journal before `line`, or setting it aside.
    case journalRepair(line: Int, lastGoodSeq: Int, snapshotSeq: Int, fix: Message?)

    // MARK: What a record got wrong

    /// `member.born: …`: the field the problem is in, before it.
    case inField(String, Message)
    case noRecordWithCode(kind: String, code: String)
    case correctCodeOrAdd(kind: String, code: String)
    case duplicateCode(kind: String, code: String)
    case giveAnotherCode
    case noSuchField(kind: String, name: String, suggestion: String?)
    case correctFieldName
    case removeField(kind: String, fields: [String])
    case mustBe(field: String, type: FieldType, found: String?)
    case notQuoted(Quoted, found: Found)
    case notADay(String)
    case notADate(String)
    case notAMonth(String)
    case notADecimal(String)
    case notAReference(kinds: [String], found: String)
    case recordWithoutCode(kind: String)
    case giveItACode(kind: String)
    case notAList(kind: String, found: Found)
    case changeDoesNotFit(ChangeRejected)

    // MARK: The snapshot's and the journal's own layout

    case keyTwice(String)
    case mergeThem
    case notPartOfSnapshot(String)
    case removeOrCorrectName
    case moreAfterSnapshot
    case removeWhatFollows
    case lacksFormat(String)
    case lacksSchema
    case lacksSeq
    case schemaTooSmall(Int)
    case notAKind(String)
    case kindBeforeSet
    case changeNeedsOpKindCode
    case unknownOp(String)
    case journalEmpty(format: String)
    case startNewJournal(snapshotSeq: Int)
    case journalHeaderMissing(format: String, isCommit: Bool)
    case putHeaderBack(isCommit: Bool, snapshotSeq: Int)
    case setJournalAside(snapshotSeq: Int)
    case journalAhead(base: Int, snapshotSeq: Int?)
    case putBackMatchingSnapshot(base: Int, snapshotSeq: Int?)
    case lineWithoutSeq
    case changesMissing(seq: Int, next: Int)
    case changeRepeated(seq: Int, previous: Int)
    case droppedTornLine(file: String, line: Int)

    // MARK: What the operating system refused (FileTrouble)

    case folderPermissionDenied
    case restoreFolderPermissions(String)
    case permissionDenied(FileUse)
    case restoreFilePermissions(String)
    case folderWhereFileBelongs
    case moveFolderOut(String)
    case fileWhereFolderBelongs
    case giveAFolder
    case notAPlainFile
    case replaceOrMoveOut
    case diskFull
    case freeSpace
    case diskReadOnly
    case useWritableDisk
    /// The operation's name and the system's own words stay as they are.
    case systemCallFailed(String, String)
    case checkDisk

    // MARK: JSON syntax

    case fileEndsInsideText
    case expected(Wanted, found: Found)
    case controlCharacter
    case invalidUTF8
    case unpairedSurrogate
    case invalidUnicodeEscape
    case invalidEscape
    case shortUnicodeEscape
    case badHexDigit
    case numberTooLarge
    case expectedWholeNumber(found: Found)
    case decimalInsteadOfWhole
    case expectedTrueOrFalse(found: Found)
    case moreAfterValue
    case endsBeforeClosed(record: Bool, line: Int)
    case expectedValue(found: Found?)
    case nestedTooDeep(Int)

    /// What a file was to be used for, in a refusal.
    public enum FileUse: Sendable {
        case read, write, create
    }

    /// What stands at the reader's place.
    public enum Found: Sendable {
        case endOfFile, textInQuotes, number, record, list
        /// A character or byte as it is in the file: `'x'`, `byte 200`.
        case literal(String)

        func text(_ l: MessageLanguage) -> String {
            switch self {
            case .endOfFile: l.pick("the end of the file", "文件末尾")
            case .textInQuotes: l.pick("text in quotes", "带引号的文本")
            case .number: l.pick("a number", "一个数字")
            case .record: l.pick("'{' (a record)", "'{'（一条记录）")
            case .list: l.pick("'[' (a list)", "'['（一个列表）")
            case .literal(let s): s
            }
        }
    }

    /// What the reader expected at its place.
    public enum Wanted: Sendable {
        /// Punctuation, the same in both languages: `':'`, `','`.
        case token(String)
        case snapshotObject
        case colonAfter(String)
        case colonAfterFieldName
        case record(kind: String)
        case list
        case listOfPairs
        case pair
        case listOfChanges
        case change
        case objectOfFields
        case textInQuotes
        case commaOr(String)

        func text(_ l: MessageLanguage) -> String {
            switch self {
            case .token(let t): t
            case .snapshotObject: l.pick("'{' (a snapshot is one JSON object)", "'{'（数据快照是一个 JSON 对象）")
            case .colonAfter(let key): l.pick("':' after \"\(key)\"", "\"\(key)\" 后面的 ':'")
            case .colonAfterFieldName: l.pick("':' after the field's name", "字段名后面的 ':'")
            case .record(let kind): l.pick("a \(kind) record ({\"code\": …})", "一条 \(kind) 记录（{\"code\": …}）")
            case .list: l.pick("a list [ … ]", "一个列表 [ … ]")
            case .listOfPairs: l.pick("a list of [code, note] pairs", "由 [编号, 备注] 组成的列表")
            case .pair: l.pick("a [code, note] pair", "一对 [编号, 备注]")
            case .listOfChanges: l.pick("a list of changes", "改动列表")
            case .change: l.pick("a change", "一项改动")
            case .objectOfFields: l.pick("an object of fields", "字段对象 {…}")
            case .textInQuotes: l.pick("text in quotes", "带引号的文本")
            case .commaOr(let close): l.pick("',' or '\(close)'", "',' 或 '\(close)'")
            }
        }
    }

    /// A value the store writes as text in quotes.
    public enum Quoted: Sendable {
        case decimal, date, month
    }

    public func text(_ l: MessageLanguage) -> String {
        switch self {
        case .place(let record, let path, let byte):
            var parts: [String] = []
            if let record { parts.append(l.pick("in \(record)", "在 \(record) 中")) }
            if let path { parts.append(l.pick("at \(path)", "位于 \(path)")) }
            if let byte { parts.append(l.pick("byte \(byte) of the file", "文件第 \(byte) 字节")) }
            return l.pick("  where: " + parts.joined(separator: ", "), "  位置：" + parts.joined(separator: "，"))
        case .repairLine(let repair):
            return l.pick("  to repair: ", "  修复办法：") + repair.text(l)
        case .cannotOpenStore(let folder, let reason):
            return l.pick("cannot open the store \(folder): ", "无法打开数据目录 \(folder)：") + reason.text(l)

        case .snapshotEmpty:
            return l.pick("the file is empty", "文件是空的")
        case .restoreSnapshot:
            return l.pick("put back a backup copy of snapshot.json. Nothing was changed",
                          "用备份的 snapshot.json（数据快照）替换它。未做任何改动")
        case .notASnapshot(let found):
            return l.pick("this is not a Jiceng snapshot: it should be one JSON object starting with '{' (found \(found))",
                          "这不是基层的数据快照：它应是以 '{' 开头的一个 JSON 对象（实际开头是 \(found)）")
        case .restoreSnapshotFromBackup:
            return l.pick("put back snapshot.json from a backup copy. Nothing was changed",
                          "从备份中取回 snapshot.json（数据快照）。未做任何改动")
        case .cutShort(let message):
            return l.pick(message.english + " (the file was probably cut short while it was being copied or written)",
                          message.chinese + "（文件很可能在复制或写入时被截断了）")
        case .restoreWholeSnapshot:
            return l.pick("put back a whole copy of snapshot.json from a backup: a file cut short cannot be completed by hand. Nothing was changed",
                          "从备份中取回完整的 snapshot.json（数据快照）：被截断的文件无法手工补全。未做任何改动")
        case .snapshotRepair(let fix):
            return l.pick("stop every jiceng using this store and keep a copy of snapshot.json; then "
                            + (fix?.english ?? "correct the file at that place (or put back a backup copy of it)")
                            + ", and run `jiceng check`. Nothing was changed",
                          "先关闭所有正在使用这个数据目录的 jiceng，并把 snapshot.json（数据快照）复制一份留存；然后"
                            + (fix?.chinese ?? "改正文件中这个位置（或用备份替换它）")
                            + "，再运行 `jiceng check`。未做任何改动")
        case .newerSchema(let file, let found, let supported):
            return l.pick("\(file): this store was written by a newer Jiceng (schema version \(found); this one reads up to \(supported))",
                          "\(file)：这个数据目录是由更新版本的基层写的（数据格式版本 \(found)；本版本最高只能读 \(supported)）")
        case .upgradeJiceng:
            return l.pick("upgrade Jiceng; the files were left as they are", "请升级基层；文件保持原样，未做任何改动")

        case .journalLineCutShort:
            return l.pick("the line is cut short (a commit interrupted by a crash), yet more lines follow it",
                          "这一行被截断了（保存时程序意外中断），但它后面还有别的行")
        case .deleteRepeatedCommit(let next, let line):
            return l.pick("if the next line is change \(next), the commit was made again after the crash: delete line \(line)",
                          "如果下一行是第 \(next) 号改动，说明中断后已重新保存过：删除第 \(line) 行")
        case .journalLineNotAnObject(let found):
            return l.pick("the line is not JSON: a journal line is one JSON object {…}, found \(found)",
                          "这一行不是 JSON：操作日志的每一行都是一个 JSON 对象 {…}，实际是 \(found)")
        case .journalLineNotJSON(let message):
            return l.pick("the line is not JSON: " + message.english, "这一行不是 JSON：" + message.chinese)
        case .journalLineEdited:
            return l.pick("the line was changed after Jiceng wrote it (its checksum \"sum\" does not match its text)",
                          "这一行在基层写入后被改动过（它的校验和 \"sum\" 与内容不符）")
        case .journalLineWithoutChecksum:
            return l.pick("the line has no checksum (\"sum\"): Jiceng did not write it",
                          "这一行没有校验和（\"sum\"）：它不是基层写入的")
        case .journalRepair(let line, let lastGoodSeq, let snapshotSeq, let fix):
            var ways: [String] = []
            if let fix { ways.append(fix.text(l)) }
            if line > 2 {
                let cut = "head -n \(line - 1) journal.jsonl > journal.cut && mv journal.cut journal.jsonl"
                ways.append(l.pick("keep only the \(line - 1) lines before it, with the commits up to change \(lastGoodSeq) (the later ones are lost): " + cut,
                                   "只保留它前面的 \(line - 1) 行，即保留到第 \(lastGoodSeq) 号改动为止（之后的改动会丢失）：" + cut))
            }
            ways.append(l.pick("move journal.jsonl aside to open the store as of its snapshot (change \(snapshotSeq)), without the journal's commits",
                               "把 journal.jsonl（操作日志）移到别处，数据目录就按数据快照（第 \(snapshotSeq) 号改动）打开，不含日志中的改动"))
            return l.pick("stop every jiceng using this store and keep a copy of journal.jsonl; then "
                            + ways.joined(separator: "; or ") + ". Nothing was changed",
                          "先关闭所有正在使用这个数据目录的 jiceng，并把 journal.jsonl（操作日志）复制一份留存；然后"
                            + ways.joined(separator: "；或者") + "。未做任何改动")

        case .inField(let field, let message):
            return l.pick(field + ": " + message.english, field + "：" + message.chinese)
        case .noRecordWithCode(let kind, let code):
            return l.pick("no \(kind) has the code \"\(code)\"", "没有编号为 \"\(code)\" 的 \(kind) 记录")
        case .correctCodeOrAdd(let kind, let code):
            return l.pick("correct the code, or add the \(kind) \"\(code)\"", "改正这个编号，或者添加 \(kind) \"\(code)\"")
        case .duplicateCode(let kind, let code):
            return l.pick("two \(kind) records have the code \"\(code)\"", "有两条 \(kind) 记录的编号都是 \"\(code)\"")
        case .giveAnotherCode:
            return l.pick("give one of them another code (codes are unique within a kind)",
                          "给其中一条换一个编号（同一类记录的编号不能重复）")

        case .noSuchField(let kind, let name, let suggestion):
            if let suggestion {
                return l.pick("\(kind) has no field \"\(name)\" (did you mean \"\(suggestion)\"?)",
                              "\(kind) 没有字段 \"\(name)\"（是不是 \"\(suggestion)\"？）")
            }
            return l.pick("\(kind) has no field \"\(name)\"", "\(kind) 没有字段 \"\(name)\"")
        case .correctFieldName:
            return l.pick("correct the field's name or remove the field", "改正字段名，或删掉这个字段")
        case .removeField(let kind, let fields):
            return l.pick("remove the field or correct its name (a \(kind) has " + fields.joined(separator: ", ") + ")",
                          "删掉这个字段或改正它的名字（\(kind) 的字段有 " + fields.joined(separator: "、") + "）")
        case .mustBe(let field, let type, let found):
            return l.pick("\(field) must be \(type)" + (found.map { "; found \($0)" } ?? ""),
                          MessageLanguage.chineseJoined(field, "应为", StoreMessage.typeName(type), found.map { "；实际是 \($0)" } ?? ""))
        case .notQuoted(let what, let found):
            let (en, zh, example) = switch what {
            case .decimal: ("a decimal number", "小数", "81.50")
            case .date: ("a date", "日期", "2025-03-15")
            case .month: ("a month", "月份", "2025-03")
            }
            return l.pick("expected \(en) written as text (\"\(example)\"), found \(found.text(l))",
                          MessageLanguage.chineseJoined("\(zh)应写成带引号的文本（\"\(example)\"），实际是", found.text(l)))
        case .notADay(let text):
            return l.pick("\"\(text)\" is not a day of the calendar", "\"\(text)\" 不是日历上存在的日期")
        case .notADate(let text):
            return l.pick("expected a date written YYYY-MM-DD, found \"\(text)\"", "日期应写成 YYYY-MM-DD，实际是 \"\(text)\"")
        case .notAMonth(let text):
            return l.pick("expected a month written YYYY-MM, found \"\(text)\"", "月份应写成 YYYY-MM，实际是 \"\(text)\"")
        case .notADecimal(let text):
            return l.pick("expected a decimal number (\"81.50\"), found \"\(text)\"", "应为小数（\"81.50\"），实际是 \"\(text)\"")
        case .notAReference(let kinds, let found):
            return l.pick("expected \"kind:code\" with the kind one of " + kinds.joined(separator: ", ") + ", found \"\(found)\"",
                          "应为 \"类别:编号\"，类别是 " + kinds.joined(separator: "、") + " 之一，实际是 \"\(found)\"")
        case .recordWithoutCode(let kind):
            return l.pick("a \(kind) record without a code", "一条 \(kind) 记录没有编号")
        case .giveItACode(let kind):
            return l.pick("give it a code no other \(kind) has", "给它一个别的 \(kind) 没用过的编号")
        case .notAList(let kind, let found):
            return l.pick("\"\(kind)\" should be a list of \(kind) records [{…}, …], found \(found.text(l))",
                          MessageLanguage.chineseJoined("\"\(kind)\" 应是 \(kind) 记录的列表 [{…}, …]，实际是", found.text(l)))
        case .changeDoesNotFit(let rejected):
            var lines = rejected.violations.map { v in
                var s = "\(v.kind.name) \"\(v.code)\""
                if let field = v.field { s += " \(field)" }
                if let value = v.value { s += " = \(value)" }
                return s + l.pick(": ", "：") + v.message.text(l) + " [\(v.rule)]"
            }.joined(separator: "\n")
            if let suggestion = rejected.suggestion { lines += l.pick("; did you mean \"\(suggestion)\"?", "；是不是 \"\(suggestion)\"？") }
            return l.pick("the change does not fit the store: ", "这项改动与数据不符：") + lines

        case .keyTwice(let key):
            return l.pick("\"\(key)\" appears twice in the snapshot", "\"\(key)\" 在数据快照中出现了两次")
        case .mergeThem:
            return l.pick("merge the two into one", "把两处合并成一处")
        case .notPartOfSnapshot(let key):
            let kinds = Kind.allCases.map(\.name)
            return l.pick("\"\(key)\" is not part of a Jiceng snapshot (it holds format, schema, seq and a list per kind: "
                            + kinds.joined(separator: ", ") + ")",
                          "\"\(key)\" 不属于基层的数据快照（快照只有 format、schema、seq 和每类记录的列表："
                            + kinds.joined(separator: "、") + "）")
        case .removeOrCorrectName:
            return l.pick("remove it or correct its name", "删掉它或改正它的名字")
        case .moreAfterSnapshot:
            return l.pick("there is more after the snapshot's closing '}'", "数据快照结尾的 '}' 后面还有内容")
        case .removeWhatFollows:
            return l.pick("remove what follows the last '}'", "删掉最后一个 '}' 后面的内容")
        case .lacksFormat(let format):
            return l.pick("this is not a Jiceng snapshot: it lacks \"format\": \"\(format)\"",
                          "这不是基层的数据快照：缺少 \"format\": \"\(format)\"")
        case .lacksSchema:
            return l.pick("the snapshot lacks \"schema\" (its format version)", "数据快照缺少 \"schema\"（数据格式版本）")
        case .lacksSeq:
            return l.pick("the snapshot lacks \"seq\" (the number of its last change)", "数据快照缺少 \"seq\"（最后一次改动的编号）")
        case .schemaTooSmall(let schema):
            return l.pick("\"schema\" is \(schema); Jiceng's versions start at 1", "\"schema\" 是 \(schema)；基层的数据格式版本从 1 开始")
        case .notAKind(let name):
            let kinds = Kind.allCases.map(\.name)
            return l.pick("\"\(name)\" is not a kind of record (" + kinds.joined(separator: ", ") + ")",
                          "\"\(name)\" 不是一类记录（" + kinds.joined(separator: "、") + "）")
        case .kindBeforeSet:
            return l.pick("\"kind\" must come before \"set\"", "\"kind\" 必须写在 \"set\" 前面")
        case .changeNeedsOpKindCode:
            return l.pick("a change needs \"op\", \"kind\" and \"code\"", "一项改动需要 \"op\"、\"kind\" 和 \"code\"")
        case .unknownOp(let op):
            return l.pick("\"op\" is \"\(op)\"; it must be insert, update or delete", "\"op\" 是 \"\(op)\"；它只能是 insert、update 或 delete")
        case .journalEmpty(let format):
            return l.pick("the file is empty; a journal starts with its header line {\"base\":N,\"format\":\"\(format)\"}",
                          "文件是空的；操作日志的第一行应是日志头 {\"base\":N,\"format\":\"\(format)\"}")
        case .startNewJournal(let snapshotSeq):
            return StoreMessage.setJournalAside(snapshotSeq: snapshotSeq).text(l)
                + l.pick("; the next commit starts a new journal. Nothing was changed", "；下次保存时会开始新的操作日志。未做任何改动")
        case .putHeaderBack(let isCommit, let snapshotSeq):
            return (isCommit ? l.pick("put the header back as the first line, with N one less than the first commit's \"seq\"; or ",
                                      "把日志头放回第一行，N 比第一次改动的 \"seq\" 小 1；或者") : "")
                + StoreMessage.setJournalAside(snapshotSeq: snapshotSeq).text(l) + l.pick(". Nothing was changed", "。未做任何改动")
        case .journalHeaderMissing(let format, let isCommit):
            return l.pick("the first line should be the journal's header {\"base\":N,\"format\":\"\(format)\"}"
                            + (isCommit ? ", but it is a commit: the header is missing" : ""),
                          "第一行应是操作日志的日志头 {\"base\":N,\"format\":\"\(format)\"}"
                            + (isCommit ? "，但它是一次改动：日志头缺失了" : ""))
        case .setJournalAside(let snapshotSeq):
            return l.pick("move journal.jsonl aside to open the store as of its snapshot (change \(snapshotSeq)), without the journal's commits",
                          "把 journal.jsonl（操作日志）移到别处，数据目录就按数据快照（第 \(snapshotSeq) 号改动）打开，不含日志中的改动")
        case .journalAhead(let base, let snapshotSeq):
            let holds = snapshotSeq.map { l.pick("snapshot.json holds the changes only up to \($0)", "snapshot.json（数据快照）只包含到第 \($0) 号为止的改动") }
                ?? l.pick("there is no snapshot.json", "没有 snapshot.json（数据快照）")
            return l.pick("the journal continues from change \(base), but \(holds): the changes in between are missing",
                          "操作日志从第 \(base) 号改动接着记录，但\(holds)：中间的改动缺失了")
        case .putBackMatchingSnapshot(let base, let snapshotSeq):
            return l.pick("put back the snapshot.json that goes with this journal (one whose \"seq\" is at least \(base)), "
                            + "or move journal.jsonl aside to open the store " + (snapshotSeq.map { "as of its snapshot (change \($0))" } ?? "empty") + ", "
                            + "without the journal's commits. Nothing was changed",
                          "放回与这份操作日志配套的 snapshot.json（其 \"seq\" 至少为 \(base)），"
                            + "或者把 journal.jsonl 移到别处，数据目录就" + (snapshotSeq.map { "按数据快照（第 \($0) 号改动）打开" } ?? "以空数据打开")
                            + "，不含日志中的改动。未做任何改动")
        case .lineWithoutSeq:
            return l.pick("the line does not start with {\"seq\":N, the change's number", "这一行不是以 {\"seq\":N（改动编号）开头的")
        case .changesMissing(let seq, let next):
            return l.pick("the line is change \(seq), but change \(next) should come next: "
                            + (seq == next + 1 ? "change \(next) is missing" : "changes \(next)–\(seq - 1) are missing"),
                          "这一行是第 \(seq) 号改动，但接下来应是第 \(next) 号："
                            + (seq == next + 1 ? "第 \(next) 号改动缺失了" : "第 \(next)–\(seq - 1) 号改动缺失了"))
        case .changeRepeated(let seq, let previous):
            return l.pick("the line is change \(seq) again (change \(previous) came before it): a line was repeated or moved",
                          "这一行又是第 \(seq) 号改动（它前面是第 \(previous) 号）：有一行被重复或挪动了")
        case .droppedTornLine(let file, let line):
            return l.pick("\(file):\(line): dropped an incomplete last line (a commit interrupted by a crash)",
                          "\(file):\(line)：丢弃了不完整的最后一行（保存时程序意外中断）")

        case .folderPermissionDenied:
            return l.pick("permission denied: this user may not use the store folder", "没有权限：当前用户不能使用这个数据目录")
        case .restoreFolderPermissions(let path):
            return l.pick("run jiceng as the user who owns the store, or give that user back its permissions: chmod u+rwx '\(path)'",
                          "用数据目录所属的用户运行 jiceng，或者把权限还给这个用户：chmod u+rwx '\(path)'")
        case .permissionDenied(let use):
            let (en, zh) = switch use {
            case .read: ("read", "读取")
            case .write: ("write", "写入")
            case .create: ("create", "创建")
            }
            return l.pick("permission denied (cannot \(en) it)", "没有权限（不能\(zh)它）")
        case .restoreFilePermissions(let path):
            return l.pick("run jiceng as the user who owns the store, or give that user back read and write permission: chmod u+rw '\(path)'",
                          "用数据目录所属的用户运行 jiceng，或者把读写权限还给这个用户：chmod u+rw '\(path)'")
        case .folderWhereFileBelongs:
            return l.pick("this is a folder, where the store keeps a file", "这里应是数据文件，却是一个文件夹")
        case .moveFolderOut(let path):
            return l.pick("move the folder '\(path)' out of the store folder; nothing else was changed",
                          "把文件夹 '\(path)' 移出数据目录；其他都未做任何改动")
        case .fileWhereFolderBelongs:
            return l.pick("this is a file, where the store needs a folder", "这里应是文件夹，却是一个文件")
        case .giveAFolder:
            return l.pick("give --store (or JICENG_STORE) a folder, or move the file that is in the way",
                          "给 --store（或 JICENG_STORE）指定一个文件夹，或者把挡路的文件移走")
        case .notAPlainFile:
            return l.pick("this is not a plain file", "这不是普通文件")
        case .replaceOrMoveOut:
            return l.pick("replace it with the store's file, or move it out of the store folder", "用数据文件替换它，或者把它移出数据目录")
        case .diskFull:
            return l.pick("the disk is full", "磁盘已满")
        case .freeSpace:
            return l.pick("free some space on the disk, then try again; nothing was lost", "清理出一些磁盘空间后再试；没有丢失任何数据")
        case .diskReadOnly:
            return l.pick("the disk is read-only", "磁盘是只读的")
        case .useWritableDisk:
            return l.pick("open the store on a writable disk, or copy the folder to one", "在可写的磁盘上打开数据目录，或者把目录复制到可写的磁盘")
        case .systemCallFailed(let operation, let reason):
            return l.pick("\(operation) failed: \(reason)", "\(operation) 失败：\(reason)")
        case .checkDisk:
            return l.pick("check the disk and the file's permissions, then try again; nothing was changed",
                          "检查磁盘和文件权限后再试；未做任何改动")

        case .fileEndsInsideText:
            return l.pick("the file ends inside a text value", "文件在一个文本值的中间就结束了")
        case .expected(let wanted, let found):
            return l.pick("expected \(wanted.text(l)), found \(found.text(l))", MessageLanguage.chineseJoined("应为", wanted.text(l), "，实际是", found.text(l)))
        case .controlCharacter:
            return l.pick("a text value holds a control character (a tab or a line break must be written \\t or \\n)",
                          "文本值中有控制字符（制表符或换行要写成 \\t 或 \\n）")
        case .invalidUTF8:
            return l.pick("a text value is not valid UTF-8 (was the file saved in another encoding?)",
                          "文本值不是有效的 UTF-8（文件是不是用别的编码保存的？）")
        case .unpairedSurrogate:
            return l.pick("unpaired surrogate", "\\u 转义中的代理项不成对")
        case .invalidUnicodeEscape:
            return l.pick("invalid \\u escape", "无效的 \\u 转义")
        case .invalidEscape:
            return l.pick("invalid escape", "无效的转义")
        case .shortUnicodeEscape:
            return l.pick("short \\u escape", "\\u 转义不完整")
        case .badHexDigit:
            return l.pick("bad hex digit in \\u escape", "\\u 转义中有错误的十六进制数字")
        case .numberTooLarge:
            return l.pick("the number is too large", "数字太大")
        case .expectedWholeNumber(let found):
            return l.pick("expected a whole number, found \(found.text(l))", MessageLanguage.chineseJoined("应为整数，实际是", found.text(l)))
        case .decimalInsteadOfWhole:
            return l.pick("expected a whole number (money and other decimals are written as text: \"81.50\")",
                          "应为整数（金额等小数要写成带引号的文本：\"81.50\"）")
        case .expectedTrueOrFalse(let found):
            return l.pick("expected true or false, found \(found.text(l))", MessageLanguage.chineseJoined("应为 true 或 false，实际是", found.text(l)))
        case .moreAfterValue:
            return l.pick("there is more after the value", "值的后面还有内容")
        case .endsBeforeClosed(let record, let line):
            return l.pick("the file ends before the \(record ? "record" : "list") opened at line \(line) is closed",
                          "文件结束时，第 \(line) 行开始的\(record ? "记录" : "列表")还没有结束")
        case .expectedValue(let found):
            return l.pick("expected a value" + (found.map { ", found \($0.text(l))" } ?? ""),
                          MessageLanguage.chineseJoined("应为一个值", found == nil ? "" : "，实际是", found?.text(l) ?? ""))
        case .nestedTooDeep(let depth):
            return l.pick("lists or records nested more than \(depth) deep", "列表或记录嵌套超过 \(depth) 层")
        }
    }

    /// A field's type as the Chinese message names it.
    static func typeName(_ type: FieldType) -> String {
        switch type {
        case .text: "文本"
        case .int: "整数"
        case .decimal: "小数"
        case .bool: "是/否"
        case .day: "日期"
        case .month: "月份"
        case .choice(let options): "以下之一：" + options.map(\.value).joined(separator: "、")
        case .ref(let k): "\(k.name) 的编号"
        case .anyRef(let ks): ks.map(\.name).joined(separator: " 或 ") + " 的编号"
        case .refList(let k), .derivedList(let k): "\(k.name) 编号的列表"
        case .textList: "文本列表"
        case .refNotes(let k): "\(k.name) → 备注"
        }
    }
}
