import JicengBase

/// Commands, parsed from their declarations (CommandSyntax, compiled in CommandGrammar).
///
/// Each phrasing that starts with the current word is tried in turn, from the same
/// place (backtracking), until one matches through the end of the statement; if none
/// does, the error of the attempt that got furthest is reported with the command's usage.
/// A slot's expression stops before the command's own words (`post need "x" in
/// community "JH"`: that `in` is the phrase's, not the membership operator), and a
/// Chinese word also matches the start of an identifier, so `分配党员` reads as
/// `分配 党员`.
extension Parser {
    typealias Candidate = CommandGrammar.Candidate

    /// The phrasings that could start here, or nil when this is no command: the current
    /// word is no verb, or it is clearly used as a name (`list = 3`, `list(…)`, `set.x`).
    func commandCandidates() -> [Candidate]? {
        let t = current
        guard t.kind == .identifier || t.kind == .keyword, partial == 0 else { return nil }
        var candidates = grammar.byVerb[t.symbol] ?? []
        if !candidates.isEmpty {
            switch next.kind {
            case .equal, .leftParen, .dot, .leftBracket, .plus, .star, .slash, .percent, .equalEqual, .bangEqual, .less,
                .lessEqual, .greater, .greaterEqual, .dotDot, .comma, .rightParen, .rightBracket, .colon:
                return nil
            case .keyword where next.isKeyword(.and) || next.isKeyword(.or):
                return nil
            default:
                break
            }
        }
        // A Chinese verb typed together with what follows: try its longest prefixes first.
        if grammar.longestChineseVerb > 0, (file.bytes[Int(t.range.start)]) >= 0x80 {
            let text = symbols[t.symbol]
            var length = min(text.count - 1, grammar.longestChineseVerb)
            while length > 0 {
                if let more = grammar.chineseVerbs[String(text.prefix(length))] { candidates += more }
                length -= 1
            }
        }
        return candidates.isEmpty ? nil : candidates
    }

    func parseCommand(_ candidates: [Candidate]) throws(Failure) -> CommandCall {
        let start = state
        var failures: [(failure: Failure, candidate: Candidate)] = []
        for candidate in candidates {
            restore(start)
            do throws(Failure) {
                return try parseCommand(candidate)
            } catch {
                failures.append((error, candidate))
            }
        }
        // Report where the attempts got furthest; phrasings that all stopped there at a
        // missing word become one error listing every word that would have fitted.
        let furthest = failures.map(\.failure.diagnostic.range.start).max()!
        let stopped = failures.filter { $0.failure.diagnostic.range.start == furthest }
        var failure = stopped[0].failure
        if stopped.count > 1, stopped.allSatisfy({ !$0.failure.expectedWords.isEmpty }) {
            var words: [String] = []
            for w in stopped.flatMap(\.failure.expectedWords) where !words.contains(w) { words.append(w) }
            failure.diagnostic.message = Message(SyntaxMessage.expectedWords(words, found: failure.found))
            failure.expectedWords = words
            failure.diagnostic.help = failure.foundWord.flatMap { Suggestion.help(for: $0, in: words) }
        }
        var usages: [String] = []
        for (_, candidate) in stopped {
            let usage = grammar.command(candidate.command).syntax.usage[candidate.phrasing]
            if !usages.contains(usage) { usages.append(usage) }
        }
        failure.diagnostic.notes += usages.prefix(Parser.maxUsageNotes).map { Message(SyntaxMessage.usage($0)) }
        if usages.count > Parser.maxUsageNotes {
            failure.diagnostic.notes.append(Message(SyntaxMessage.moreUsages(usages.count - Parser.maxUsageNotes)))
        }
        // A command ends at its line's end, so another line would not complete it: the
        // REPL shows the error at once (an expression cut short inside a slot still
        // reads on, as anywhere else).
        if failure.diagnostic.id == DiagnosticCatalog.commandMismatch.id { failure.atEnd = false }
        throw failure
    }

    /// Usage lines shown under one command error at most.
    static let maxUsageNotes = 4


    /// One phrasing, then its clauses and fields in any order, up to the statement's end.
    func parseCommand(_ candidate: Candidate) throws(Failure) -> CommandCall {
        let command = grammar.command(candidate.command)
        let verb = current.range
        let start = verb.start
        let savedStops = stopWords
        stopWords = command.stopWords
        defer { stopWords = savedStops }

        var arguments = [CommandArgument?](repeating: nil, count: command.slots.count)
        try matchElements(command.phrasings[candidate.phrasing], command, &arguments)

        var clauses: [Int] = []
        var fields: [FieldArgument] = []
        next: while !atStatementEnd {
            for (index, phrasings) in command.clauses.enumerated() {
                for elements in phrasings {
                    guard case .word(let words) = elements[0], let word = words.first(where: isWordAhead) else { continue }
                    if clauses.contains(index) {
                        throw failure(DiagnosticCatalog.repeatedClause, .clauseGivenTwice(word.text),
                                      label: .takesOneClause(word.text))
                    }
                    try matchElements(elements, command, &arguments)
                    clauses.append(index)
                    continue next
                }
            }
            if let spellings = command.fields, let (word, canonical) = longestAhead(spellings, \.word) {
                let nameToken = current
                if fields.contains(where: { $0.name == canonical }) {
                    throw failure(DiagnosticCatalog.repeatedClause, .fieldGivenTwice(word.text), label: .fieldOnce)
                }
                _ = matchWord(word)
                if command.syntax.wordFields.contains(canonical), let bare = bareWord() {
                    fields.append(FieldArgument(name: canonical, nameRange: range(from: nameToken.range.start), value: bare, isBareWord: true))
                    continue
                }
                let value = try parseExpression()
                fields.append(FieldArgument(name: canonical, nameRange: range(from: nameToken.range.start), value: value))
                continue
            }
            // `as …` / `to …` after a whole command shows its result (see parseShow).
            if partial == 0, check(.as) || check(.to) { break }
            // A word where a field may come is a mistyped or foreign field: say so, with the nearest one.
            if let spellings = command.fields, current.isWordLike {
                let word = symbols[current.symbol]
                throw failure(DiagnosticCatalog.commandMismatch, .unknownField(word), label: .noSuchField,
                              help: Suggestion.help(for: word, in: spellings.map(\.word.text)))
            }
            throw failure(DiagnosticCatalog.commandMismatch, .expectedCommandEnd(found: describe(current)),
                          label: .notPartOf(command.syntax.phrasings[candidate.phrasing].pattern))
        }
        if check(.end) { noteClauseContinuations(command, candidate, given: clauses, fields: fields) }
        return CommandCall(
            id: command.syntax.id, commandIndex: candidate.command, phrasingIndex: candidate.phrasing, arguments: arguments,
            clauses: clauses, fields: fields, range: range(from: start), verbRange: verb)
    }

    /// The statement ends here, or a `show`-style `as …` / `to …` follows.
    var atCommandEnd: Bool { atStatementEnd || (partial == 0 && (check(.as) || check(.to))) }

    func matchElements(
        _ elements: [CommandGrammar.Element], _ command: CommandGrammar.CompiledCommand, _ arguments: inout [CommandArgument?]
    ) throws(Failure) {
        for element in elements {
            switch element {
            case .word(let words):
                guard let word = longestAhead(words, \.self), matchWord(word) else {
                    if check(.end) { continuations.formUnion(words.map(\.text)) }
                    let texts = words.map(\.text)
                    let foundWord = current.isWordLike ? file.text(of: current.range) : nil
                    var f = failure(DiagnosticCatalog.commandMismatch, .expectedWords(texts, found: describe(current)),
                                    help: foundWord.flatMap { Suggestion.help(for: $0, in: texts) })
                    f.expectedWords = texts
                    f.found = describe(current)
                    f.foundWord = foundWord
                    throw f
                }
            case .slot(let index):
                arguments[index] = try parseSlot(index, command)
            case .optional(let inner):
                switch inner.first {
                case .word(let words)?:
                    guard words.contains(where: isWordAhead) else {
                        if check(.end) { continuations.formUnion(words.map(\.text)) }
                        continue
                    }
                case .slot(let index)?:
                    // An optional slot is given when something that can start an
                    // expression follows.
                    guard !atCommandEnd, !atStopWord, startsExpression(current) else {
                        if check(.end) {
                            noteSlotContinuations(command.slots[index])
                            noteSlotAtEnd(command.syntax.slots[index].name, command.slots[index])
                        }
                        continue
                    }
                default:
                    continue
                }
                try matchElements(inner, command, &arguments)
            }
        }
    }

    func startsExpression(_ t: Token) -> Bool {
        switch t.kind {
        case .identifier, .integer, .decimal, .string, .date, .month, .quarter, .leftParen, .leftBracket, .leftBrace, .minus:
            return true
        case .keyword:
            return [.true, .false, .nil, .it, .not].contains(t.keyword)
        default:
            return false
        }
    }

    func parseSlot(_ index: Int, _ command: CommandGrammar.CompiledCommand) throws(Failure) -> CommandArgument {
        let name = command.syntax.slots[index].name
        if check(.end) { noteSlotAtEnd(name, command.slots[index]) }
        switch command.slots[index] {
        case .expression:
            guard startsExpression(current), !atStopWord else {
                throw failure(DiagnosticCatalog.commandMismatch, .expectedSlot(name, found: describe(current)))
            }
            return .expression(try parseExpression())
        case .choice(let options):
            let t = current
            guard let option = longestAhead(options, \.word), matchWord(option.word) else {
                if check(.end) { noteSlotContinuations(command.slots[index]) }
                throw failure(DiagnosticCatalog.commandMismatch, .expectedSlot(name, found: describe(t)),
                              help: choiceHelp(options, found: t))
            }
            return .choice(option.canonical, range(from: t.range.start))
        case .entity(let kinds):
            let t = current
            guard let kind = longestAhead(kinds, \.word), matchWord(kind.word) else {
                if check(.end) { noteSlotContinuations(command.slots[index]) }
                // A record held in a variable needs no kind word (`history for m`); the
                // command checks the value's kind. A near miss of a kind word stays an error.
                if startsExpression(t), !atStopWord, !nearKindWord(t, kinds) {
                    return .entity(kind: "", kindRange: SourceRange(start: Int(t.range.start), end: Int(t.range.start)),
                                   value: try parseExpression())
                }
                throw failure(DiagnosticCatalog.commandMismatch, .expectedSlot(name, found: describe(t)),
                              help: choiceHelp(kinds, found: t))
            }
            let kindRange = range(from: t.range.start)
            if check(.end) { slotAtEnd = CompletionSlot(name: name, kindWords: [kind.canonical]) }
            guard startsExpression(current), !atStopWord else {
                throw failure(DiagnosticCatalog.commandMismatch, .expectedValueAfter(kind.word.text, found: describe(current)))
            }
            return .entity(kind: kind.canonical, kindRange: kindRange, value: try parseExpression())
        }
    }

    /// At the end of a whole command: its clauses not yet given and its fields, in the
    /// language of the phrasing typed.
    func noteClauseContinuations(
        _ command: CommandGrammar.CompiledCommand, _ candidate: Candidate, given: [Int], fields: [FieldArgument]
    ) {
        let chinese = command.syntax.phrasings[candidate.phrasing].isChinese
        for (index, clause) in command.syntax.clauses.enumerated() where !given.contains(index) {
            let phrasing = clause.phrasings.first { $0.isChinese == chinese } ?? clause.phrasings[0]
            if case .word(let words) = phrasing.elements[0] { continuations.formUnion(words) }
        }
        for field in command.syntax.fields ?? [] where !fields.contains(where: { $0.name == field.canonical }) {
            let spellings = field.spellings.filter { ($0.utf8.first ?? 0 >= 0x80) == chinese }
            continuations.formUnion(spellings.isEmpty ? [field.canonical] : spellings)
        }
    }

    /// A value typed at the end would fill this slot.
    func noteSlotAtEnd(_ name: String, _ slot: CommandGrammar.SlotKind) {
        switch slot {
        case .expression: slotAtEnd = CompletionSlot(name: name, kindWords: [])
        case .entity(let kinds): slotAtEnd = CompletionSlot(name: name, kindWords: uniqueCanonical(kinds))
        case .choice: break
        }
    }

    /// The words a choice or entity slot accepts.
    func noteSlotContinuations(_ slot: CommandGrammar.SlotKind) {
        switch slot {
        case .expression: break
        case .choice(let options), .entity(let options): continuations.formUnion(options.map(\.word.text))
        }
    }

    /// Choices past this many are not listed in an error (`help` has them all).
    static let maxListedChoices = 12

    /// Whether a word looks like a misspelt kind word (`memebr "M1"`): near one and
    /// followed by a value, where `members[0]` or a lone `orgs` is a value itself.
    private func nearKindWord(_ t: Token, _ kinds: [(word: CommandGrammar.Word, canonical: String)]) -> Bool {
        guard t.isWordLike, Suggestion.closest(to: symbols[t.symbol], in: kinds.map(\.word.text)) != nil else { return false }
        if partial > 0 { return true }
        switch next.kind {
        case .string, .identifier, .integer: return true
        default: return false
        }
    }

    /// The nearest choice to a mistyped word, else the choices themselves when few.
    private func choiceHelp(_ options: [(word: CommandGrammar.Word, canonical: String)], found: Token) -> Message? {
        if found.isWordLike, let near = Suggestion.help(for: symbols[found.symbol], in: options.map(\.word.text)) {
            return near
        }
        let names = uniqueCanonical(options)
        guard names.count <= Parser.maxListedChoices else { return nil }
        return Message(SyntaxMessage.oneOf(names))
    }

    private func uniqueCanonical(_ options: [(word: CommandGrammar.Word, canonical: String)]) -> [String] {
        var seen = Set<String>()
        return options.compactMap { seen.insert($0.canonical).inserted ? $0.canonical : nil }
    }

    /// Of the items whose word is at the cursor, the one matching the most text, so a
    /// longer word wins over its own prefix (`支部党员大会` over `支部`).
    func longestAhead<Item>(_ items: [Item], _ word: (Item) -> CommandGrammar.Word) -> Item? {
        var best: (item: Item, length: Int)?
        for item in items {
            if let length = wordMatchLength(word(item)), length > (best?.length ?? 0) { best = (item, length) }
        }
        return best?.item
    }

    /// Whether `word` is at the cursor (as a whole word, or a Chinese word at the start
    /// of an identifier), without consuming it.
    func isWordAhead(_ word: CommandGrammar.Word) -> Bool { wordMatchLength(word) != nil }

    /// Consumes `word` if it is at the cursor.
    func matchWord(_ word: CommandGrammar.Word) -> Bool {
        guard let length = wordMatchLength(word) else { return false }
        if length == Int(current.range.end - current.range.start) {
            advance()
        } else {
            consumePrefix(bytes: length)
        }
        return true
    }

    private func wordMatchLength(_ word: CommandGrammar.Word) -> Int? {
        let t = current
        guard t.isWordLike else { return nil }
        let length = Int(t.range.end - t.range.start)
        if t.symbol == word.symbol { return length }
        guard word.isChinese, word.bytes.count < length else { return nil }
        let bytes = file.bytes
        let start = Int(t.range.start)
        for k in 0..<word.bytes.count where bytes[start + k] != word.bytes[k] { return nil }
        return word.bytes.count
    }

    /// A field value that is one name and nothing more (`kind branch parent …`): the
    /// statement ends or another word follows. Read apart from expressions because the
    /// word may also be one of the command's own words (`branch` is a member's field).
    func bareWord() -> Expr? {
        guard partial == 0, current.kind == .identifier else { return nil }
        switch next.kind {
        case .newline, .semicolon, .end, .rightBrace, .identifier: break // `as`, `to` are identifiers too
        default: return nil
        }
        let t = current
        advance()
        return Expr(.name(t.symbol, newNameID()), t.range)
    }
}
