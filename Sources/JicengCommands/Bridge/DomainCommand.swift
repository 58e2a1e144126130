import JicengDomain
import JicengLang

/// A command of the work, declared once: its syntax (both phrasings, clauses, help,
/// examples) and what it does, given the call with its arguments and the database.
///
///     DomainCommand(try CommandSyntax(id: "assign_member",
///                                     english: "assign member <member> to branch <branch>",
///                                     chinese: "分配 党员 <member> 到 支部 <branch>", …)) { call in
///         let member = try call.entity("member", .member)
///         let branch = try call.entity("branch", .org)
///         try call.change { try call.database.update(member, fields: ["branch": .ref(branch)]) }
///         call.say("assigned …")
///         return .nil
///     }
///
/// The session runs each call as one group of changes: if the handler throws, what it
/// changed is undone. A `ChangeRejected` thrown by the model becomes a located error
/// naming the record, field, value and rule.
public struct DomainCommand: Sendable {
    public let syntax: CommandSyntax
    public let run: @Sendable (DomainCall) throws -> Value
    /// Whether the call's changes form one group, undone together if it fails. Off only
    /// for commands that manage the store themselves (`save`, `undo`).
    public let grouped: Bool

    public init(_ syntax: CommandSyntax, grouped: Bool = true, run: @escaping @Sendable (DomainCall) throws -> Value) {
        self.syntax = syntax
        self.grouped = grouped
        self.run = run
    }

    /// The words before the first slot of the English phrasing (`assign member`): how
    /// dry-run summaries and the journal group this command's changes.
    public var label: String {
        let pattern = syntax.phrasings.first?.pattern ?? syntax.id
        return pattern.split(separator: " ").prefix { !$0.hasPrefix("<") && !$0.hasPrefix("[") }
            .map { String($0.split(separator: "|").first ?? $0) }.joined(separator: " ")
    }
}
