/// `== != < <= > >=` over two operands read in place, as a Bool (nothing boxed on the
/// way to `if`): int against int inline, anything else through `Value.compare`, with
/// any error located at the comparison. The operator is switched on at run time; the
/// operand shapes are the closure's specialisation.
struct Comparison<L: OperandReader, R: OperandReader> {
    let op: BinaryOperator
    let l: L
    let r: R
    let site: Site

    @inline(__always) func holds(_ f: Frame) throws -> Bool {
        let a = try l.read(f), b = try r.read(f)
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .equal: return x == y
            case .notEqual: return x != y
            case .less: return x < y
            case .lessEqual: return x <= y
            case .greater: return x > y
            default: return x >= y
            }
        }
        return try site.compare(op, a, b)
    }
}

/// A comparison as a condition.
struct ComparisonTest: PairTestMaker {
    let op: BinaryOperator
    let site: Site

    func make<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> Test {
        let c = Comparison(op: op, l: l, r: r, site: site)
        return { f in try c.holds(f) }
    }
}

/// `if a < b { … } else { … }` as one closure: the comparison needs no call of its own.
struct ComparisonBranch: PairExecMaker {
    let op: BinaryOperator
    let site: Site
    let then: Exec
    let otherwise: Exec
    /// False for an `if` with no `else`: nothing to call when the comparison fails.
    let hasOtherwise: Bool

    static func fuses(_ op: BinaryOperator) -> Bool {
        switch op {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }

    func make<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> Exec {
        let node = Node(c: Comparison(op: op, l: l, r: r, site: site), then: then, otherwise: otherwise)
        if hasOtherwise { return { f in try node.c.holds(f) ? try node.then(f) : try node.otherwise(f) } }
        return { f in try node.c.holds(f) ? try node.then(f) : .normal }
    }

    /// What the closure needs, in one object (see ExecPair).
    final class Node<L: OperandReader, R: OperandReader> {
        let c: Comparison<L, R>
        let then: Exec
        let otherwise: Exec

        init(c: Comparison<L, R>, then: @escaping Exec, otherwise: @escaping Exec) {
            self.c = c
            self.then = then
            self.otherwise = otherwise
        }
    }
}

/// An operand as plain code.
struct PlainEval: EvalMaker {
    func make<R: OperandReader>(_ r: R) -> Eval { { f in try r.read(f) } }
}

extension Site {
    func compare(_ a: Value, _ b: Value) throws -> Int {
        do { return try Value.compare(a, b) } catch { throw locate(error) }
    }

    /// A comparison off the int fast path.
    @inline(never)
    func compare(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return try compare(a, b) < 0
        case .lessEqual: return try compare(a, b) <= 0
        case .greater: return try compare(a, b) > 0
        default: return try compare(a, b) >= 0
        }
    }
}

/// `return x`: the value goes to the runtime's return slot.
struct Return: ExecMaker {
    let slot: UnsafeMutablePointer<Value>

    func make<R: OperandReader>(_ r: R) -> Exec {
        let node = Node(slot: slot, value: r)
        return { f in node.slot.store(try node.value.read(f)); return .returned }
    }

    /// What the closure needs, in one object (see ExecPair).
    final class Node<R: OperandReader> {
        let slot: UnsafeMutablePointer<Value>
        let value: R
        init(slot: UnsafeMutablePointer<Value>, value: R) {
            self.slot = slot
            self.value = value
        }
    }
}

/// `x = …` for a local of the running function.
struct StoreSlot: ExecMaker {
    let slot: Int

    func make<R: OperandReader>(_ r: R) -> Exec {
        let slot = slot
        return { f in f[slot] = try r.read(f); return .normal }
    }
}

/// `x = …` (or `let x = …`, which also marks it defined for later REPL input) for a global.
struct StoreCell: ExecMaker {
    let cell: GlobalCell
    let declares: Bool

    func make<R: OperandReader>(_ r: R) -> Exec {
        let cell = cell
        if declares { return { f in cell.value = try r.read(f); cell.function = nil; cell.isDefined = true; return .normal } }
        return { f in cell.value = try r.read(f); cell.function = nil; return .normal }
    }
}
