#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@_spi(Store) import JicengDomain

/// Code → row of every kind while a snapshot loads, keyed by the code's bytes, so the
/// millions of references in a city's snapshot resolve without making a String (or
/// touching a reference count) each. Plain memory, freed when the load ends.
final class CodeLookups: CodeResolver {
    private struct Entry {
        var start: Int
        var length: Int32
        var kind: Int32
        var row: Int32
    }

    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCount = 0, arenaCapacity = 1 << 16
    private var entries: UnsafeMutablePointer<Entry>
    private var entryCount = 0, entryCapacity = 1 << 10
    /// Open addressing; -1 is empty, otherwise an index into `entries`.
    private var slots: UnsafeMutablePointer<Int32>
    private var slotCount = 1 << 11

    init() {
        arena = .allocate(capacity: arenaCapacity)
        entries = .allocate(capacity: entryCapacity)
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: -1, count: slotCount)
    }

    deinit {
        arena.deallocate()
        entries.deallocate()
        slots.deallocate()
    }

    func insert(_ kind: Kind, _ code: String, row: Int32) {
        if (entryCount + 1) * 2 > slotCount { growSlots() }
        if entryCount == entryCapacity {
            let bigger = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity * 2)
            bigger.moveInitialize(from: entries, count: entryCount)
            entries.deallocate()
            entries = bigger
            entryCapacity *= 2
        }
        var code = code
        code.withUTF8 { bytes in
            while arenaCount + bytes.count > arenaCapacity {
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: arenaCapacity * 2)
                bigger.moveInitialize(from: arena, count: arenaCount)
                arena.deallocate()
                arena = bigger
                arenaCapacity *= 2
            }
            if let base = bytes.baseAddress { (arena + arenaCount).initialize(from: base, count: bytes.count) }
            entries[entryCount] = Entry(start: arenaCount, length: Int32(bytes.count), kind: Int32(kind.rawValue), row: row)
            arenaCount += bytes.count
            place(entryCount, hash: CodeLookups.hash(kind, UnsafeBufferPointer(start: arena + entries[entryCount].start, count: bytes.count)))
            entryCount += 1
        }
    }

    func find(_ kind: Kind, _ code: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slotCount - 1
        var i = CodeLookups.hash(kind, code) & mask
        let k = Int32(kind.rawValue)
        while true {
            let e = slots[i]
            if e < 0 { return nil }
            let entry = entries[Int(e)]
            if entry.kind == k, Int(entry.length) == code.count,
               code.isEmpty || memcmp(arena + entry.start, code.baseAddress!, code.count) == 0 {
                return entry.row
            }
            i = (i + 1) & mask
        }
    }

    private func place(_ entry: Int, hash: Int) {
        let mask = slotCount - 1
        var i = hash & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(entry)
    }

    private func growSlots() {
        slots.deallocate()
        slotCount *= 2
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: -1, count: slotCount)
        for n in 0..<entryCount {
            let e = entries[n]
            place(n, hash: CodeLookups.hash(Kind(rawValue: Int(e.kind))!, UnsafeBufferPointer(start: arena + e.start, count: Int(e.length))))
        }
    }

    /// FNV-1a over the kind and the code's bytes, with the high bits folded in.
    static func hash(_ kind: Kind, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(kind.rawValue)
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
