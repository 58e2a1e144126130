import JicengBase
import JicengDomain
import JicengLang

/// The schema-driven commands every kind has: add, set, remove, list. Field names come
/// from the Schema, so a new field of the model is a new word here with no code.
public enum GenericCommands {
    public static var all: [DomainCommand] { [add, set, remove, list] }

    static let kindSlot: [String: CommandSyntax.SlotKind] = ["kind": .choice(KindWords.allChoices)]

    static let add = DomainCommand(try! CommandSyntax(
        id: "add", english: "add <kind> [<name>]", chinese: "添加 <kind> [<name>]", alternatives: ["新增 <kind> [<name>]"],
        kinds: kindSlot, fields: FieldWords.all, wordFields: FieldWords.choiceFields,
        summary: "adds a record of any kind with its fields (`help member` lists a kind's fields); without `code` it gets the next free code",
        summaryZh: "新增任意一类记录并填写字段（`help member` 列出党员的字段）；不写 `code` 时自动取下一个空闲编号",
        examples: [#"add member "张三" code "M0001" born 1958-03-01 joined 1980-07-01 phone "13900000000""#,
                   #"add community "金湖社区" code "JH" street "XFL" households 2400"#,
                   #"添加 党员 "李四" 身份证号 "11010519491231002X" 入党日期 1975-07-01"#],
        topic: "records")
    ) { call in
        let kind = try GenericCommands.kind(call)
        call.database.currentCommand = "add \(kind.name)"
        var values = try GenericCommands.fieldValues(call, kind)
        if let name = call.argument("name") {
            guard let field = KindWords.nameField(kind) else {
                throw call.error(.kindHasNoName(kind), at: "name")
            }
            guard let text = call.bridge.domainValue(name), case .text = text else {
                throw call.error(.nameAsText(FieldName(field.name, of: kind), name.typeNames, name.literalText), at: "name")
            }
            values[field.index] = text
        }
        let generated = values[0] == nil
        let ref = try call.change { try call.database.insert(kind, values) }
        if generated { return call.created(ref) }
        return call.value(ref)
    }

    static let set = DomainCommand(try! CommandSyntax(
        id: "set", english: "set <kind> <record>", chinese: "修改 <kind> <record>", alternatives: ["设置 <kind> <record>"],
        kinds: kindSlot, fields: FieldWords.all, wordFields: FieldWords.choiceFields,
        summary: "changes fields of a record (nil clears one)",
        summaryZh: "修改一条记录的字段（写 nil 即清空该字段）",
        examples: [#"set member "M0001" phone "13900000000""#, #"修改 党员 "张三" 状态 "floating_out""#],
        topic: "records")
    ) { call in
        let kind = try GenericCommands.kind(call)
        call.database.currentCommand = "set \(kind.name)"
        let ref = try call.entity("record", kind)
        let values = try GenericCommands.fieldValues(call, kind)
        guard !values.isEmpty else {
            throw call.error(.nothingToSet, at: "record",
                             help: .setExample(kind, call.database.code(ref), GenericCommands.exampleField(kind)))
        }
        try call.change { try call.database.update(ref, values) }
        return call.value(ref)
    }

    static let remove = DomainCommand(try! CommandSyntax(
        id: "remove", english: "remove <kind> <record>", chinese: "删除 <kind> <record>",
        kinds: kindSlot,
        summary: "removes a record; refused while other records refer to it (they are named)",
        summaryZh: "删除一条记录；仍有其他记录引用它时不予删除，并列出引用者",
        examples: [#"remove unit "U07""#, #"删除 心愿 "W3""#],
        topic: "records")
    ) { call in
        let kind = try GenericCommands.kind(call)
        call.database.currentCommand = "remove \(kind.name)"
        let ref = try call.entity("record", kind)
        try call.change { try call.database.delete(ref) }
        return .nil
    }

    static let list = DomainCommand(try! CommandSyntax(
        id: "list", english: "list <records>", chinese: "列出 <records>",
        summary: "shows records as a table (the same as `show`)",
        summaryZh: "以表格列出记录（与 `show` 相同）",
        examples: ["list members where age >= 80", "list communities sort by households desc take 5"],
        topic: "records")
    ) { call in
        guard let value = call.argument("records") else { return .nil }
        call.invocation.output(call.session.render(value, .table, forFile: false).trimmingTrailingNewline)
        return .nil
    }

    // MARK: Helpers

    static func kind(_ call: DomainCall) throws -> Kind {
        let word = try call.choice("kind")
        guard let kind = KindWords.kind(forWord: word) else { throw call.error(.unknownKind(word), at: "kind") }
        return kind
    }

    /// The `field value` pairs of the call, checked against the kind's schema and
    /// converted to what the model stores; errors point at the value.
    static func fieldValues(_ call: DomainCall, _ kind: Kind) throws -> [Int: DomainValue] {
        var values: [Int: DomainValue] = [:]
        let inv = call.invocation
        for given in inv.fields {
            let located = { (message: CommandMessage, help: Message, id: String) in
                ScriptError([Diagnostic(id: id, message: Message(message), file: inv.file, range: given.range, help: help)])
            }
            guard let info = FieldWords.field(given.name, of: kind) else {
                let names = Schema.fields(of: kind).filter { !$0.derived }.map(\.name)
                throw located(.kindHasNoField(kind, given.name),
                              Suggestion.help(for: given.name, in: names) ?? Message(CommandMessage.kindFields(kind, names)),
                              BridgeErrorID.unknownField)
            }
            let field = FieldName(info.name, of: kind)
            guard let value = call.bridge.domainValue(given.value) else {
                throw located(.fieldCannotHold(field, given.value.typeNames, given.value.literalText),
                              Message(CommandMessage.fieldIs(field, info.type)), BridgeErrorID.badArgument)
            }
            if case .choice(let options) = info.type, case .text(let word) = value,
               !options.contains(where: { $0.value == word || $0.label == word }) {
                let words = options.map(\.value)
                throw located(.fieldCannotBe(field, word),
                              Suggestion.help(for: word, in: words + options.map(\.label))
                                  ?? Message(CommandMessage.fieldIsOneOf(kind, field, options)),
                              BridgeErrorID.badArgument)
            }
            values[info.index] = value
        }
        return values
    }

    static func exampleField(_ kind: Kind) -> String {
        Schema.fields(of: kind).first { !$0.derived && $0.index > 1 }?.name ?? "name"
    }
}

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
