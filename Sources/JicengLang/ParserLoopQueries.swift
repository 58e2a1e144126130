/// `for m in members where m.age >= 80 { … }`: in the clauses of the query a `for`
/// loops over, its variable means the item being tested. Inside `where` (and `sort by`,
/// `take`, `select`, `group by`) the item is `it` and its fields are in scope by name, so
/// `m` there would otherwise be read as a field called `m`. The parser rewrites the
/// variable to `it` in those clauses; the body still sees the variable as usual.
extension Parser {
    func bindingLoopVariable(_ variable: Symbol, in sequence: Expr) -> Expr {
        var e = sequence
        switch sequence.kind {
        case .filter(let source, let condition):
            e.kind = .filter(bindingLoopVariable(variable, in: source), itFor(variable, in: condition))
        case .sort(let source, let keys):
            e.kind = .sort(bindingLoopVariable(variable, in: source),
                           keys.map { SortKey(key: itFor(variable, in: $0.key), descending: $0.descending) })
        case .take(let source, let count):
            e.kind = .take(bindingLoopVariable(variable, in: source), itFor(variable, in: count))
        case .select(let source, let columns):
            e.kind = .select(bindingLoopVariable(variable, in: source),
                             columns.map { SelectColumn(name: $0.name, value: itFor(variable, in: $0.value)) })
        case .group(let source, let key):
            e.kind = .group(bindingLoopVariable(variable, in: source), itFor(variable, in: key))
        default:
            break
        }
        return e
    }

    /// `e` with the name `variable` read as `it`. A nested query's own clauses have their
    /// own `it`, so they are left alone (only its source is rewritten).
    func itFor(_ variable: Symbol, in e: Expr) -> Expr {
        func r(_ x: Expr) -> Expr { itFor(variable, in: x) }
        var out = e
        switch e.kind {
        case .name(let symbol, _) where symbol == variable: out.kind = .it
        case .literal, .name, .it, .command: break
        case .unary(let op, let x): out.kind = .unary(op, r(x))
        case .binary(let op, let l, let rr): out.kind = .binary(op, r(l), r(rr))
        case .range(let l, let h): out.kind = .range(r(l), r(h))
        case .index(let b, let i): out.kind = .index(r(b), r(i))
        case .field(let b, let s, let range): out.kind = .field(r(b), s, range)
        case .call(let f, let args): out.kind = .call(r(f), args.map(r))
        case .list(let xs): out.kind = .list(xs.map(r))
        case .record(let fields):
            out.kind = .record(fields.map { RecordField(name: $0.name, nameRange: $0.nameRange, value: r($0.value)) })
        case .filter(let s, let c): out.kind = .filter(r(s), c)
        case .sort(let s, let keys): out.kind = .sort(r(s), keys)
        case .take(let s, let n): out.kind = .take(r(s), n)
        case .select(let s, let columns): out.kind = .select(r(s), columns)
        case .group(let s, let k): out.kind = .group(r(s), k)
        }
        return out
    }
}
