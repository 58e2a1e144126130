/// A CommandTable compiled against a SymbolTable for the parser: words become symbols
/// (and UTF-8 bytes, for Chinese words typed without spaces), verbs an index.
///
/// Build it once per table (the interpreter rebuilds it when a command is registered)
/// and hand it to every parse; each command is compiled when first met.
public final class CommandGrammar {
    public let table: CommandTable
    private let symbols: SymbolTable
    /// Each command compiled the first time a parse meets its verb: a run that uses a few
    /// commands (or none) does not pay at start-up for the word lists of all of them.
    private var compiled: [CompiledCommand?]
    /// Verb symbol → (command, phrasing) pairs, in declaration order.
    let byVerb: [Symbol: [Candidate]]
    /// Chinese verbs by their text, for matching the start of a longer identifier.
    let chineseVerbs: [String: [Candidate]]
    /// The longest Chinese verb, in characters: no longer prefix needs looking up.
    let longestChineseVerb: Int

    struct Candidate {
        let command: Int
        let phrasing: Int
    }

    /// A word to match: exact by symbol, or (Chinese) as the start of an identifier.
    struct Word {
        let text: String
        let symbol: Symbol
        let bytes: [UInt8]
        let isChinese: Bool
    }

    indirect enum Element {
        case word([Word])
        case slot(Int)
        case optional([Element])
    }

    enum SlotKind {
        case expression
        /// Each accepted word with the canonical name it stands for.
        case choice([(word: Word, canonical: String)])
        case entity([(word: Word, canonical: String)])
    }

    struct CompiledCommand {
        let syntax: CommandSyntax
        let phrasings: [[Element]]
        let clauses: [[[Element]]]
        let slots: [SlotKind]
        let fields: [(word: Word, canonical: String)]?
        /// Every word of the command: a slot's expression stops before any of them
        /// where it could otherwise continue (`in`, `and`, `where`, …).
        let stopWords: Set<Symbol>
    }

    public convenience init(symbols: SymbolTable) {
        self.init(table: CommandTable(), symbols: symbols)
    }

    public init(table: CommandTable, symbols: SymbolTable) {
        self.table = table
        self.symbols = symbols
        var byVerb: [Symbol: [Candidate]] = [:]
        var chineseVerbs: [String: [Candidate]] = [:]
        var longest = 0
        for (ci, syntax) in table.commands.enumerated() {
            for (pi, p) in syntax.phrasings.enumerated() {
                guard case .word(let verbs) = p.elements[0] else { continue }
                for v in verbs {
                    byVerb[symbols.intern(v), default: []].append(Candidate(command: ci, phrasing: pi))
                    if (v.utf8.first ?? 0) >= 0x80 {
                        chineseVerbs[v, default: []].append(Candidate(command: ci, phrasing: pi))
                        longest = max(longest, v.count)
                    }
                }
            }
        }
        self.compiled = Array(repeating: nil, count: table.commands.count)
        self.byVerb = byVerb
        self.chineseVerbs = chineseVerbs
        self.longestChineseVerb = longest
    }

    /// The command at `index` in the table, compiled against the symbols.
    func command(_ index: Int) -> CompiledCommand {
        if let c = compiled[index] { return c }
        let syntax = table.commands[index]
        let slots: [SlotKind] = syntax.slots.map { slot in
            switch slot.kind {
            case .expression: .expression
            case .choice(let cs): .choice(choices(cs))
            case .entity(let cs): .entity(choices(cs))
            }
        }
        let c = CompiledCommand(
            syntax: syntax, phrasings: syntax.phrasings.map { elements($0.elements) },
            clauses: syntax.clauses.map { $0.phrasings.map { elements($0.elements) } },
            slots: slots, fields: syntax.fields.map(choices),
            stopWords: Set(syntax.allWords.map { symbols.intern($0) }))
        compiled[index] = c
        return c
    }

    private func word(_ text: String) -> Word {
        let bytes = Array(text.utf8)
        return Word(text: text, symbol: symbols.intern(text), bytes: bytes, isChinese: (bytes.first ?? 0) >= 0x80)
    }

    private func elements(_ es: [CommandSyntax.Element]) -> [Element] {
        es.map { e in
            switch e {
            case .word(let ws): .word(ws.map(word))
            case .slot(let i): .slot(i)
            case .optional(let inner): .optional(elements(inner))
            }
        }
    }

    private func choices(_ cs: [CommandSyntax.Choice]) -> [(word: Word, canonical: String)] {
        cs.flatMap { c in c.spellings.map { (word: word($0), canonical: c.canonical) } }
    }
}
