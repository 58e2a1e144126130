import JicengBase

/// One stored field of an entity: its public description and how to read and write
/// it as a `DomainValue`. Built once per kind from key paths, so the struct keeps
/// typed storage (Day, handles, enums) while generic code works by field index.
public struct Field<E>: Sendable {
    public let name: String
    public let label: String
    public let type: FieldType
    public let required: Bool
    public let personal: Bool
    @_spi(Store) public let get: @Sendable (E) -> DomainValue
    /// False when the value has the wrong type for the field.
    @_spi(Store) public let set: @Sendable (inout E, DomainValue) -> Bool
    /// Calls back with each reference the field holds, without building a `DomainValue`
    /// (indexing a city's 100,000 meetings walks millions of attendees).
    let visitReferences: (@Sendable (E, (EntityRef) -> Void) -> Void)?
    /// Writes a decoded value straight into a row (the store's loader).
    @_spi(Store) public let writer: FieldWriter
    /// For reference fields: replaces each negative handle (a code the loader met before
    /// its record) in the row at the address with the row it stands for.
    @_spi(Store) public let resolvePlaceholders: (@Sendable (UnsafeMutableRawPointer, PlaceholderRows) -> Void)?

    init(_ name: String, _ label: String, _ type: FieldType, required: Bool = false, personal: Bool = false,
         get: @escaping @Sendable (E) -> DomainValue, set: @escaping @Sendable (inout E, DomainValue) -> Bool,
         writer: FieldWriter,
         visitReferences: (@Sendable (E, (EntityRef) -> Void) -> Void)? = nil,
         resolvePlaceholders: (@Sendable (UnsafeMutableRawPointer, PlaceholderRows) -> Void)? = nil) {
        self.name = name; self.label = label; self.type = type
        self.required = required; self.personal = personal
        self.get = get; self.set = set
        self.writer = writer
        self.visitReferences = visitReferences
        self.resolvePlaceholders = resolvePlaceholders
    }
}

// The builders: one per storage type. Empty text, nil and empty lists all read as `.none`.
extension Field {
    static func text(_ name: String, _ label: String, _ kp: WritableKeyPath<E, String> & Sendable,
                     required: Bool = false, personal: Bool = false) -> Field {
        Field(name, label, .text, required: required, personal: personal,
              get: { $0[keyPath: kp].isEmpty ? .none : .text($0[keyPath: kp]) },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = ""; return true
                  case .text(let s): row[keyPath: kp] = s; return true
                  default: return false
                  }
              },
              writer: .text(offset: offset(of: kp)))
    }

    static func int(_ name: String, _ label: String, _ kp: WritableKeyPath<E, Int?> & Sendable, required: Bool = false) -> Field {
        Field(name, label, .int, required: required,
              get: { $0[keyPath: kp].map(DomainValue.int) ?? .none },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = nil; return true
                  case .int(let i): row[keyPath: kp] = i; return true
                  case .decimal(let d): guard let i = d.exactInteger else { return false }; row[keyPath: kp] = Int(i); return true
                  default: return false
                  }
              },
              writer: .int(offset: offset(of: kp)))
    }

    static func decimal(_ name: String, _ label: String, _ kp: WritableKeyPath<E, ExactDecimal?> & Sendable, required: Bool = false) -> Field {
        Field(name, label, .decimal, required: required,
              get: { $0[keyPath: kp].map(DomainValue.decimal) ?? .none },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = nil; return true
                  case .decimal(let d): row[keyPath: kp] = d; return true
                  case .int(let i): row[keyPath: kp] = ExactDecimal(Int64(i)); return true
                  default: return false
                  }
              },
              writer: .decimal(offset: offset(of: kp)))
    }

    static func bool(_ name: String, _ label: String, _ kp: WritableKeyPath<E, Bool> & Sendable) -> Field {
        Field(name, label, .bool,
              get: { .bool($0[keyPath: kp]) },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = false; return true
                  case .bool(let b): row[keyPath: kp] = b; return true
                  default: return false
                  }
              },
              writer: .bool(offset: offset(of: kp)))
    }

    static func day(_ name: String, _ label: String, _ kp: WritableKeyPath<E, Day?> & Sendable, required: Bool = false) -> Field {
        Field(name, label, .day, required: required,
              get: { $0[keyPath: kp].map(DomainValue.day) ?? .none },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = nil; return true
                  case .day(let d): row[keyPath: kp] = d; return true
                  case .text(let s): guard let d = Day(s) else { return false }; row[keyPath: kp] = d; return true
                  default: return false
                  }
              },
              writer: .day(offset: offset(of: kp)))
    }

    static func month(_ name: String, _ label: String, _ kp: WritableKeyPath<E, YearMonth?> & Sendable, required: Bool = false) -> Field {
        Field(name, label, .month, required: required,
              get: { $0[keyPath: kp].map(DomainValue.month) ?? .none },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = nil; return true
                  case .month(let m): row[keyPath: kp] = m; return true
                  case .text(let s): guard let m = YearMonth(s) else { return false }; row[keyPath: kp] = m; return true
                  default: return false
                  }
              },
              writer: .month(offset: offset(of: kp)))
    }

    static func choice<C: Choice>(_ name: String, _ label: String, _ kp: WritableKeyPath<E, C?> & Sendable, required: Bool = false) -> Field {
        Field(name, label, .choice(C.options), required: required,
              get: { $0[keyPath: kp].map { DomainValue.text($0.rawValue) } ?? .none },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = nil; return true
                  case .text(let s): guard let c = C(word: s) else { return false }; row[keyPath: kp] = c; return true
                  default: return false
                  }
              },
              writer: .choice { [set = store(kp), all = Array(C.allCases)] row, i in set(row, all[i]) })
    }

    static func ref<T: Entity>(_ name: String, _ label: String, _ kp: WritableKeyPath<E, Handle<T>?> & Sendable, required: Bool = false) -> Field {
        Field(name, label, .ref(T.kind), required: required,
              get: { $0[keyPath: kp].map { DomainValue.ref(EntityRef($0)) } ?? .none },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = nil; return true
                  case .ref(let r): guard let h = r.handle(as: T.self) else { return false }; row[keyPath: kp] = h; return true
                  default: return false
                  }
              },
              writer: .ref { [set = store(kp)] row, i in set(row, Handle(i)) },
              visitReferences: { row, body in if let h = row[keyPath: kp] { body(EntityRef(h)) } },
              resolvePlaceholders: change(kp) { h, resolve in if let i = h?.index, i < 0 { h = Handle(resolve.row(T.kind, i)) } })
    }

    static func anyRef(_ name: String, _ label: String, _ kinds: [Kind], _ kp: WritableKeyPath<E, EntityRef?> & Sendable, required: Bool = false) -> Field {
        Field(name, label, .anyRef(kinds), required: required,
              get: { $0[keyPath: kp].map(DomainValue.ref) ?? .none },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = nil; return true
                  case .ref(let r): guard kinds.contains(r.kind) else { return false }; row[keyPath: kp] = r; return true
                  default: return false
                  }
              },
              writer: .anyRef(offset: offset(of: kp)),
              visitReferences: { row, body in if let r = row[keyPath: kp] { body(r) } },
              resolvePlaceholders: change(kp) { r, resolve in if let old = r, old.index < 0 { r = EntityRef(old.kind, resolve.row(old.kind, old.index)) } })
    }

    static func refList<T: Entity>(_ name: String, _ label: String, _ kp: WritableKeyPath<E, [Handle<T>]> & Sendable) -> Field {
        Field(name, label, .refList(T.kind),
              get: { row in
                  let list = row[keyPath: kp]
                  return list.isEmpty ? .none : .list(list.map { .ref(EntityRef($0)) })
              },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = []; return true
                  case .list(let items):
                      var out: [Handle<T>] = []
                      out.reserveCapacity(items.count)
                      for item in items {
                          guard let r = item.ref, let h = r.handle(as: T.self) else { return false }
                          out.append(h)
                      }
                      row[keyPath: kp] = out
                      return true
                  default: return false
                  }
              },
              writer: .refList { [set = store(kp)] row, handles in set(row, handles.map(Handle<T>.init)) },
              visitReferences: { row, body in for h in row[keyPath: kp] { body(EntityRef(h)) } },
              resolvePlaceholders: change(kp) { list, resolve in
                  guard list.contains(where: { $0.index < 0 }) else { return }
                  for n in list.indices where list[n].index < 0 { list[n] = Handle(resolve.row(T.kind, list[n].index)) }
              })
    }

    static func textList(_ name: String, _ label: String, _ kp: WritableKeyPath<E, [String]> & Sendable) -> Field {
        Field(name, label, .textList,
              get: { row in
                  let list = row[keyPath: kp]
                  return list.isEmpty ? .none : .list(list.map(DomainValue.text))
              },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = []; return true
                  case .list(let items):
                      var out: [String] = []
                      for item in items { guard let s = item.text else { return false }; out.append(s) }
                      row[keyPath: kp] = out
                      return true
                  default: return false
                  }
              },
              writer: .textList(offset: offset(of: kp)))
    }

    static func refNotes<T: Entity>(_ name: String, _ label: String, _ kp: WritableKeyPath<E, [RefNote<T>]> & Sendable) -> Field {
        Field(name, label, .refNotes(T.kind),
              get: { row in
                  let list = row[keyPath: kp]
                  return list.isEmpty ? .none : .pairs(list.map { .init(.ref(EntityRef($0.ref)), .text($0.note)) })
              },
              set: { row, v in
                  switch v {
                  case .none: row[keyPath: kp] = []; return true
                  case .pairs(let pairs):
                      var out: [RefNote<T>] = []
                      for p in pairs {
                          guard let r = p.key.ref, let h = r.handle(as: T.self) else { return false }
                          let note: String
                          switch p.value { case .text(let s): note = s; case .none: note = ""; default: return false }
                          out.append(RefNote(h, note))
                      }
                      row[keyPath: kp] = out
                      return true
                  default: return false
                  }
              },
              writer: .refNotes { [set = store(kp)] row, pairs in set(row, pairs.map { RefNote(Handle($0.0), $0.1) }) },
              visitReferences: { row, body in for n in row[keyPath: kp] { body(EntityRef(n.ref)) } },
              resolvePlaceholders: change(kp) { list, resolve in
                  guard list.contains(where: { $0.ref.index < 0 }) else { return }
                  for n in list.indices where list[n].ref.index < 0 { list[n].ref = Handle(resolve.row(T.kind, list[n].ref.index)) }
              })
    }
}

/// A reference with a note: an absentee and the reason, a committee member and the role.
public struct RefNote<T>: Hashable, Sendable {
    public var ref: Handle<T>
    public var note: String
    public init(_ ref: Handle<T>, _ note: String) { self.ref = ref; self.note = note }
}
