import JicengBase

/// Runs a command: given its evaluated arguments, does the work and returns a value
/// (`nil` when there is nothing to give back). Throw `invocation.error(…)` to report a
/// problem at an argument, or a ValueError with `argument` set to a slot index.
public typealias CommandHandler = (CommandInvocation) throws -> Value

/// One call of a command, as its handler sees it: the arguments by slot index (the
/// order of `CommandSyntax.slots`), each with the source range it came from.
public struct CommandInvocation {
    public let syntax: CommandSyntax
    /// By slot index; nil for an optional slot or clause not given. A choice slot holds
    /// the canonical word as a string; an entity slot holds the value after the kind word.
    public let arguments: [Value?]
    public let argumentRanges: [SourceRange?]
    /// For entity slots, the canonical kind word given (`org`, `member`).
    public let kinds: [String?]
    /// The `name value` pairs of a field list, in source order.
    public let fields: [(name: String, value: Value, range: SourceRange)]
    public let range: SourceRange
    public let file: SourceFile
    public let today: Day
    let writer: (String) -> Void

    /// The argument of the slot called `name` (`<member>` → "member").
    public func argument(_ name: String) -> Value? {
        guard let i = syntax.slots.firstIndex(where: { $0.name == name }) else { return nil }
        return arguments[i]
    }

    public func slotIndex(_ name: String) -> Int? { syntax.slots.firstIndex { $0.name == name } }

    /// Writes a line of output (as `print` does).
    public func output(_ line: String) { writer(line + "\n") }

    /// An error pointing at slot `slot`'s argument (or the whole command).
    public func error(_ message: Message, at slot: Int? = nil, help: Message? = nil, id: String = RuntimeErrorID.commandFailed) -> ScriptError {
        let r = slot.flatMap { argumentRanges[$0] } ?? range
        return ScriptError([Diagnostic(id: id, message: message, file: file, range: r, help: help)])
    }

    /// `unknown member "M0099"`, pointing at the argument, with the nearest known name.
    public func unknown(_ kind: String, _ text: String, at slot: Int, candidates: some Sequence<String>) -> ScriptError {
        let r = argumentRanges[slot] ?? range
        return ScriptError([Diagnostic(id: RuntimeErrorID.unknownName, message: Message(NameMessage.unknownRecord(kind, Value.quoted(text))),
                                       file: file, range: r, label: Message(NameMessage.noRecordHasCode(kind)),
                                       help: Suggestion.help(for: text, in: candidates))])
    }
}
