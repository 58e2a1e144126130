import JicengBase
import JicengDomain

/// Resolves the codes and names of a row's reference cells before the insert, so a miss
/// is reported against its field with the nearest code ("did you mean …").
enum ImportReferences {
    struct Unknown: Error {
        let kind: Kind
        let text: String
        let rule: String
        let message: Message
    }

    static func resolve(_ value: DomainValue, type: FieldType, field: String, in db: Database) throws -> DomainValue {
        switch (type, value) {
        case (.ref(let kind), .text(let s)):
            return .ref(try find(kind, s, db))
        case (.anyRef(let kinds), .text(let s)):
            for kind in kinds { if let r = db.lookup(kind, s) { return .ref(r) } }
            throw Unknown(kind: kinds[0], text: s, rule: "unknown", message: Message(ExchangeMessage.noneNamed(kinds)))
        case (.refList(let kind), .list(let items)):
            return .list(try items.map { item in
                guard case .text(let s) = item else { return item }
                return .ref(try find(kind, s, db))
            })
        case (.refNotes(let kind), .pairs(let pairs)):
            return .pairs(try pairs.map { p in
                guard case .text(let s) = p.key else { return p }
                return DomainValue.Pair(.ref(try find(kind, s, db)), p.value)
            })
        default:
            return value
        }
    }

    private static func find(_ kind: Kind, _ text: String, _ db: Database) throws -> EntityRef {
        do {
            return try db.resolve(kind, text)
        } catch let rejected as ChangeRejected {
            let v = rejected.violations.first
            let message = v?.message ?? Message(RuleMessage.noRecordNamed(kind))
            throw Unknown(kind: kind, text: text, rule: v?.rule ?? "unknown",
                          message: rejected.suggestion.map { Message(ExchangeMessage.withSuggestion(message, $0)) } ?? message)
        }
    }
}
