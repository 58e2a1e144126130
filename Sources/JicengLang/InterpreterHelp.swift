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
        commands.addTopic("functions") { [unowned self] in
            "Functions:\n" + self.env.natives.map { "  " + $0.summary }.joined(separator: "\n")
        }
    }

    /// The text `help` prints for a topic (nil: the overview).
    public func helpText(_ topic: String?) -> String {
        let all = commands.table.commands
        guard let topic, topic != "commands" else {
            var lines = ["Commands:"]
            let width = min(44, all.map { $0.phrasings[0].pattern.count }.max() ?? 0)
            for c in all {
                let p = c.phrasings[0].pattern
                lines.append("  " + p + String(repeating: " ", count: max(1, width - p.count + 2)) + c.summary)
            }
            lines.append("Topics: " + commands.topics.map(\.name).joined(separator: ", "))
            lines.append("Type `help <command>` or `help <topic>` for more.")
            return lines.joined(separator: "\n")
        }
        if let t = commands.topics.first(where: { $0.name == topic }) { return t.text() }
        let matching = all.filter { c in
            c.phrasings.contains { p in if case .word(let ws) = p.elements[0] { return ws.contains(topic) } else { return false } }
                || c.topic == topic
        }
        if !matching.isEmpty {
            return matching.map { c in
                var lines = c.usage.map { "  " + $0 }
                lines.insert(c.summary, at: 0)
                if !c.examples.isEmpty { lines.append("Examples:"); lines += c.examples.map { "  " + $0 } }
                return lines.joined(separator: "\n")
            }.joined(separator: "\n\n")
        }
        if let f = env.natives.first(where: { $0.name == topic }) { return f.summary }
        return "No help for \"\(topic)\"."
    }
}
