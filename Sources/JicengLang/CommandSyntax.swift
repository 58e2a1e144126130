/// The declaration of one command: its phrasings (English and Chinese), typed slots,
/// optional clauses and field list, and its help. Declared once, it drives the parser,
/// `help`, completion and the generated command reference; the back-end binds a handler
/// to its `id`.
///
/// Phrasings and clauses are written as patterns, one word or slot per space-separated
/// item:
///
///     assign member <member> to branch <branch>
///     分配 党员 <member> 到 支部 <branch>
///     help [<topic>]                 # [ … ] is optional
///     list|show-all members          # a|b: either word
///
/// A slot is an expression unless `kinds` says otherwise: a `.choice` of words
/// (`hold meeting <kind> …` with `committee_meeting|member_assembly|…`) or an `.entity`
/// kind word followed by an expression (`owner org "XFL-01"`). Clauses (`on <date>`,
/// `topic <text>`) may follow the required words in any order, each at most once; a
/// field list (`add member "张三" code "M1" born 1958-03-01 …`) accepts any of its
/// fields, each followed by an expression, mixed with the clauses.
///
/// Arguments reach the handler in slot order: the slots of the first phrasing in the
/// order they appear, then those of the clauses in the order declared.
public struct CommandSyntax: Sendable {
    /// A stable identifier the back-end binds a handler to: `assign_member`.
    public let id: String
    public let slots: [Slot]
    /// The first is the English phrasing, then the Chinese one, then any alternatives.
    public let phrasings: [Phrasing]
    public let clauses: [Clause]
    /// The open field list of schema-driven commands (`add`, `set`), if any.
    public let fields: [Choice]?
    /// Fields (canonical names) whose value may be a bare word (`kind branch`,
    /// `status floating_out`): their values are choices the host checks.
    public let wordFields: Set<String>
    /// A statement that is just this command shows its result (`report by street` in a
    /// batch script prints the report, as the REPL does); `let r = report …` only binds.
    public let showsResult: Bool
    /// One line for `help` listings.
    public let summary: String
    /// The same line in Chinese, shown by `help` when the help language is Chinese.
    public let summaryZh: String?
    public let examples: [String]
    /// The help topic this command is listed under (`members`, `meetings`, …).
    public let topic: String

    public init(
        id: String, english: String, chinese: String? = nil, alternatives: [String] = [],
        kinds: [String: SlotKind] = [:], clauses: [ClausePattern] = [], fields: [Choice]? = nil,
        wordFields: Set<String> = [], summary: String, summaryZh: String? = nil, examples: [String] = [], topic: String = "",
        showsResult: Bool = false
    ) throws(DeclarationError) {
        self.wordFields = wordFields
        self.showsResult = showsResult
        self.id = id
        self.summary = summary
        self.summaryZh = summaryZh
        self.examples = examples
        self.topic = topic
        self.fields = fields

        var slotNames: [String] = []
        func slotIndex(_ name: String) -> Int {
            if let i = slotNames.firstIndex(of: name) { return i }
            slotNames.append(name)
            return slotNames.count - 1
        }

        var phrasings: [Phrasing] = []
        var phraseSlots = Set<String>()
        for pattern in [english] + (chinese.map { [$0] } ?? []) + alternatives {
            let elements = try CommandSyntax.parse(pattern: pattern, in: id, slot: slotIndex)
            phrasings.append(Phrasing(pattern: pattern, elements: elements))
            if phrasings.count == 1 { phraseSlots = Set(slotNames) }
        }
        for p in phrasings {
            try CommandSyntax.checkStartsWithWord(p.elements, pattern: p.pattern, in: id)
            let used = Set(p.elements.flatMap(\.slotIndexes).map { slotNames[$0] })
            guard used == phraseSlots else {
                throw DeclarationError(command: id, message: "phrasing '\(p.pattern)' must use the slots \(phraseSlots.sorted()), uses \(used.sorted())")
            }
            if case .word(let verbs) = p.elements[0], let reserved = verbs.first(where: { Keyword.reserved($0) != nil }) {
                throw DeclarationError(command: id, message: "the verb '\(reserved)' is a reserved word")
            }
        }

        var parsedClauses: [Clause] = []
        for clause in clauses {
            let before = slotNames.count
            var clausePhrasings: [Phrasing] = []
            for pattern in [clause.english] + (clause.chinese.map { [$0] } ?? []) {
                let elements = try CommandSyntax.parse(pattern: pattern, in: id, slot: slotIndex)
                try CommandSyntax.checkStartsWithWord(elements, pattern: pattern, in: id)
                if let reused = elements.flatMap(\.slotIndexes).first(where: { $0 < before }) {
                    throw DeclarationError(command: id, message: "clause '\(pattern)' reuses the slot <\(slotNames[reused])>")
                }
                clausePhrasings.append(Phrasing(pattern: pattern, elements: elements))
            }
            parsedClauses.append(Clause(phrasings: clausePhrasings))
        }

        for name in kinds.keys where !slotNames.contains(name) {
            throw DeclarationError(command: id, message: "a kind is given for <\(name)>, which no pattern uses")
        }
        self.slots = slotNames.map { Slot(name: $0, kind: kinds[$0] ?? .expression) }
        self.phrasings = phrasings
        self.clauses = parsedClauses
    }

    /// One way of writing a command or clause.
    public struct Phrasing: Sendable {
        /// The pattern as declared, for help: `assign member <member> to branch <branch>`.
        public let pattern: String
        public let elements: [Element]

        /// Chinese when its first word is not ASCII.
        public var isChinese: Bool {
            guard case .word(let words) = elements.first, let w = words.first else { return false }
            return w.utf8.first.map { $0 >= 0x80 } ?? false
        }
    }

    public indirect enum Element: Sendable {
        /// One word, written as any of these spellings.
        case word([String])
        /// The slot at this index in `CommandSyntax.slots`.
        case slot(Int)
        /// Elements that may be left out together.
        case optional([Element])

        var slotIndexes: [Int] {
            switch self {
            case .word: []
            case .slot(let i): [i]
            case .optional(let es): es.flatMap(\.slotIndexes)
            }
        }
    }

    public struct Slot: Sendable {
        public let name: String
        public let kind: SlotKind
    }

    public enum SlotKind: Sendable {
        /// Any expression (it stops at the phrase's own words: see LANGUAGE.md).
        case expression
        /// One of these words; the argument is the canonical one.
        case choice([Choice])
        /// An entity kind word (`member`, `org`, `党员`) followed by an expression.
        case entity([Choice])
    }

    /// A word with its canonical name and every accepted spelling: `Choice("org", "党组织")`.
    public struct Choice: Hashable, Sendable {
        public let canonical: String
        /// The canonical name first, then its aliases.
        public let spellings: [String]

        public init(_ canonical: String, _ aliases: String...) {
            self.canonical = canonical
            self.spellings = [canonical] + aliases
        }

        public init(canonical: String, aliases: [String]) {
            self.canonical = canonical
            self.spellings = [canonical] + aliases
        }
    }

    /// An optional clause as declared: its English and (optionally) Chinese pattern.
    public struct ClausePattern: Sendable {
        public let english: String
        public let chinese: String?

        public init(_ english: String, _ chinese: String? = nil) {
            self.english = english
            self.chinese = chinese
        }
    }

    public struct Clause: Sendable {
        /// English first, then Chinese.
        public let phrasings: [Phrasing]
    }

    /// A malformed declaration: a programming error in the host or the back-end.
    public struct DeclarationError: Error, CustomStringConvertible, Sendable {
        public let command: String
        public let message: String
        public var description: String { "command \(command): \(message)" }
    }

    /// Every spelled word of the command (phrasings, clauses, choices, entity kinds,
    /// fields): the words that end a slot's expression.
    public var allWords: Set<String> {
        var words = Set<String>()
        func collect(_ es: [Element]) {
            for e in es {
                switch e {
                case .word(let ws): words.formUnion(ws)
                case .slot: break
                case .optional(let inner): collect(inner)
                }
            }
        }
        for p in phrasings { collect(p.elements) }
        for c in clauses { for p in c.phrasings { collect(p.elements) } }
        for f in fields ?? [] { words.formUnion(f.spellings) }
        return words
    }

    /// A usage line names fields up to this many; a schema-driven command with the fields
    /// of every kind says `[<field> <value>]…` and leaves them to `help`.
    static let maxFieldsInUsage = 12

    /// The usage lines for help: each phrasing followed by its clauses in brackets.
    public var usage: [String] {
        phrasings.map { p in
            let chinese = p.isChinese
            let clauseText = clauses.compactMap { c in
                (c.phrasings.first { $0.isChinese == chinese } ?? c.phrasings.first).map { "[" + $0.pattern + "]" }
            }
            let fieldText = fields.map { fs in
                fs.count > CommandSyntax.maxFieldsInUsage ? ["[<field> <value>]…"]
                    : ["[" + fs.map { chinese ? ($0.spellings.last ?? $0.canonical) : $0.canonical }.joined(separator: "|") + " <value>]…"]
            } ?? []
            return ([p.pattern] + clauseText + fieldText).joined(separator: " ")
        }
    }

    // MARK: Pattern parsing

    private static func parse(
        pattern: String, in id: String, slot: (String) -> Int
    ) throws(DeclarationError) -> [Element] {
        // Items split on spaces, `[` and `]` each an item of its own; over UTF-8 bytes, as
        // every start of the program parses every command's patterns.
        var items: [Substring] = []
        let utf8 = pattern.utf8
        var itemStart: String.Index?
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            let next = utf8.index(after: i)
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") {
                if let s = itemStart { items.append(pattern[s..<i]) }
                itemStart = nil
                if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") { items.append(pattern[i..<next]) }
            } else if itemStart == nil {
                itemStart = i
            }
            i = next
        }
        if let s = itemStart { items.append(pattern[s...]) }
        var stack: [[Element]] = [[]]
        var seen = Set<String>()
        for item in items {
            if item == "[" {
                stack.append([])
            } else if item == "]" {
                guard stack.count > 1, let group = stack.popLast(), !group.isEmpty else {
                    throw DeclarationError(command: id, message: "unbalanced or empty '[ ]' in '\(pattern)'")
                }
                stack[stack.count - 1].append(.optional(group))
            } else if item.utf8.first == UInt8(ascii: "<") {
                guard item.utf8.last == UInt8(ascii: ">"), item.utf8.count > 2 else {
                    throw DeclarationError(command: id, message: "bad slot '\(item)' in '\(pattern)'")
                }
                let name = String(item.dropFirst().dropLast())
                guard seen.insert(name).inserted else {
                    throw DeclarationError(command: id, message: "slot <\(name)> appears twice in '\(pattern)'")
                }
                stack[stack.count - 1].append(.slot(slot(name)))
            } else {
                let spellings = item.utf8.split(separator: UInt8(ascii: "|")).map { String(Substring($0)) }
                guard !spellings.isEmpty, spellings.allSatisfy(isWord) else {
                    throw DeclarationError(command: id, message: "'\(item)' in '\(pattern)' is not a word")
                }
                stack[stack.count - 1].append(.word(spellings))
            }
        }
        guard stack.count == 1, let elements = stack.first, !elements.isEmpty else {
            throw DeclarationError(command: id, message: "unbalanced or empty pattern '\(pattern)'")
        }
        return elements
    }

    private static func checkStartsWithWord(_ elements: [Element], pattern: String, in id: String) throws(DeclarationError) {
        guard case .word = elements.first else {
            throw DeclarationError(command: id, message: "'\(pattern)' must start with a word")
        }
    }

    /// A phrase word must lex as one identifier or keyword.
    static func isWord(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return Lexer.isIdentifierStart(first) && text.unicodeScalars.allSatisfy(Lexer.isIdentifierContinue)
    }
}

extension Keyword {
    /// The keyword spelled `text`, if it is a reserved word.
    public static func reserved(_ text: String) -> Keyword? { bySpelling[text] }

    /// Built once: `help`'s syntax asks about every word of every command each time a
    /// command is registered.
    private static let bySpelling: [String: Keyword] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.spelling, $0) })
}
