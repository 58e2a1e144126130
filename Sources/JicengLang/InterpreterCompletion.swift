/// Tab completion for the console: the word before the cursor completed from command
/// words, keywords, functions, variables, collections, field names (after a `.`) and
/// the names the host supplies (codes and names from the store).
public struct Completions: Sendable, Equatable {
    /// Where the word being completed starts, in Characters from the line's start.
    public var wordStart: Int
    public var candidates: [String]

    public init(wordStart: Int, candidates: [String]) {
        self.wordStart = wordStart
        self.candidates = candidates
    }
}

/// The command slot a value being typed fills: its name (`street`, `branch`) and, for an
/// entity slot, the kind words it accepts (after a kind word, just that one).
public struct CompletionSlot: Sendable, Equatable {
    public var name: String
    public var kindWords: [String]

    public init(name: String, kindWords: [String]) {
        self.name = name
        self.kindWords = kindWords
    }
}

extension Interpreter {
    public func completions(line: String, cursor: Int) -> Completions {
        let chars = Array(line.prefix(max(0, cursor)))
        var start = chars.count
        while start > 0, Interpreter.isWordCharacter(chars[start - 1]) { start -= 1 }
        let prefix = String(chars[start...])
        let afterDot = start > 0 && chars[start - 1] == "."
        // Inside a string only the host's names make sense, and only those of the kind
        // the command's slot takes when there is one.
        if let quote = Interpreter.openQuote(in: chars[..<start]) {
            let slot = Parser.completionSlot(of: String(chars[..<quote]), symbols: symbols, commands: currentGrammar())
            let names = commands.completionNames(for: slot)
            return Completions(wordStart: start, candidates: names.filter { $0.hasPrefix(prefix) && $0 != prefix }.sorted())
        }
        // Inside a command, the words its phrasing allows next (`assign ` → `member`,
        // `assign member "M1" ` → `to`) rather than every word there is.
        if !afterDot {
            let before = String(chars[..<start])
            let next = Parser.continuations(of: before, symbols: symbols, commands: currentGrammar())
                .filter { $0.hasPrefix(prefix) && $0 != prefix }
            if !next.isEmpty { return Completions(wordStart: start, candidates: next) }
        }
        var pool = Set<String>()
        if afterDot {
            for t in env.types { pool.formUnion(t.fields.map(\.name)) }
            pool.formUnion(["year", "month", "day", "quarter"])
        } else {
            pool.formUnion(commands.completionWords())
            pool.formUnion(Keyword.allCases.map(\.spelling))
            pool.formUnion(ContextualWord.allCases.map(\.spelling))
            pool.formUnion(env.visibleNames)
            pool.formUnion(env.fieldNames)
        }
        let candidates = pool.filter { $0.hasPrefix(prefix) && $0 != prefix }.sorted()
        return Completions(wordStart: start, candidates: candidates)
    }

    /// Where the string the text ends inside opens, or nil when every string is closed.
    static func openQuote(in text: ArraySlice<Character>) -> Int? {
        var open: Int?
        var escaped = false
        for i in text.indices {
            let c = text[i]
            if open != nil, escaped { escaped = false; continue }
            if open != nil, c == "\\" { escaped = true; continue }
            if c == "\"" { open = open == nil ? i : nil }
            else if c == "#", open == nil { return nil } // the rest is a comment
        }
        return open
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c == "_" || c.isLetter || c.isNumber || c == "-"
    }
}
