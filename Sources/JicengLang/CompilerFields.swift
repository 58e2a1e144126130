import JicengBase

/// `base.name`: a field of an entity, a record, or a date. Each access site caches the
/// host type it last saw and the field's index in it, so `m.branch.community.name`
/// over 50,000 members resolves each name once, not once per member.
final class FieldCache {
    let name: String
    var type: HostType?
    var index = 0
    var recordIndex = 0

    init(name: String) { self.name = name }
}

extension Compiler {
    func field(_ base: Operand, _ name: String, _ site: Site) -> Operand {
        let b = base.eval
        let cache = FieldCache(name: name)
        return .code { f in try Compiler.field(of: try b(f), cache, site) }
    }

    /// The item's field `name` when the item has one, else `outer` (see `NameMeaning.itFieldOr`).
    func fieldOr(_ item: Operand, _ name: String, outer: Operand, _ site: Site) -> Operand {
        let it = item.eval, other = outer.eval
        let cache = FieldCache(name: name)
        return .code { f in
            let base = try it(f)
            switch base {
            case .entity(let e) where e.type !== cache.type && e.type.fieldIndex(name) == nil: return try other(f)
            case .record(let r) where r.index(of: name) == nil: return try other(f)
            default: return try Compiler.field(of: base, cache, site)
            }
        }
    }

    static func field(of base: Value, _ cache: FieldCache, _ site: Site) throws -> Value {
        switch base {
        case .entity(let e):
            if e.type === cache.type { return e.type.fields[cache.index].get(e.handle) }
            guard let i = e.type.fieldIndex(cache.name) else {
                throw site.error(RuntimeErrorID.unknownField, Message(RunMessage.entityHasNoField(base.typeNames, cache.name)),
                                 help: Suggestion.help(for: cache.name, in: e.type.fields.map(\.name)))
            }
            cache.type = e.type
            cache.index = i
            return e.type.fields[i].get(e.handle)
        case .record(let r):
            let i = cache.recordIndex
            if i < r.keys.count, r.keys[i] == cache.name { return r.values[i] }
            guard let j = r.index(of: cache.name) else {
                throw site.error(RuntimeErrorID.unknownField, Message(RunMessage.recordHasNoField("\"\(cache.name)\"")),
                                 help: Suggestion.help(for: cache.name, in: r.keys))
            }
            cache.recordIndex = j
            return r.values[j]
        case .nil:
            // A missing link (`m.branch` of a member with no branch) reads as nil all the
            // way down, so a report over messy data does not stop at the first gap.
            return .nil
        case .date(let d):
            switch cache.name {
            case "year": return .int(Int64(d.year))
            case "month": return .int(Int64(d.month))
            case "day": return .int(Int64(d.day))
            case "quarter": return .int(Int64(d.quarter.quarter))
            default: break
            }
        case .month(let m):
            switch cache.name {
            case "year": return .int(Int64(m.year))
            case "month": return .int(Int64(m.month))
            case "quarter": return .int(Int64(m.quarter.quarter))
            default: break
            }
        case .quarter(let q):
            switch cache.name {
            case "year": return .int(Int64(q.year))
            case "quarter": return .int(Int64(q.quarter))
            default: break
            }
        default: break
        }
        throw site.error(RuntimeErrorID.unknownField, .valueHasNoField(base.typeNames, cache.name), help: base.fieldsHelp)
    }
}

extension Value {
    var fieldsHelp: RunMessage {
        switch self {
        case .date: return .dateFields
        case .month: return .monthFields
        case .quarter: return .quarterFields
        default: return .onlySomeValuesHaveFields
        }
    }
}
