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
final class CodeLookups: CodeResolver {
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

    init() {
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(head: 0, tag: 0, row: 0, start: 0), count: capacity)
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        slots.deallocate()
        arena.deallocate()
    }

    func insert(_ kind: Kind, _ code: String, row: Int32) {
        if (count + 1) * 2 > capacity { grow() }
        var code = code
        code.withUTF8 { bytes in
            guard !bytes.isEmpty else { return }
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
            place(Slot(head: CodeLookups.head(bytes), tag: CodeLookups.tag(kind, bytes), row: row, start: start), hash: CodeLookups.hash(kind, bytes))
            count += 1
        }
    }

    func find(_ kind: Kind, _ code: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard !code.isEmpty else { return nil }
        let mask = capacity - 1
        let head = CodeLookups.head(code), tag = CodeLookups.tag(kind, code)
        var i = CodeLookups.hash(kind, code) & mask
        while true {
            let slot = slots[i]
            if slot.tag == 0 { return nil }
            if slot.tag == tag, slot.head == head,
               code.count <= 8 || memcmp(arena + slot.start, code.baseAddress!, code.count) == 0 {
                return slot.row
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
            let hash = length <= 8
                ? withUnsafeBytes(of: s.head) { CodeLookups.hash(Int(s.tag >> 24), UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[0..<length])) }
                : CodeLookups.hash(Int(s.tag >> 24), UnsafeBufferPointer(start: arena + s.start, count: length))
            place(s, hash: hash)
        }
        old.deallocate()
    }

    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0
        for (i, b) in bytes.prefix(8).enumerated() { h |= UInt64(b) << (8 * UInt64(i)) }
        return h
    }

    private static func tag(_ kind: Kind, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(kind.rawValue + 1) << 24 | UInt32(min(bytes.count, 0xFF_FFFF))
    }

    static func hash(_ kind: Kind, _ bytes: UnsafeBufferPointer<UInt8>) -> Int { hash(kind.rawValue + 1, bytes) }

    /// FNV-1a over the kind and the code's bytes, with the high bits folded in.
    private static func hash(_ kindTag: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(kindTag)
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
