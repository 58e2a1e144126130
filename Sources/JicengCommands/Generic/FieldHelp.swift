import JicengBase
import JicengDomain
import JicengLang

/// `help fields` lists the kinds; `help member` (any kind's name) lists its fields with
/// their Chinese labels and types — what `add` and `set` take and queries read.
enum FieldHelp {
    static func install(in registry: CommandRegistry) {
        registry.addTopic("fields", aliases: ["字段"]) {
            "Fields by kind: `help <kind>` lists one kind's. Kinds: "
                + Kind.allCases.map { "\($0.name) (\($0.label), all of them: \(KindWords.plural($0)))" }.joined(separator: ", ")
        }
        for kind in Kind.allCases where registry.handler(for: kind.name) == nil {
            registry.addTopic(kind.name, aliases: [kind.label]) { text(kind) }
        }
    }

    static func text(_ kind: Kind) -> String {
        var lines = ["\(kind.name) (\(kind.label)) — all of them: \(KindWords.plural(kind)); fields:"]
        let fields = Schema.fields(of: kind)
        let width = fields.map(\.name.count).max() ?? 0
        let labelWidth = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
        for f in fields {
            var notes: [String] = []
            if f.required { notes.append("required") }
            if f.derived { notes.append("derived, read only") }
            if f.personal { notes.append("personal, masked") }
            let pad = String(repeating: " ", count: width - f.name.count)
            lines.append("  \(f.name)\(pad)  \(DisplayWidth.pad(f.label, to: labelWidth, alignRight: false))  \(f.type)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"))
        }
        return lines.joined(separator: "\n")
    }
}
