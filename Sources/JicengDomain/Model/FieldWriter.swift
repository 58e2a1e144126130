import JicengBase

/// How the store's loader puts a decoded value straight into a row, with no
/// `DomainValue` built and no key path walked at run time (a city's snapshot writes
/// millions of fields; through `Field.set` each costs a hundred-odd instructions more).
///
/// Plain values are written at their property's byte offset in the row, as the type the
/// case names; values whose type depends on the kind (choices, handles) through a closure.
/// Either way the writer takes the address of the row being filled (`Table.appendLoaded`),
/// so the loader's code does not depend on the kind of record.
@_spi(Store) public enum FieldWriter: Sendable {
    /// A `String` at this offset.
    case text(offset: Int)
    /// An `Int?`.
    case int(offset: Int)
    /// An `ExactDecimal?`.
    case decimal(offset: Int)
    /// A `Bool`.
    case bool(offset: Int)
    /// A `Day?`.
    case day(offset: Int)
    /// A `YearMonth?`.
    case month(offset: Int)
    /// An `EntityRef?`.
    case anyRef(offset: Int)
    /// A `[String]`.
    case textList(offset: Int)
    /// The option at this position of the field's choice options.
    case choice(@Sendable (UnsafeMutableRawPointer, Int) -> Void)
    /// A handle of the field's kind (negative: a placeholder the loader resolves later).
    case ref(@Sendable (UnsafeMutableRawPointer, Int32) -> Void)
    case refList(@Sendable (UnsafeMutableRawPointer, UnsafeBufferPointer<Int32>) -> Void)
    /// Handles with their notes.
    case refNotes(@Sendable (UnsafeMutableRawPointer, [(Int32, String)]) -> Void)
}

/// The rows the loader's placeholders stand for (`Table.resolvePlaceholders`): per kind,
/// the row of placeholder -1, -2, …
@_spi(Store) public struct PlaceholderRows: Sendable {
    let rows: [[Int32]]

    public init(_ rows: [[Int32]]) { self.rows = rows }

    @inline(__always)
    func row(_ kind: Kind, _ placeholder: Int32) -> Int32 { rows[kind.rawValue][Int(-placeholder - 1)] }
}

/// Where each field's property lives in its row, for the writers above and in-place
/// changes: every field of every entity is a stored property (checked as the fields are built).
extension Field {
    static func offset<V>(of keyPath: WritableKeyPath<E, V>) -> Int {
        guard let offset = MemoryLayout<E>.offset(of: keyPath) else {
            preconditionFailure("\(E.self): a field must be a stored property, for the store's loader to write it in place")
        }
        return offset
    }

    static func store<V>(_ keyPath: WritableKeyPath<E, V> & Sendable) -> @Sendable (UnsafeMutableRawPointer, V) -> Void {
        let offset = offset(of: keyPath)
        return { row, value in (row + offset).assumingMemoryBound(to: V.self).pointee = value }
    }

    static func change<V>(_ keyPath: WritableKeyPath<E, V> & Sendable,
                          _ body: @escaping @Sendable (inout V, PlaceholderRows) -> Void)
        -> @Sendable (UnsafeMutableRawPointer, PlaceholderRows) -> Void {
        let offset = offset(of: keyPath)
        return { row, resolve in body(&(row + offset).assumingMemoryBound(to: V.self).pointee, resolve) }
    }
}
