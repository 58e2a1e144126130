import JicengBase

/// Expressions: literals, names, operators (specialised and folded), indexing, fields,
/// lists and records. Calls, queries and commands have their own files.
extension Compiler {
    func expression(_ e: Expr) -> Operand {
        switch e.kind {
        case .literal(let l): return .constant(Compiler.value(of: l))
        case .name(_, let id): return name(meaning(id), e)
        case .it:
            return queryDepth > 0 ? .slot(layout.itSlot(depth: queryDepth)) : .constant(.nil)
        case .unary(let op, let x): return unary(op, x, e.range)
        case .binary(let op, let l, let r): return binary(op, l, r, e.range)
        case .range(let lo, let hi): return rangeList(lo, hi, e.range)
        case .index(let base, let index): return subscriptExpression(base, index, e.range)
        case .field(let base, let name, let nameRange):
            return field(expression(base), env.symbols[name], site(nameRange))
        case .call(let callee, let args): return call(callee, args, e.range)
        case .list(let items):
            // Built afresh on every evaluation, even when constant: lists are mutable.
            let es = ContiguousArray(items.map { expression($0).eval })
            return .code { f in
                var out = ContiguousArray<Value>()
                out.reserveCapacity(es.count)
                for x in es { out.append(try x(f)) }
                return .list(ListBox(out))
            }
        case .record(let fields):
            let keys = fields.map { env.symbols[$0.name] }
            let es = ContiguousArray(fields.map { expression($0.value).eval })
            return .code { f in
                var values = ContiguousArray<Value>()
                values.reserveCapacity(es.count)
                for x in es { values.append(try x(f)) }
                return .record(RecordBox(keys: keys, values: values))
            }
        case .filter(let source, let condition): return filter(source, condition, e.range)
        case .sort(let source, let keys): return sort(source, keys, e.range)
        case .take(let source, let count): return take(source, count, e.range)
        case .select(let source, let columns): return select(source, columns, e.range)
        case .group(let source, let key): return group(source, key, e.range)
        case .command(let c): return .code(command(c))
        }
    }

    static func value(of literal: Literal) -> Value {
        switch literal {
        case .nil: return .nil
        case .bool(let b): return .bool(b)
        case .integer(let i): return .int(i)
        case .decimal(let d): return .decimal(d)
        case .string(let s): return .string(s)
        case .date(let d): return .date(d)
        case .month(let m): return .month(m)
        case .quarter(let q): return .quarter(q)
        }
    }

    func name(_ m: NameMeaning, _ e: Expr) -> Operand {
        switch m {
        case .local(let slot, 0): return .slot(slot)
        case .local(let slot, let hops):
            let start = outerStart(hops)
            return .code { f in f.context!.outer(start).slots[slot] }
        case .global(let g): return .cell(env.cells[g])
        case .lateGlobal(let g):
            let cell = env.cells[g], site = site(e.range)
            return .code { _ in
                guard cell.isDefined else {
                    throw site.error(RuntimeErrorID.unknownName, Message(NameMessage.unknownName(cell.name)),
                                     help: Message(NameMessage.noScriptDefinesIt))
                }
                return cell.value
            }
        case .native(let n): return .constant(.function(nativeBox(n)))
        case .collection(let t):
            let type = env.types[t]
            return .code { _ in type.all() }
        case .itField:
            guard case .name(let symbol, _) = e.kind, queryDepth > 0 else { return .constant(.nil) }
            return field(.slot(layout.itSlot(depth: queryDepth)), env.symbols[symbol], site(e.range))
        case .itFieldOr(let outer):
            guard case .name(let symbol, _) = e.kind, queryDepth > 0 else { return name(outer, e) }
            return fieldOr(.slot(layout.itSlot(depth: queryDepth)), env.symbols[symbol], outer: name(outer, e), site(e.range))
        case .unresolved: return .constant(.nil)
        }
    }

    /// Folds `op` over constants when it succeeds; an operation that would fail (7 / 0)
    /// is left to run, so the error is reported like any other runtime error.
    func fold(_ operands: [Operand], _ op: ([Value]) throws -> Value) -> Operand? {
        let values = operands.compactMap(\.constant)
        guard values.count == operands.count, let v = try? op(values) else { return nil }
        if case .list = v { return nil }
        if case .record = v { return nil }
        return .constant(v)
    }

    private func unary(_ op: UnaryOperator, _ x: Expr, _ range: SourceRange) -> Operand {
        switch op {
        case .not:
            let t = test(x)
            if let folded = fold([expression(x)], { v in .bool(!v[0].isTruthy) }) { return folded }
            return .code { f in .bool(!(try t(f))) }
        case .negate:
            let operand = expression(x)
            if let folded = fold([operand], { v in try Arithmetic.negate(v[0]) }) { return folded }
            let v = operand.eval, site = site(range)
            return .code { f in
                let a = try v(f)
                if case .int(let i) = a, i != .min { return .int(-i) }
                do { return try Arithmetic.negate(a) } catch { throw site.locate(error) }
            }
        }
    }

    private func binary(_ op: BinaryOperator, _ l: Expr, _ r: Expr, _ range: SourceRange) -> Operand {
        switch op {
        case .add, .subtract, .multiply, .divide, .remainder:
            let a = expression(l), b = expression(r)
            if let folded = fold([a, b], { v in try Compiler.arithmetic(op, v[0], v[1]) }) { return folded }
            // An operator over an operator reads the inner one through its code.
            let plain = { (o: Operand) -> Operand in if case .arithmetic = o { return .code(o.eval) } else { return o } }
            return .arithmetic(ArithmeticOperand(op: op, left: plain(a), right: plain(b), site: site(range)))
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .and, .or, .in, .notIn:
            let a = expression(l), b = expression(r)
            if op != .and, op != .or, let folded = fold([a, b], { v in
                let t = try ComparisonTest.constant(op, v[0], v[1])
                return .bool(t)
            }) { return folded }
            let t = test(binaryExpr: op, l, r, range)
            return .code { f in .bool(try t(f)) }
        }
    }

    static func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .add: return try Arithmetic.add(a, b)
        case .subtract: return try Arithmetic.subtract(a, b)
        case .multiply: return try Arithmetic.multiply(a, b)
        case .divide: return try Arithmetic.divide(a, b)
        default: return try Arithmetic.remainder(a, b)
        }
    }

    /// A condition as a Test: comparisons and `and`/`or`/`not` without boxing booleans.
    func test(_ e: Expr) -> Test {
        switch e.kind {
        case .binary(let op, let l, let r) where op != .add && op != .subtract && op != .multiply && op != .divide && op != .remainder:
            return test(binaryExpr: op, l, r, e.range)
        case .unary(.not, let x):
            let t = test(x)
            return { f in !(try t(f)) }
        default:
            let operand = expression(e)
            if let c = operand.constant { let b = c.isTruthy; return { _ in b } }
            let v = operand.eval
            return { f in try v(f).isTruthy }
        }
    }

    private func test(binaryExpr op: BinaryOperator, _ l: Expr, _ r: Expr, _ range: SourceRange) -> Test {
        switch op {
        case .and:
            let a = test(l), b = test(r)
            return { f in try a(f) && b(f) }
        case .or:
            let a = test(l), b = test(r)
            return { f in try a(f) || b(f) }
        case .in, .notIn:
            let t = membership(l, r, range)
            if op == .in { return t }
            return { f in !(try t(f)) }
        default:
            return expression(l).open(expression(r), ComparisonTest(op: op, site: site(range)))
        }
    }

    /// `x in xs`; `x in lo..hi` checks the bounds without building the list.
    private func membership(_ item: Expr, _ container: Expr, _ range: SourceRange) -> Test {
        let x = expression(item).eval, site = site(range)
        if case .range(let lo, let hi) = container.kind {
            let low = expression(lo).eval, high = expression(hi).eval
            return { f in
                let v = try x(f), a = try low(f), b = try high(f)
                return try site.compare(a, v) <= 0 && site.compare(v, b) <= 0
            }
        }
        let c = expression(container).eval
        return { f in
            let v = try x(f), box = try c(f)
            do { return try Builtins.contains(box, v) } catch { throw site.locate(error) }
        }
    }

    /// `lo..hi` used as a value: the list of its items (ints, dates, months or quarters).
    private func rangeList(_ lo: Expr, _ hi: Expr, _ range: SourceRange) -> Operand {
        let low = expression(lo).eval, high = expression(hi).eval, site = site(range)
        return .code { f in
            let a = try low(f), b = try high(f)
            if case .int(let x) = a, case .int(let y) = b, y > x, y.subtractingReportingOverflow(x).partialValue >= Int64(Limits.maxListLength) || y.subtractingReportingOverflow(x).overflow {
                throw site.error(RuntimeErrorID.listTooLong, .rangeTooLong(a.literalText, b.literalText), help: .loopInstead)
            }
            var items = ContiguousArray<Value>()
            try RangeIteration.forEach(a, b, site: site) { v in
                items.append(v)
                return true
            }
            return .list(ListBox(items))
        }
    }

    private func subscriptExpression(_ base: Expr, _ index: Expr, _ range: SourceRange) -> Operand {
        let b = expression(base).eval, i = expression(index).eval, site = site(range)
        return .code { f in try Compiler.element(of: try b(f), at: try i(f), site: site) }
    }

    static func element(of container: Value, at index: Value, site: Site) throws -> Value {
        switch (container, index) {
        case (.list(let l), .int(let i)):
            guard i >= 0, i < l.items.count else {
                throw site.error(RuntimeErrorID.indexOutOfRange, .listIndexOutOfRange(i, count: l.items.count),
                                 help: l.items.isEmpty ? .listIsEmpty : .indexesRun(l.items.count - 1))
            }
            return l.items[Int(i)]
        case (.string(let s), .int(let i)):
            guard i >= 0, i < s.count else {
                throw site.error(RuntimeErrorID.indexOutOfRange, .stringIndexOutOfRange(i, count: s.count))
            }
            return .string(String(s[s.index(s.startIndex, offsetBy: Int(i))]))
        case (.record(let r), .string(let k)):
            guard let v = r[k] else {
                throw site.error(RuntimeErrorID.unknownField, Message(RunMessage.recordHasNoField(Value.quoted(k))),
                                 help: Suggestion.help(for: k, in: r.keys))
            }
            return v
        case (.nil, _): return .nil
        default:
            throw site.error(RuntimeErrorID.typeMismatch, .cannotIndex(container.typeNames, index.typeNames))
        }
    }

    func assignment(_ target: Expr, _ value: Expr) -> Exec {
        let v = expression(value)
        switch target.kind {
        case .name(_, let id):
            return store(meaning(id), v)
        case .index(let base, let index):
            let b = expression(base).eval, i = expression(index).eval, val = v.eval, site = site(target.range)
            return { f in
                let container = try b(f), key = try i(f), new = try val(f)
                switch (container, key) {
                case (.list(let l), .int(let n)):
                    guard n >= 0, n < l.items.count else { _ = try Compiler.element(of: container, at: key, site: site); return .normal }
                    l.items[Int(n)] = new
                case (.record(let r), .string(let k)): r.set(k, new)
                default: throw site.error(RuntimeErrorID.typeMismatch, .cannotSetElement(container.typeNames, key.typeNames))
                }
                return .normal
            }
        case .field(let base, let name, let nameRange):
            let b = expression(base).eval, val = v.eval, key = env.symbols[name], site = site(nameRange)
            return { f in
                let container = try b(f), new = try val(f)
                switch container {
                case .record(let r): r.set(key, new)
                case .entity(let e):
                    throw site.error(RuntimeErrorID.notAssignable, .fieldsByCommands(container.typeNames),
                                     help: .setFieldExample(e.type.name, key))
                default: throw site.error(RuntimeErrorID.typeMismatch, .cannotSetField(key, container.typeNames))
                }
                return .normal
            }
        default:
            return { _ in .normal } // the parser only builds the three forms above
        }
    }
}

extension ComparisonTest {
    /// A comparison of two constants, for folding.
    static func constant(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return try Value.compare(a, b) < 0
        case .lessEqual: return try Value.compare(a, b) <= 0
        case .greater: return try Value.compare(a, b) > 0
        case .greaterEqual: return try Value.compare(a, b) >= 0
        case .in: return try Builtins.contains(b, a)
        case .notIn: return try !Builtins.contains(b, a)
        default: throw ValueError(RuntimeErrorID.typeMismatch, .notFoldable)
        }
    }
}
