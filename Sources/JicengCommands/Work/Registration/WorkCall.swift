import JicengBase
import JicengDomain
import JicengLang

/// A work command's call: its arguments as typed handles, each remembered with the slot
/// it came from, so a refusal about that record points at the argument that named it
/// (also when staff typed a name, not the code), and the result said the same way by
/// every command.
final class WorkCall {
    let call: DomainCall
    private var named: [(ref: RecordRef, slot: String)] = []

    init(_ call: DomainCall) { self.call = call }

    var database: Database { call.database }

    // MARK: Arguments

    /// The record slot `slot` names, of one of `kinds` (or the kind its kind word says).
    func record(_ slot: String, _ kinds: [Kind] = []) throws -> RecordRef {
        guard let v = call.argument(slot) else { throw call.error(.missingArgument(slot), at: slot) }
        return remember(try call.record(v, at: slot, kinds: kinds), slot)
    }

    func optionalRecord(_ slot: String, _ kinds: [Kind] = []) throws -> RecordRef? {
        guard let v = call.argument(slot), !v.isNil else { return nil }
        return remember(try call.record(v, at: slot, kinds: kinds), slot)
    }

    func handle<E: Entity>(_ slot: String, _ type: E.Type = E.self) throws -> Handle<E> {
        Handle(try record(slot, [E.kind]).index)
    }

    func optionalHandle<E: Entity>(_ slot: String, _ type: E.Type = E.self) throws -> Handle<E>? {
        try optionalRecord(slot, [E.kind]).map { Handle($0.index) }
    }

    /// A list of members (`attendees ["M1", "张三"]`).
    func members(_ slot: String) throws -> [Handle<Member>] {
        try call.entities(slot, .member).map { Handle(remember($0, slot).index) }
    }

    /// The day of an `on …` clause, or today.
    func day(_ slot: String = "date") throws -> Day { try call.optionalDate(slot) ?? call.today }

    /// A code given with `code "…"`, or "" for the next free one.
    func code(_ slot: String = "code") throws -> String { try call.optionalString(slot) ?? "" }

    /// The choice word of slot `slot` as the domain's enum.
    func choice<C: RawRepresentable<String>>(_ slot: String, _ type: C.Type = C.self) throws -> C {
        let word = try call.choice(slot)
        guard let value = C(rawValue: word) else { throw call.error(.unknownChoice(slot, word), at: slot) }
        return value
    }

    func optionalChoice<C: RawRepresentable<String>>(_ slot: String, _ type: C.Type = C.self) throws -> C? {
        guard call.has(slot) else { return nil }
        return try choice(slot, C.self)
    }

    private func remember(_ ref: RecordRef, _ slot: String) -> RecordRef {
        named.append((ref, slot))
        return ref
    }

    // MARK: Doing the work

    /// Runs the work; a refusal becomes located diagnostics. The bridge places each at
    /// the argument that gave the field or named the record by its code; `fields` maps
    /// a violated field to another slot, and a record named by its name is found here.
    func perform(fields: [String: String] = [:], _ work: () throws -> WorkResult) throws -> WorkResult {
        do {
            return try work()
        } catch let rejected as ChangeRejected {
            var error = call.diagnostics(for: rejected)
            let inv = call.invocation
            let violations = rejected.violations.filter { $0.severity == .error }
            guard violations.count == error.diagnostics.count else { throw error }
            for (i, v) in violations.enumerated() {
                if let slot = v.field.flatMap({ fields[$0] }), let r = inv.slotIndex(slot).flatMap({ inv.argumentRanges[$0] }) {
                    error.diagnostics[i].range = r
                } else if error.diagnostics[i].range == inv.range,
                          let slot = named.first(where: { $0.ref.kind == v.kind && database.code($0.ref) == v.code })?.slot,
                          let r = inv.slotIndex(slot).flatMap({ inv.argumentRanges[$0] }) {
                    error.diagnostics[i].range = r
                }
            }
            throw error
        }
    }

    /// Says what staff should know (a code made for them, the notices) and gives the
    /// record back, so `let w = post wish …` holds it.
    func finish(_ result: WorkResult, generatedCode: Bool = false) -> Value {
        if generatedCode { call.say(.created(result.record.kind, database.code(result.record))) }
        for notice in result.notices { call.say(Message(WorkMessage.note(notice))) }
        return call.value(result.record)
    }
}

/// Kind words for entity slots: the kind's own words plus the role words that stand for it (`branch` for an org).
enum SlotWords {
    static func entity(_ kinds: Kind...) -> CommandSyntax.SlotKind {
        var choices: [CommandSyntax.Choice] = []
        for kind in kinds {
            choices.append(KindWords.choice(kind))
            choices += KindWords.roles.filter { $0.kind == kind }.map(\.word)
        }
        return .entity(choices)
    }

    /// A choice slot over a domain enum: its raw values with the Chinese labels (and any extra aliases).
    static func choice<C: JicengDomain.Choice>(_ type: C.Type, aliases: [C: [String]] = [:]) -> CommandSyntax.SlotKind {
        .choice(C.allCases.map { c in
            CommandSyntax.Choice(canonical: c.rawValue, aliases: ([c.label] + (aliases[c] ?? [])).filter(KindWords.isWord))
        })
    }
}
