// The one funnel every change goes through: values are coerced to the field's type,
// the record is validated against every rule, applied, indexed and recorded in the
// open transaction's log (which the store journals and `undo` inverts).
extension Database {
    // MARK: Generic, by field index or name (what `add`/`set`/`remove` commands use)

    /// Creates a record; without a code it gets the next free one (`nextCode`).
    @discardableResult
    public func insert(_ kind: Kind, _ values: [Int: DomainValue]) throws -> EntityRef {
        let coerced = try coerce(values, for: kind, code: values[0]?.text ?? "")
        return EntityRef(kind, try mutableTable(kind).insert(coerced, at: nil, mode: .change, db: self))
    }

    @discardableResult
    public func insert(_ kind: Kind, fields: [String: DomainValue]) throws -> EntityRef {
        try insert(kind, indexed(fields, kind: kind, code: fields["code"]?.text ?? ""))
    }

    /// Changes some fields of a record.
    public func update(_ ref: EntityRef, _ values: [Int: DomainValue]) throws {
        try requireAlive(ref)
        let coerced = try coerce(values, for: ref.kind, code: code(ref))
        try mutableTable(ref.kind).update(ref.index, coerced, mode: .change, db: self)
    }

    public func update(_ ref: EntityRef, fields: [String: DomainValue]) throws {
        try requireAlive(ref)
        try update(ref, indexed(fields, kind: ref.kind, code: code(ref)))
    }

    /// Removes a record; refused while anything refers to it (the error names the referrers).
    public func delete(_ ref: EntityRef) throws {
        try requireAlive(ref)
        try mutableTable(ref.kind).delete(ref.index, db: self)
    }

    // MARK: Typed

    public func typedTable<E: Entity>(_ type: E.Type = E.self) -> Table<E> { tables[E.kind.rawValue] as! Table<E> }

    @discardableResult
    public func insert<E: Entity>(_ row: E) throws -> Handle<E> {
        Handle(try typedTable(E.self).insert(row, at: nil, mode: .change, db: self))
    }

    /// Edits a record in place; the edit is validated as a whole and recorded field by field.
    public func update<E: Entity>(_ handle: Handle<E>, _ edit: (inout E) -> Void) throws {
        let table = typedTable(E.self)
        guard table.isAlive(handle.index) else { throw gone(E.kind, handle.index) }
        var row = table[handle]
        edit(&row)
        try table.replace(handle.index, with: row, mode: .change, db: self)
    }

    public func delete<E: Entity>(_ handle: Handle<E>) throws { try delete(EntityRef(handle)) }

    // MARK: Undo and replay

    /// Undoes committed changes (REPL `undo`) as new, validated changes: removed records
    /// come back with their old handles; moves may go backwards here (it is a restore).
    public func undo(_ records: [ChangeRecord]) throws {
        try transaction {
            for record in records.reversed() { try restore(record.change.inverse) }
        }
    }

    /// Applies a change validated as a restore (journal replay, undo).
    @_spi(Store) public func restore(_ change: Change) throws {
        let table = mutableTable(change.target.kind)
        switch change {
        case .insert(let ref, let values):
            var byIndex: [Int: DomainValue] = [:]
            for (i, v) in values.enumerated() where !v.isNone { byIndex[i] = v }
            let slot = Int(ref.index) < table.slotCount && !table.isAlive(ref.index) ? ref.index : nil
            _ = try table.insert(byIndex, at: slot, mode: .restore, db: self)
        case .update(let ref, let fields):
            try requireAlive(ref)
            try table.update(ref.index, Dictionary(fields.map { ($0.field, $0.new) }, uniquingKeysWith: { $1 }), mode: .restore, db: self)
        case .delete(let ref, _):
            try requireAlive(ref)
            try table.delete(ref.index, db: self)
        }
    }

    /// Inserts a record by stored values in restore mode (journal replay): codes kept as given.
    @_spi(Store) @discardableResult
    public func restoreInsert(_ kind: Kind, _ values: [Int: DomainValue]) throws -> EntityRef {
        EntityRef(kind, try mutableTable(kind).insert(values, at: nil, mode: .restore, db: self))
    }

    @_spi(Store) public func restoreUpdate(_ ref: EntityRef, _ values: [Int: DomainValue]) throws {
        try requireAlive(ref)
        try mutableTable(ref.kind).update(ref.index, values, mode: .restore, db: self)
    }

    // MARK: Coercion

    private func requireAlive(_ ref: EntityRef) throws {
        guard isAlive(ref) else { throw gone(ref.kind, ref.index) }
    }

    private func indexed(_ fields: [String: DomainValue], kind: Kind, code: String) throws -> [Int: DomainValue] {
        var out: [Int: DomainValue] = [:]
        for (name, value) in fields {
            guard let i = Schema.index(of: name, in: kind) else {
                throw ChangeRejected([Violation(kind, code, field: name, value: nil, rule: "field", .noFieldNamed(kind, name))],
                                     suggestion: Suggest.nearest(to: name, in: Schema.fields(of: kind).map(\.name)))
            }
            out[i] = value
        }
        return out
    }

    /// Turns what a script wrote into what the field stores: a code or unique name
    /// where a reference is expected; derived fields are refused.
    private func coerce(_ values: [Int: DomainValue], for kind: Kind, code: String) throws -> [Int: DomainValue] {
        let schema = Schema.fields(of: kind)
        var out: [Int: DomainValue] = [:]
        for (i, v) in values {
            guard i >= 0, i < schema.count else {
                throw ChangeRejected([Violation(kind, code, field: "#\(i)", value: nil, rule: "field", .noSuchField)])
            }
            let info = schema[i]
            guard !info.derived else {
                throw ChangeRejected([Violation(kind, code, field: info.name, value: nil, rule: "derived",
                                                .derivedField(FieldName(info.name, of: kind)))])
            }
            out[i] = try coerce(v, to: info.type)
        }
        return out
    }

    private func coerce(_ value: DomainValue, to type: FieldType) throws -> DomainValue {
        switch (type, value) {
        case (.ref(let kind), .text(let s)), (.refList(let kind), .text(let s)):
            let r = try resolve(kind, s)
            if case .refList = type { return .list([.ref(r)]) }
            return .ref(r)
        case (.anyRef(let kinds), .text(let s)):
            for kind in kinds { if let r = lookup(kind, s) { return .ref(r) } }
            return .ref(try resolve(kinds[0], s))
        case (.refList(let kind), .list(let items)):
            return .list(try items.map { try coerce($0, to: .ref(kind)) })
        case (.refNotes(let kind), .pairs(let pairs)):
            return .pairs(try pairs.map { DomainValue.Pair(try coerce($0.key, to: .ref(kind)), $0.value) })
        case (.textList, .text(let s)):
            return .list([.text(s)])
        default:
            return value
        }
    }
}
