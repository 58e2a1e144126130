import JicengBase

/// Binds each command's syntax to the handler that runs it. One registry drives the
/// parser (its `table`), `help` (by command and by topic) and completion (command
/// words, field names, and names the host supplies, such as the store's codes).
/// The engine registers `help`; the domain and any host add their own commands.
public final class CommandRegistry {
    private var syntaxes: [CommandSyntax] = []
    private var handlers: [String: CommandHandler] = [:]
    /// The registered commands without `help`, grown one command at a time: checking a
    /// new declaration against it costs one add, not a rebuild of every table so far.
    private var registered = CommandTable()
    /// `registered` plus `help` (whose topic list names every verb), built when first asked for.
    private var cachedTable: CommandTable?
    /// Help topics beyond the commands' own: `functions`, `values`, a host's topics;
    /// each is written in the language `help` is asked in.
    private(set) var topics: [(name: String, aliases: [String], text: (MessageLanguage) -> String)] = []
    /// Host-supplied completion candidates (codes and names from a store), asked on demand.
    private var completionProviders: [(CompletionSlot?) -> [String]] = []
    /// Words `help` accepts besides verbs and topics (function names), set by the interpreter.
    var extraHelpWords: () -> [String] = { [] }
    /// Whether the `help` command is declared (it is rebuilt as commands are added, so
    /// its topic list always names every verb).
    var helpHandler: CommandHandler?

    public init() {}

    /// Adds a command. Its id must be new; a malformed declaration is the host's bug
    /// and is reported as such.
    public func register(_ syntax: CommandSyntax, handler: @escaping CommandHandler) throws(CommandSyntax.DeclarationError) {
        guard handlers[syntax.id] == nil, syntax.id != CommandRegistry.helpID else {
            throw CommandSyntax.DeclarationError(command: syntax.id, message: "declared twice")
        }
        try registered.add(syntax)
        syntaxes.append(syntax)
        handlers[syntax.id] = handler
        cachedTable = nil
    }

    /// A help topic in both languages: `help <name>` (or any of `aliases`, such as its
    /// Chinese name) prints `text(language)`.
    public func addTopic(_ name: String, aliases: [String] = [], text: @escaping (MessageLanguage) -> String) {
        topics.removeAll { $0.name == name }
        topics.append((name, aliases, text))
        cachedTable = nil
    }

    /// A help topic written in one language only.
    public func addTopic(_ name: String, aliases: [String] = [], text: @escaping () -> String) {
        addTopic(name, aliases: aliases) { (_: MessageLanguage) in text() }
    }

    /// More completion candidates, asked each time the console completes.
    public func addCompletions(_ provider: @escaping () -> [String]) { completionProviders.append { _ in provider() } }

    /// Completion candidates for a value typed inside a string: `slot` is the command slot
    /// the string fills (nil outside a command), so a host can offer only the names of
    /// that slot's kind — a street's names after `in street "`, not every name in the city.
    public func addCompletions(_ provider: @escaping (CompletionSlot?) -> [String]) { completionProviders.append(provider) }

    /// The topic `help word` names, by its name or an alias.
    func topic(named word: String) -> (name: String, aliases: [String], text: (MessageLanguage) -> String)? {
        topics.first { $0.name == word || $0.aliases.contains(word) }
    }

    public func handler(for id: String) -> CommandHandler? {
        id == CommandRegistry.helpID ? helpHandler : handlers[id]
    }

    public var commands: [CommandSyntax] { syntaxes }

    /// The table the parser reads: every registered command, plus `help`.
    public var table: CommandTable {
        if let t = cachedTable { return t }
        var t = CommandTable()
        if helpHandler != nil, let help = try? helpSyntax() { try? t.add(help) }
        for s in syntaxes { try? t.add(s) }
        cachedTable = t
        return t
    }

    static let helpID = "help"

    private func helpSyntax() throws(CommandSyntax.DeclarationError) -> CommandSyntax {
        var words = Set<String>()
        for s in syntaxes {
            for p in s.phrasings { if case .word(let ws) = p.elements[0] { words.formUnion(ws) } }
        }
        words.formUnion(topics.flatMap { [$0.name] + $0.aliases })
        words.formUnion(extraHelpWords())
        let choices = words.filter { CommandSyntax.isWord($0) && Keyword.reserved($0) == nil }.sorted().map { CommandSyntax.Choice($0) }
        return try CommandSyntax(
            id: CommandRegistry.helpID, english: "help [<topic>]", chinese: "帮助 [<topic>]",
            kinds: ["topic": .choice(choices)],
            summary: "lists the commands, or explains one command or topic",
            summaryZh: "列出全部命令，或说明某条命令、某个主题",
            examples: ["help", "help functions", "help assign"], topic: "language")
    }

    /// Candidates for completion: every command word, clause word and field name, then
    /// the host's names.
    func completionWords() -> Set<String> {
        var words = Set<String>()
        for s in table.commands { words.formUnion(s.allWords) }
        for p in completionProviders { words.formUnion(p(nil)) }
        return words
    }

    /// The host's candidates for a string filling `slot`.
    func completionNames(for slot: CompletionSlot?) -> Set<String> {
        var names = Set<String>()
        for p in completionProviders { names.formUnion(p(slot)) }
        return names
    }
}
