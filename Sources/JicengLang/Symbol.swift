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
/// Not thread-safe: one interpreter, one thread at a time.
public final class SymbolTable {
    private var names: [String] = []
    private var ids: [String: Symbol] = [:]

    public init() {
        for k in Keyword.allCases { _ = intern(k.spelling) }
        for w in ContextualWord.allCases { _ = intern(w.spelling) }
    }

    /// The number of distinct names so far; every Symbol's id is below it.
    public var count: Int { names.count }

    public func intern(_ name: String) -> Symbol {
        if let s = ids[name] { return s }
        let s = Symbol(id: Int32(names.count))
        names.append(name)
        ids[name] = s
        return s
    }

    /// Interns the UTF-8 text `bytes[range]` (the lexer's path: short names are small
    /// strings in Swift and cost no allocation to look up).
    func intern(_ bytes: [UInt8], _ range: Range<Int>) -> Symbol {
        intern(String(decoding: bytes[range], as: UTF8.self))
    }

    /// The symbol for `name` if it was ever interned.
    public func lookup(_ name: String) -> Symbol? { ids[name] }

    public func name(_ symbol: Symbol) -> String { names[Int(symbol.id)] }

    public subscript(symbol: Symbol) -> String { names[Int(symbol.id)] }
}

/// Reserved words: never identifiers (a field may still be named by one after `.`).
public enum Keyword: UInt8, CaseIterable, Sendable {
    case `let`, `if`, `else`, `for`, `in`, `while`, `def`, `return`
    case and, or, not, `true`, `false`, `nil`, it
    case `break`, `continue`, print, show, assert, run, transaction

    public var spelling: String { String(describing: self) }
}

/// Words with a meaning only in one place (query postfixes, `show … as … to …`); elsewhere
/// they are ordinary identifiers, so `m.group`, `sort` or `take` stay usable as names.
public enum ContextualWord: UInt8, CaseIterable, Sendable {
    case `where`, sort, by, desc, asc, take, select, group, `as`, to

    public var spelling: String { String(describing: self) }
}
