/// The syntax tree as one S-expression per statement, for parser tests and
/// `jiceng check --dump-ast`-style debugging:
///
///     (let total (+ a (* b 2)))
///     (for m (where members (>= age 80)) {(print (. m name))})
public struct ASTDump {
    let symbols: SymbolTable
    /// The table the program was parsed with, to name command slots.
    let commands: CommandTable

    public init(symbols: SymbolTable, commands: CommandTable = CommandTable()) {
        self.symbols = symbols
        self.commands = commands
    }

    public func dump(_ program: Program) -> String {
        program.statements.map(dump).joined(separator: "\n")
    }

    public func dump(_ s: Stmt) -> String {
        switch s.kind {
        case .expression(let e): return dump(e)
        case .command(let c): return dump(c)
        case .let(let b, let e): return "(let \(symbols[b.name]) \(dump(e)))"
        case .assign(let t, let v): return "(= \(dump(t)) \(dump(v)))"
        case .if(let branches, let elseBlock):
            let parts = branches.map { "\(dump($0.condition)) \(dump($0.body))" } + (elseBlock.map { ["else " + dump($0)] } ?? [])
            return "(if " + parts.joined(separator: " ") + ")"
        case .for(let b, let seq, let body): return "(for \(symbols[b.name]) \(dump(seq)) \(dump(body)))"
        case .while(let c, let body): return "(while \(dump(c)) \(dump(body)))"
        case .def(let f):
            return "(def \(symbols[f.name.name]) (\(f.parameters.map { symbols[$0.name] }.joined(separator: " "))) \(dump(f.body)))"
        case .return(let e): return e.map { "(return \(dump($0)))" } ?? "(return)"
        case .print(let es): return "(print" + es.map { " " + dump($0) }.joined() + ")"
        case .show(let show):
            var text = "(show \(dump(show.value))"
            if let f = show.format { text += " as \(f.rawValue)" }
            if let d = show.destination { text += " to \(dump(d))" }
            return text + ")"
        case .assert(let c, let m): return "(assert \(dump(c))" + (m.map { " " + dump($0) } ?? "") + ")"
        case .run(let e): return "(run \(dump(e)))"
        case .transaction(let b): return "(transaction \(dump(b)))"
        case .break: return "(break)"
        case .continue: return "(continue)"
        }
    }

    public func dump(_ b: Block) -> String {
        "{" + b.statements.map(dump).joined(separator: " ") + "}"
    }

    public func dump(_ e: Expr) -> String {
        switch e.kind {
        case .literal(let l): return dump(l)
        case .name(let s, _): return symbols[s]
        case .it: return "it"
        case .unary(let op, let x): return "(\(op == .negate ? "-" : "not") \(dump(x)))"
        case .binary(let op, let l, let r): return "(\(op.spelling) \(dump(l)) \(dump(r)))"
        case .range(let l, let r): return "(.. \(dump(l)) \(dump(r)))"
        case .index(let b, let i): return "(index \(dump(b)) \(dump(i)))"
        case .field(let b, let s, _): return "(. \(dump(b)) \(symbols[s]))"
        case .call(let f, let args): return "(call \(dump(f))" + args.map { " " + dump($0) }.joined() + ")"
        case .list(let es): return "[" + es.map(dump).joined(separator: " ") + "]"
        case .record(let fs): return "{" + fs.map { "\(symbols[$0.name]): \(dump($0.value))" }.joined(separator: ", ") + "}"
        case .filter(let s, let c): return "(where \(dump(s)) \(dump(c)))"
        case .sort(let s, let keys):
            return "(sort \(dump(s))" + keys.map { " (\($0.descending ? "desc" : "asc") \(dump($0.key)))" }.joined() + ")"
        case .take(let s, let n): return "(take \(dump(s)) \(dump(n)))"
        case .select(let s, let cols):
            return "(select \(dump(s))" + cols.map { " (\(symbols[$0.name]): \(dump($0.value)))" }.joined() + ")"
        case .group(let s, let k): return "(group \(dump(s)) \(dump(k)))"
        case .command(let c): return dump(c)
        }
    }

    /// `(command assign_member/0 member="M1" branch="B1" {on} phone="…")`: the id and
    /// phrasing, the given slots by name, the clauses given, then the fields.
    public func dump(_ c: CommandCall) -> String {
        let syntax = c.commandIndex < commands.commands.count ? commands.commands[c.commandIndex] : nil
        var text = "(command \(c.id)/\(c.phrasingIndex)"
        for (i, argument) in c.arguments.enumerated() {
            guard let argument else { continue }
            let name = syntax.map { $0.slots[i].name } ?? "#\(i)"
            switch argument {
            case .expression(let e): text += " \(name)=\(dump(e))"
            case .choice(let word, _): text += " \(name)=\(word)"
            case .entity(let kind, _, let value): text += " \(name)=" + (kind.isEmpty ? dump(value) : "(\(kind) \(dump(value)))")
            }
        }
        if !c.clauses.isEmpty { text += " clauses=" + c.clauses.map(String.init).joined(separator: ",") }
        for f in c.fields { text += " \(f.name):=\(dump(f.value))" }
        return text + ")"
    }

    public func dump(_ l: Literal) -> String {
        switch l {
        case .nil: "nil"
        case .bool(let b): b ? "true" : "false"
        case .integer(let n): String(n)
        case .decimal(let d): d.description
        case .string(let s): "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"").replacingAll("\n", with: "\\n") + "\""
        case .date(let d): d.description
        case .month(let m): m.description
        case .quarter(let q): q.description
        }
    }
}

extension String {
    /// Plain substring replacement (no Foundation in the engine).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
