/// The commands a parser knows: the registry's syntax side, handed to the parser so
/// commands are data and a host can add its own. Looked up by their first word (verb).
public struct CommandTable: Sendable {
    public private(set) var commands: [CommandSyntax] = []
    private var indexByID: [String: Int] = [:]
    private var indexesByVerb: [String: [Int]] = [:]

    public init() {}

    public init(_ commands: [CommandSyntax]) throws(CommandSyntax.DeclarationError) {
        for c in commands { try add(c) }
    }

    /// Adds a command; its id must be new. Commands sharing a verb are tried in the
    /// order they were added.
    public mutating func add(_ command: CommandSyntax) throws(CommandSyntax.DeclarationError) {
        guard indexByID[command.id] == nil else {
            throw CommandSyntax.DeclarationError(command: command.id, message: "declared twice")
        }
        let index = commands.count
        commands.append(command)
        indexByID[command.id] = index
        var verbs = Set<String>()
        for p in command.phrasings {
            if case .word(let spellings) = p.elements[0] { verbs.formUnion(spellings) }
        }
        for v in verbs.sorted() { indexesByVerb[v, default: []].append(index) }
    }

    public func index(of id: String) -> Int? { indexByID[id] }

    public func command(id: String) -> CommandSyntax? { indexByID[id].map { commands[$0] } }

    /// The indexes of the commands one of whose phrasings starts with `verb`.
    public func commands(withVerb verb: String) -> [Int] { indexesByVerb[verb] ?? [] }

    /// Every verb, sorted: for completion and `help`.
    public var verbs: [String] { indexesByVerb.keys.sorted() }
}
