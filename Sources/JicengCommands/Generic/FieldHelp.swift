import JicengBase
import JicengDomain
import JicengLang

/// `help fields` lists the kinds; `help member` (any kind's name) lists its fields with
/// their Chinese labels and types — what `add` and `set` take and queries read.
enum FieldHelp {
    static func install(in registry: CommandRegistry) {
        registry.addTopic("fields", aliases: ["字段"]) { (language: MessageLanguage) in
            language.pick(
                "Fields by kind: `help <kind>` lists one kind's. Kinds: "
                    + Kind.allCases.map { "\($0.name) (\($0.label), all of them: \(KindWords.plural($0)))" }.joined(separator: ", "),
                "各类记录的字段：`help <类别>` 列出一类记录的字段。类别："
                    + Kind.allCases.map { "\($0.label)（\($0.name)，全部：\(KindWords.plural($0))）" }.joined(separator: "、"))
        }
        for kind in Kind.allCases where registry.handler(for: kind.name) == nil {
            registry.addTopic(kind.name, aliases: [kind.label]) { (language: MessageLanguage) in text(kind, language) }
        }
    }

    static func text(_ kind: Kind, _ language: MessageLanguage = .english) -> String {
        let chinese = language == .chinese
        var lines = [chinese ? "\(kind.label)（\(kind.name)）— 全部：\(KindWords.plural(kind))；字段："
                             : "\(kind.name) (\(kind.label)) — all of them: \(KindWords.plural(kind)); fields:"]
        let fields = Schema.fields(of: kind)
        let width = fields.map(\.name.count).max() ?? 0
        let labelWidth = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
        for f in fields {
            var notes: [String] = []
            if f.required { notes.append(language.pick("required", "必填")) }
            if f.derived { notes.append(language.pick("derived, read only", "计算得出，只读")) }
            if f.personal { notes.append(language.pick("personal, masked", "个人信息，显示时脱敏")) }
            let pad = String(repeating: " ", count: width - f.name.count)
            let type = chinese ? f.type.chineseDescription : "\(f.type)"
            let noted = notes.isEmpty ? "" : chinese ? "（" + notes.joined(separator: "；") + "）" : " (" + notes.joined(separator: ", ") + ")"
            lines.append("  \(f.name)\(pad)  \(DisplayWidth.pad(f.label, to: labelWidth, alignRight: false))  \(type)" + noted)
        }
        return lines.joined(separator: "\n")
    }
}
