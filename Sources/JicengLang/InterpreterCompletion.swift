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

extension Interpreter {
    public func completions(line: String, cursor: Int) -> Completions {
        let chars = Array(line.prefix(max(0, cursor)))
        var start = chars.count
        while start > 0, Interpreter.isWordCharacter(chars[start - 1]) { start -= 1 }
        let prefix = String(chars[start...])
        let afterDot = start > 0 && chars[start - 1] == "."
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

    static func isWordCharacter(_ c: Character) -> Bool {
        c == "_" || c.isLetter || c.isNumber || c == "-"
    }
}
