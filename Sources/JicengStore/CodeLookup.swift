#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@_spi(Store) import JicengDomain

/// Code → row of every kind while a snapshot loads, keyed by the code's bytes, so the
/// millions of references in a city's snapshot resolve without making a String (or
/// touching a reference count) each. Codes of up to 8 bytes (M12345, JH-01) live in the
/// slot itself, so a lookup touches one cache line; longer ones are compared in an arena.
/// Plain memory, freed when the load ends.
///
/// The snapshot is read in one pass, in file order, so most references come before the
/// record they name (meetings before members, members before orgs). Such a code gets a
/// placeholder — a negative row, -1 for the kind's first, -2 for its second — that the
/// record takes over when it comes; the tables are then swept once to swap placeholders
/// for rows (`Table.resolvePlaceholders`).
final class CodeLookups: CodeResolver {
    /// A code met before its record: where first (for the error if the record never
    /// comes) and the record's row once it came.
    struct Forward {
        let firstUse: Int
        var row: Int32 = -1
    }

    /// Per kind, the codes met before their records, by placeholder number.
    private(set) var forwards: [[Forward]] = Array(repeating: [], count: Kind.allCases.count)
    /// Kinds whose list has been read to its end: a code they lack is missing, not yet to come.
    private var complete: [Bool] = Array(repeating: false, count: Kind.allCases.count)

    func markComplete(_ kind: Kind) { complete[kind.rawValue] = true }

    /// The row of the record `kind` + `code`, or a placeholder while its list is still to
    /// come; nil when the list has been read and the code is not in it.
    func resolve(_ kind: Kind, _ code: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int32? {
        if let row = find(kind, code) { return row }
        guard !complete[kind.rawValue], !code.isEmpty else { return nil }
        let placeholder = -Int32(forwards[kind.rawValue].count) - 1
        forwards[kind.rawValue].append(Forward(firstUse: offset))
        add(kind, code, row: placeholder)
        return placeholder
    }

    /// Records that the record `kind` + `code` is at `row`; false when another record
    /// already has the code.
    func define(_ kind: Kind, _ code: UnsafeBufferPointer<UInt8>, row: Int32) -> Bool {
        if let slot = slotIndex(kind, code) {
            let held = slots[slot].row
            guard held < 0 else { return false }
            forwards[kind.rawValue][Int(-held - 1)].row = row
            slots[slot].row = row
            return true
        }
        add(kind, code, row: row)
        return true
    }

    private struct Slot {
        /// The code's first 8 bytes, little-endian, zero-padded.
        var head: UInt64
        /// kind << 24 | length; 0 marks an empty slot (a code is never empty).
        var tag: UInt32
        var row: Int32
        /// Where a code longer than 8 bytes starts in the arena.
        var start: Int
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var capacity = 1 << 12
    private var count = 0
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCount = 0, arenaCapacity = 1 << 12

    /// Sized for about `expected` codes (it grows past them if need be).
    init(expected: Int = 0) {
        while capacity < expected * 2 { capacity *= 2 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(head: 0, tag: 0, row: 0, start: 0), count: capacity)
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        slots.deallocate()
        arena.deallocate()
    }

    func insert(_ kind: Kind, _ code: String, row: Int32) {
        var code = code
        code.withUTF8 { add(kind, $0, row: row) }
    }

    private func add(_ kind: Kind, _ bytes: UnsafeBufferPointer<UInt8>, row: Int32) {
        guard !bytes.isEmpty else { return }
        if (count + 1) * 2 > capacity { grow() }
        var start = 0
        if bytes.count > 8 {
            while arenaCount + bytes.count > arenaCapacity {
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: arenaCapacity * 2)
                bigger.moveInitialize(from: arena, count: arenaCount)
                arena.deallocate()
                arena = bigger
                arenaCapacity *= 2
            }
            (arena + arenaCount).initialize(from: bytes.baseAddress!, count: bytes.count)
            start = arenaCount
            arenaCount += bytes.count
        }
        let head = CodeLookups.head(bytes)
        place(Slot(head: head, tag: CodeLookups.tag(kind, bytes), row: row, start: start), hash: CodeLookups.hash(kind.rawValue + 1, head, bytes.count, bytes))
        count += 1
    }

    func find(_ kind: Kind, _ code: UnsafeBufferPointer<UInt8>) -> Int32? {
        slotIndex(kind, code).map { slots[$0].row }
    }

    private func slotIndex(_ kind: Kind, _ code: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !code.isEmpty else { return nil }
        let mask = capacity - 1
        let head = CodeLookups.head(code), tag = CodeLookups.tag(kind, code)
        var i = CodeLookups.hash(kind.rawValue + 1, head, code.count, code) & mask
        while true {
            let slot = slots[i]
            if slot.tag == 0 { return nil }
            if slot.tag == tag, slot.head == head,
               code.count <= 8 || memcmp(arena + slot.start, code.baseAddress!, code.count) == 0 {
                return i
            }
            i = (i + 1) & mask
        }
    }

    private func place(_ slot: Slot, hash: Int) {
        let mask = capacity - 1
        var i = hash & mask
        while slots[i].tag != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private func grow() {
        let old = slots, oldCapacity = capacity
        capacity *= 2
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(head: 0, tag: 0, row: 0, start: 0), count: capacity)
        for i in 0..<oldCapacity where old[i].tag != 0 {
            let s = old[i]
            let length = Int(s.tag & 0xFF_FFFF)
            let hash = CodeLookups.hash(Int(s.tag >> 24), s.head, length, length <= 8 ? nil : UnsafeBufferPointer(start: arena + s.start, count: length))
            place(s, hash: hash)
        }
        old.deallocate()
    }

    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0
        for i in 0..<min(bytes.count, 8) { h |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        return h
    }

    private static func tag(_ kind: Kind, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(kind.rawValue + 1) << 24 | UInt32(min(bytes.count, 0xFF_FFFF))
    }

    static func hash(_ kind: Kind, _ bytes: UnsafeBufferPointer<UInt8>) -> Int { hash(kind.rawValue + 1, head(bytes), bytes.count, bytes) }

    /// A code of up to 8 bytes (nearly all) is hashed from its head word with one
    /// multiply (its bytes are not needed: `long` may be nil); a longer one by FNV-1a over
    /// its bytes. The kind is mixed in, and the high bits folded down.
    private static func hash(_ kindTag: Int, _ head: UInt64, _ count: Int, _ long: UnsafeBufferPointer<UInt8>?) -> Int {
        var h: UInt64
        if count <= 8 || long == nil {
            h = (head ^ UInt64(truncatingIfNeeded: kindTag &* 0x3F + count)) &* 0x9E37_79B9_7F4A_7C15
        } else {
            h = 0xcbf2_9ce4_8422_2325 ^ UInt64(kindTag)
            for b in long! { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
