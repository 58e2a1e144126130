import JicengDomain
import JicengLang

/// docs/COMMANDS.md, generated from the registry: every command with both phrasings,
/// its help line, the words its choice slots accept and its examples, grouped by
/// topic; then the fields of every kind, which `add` and `set` take. A test fails when
/// the committed file differs (`swift run jiceng-docs > docs/COMMANDS.md` rewrites it).
public enum CommandReference {
    public static let regenerate = "swift run jiceng-docs > docs/COMMANDS.md"

    /// The reference for the commands of a fresh session (the work's and a host's own).
    public static func markdown() -> String {
        let session = try! JicengSession(options: SessionOptions(inMemory: true, user: "docs"))
        return markdown(session.interpreter.commands.commands)
    }

    public static func markdown(_ commands: [CommandSyntax]) -> String {
        var out = """
        # Commands

        <!-- Generated from the command registry by `\(regenerate)`; do not edit by hand. -->

        Every command has an English and a Chinese phrasing; both are listed. Words in
        `[ ]` are optional; `a|b` means either word; `<slot>` takes an expression (a code,
        a name, a date, a list, a variable…). Optional clauses may come in any order after
        the required words. `help <command>` in the console shows the same text.


        """
        var topics: [String] = []
        for c in commands where !topics.contains(c.topic) { topics.append(c.topic) }
        out += "## Contents\n\n"
        for topic in topics {
            let names = commands.filter { $0.topic == topic }.map { "[`\(verb($0))`](#\(anchor($0)))" }
            out += "- **\(title(topic))**: " + names.joined(separator: ", ") + "\n"
        }
        out += "- [Fields of each kind](#fields-of-each-kind) (what `add` and `set` take)\n\n"
        for topic in topics {
            out += "## \(title(topic))\n\n"
            for c in commands where c.topic == topic { out += section(c) }
        }
        out += fields()
        return out
    }

    static func verb(_ c: CommandSyntax) -> String {
        c.phrasings[0].pattern.split(separator: " ").prefix { !$0.hasPrefix("<") && !$0.hasPrefix("[") }.joined(separator: " ")
    }

    static func anchor(_ c: CommandSyntax) -> String { c.id.replacing("_", with: "-") }

    static func title(_ topic: String) -> String {
        topic.isEmpty ? "Other" : topic.prefix(1).uppercased() + topic.dropFirst()
    }

    static func section(_ c: CommandSyntax) -> String {
        var s = "<a id=\"\(anchor(c))\"></a>\n### \(verb(c))\n\n\(c.summary.prefix(1).uppercased() + c.summary.dropFirst()).\n\n"
        if let zh = c.summaryZh { s += zh + "。\n\n" }
        s += "```\n"
        s += c.usage.joined(separator: "\n") + "\n```\n\n"
        for slot in c.slots {
            switch slot.kind {
            case .choice(let choices), .entity(let choices):
                let what = if case .entity = slot.kind { "is written after one of" } else { "is one of" }
                s += "- `<\(slot.name)>` \(what): " + choices.map(choiceText).joined(separator: ", ") + "\n"
            case .expression:
                continue
            }
        }
        if c.slots.contains(where: { if case .expression = $0.kind { false } else { true } }) { s += "\n" }
        if !c.examples.isEmpty {
            s += "Examples:\n\n```\n" + c.examples.joined(separator: "\n") + "\n```\n\n"
        }
        return s
    }

    static func choiceText(_ c: CommandSyntax.Choice) -> String {
        "`\(c.canonical)`" + (c.spellings.count > 1 ? " (" + c.spellings.dropFirst().joined(separator: ", ") + ")" : "")
    }

    /// One table per kind: field, Chinese label, type, and what is special about it.
    static func fields() -> String {
        var s = "## Fields of each kind\n\n"
        s += "Fields are written by name or by their Chinese label (`phone` = `电话`). Derived fields are computed\n"
        s += "from other records and can be read but not set; personal fields are masked in output unless `--show-pii`.\n\n"
        for kind in Kind.allCases {
            let words = KindWords.chinese(kind)
            s += "### \(kind.name) (\(kind.label))\n\n"
            s += "Written `\(kind.name)`" + (words.isEmpty ? "" : " or " + words.map { "`\($0)`" }.joined(separator: ", "))
            s += "; all of them: `\(KindWords.plural(kind))`.\n\n"
            s += "| field | 中文 | type | |\n|---|---|---|---|\n"
            for f in Schema.fields(of: kind) {
                var notes: [String] = []
                if f.required { notes.append("required") }
                if f.derived { notes.append("derived") }
                if f.personal { notes.append("personal") }
                s += "| `\(f.name)` | \(f.label) | \(typeText(f.type)) | \(notes.joined(separator: ", ")) |\n"
            }
            s += "\n"
        }
        return s
    }

    static func typeText(_ t: FieldType) -> String {
        if case .choice(let options) = t { return options.map { "`\($0.value)` \($0.label)" }.joined(separator: ", ") }
        return t.description
    }
}
