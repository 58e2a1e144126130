/// An interned name: every distinct identifier (and every keyword and command word) gets
/// a small integer once, so the parser, resolver and runtime compare names as integers.
public struct Symbol: Hashable, Comparable, Sendable {
    public let id: Int32

    public init(id: Int32) { self.id = id }

    public static func < (l: Symbol, r: Symbol) -> Bool { l.id < r.id }

    /// The symbol of a reserved word; keywords are interned first, at fixed ids.
    public static func keyword(_ k: Keyword) -> Symbol { Symbol(id: Int32(k.rawValue)) }

    /// The symbol of a contextual word; interned right after the keywords, at fixed ids.
    public static func word(_ w: ContextualWord) -> Symbol {
        Symbol(id: Int32(Keyword.allCases.count + Int(w.rawValue)))
    }

    /// The keyword this symbol spells, if it is one.
    public var keyword: Keyword? { id >= 0 && Int(id) < Keyword.allCases.count ? Keyword(rawValue: UInt8(id)) : nil }
}

/// The table of interned names, shared by the lexer, the parser and the back-end for the
/// life of an interpreter (so a name typed in the REPL later gets the same id).
///
/// The lexer interns straight from the source bytes: an open-addressing table of byte
/// hashes finds a known name without building a String (the String is made once, when a
/// name is first seen).
///
/// Not thread-safe: one interpreter, one thread at a time.
public final class SymbolTable {
    private var names: [String] = []
    /// Each symbol's UTF-8 bytes, concatenated; symbol i is bytes[starts[i] ..< starts[i + 1]].
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt32] = []
    /// Open addressing: symbol id + 1, or 0 for an empty slot; the count is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 256)

    public init() {
        for k in Keyword.allCases { _ = intern(k.spelling) }
        for w in ContextualWord.allCases { _ = intern(w.spelling) }
    }

    /// The number of distinct names so far; every Symbol's id is below it.
    public var count: Int { names.count }

    public func intern(_ name: String) -> Symbol {
        let utf8 = Array(name.utf8)
        return intern(utf8, 0..<utf8.count)
    }

    /// Interns the UTF-8 text `source[range]`.
    func intern(_ source: [UInt8], _ range: Range<Int>) -> Symbol {
        let hash = SymbolTable.hash(source, range)
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { break }
            let id = Int(slot - 1)
            if hashes[id] == hash, equal(id, source, range) { return Symbol(id: Int32(id)) }
            index = (index + 1) & mask
        }
        let id = names.count
        names.append(String(decoding: source[range], as: UTF8.self))
        bytes.append(contentsOf: source[range])
        starts.append(bytes.count)
        hashes.append(hash)
        slots[index] = Int32(id + 1)
        // Keep the table at most half full, so probes stay short.
        if names.count * 2 > slots.count { grow() }
        return Symbol(id: Int32(id))
    }

    /// The symbol for `name` if it was ever interned.
    public func lookup(_ name: String) -> Symbol? {
        let utf8 = Array(name.utf8)
        let hash = SymbolTable.hash(utf8, 0..<utf8.count)
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while slots[index] != 0 {
            let id = Int(slots[index] - 1)
            if hashes[id] == hash, equal(id, utf8, 0..<utf8.count) { return Symbol(id: Int32(id)) }
            index = (index + 1) & mask
        }
        return nil
    }

    public func name(_ symbol: Symbol) -> String { names[Int(symbol.id)] }

    public subscript(symbol: Symbol) -> String { names[Int(symbol.id)] }

    private func equal(_ id: Int, _ source: [UInt8], _ range: Range<Int>) -> Bool {
        let start = starts[id], length = starts[id + 1] - start
        guard length == range.count else { return false }
        var k = 0
        while k < length {
            if bytes[start + k] != source[range.lowerBound + k] { return false }
            k += 1
        }
        return true
    }

    private func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 0..<names.count {
            var index = Int(hashes[id]) & mask
            while bigger[index] != 0 { index = (index + 1) & mask }
            bigger[index] = Int32(id + 1)
        }
        slots = bigger
    }

    /// FNV-1a: simple, and good enough for short names.
    private static func hash(_ source: [UInt8], _ range: Range<Int>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for k in range { h = (h ^ UInt32(source[k])) &* 16_777_619 }
        return h
    }
}

/// Reserved words: never identifiers (a field may still be named by one after `.`).
public enum Keyword: UInt8, CaseIterable, Sendable {
    case `let`, `if`, `else`, `for`, `in`, `while`, `def`, `return`
    case and, or, not, `true`, `false`, `nil`, it
    case `break`, `continue`, print, show, assert, run, transaction

    /// Spelled out, not through `String(describing:)`: reflection costs start-up time.
    public var spelling: String {
        switch self {
        case .`let`: "let"
        case .`if`: "if"
        case .`else`: "else"
        case .`for`: "for"
        case .`in`: "in"
        case .`while`: "while"
        case .`def`: "def"
        case .`return`: "return"
        case .and: "and"
        case .or: "or"
        case .not: "not"
        case .`true`: "true"
        case .`false`: "false"
        case .`nil`: "nil"
        case .it: "it"
        case .`break`: "break"
        case .`continue`: "continue"
        case .print: "print"
        case .show: "show"
        case .assert: "assert"
        case .run: "run"
        case .transaction: "transaction"
        }
    }
}

/// Words with a meaning only in one place (query postfixes, `show … as … to …`); elsewhere
/// they are ordinary identifiers, so `m.group`, `sort` or `take` stay usable as names.
public enum ContextualWord: UInt8, CaseIterable, Sendable {
    case `where`, sort, by, desc, asc, take, select, group, `as`, to

    /// Spelled out, as Keyword's are.
    public var spelling: String {
        switch self {
        case .`where`: "where"
        case .sort: "sort"
        case .by: "by"
        case .desc: "desc"
        case .asc: "asc"
        case .take: "take"
        case .select: "select"
        case .group: "group"
        case .`as`: "as"
        case .to: "to"
        }
    }
}
