import JicengBase

/// `help`, `help <command word>`, `help <topic>`, `help <function>`: built from the
/// command declarations, the topics the host adds and the native functions, so help
/// never drifts from what the interpreter actually accepts.
extension Interpreter {
    func installHelp() {
        commands.helpHandler = { [unowned self] invocation in
            let topic = invocation.arguments.first.flatMap { $0 }.map(\.displayText)
            invocation.output(self.helpText(topic))
            return .nil
        }
        commands.extraHelpWords = { [unowned self] in ["functions", "commands"] + self.env.natives.map(\.name) }
        commands.addTopic("functions", aliases: ["函数"]) { [unowned self] (language: MessageLanguage) in
            language.pick("Functions:", "函数：") + "\n"
                + self.env.natives.map { "  " + $0.summary(in: language) }.joined(separator: "\n")
        }
    }

    /// The text `help` prints for a topic (nil: the overview).
    public func helpText(_ topic: String?) -> String {
        switch messageLanguage {
        case .english: return englishHelpText(topic)
        case .chinese: return chineseHelpText(topic)
        }
    }

    /// The longest pattern that still aligns the summaries; longer ones push theirs out.
    private static let maxPatternColumn = 44

    private func englishHelpText(_ topic: String?) -> String {
        let all = commands.table.commands
        guard let topic, topic != "commands" else {
            var lines = ["Commands:"]
            let width = min(Interpreter.maxPatternColumn, all.map { $0.phrasings[0].pattern.count }.max() ?? 0)
            for c in all {
                let p = c.phrasings[0].pattern
                lines.append("  " + p + String(repeating: " ", count: max(1, width - p.count + 2)) + c.summary)
            }
            lines.append("Topics: " + commands.topics.map(\.name).joined(separator: ", "))
            lines.append("Type `help <command>` or `help <topic>` for more.")
            return lines.joined(separator: "\n")
        }
        if let t = commands.topic(named: topic) { return t.text(.english) }
        let matching = commandsMatching(topic)
        if !matching.isEmpty {
            return matching.map { c in
                var lines = c.usage.map { "  " + $0 }
                lines.insert(c.summary, at: 0)
                if !c.examples.isEmpty { lines.append("Examples:"); lines += c.examples.map { "  " + $0 } }
                return lines.joined(separator: "\n")
            }.joined(separator: "\n\n")
        }
        if let f = env.natives.first(where: { $0.name == topic }) { return f.summary(in: .english) }
        return "No help for \"\(topic)\"."
    }

    /// The Chinese help: the Chinese phrasing and summary first (the English summary
    /// stands in where a command has no Chinese one), aligned by display width.
    private func chineseHelpText(_ topic: String?) -> String {
        let all = commands.table.commands
        func chinesePhrasing(_ c: CommandSyntax) -> String { (c.phrasings.first(where: \.isChinese) ?? c.phrasings[0]).pattern }
        guard let topic, topic != "commands", topic != "命令" else {
            var lines = ["命令："]
            let width = min(Interpreter.maxPatternColumn, all.map { DisplayWidth.of(chinesePhrasing($0)) }.max() ?? 0)
            for c in all {
                let p = chinesePhrasing(c)
                lines.append("  " + p + String(repeating: " ", count: max(1, width - DisplayWidth.of(p) + 2)) + (c.summaryZh ?? c.summary))
            }
            lines.append("主题：" + commands.topics.map(\.name).joined(separator: "、"))
            lines.append("输入 help <命令> 或 help <主题> 查看详细说明。")
            return lines.joined(separator: "\n")
        }
        if let t = commands.topic(named: topic) { return t.text(.chinese) }
        let matching = commandsMatching(topic)
        if !matching.isEmpty {
            return matching.map { c in
                let usage = c.usage
                let order = usage.indices.sorted { a, b in
                    let ca = c.phrasings[a].isChinese, cb = c.phrasings[b].isChinese
                    return ca != cb ? ca : a < b
                }
                var lines = [c.summaryZh ?? c.summary] + order.map { "  " + usage[$0] }
                if !c.examples.isEmpty { lines.append("示例："); lines += c.examples.map { "  " + $0 } }
                return lines.joined(separator: "\n")
            }.joined(separator: "\n\n")
        }
        if let f = env.natives.first(where: { $0.name == topic }) { return f.summary(in: .chinese) }
        return "没有“\(topic)”的说明。"
    }

    /// The commands whose verb (in any phrasing) is `word`, or listed under that topic.
    private func commandsMatching(_ word: String) -> [CommandSyntax] {
        commands.table.commands.filter { c in
            c.phrasings.contains { p in if case .word(let ws) = p.elements[0] { return ws.contains(word) } else { return false } }
                || c.topic == word
        }
    }
}
