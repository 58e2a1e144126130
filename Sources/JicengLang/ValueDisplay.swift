/// How values read when printed. `print` shows a string as its text; inside a list or
/// record a string is quoted, so `["a", "b"]` reads back as it was written.
extension Value: CustomStringConvertible {
    public var description: String { displayText }

    /// The text `print` writes.
    public var displayText: String {
        if case .string(let s) = self { return s }
        return literalText
    }

    /// The text with strings quoted, as inside lists and records and in the REPL echo.
    public var literalText: String { literal(depth: 0) }

    /// Nesting shown before `…`: a list that contains itself (`xs[0] = xs`) prints
    /// finitely instead of recursing until the stack runs out.
    static let maxDisplayDepth = 32

    private func literal(depth: Int) -> String {
        if depth > Value.maxDisplayDepth { return "…" }
        switch self {
        case .nil: return "nil"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return d.description
        case .string(let s): return Value.quoted(s)
        case .date(let d): return d.description
        case .month(let m): return m.description
        case .quarter(let q): return q.description
        case .list(let l): return "[" + l.items.map { $0.literal(depth: depth + 1) }.joined(separator: ", ") + "]"
        case .record(let r):
            let fields = zip(r.keys, r.values).map { key, value in
                (Value.isPlainName(key) ? key : Value.quoted(key)) + ": " + value.literal(depth: depth + 1)
            }
            return "{" + fields.joined(separator: ", ") + "}"
        case .entity(let e): return e.type.display(e.handle)
        case .function(let f): return "<function \(f.name)>"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    static func isPlainName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
