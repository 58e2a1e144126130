#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One String per distinct text while a snapshot loads: a meeting topic, a list's
/// entry or a transfer organisation repeated across thousands of records is stored
/// once and shared, instead of once per record (memory, and an allocation each).
///
/// Only texts too long to live inside a String value (over 15 bytes) are worth it, and
/// only in fields whose texts repeat: each field is watched over its first texts and
/// left alone when they are mostly new (names, addresses, ID numbers).
final class TextInterner {
    /// Texts of up to this many UTF-8 bytes live inside the String value: nothing to share.
    static let inlineBytes = 15
    /// A field's first texts, looked up to learn whether its texts repeat.
    static let trialTexts = 64
    /// Fewer repeats than this among the trial texts and the field is not interned.
    static let minimumRepeats = 16

    /// How a field's texts have fared: while `looked` is under the trial length, every
    /// text is looked up; after it, only if enough of them were found.
    struct Trial {
        var looked = 0
        var found = 0
        var worthIt: Bool { looked < TextInterner.trialTexts || found >= TextInterner.minimumRepeats }
    }

    private struct Entry {
        var hash: Int
        var index: Int32
    }

    private var table: [Entry]
    private var mask: Int
    private var strings: [String] = []

    init() {
        table = Array(repeating: Entry(hash: 0, index: -1), count: 1 << 10)
        mask = (1 << 10) - 1
    }

    /// The shared String for `bytes` (valid UTF-8), or a new one; `trial` is the field's,
    /// so fields whose texts do not repeat are not looked up past their trial.
    func text(_ bytes: UnsafeBufferPointer<UInt8>, trial: inout Trial) -> String {
        guard bytes.count > TextInterner.inlineBytes, trial.worthIt else { return String(decoding: bytes, as: UTF8.self) }
        let counting = trial.looked < TextInterner.trialTexts
        if counting { trial.looked += 1 }
        let hash = TextInterner.hash(bytes)
        var i = hash & mask
        while table[i].index >= 0 {
            if table[i].hash == hash {
                var candidate = strings[Int(table[i].index)]
                let same = candidate.withUTF8 { $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
                if same {
                    if counting { trial.found += 1 }
                    return candidate
                }
            }
            i = (i + 1) & mask
        }
        let text = String(decoding: bytes, as: UTF8.self)
        table[i] = Entry(hash: hash, index: Int32(strings.count))
        strings.append(text)
        if strings.count * 2 > table.count { grow() }
        return text
    }

    private func grow() {
        var bigger = Array(repeating: Entry(hash: 0, index: -1), count: table.count * 2)
        let biggerMask = bigger.count - 1
        for entry in table where entry.index >= 0 {
            var i = entry.hash & biggerMask
            while bigger[i].index >= 0 { i = (i + 1) & biggerMask }
            bigger[i] = entry
        }
        table = bigger
        mask = biggerMask
    }

    /// FNV-1a, eight bytes at a time.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
            i += 8
        }
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3
            i += 1
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
