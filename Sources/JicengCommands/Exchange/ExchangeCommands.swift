import JicengBase
import JicengDomain
import JicengLang

/// `import members from "roster.csv"` and `export members where age >= 80 to "old.csv"`
/// from the language: the same `CSVImport` and `EntityExport` as `jiceng import` and
/// `jiceng export`, through the interpreter's file policy (paths relative to the
/// script; refused when the host denies files).
public enum ExchangeCommands {
    public static var all: [DomainCommand] { [importRecords, exportRecords] }

    /// `members`, `member` or `党员`: the kind whose rows a file holds.
    static let kindChoices: [CommandSyntax.Choice] = Kind.allCases.map { kind in
        CommandSyntax.Choice(canonical: kind.name, aliases: [KindWords.plural(kind)] + KindWords.chinese(kind))
    }

    static let importRecords = DomainCommand(try! CommandSyntax(
        id: "import", english: "import <kind> from <file> [<mode>]", chinese: "导入 <kind> 从 <file> [<mode>]",
        kinds: ["kind": .choice(kindChoices), "mode": .choice([.init("skip_bad", "跳过错误")])],
        summary: "imports records from a CSV file (UTF-8 or GB18030); a bad row, named with its line, stops them all unless skip_bad",
        summaryZh: "从 CSV 文件（UTF-8 或 GB18030）导入记录；有一行出错即全部不导入并指出行号，除非用 skip_bad",
        examples: [#"import members from "roster.csv""#, #"import orgs from "orgs.csv" skip_bad"#, #"导入 党员 从 "名册.csv""#],
        topic: "records")
    ) { call in
        let word = try call.choice("kind")
        guard let kind = KindWords.kind(forWord: word) else { throw call.error(.unknownKind(word), at: "kind") }
        let path = try ExchangeCommands.path(call, for: .read)
        let bytes: [UInt8]
        do { bytes = try call.session.files.readBytes(path) } catch {
            let unreadable = ImportError.unreadable(file: Value(path).literalText, message: Message(ExchangeMessage.cannotBeRead))
            throw call.error((error as? ValueError)?.message ?? unreadable.message, at: "file", id: RuntimeErrorID.fileDenied)
        }
        let report: ImportReport
        let file = try call.string("file")
        do throws(ImportError) {
            report = try CSVImport.run(kind, bytes: bytes, file: file, into: call.database,
                                       options: ImportOptions(skipBad: call.optionalChoice("mode") == "skip_bad"))
        } catch {
            throw call.error(error.message, at: "file", id: BridgeErrorID.badArgument)
        }
        let problems = report.problems
        guard report.applied else {
            var refused = call.error(report.summaryMessage(advice: false), at: "file", help: Message(ExchangeMessage.fixTheRows),
                                     id: BridgeErrorID.badArgument)
            refused.diagnostics[0].notes = problems
            throw refused
        }
        for line in problems { call.say(Message(ExchangeMessage.skipped(line))) }
        call.say(report.summaryMessage())
        return .int(Int64(report.imported.count))
    }

    static let exportRecords = DomainCommand(try! CommandSyntax(
        id: "export", english: "export <records> to <file>", chinese: "导出 <records> 到 <file>",
        kinds: ["format": .choice([.init("csv"), .init("json")])],
        clauses: [.init("format <format>", "格式 <format>")],
        summary: "writes records to a CSV (for Excel) or JSON file, mode 0600, personal data masked unless --show-pii",
        summaryZh: "把记录导出为 CSV（可用 Excel 打开）或 JSON 文件，权限 0600，个人信息默认脱敏（--show-pii 除外）",
        examples: [#"export members where age >= 80 to "old.csv""#, #"export orgs to "orgs.json""#, #"导出 党员 到 "名册.csv""#],
        topic: "records"), grouped: false
    ) { call in
        guard let value = call.argument("records") else { throw call.error(.missingArgument("records"), at: "records") }
        let items: [Value] = if case .list(let l) = value { Array(l.items) } else { [value] }
        var kind: Kind? = nil
        var indexes: [Int32] = []
        for item in items {
            let ref = try call.record(item, at: "records", kinds: kind.map { [$0] } ?? [])
            kind = kind ?? ref.kind
            indexes.append(ref.index)
        }
        // An empty query still names its kind: the collection it starts from.
        guard let kind = kind ?? ExchangeCommands.collectionKind(call) else {
            throw call.error(Message(ExchangeMessage.nothingToExport), at: "records", help: Message(ExchangeMessage.exportACollection))
        }
        let path = try ExchangeCommands.path(call, for: .write)
        let format: OutputFormat = call.optionalChoice("format").flatMap(OutputFormat.init(word:))
            ?? OutputFormat(fileName: path).flatMap { $0 == .json ? .json : nil } ?? .csv
        let options = call.session.options
        let text = EntityExport.render(kind, records: indexes, in: call.database, format: format,
                                       language: options.language, showPersonalData: options.showPersonalData)
        do { try call.session.files.write(path, text) } catch {
            throw call.error(Message(ExchangeMessage.cannotWrite(Value(path).literalText, "\(error)")), at: "file", id: BridgeErrorID.badArgument)
        }
        call.say(Message(ExchangeMessage.exported(indexes.count, kind, file: try call.string("file"))))
        return .int(Int64(indexes.count))
    }

    /// The file argument after the file policy, errors at the argument.
    static func path(_ call: DomainCall, for access: FileAccess) throws -> String {
        let given = try call.string("file")
        do {
            return try call.session.interpreter.allowedPath(given, from: call.invocation.file, for: access)
        } catch {
            throw call.error(error.message, at: "file", help: error.help, id: error.id)
        }
    }

    /// The kind of the collection the records argument starts from (`members where …`).
    static func collectionKind(_ call: DomainCall) -> Kind? {
        guard let slot = call.slot("records"), let range = call.invocation.argumentRanges[slot] else { return nil }
        let first = call.invocation.file.text(of: range).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return Kind.allCases.first { KindWords.plural($0) == first || KindWords.collectionAliases($0).contains(String(first)) }
    }
}
