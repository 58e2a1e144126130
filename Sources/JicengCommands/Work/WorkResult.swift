import JicengBase
import JicengDomain

/// What one piece of work did: the record it made or changed, and what staff should be
/// told besides (a rule that reports rather than blocks, 一肩挑 reached, nothing to do).
public struct WorkResult: Sendable {
    public let record: EntityRef
    /// In either language (shown as `note: …` / `提示：…`).
    public var notices: [Message]

    public init(_ record: EntityRef, notices: [Message] = []) {
        self.record = record
        self.notices = notices
    }

    public init<E: Entity>(_ handle: Handle<E>, notices: [Message] = []) {
        self.init(EntityRef(handle), notices: notices)
    }

    init(_ record: EntityRef, notices: [WorkMessage]) { self.init(record, notices: notices.map(Message.init)) }

    init<E: Entity>(_ handle: Handle<E>, notices: [WorkMessage]) { self.init(EntityRef(handle), notices: notices.map(Message.init)) }
}

/// The work's own rules are about a move (renew only forward, terminate only what is
/// active), not about one record, so the model cannot check them; they are refused in
/// the model's terms (a `Violation` naming the record, field, value and rule) so every
/// refusal reaches staff the same way.
func refusal(_ kind: Kind, _ code: String, field: String?, value: CustomStringConvertible? = nil,
             rule: String, _ message: Message) -> ChangeRejected {
    ChangeRejected([Violation(kind, code, field: field, value: value.map { "\($0)" }, rule: rule, message)])
}

func refusal(_ kind: Kind, _ code: String, field: String?, value: CustomStringConvertible? = nil,
             rule: String, _ message: WorkMessage) -> ChangeRejected {
    refusal(kind, code, field: field, value: value, rule: rule, Message(message))
}

extension Database {
    /// "张三 (M1)": how notices and refusals name a record.
    func label<E: Entity>(_ handle: Handle<E>) -> String {
        let t = typedTable(E.self)
        let name = t[handle].displayName
        return name.isEmpty ? t[handle].code : "\(name) (\(t[handle].code))"
    }

    /// Refuses work on a member who is no longer on a roster here (transferred out, deceased).
    func requireOnRoster(_ member: Handle<Member>, for work: WorkMessage.Work) throws {
        let m = members[member]
        guard let status = m.status, !status.onRoster else { return }
        throw refusal(.member, m.code, field: "status", value: status.rawValue, rule: "on_roster",
                      .notOnRoster(label(member), ChoiceWord(status), cannot: work))
    }
}
