/// Operand readers as concrete types, so the closure that consumes an operand (an
/// operator, a comparison, a call's argument, `return`, an assignment) is specialised
/// for its exact shape (`i % 3`: an operator over a slot and a constant) and reads it
/// inline, with no closure call per operand.
protocol OperandReader {
    func read(_ f: Frame) throws -> Value
}

struct SlotReader: OperandReader {
    let slot: Int
    @inline(__always) func read(_ f: Frame) -> Value { f[slot] }
}

struct CellReader: OperandReader {
    let cell: GlobalCell
    @inline(__always) func read(_ f: Frame) -> Value { cell.value }
}

struct ConstantReader: OperandReader {
    let value: Value
    @inline(__always) func read(_ f: Frame) -> Value { value }
}

struct CodeReader: OperandReader {
    let eval: Eval
    @inline(__always) func read(_ f: Frame) throws -> Value { try eval(f) }
}

/// `+ - * / %` over two operands read in place; int ⊕ int inline (the common case in
/// loops, counters and recursion), anything else through `Arithmetic`, with any error
/// located at the operator's expression.
struct ArithmeticReader<L: OperandReader, R: OperandReader>: OperandReader {
    let op: BinaryOperator
    let l: L
    let r: R
    let site: Site

    @inline(__always) func read(_ f: Frame) throws -> Value {
        let a = try l.read(f), b = try r.read(f)
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add:
                let (s, o) = x.addingReportingOverflow(y)
                if _fastPath(!o) { return .int(s) }
            case .subtract:
                let (s, o) = x.subtractingReportingOverflow(y)
                if _fastPath(!o) { return .int(s) }
            case .multiply:
                let (s, o) = x.multipliedReportingOverflow(by: y)
                if _fastPath(!o) { return .int(s) }
            case .remainder where y > 0:
                let m = x % y
                return .int(m < 0 ? m + y : m)
            default: break
            }
        }
        return try site.arithmetic(op, a, b)
    }
}

extension Site {
    /// Arithmetic off the int fast path (decimals, dates, strings, overflow, errors).
    @inline(never)
    func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        do { return try Compiler.arithmetic(op, a, b) } catch { throw locate(error) }
    }
}

/// An arithmetic operator over two operands of the plain forms (a constant, a slot, a
/// cell, code), kept apart from the code it compiles to so the consumer can read it in
/// place (see `Operand.arithmetic`).
struct ArithmeticOperand {
    let op: BinaryOperator
    let left: Operand
    let right: Operand
    let site: Site
}

// What consumes operands, one protocol per closure type made: a closure returned
// through a generic result type would be called through a conversion thunk.

/// Makes an Eval around one operand.
protocol EvalMaker {
    func make<R: OperandReader>(_ r: R) -> Eval
}

/// Makes an Exec around one operand (`return x`, `n = x`).
protocol ExecMaker {
    func make<R: OperandReader>(_ r: R) -> Exec
}

/// Makes a Test from two operands (a comparison).
protocol PairTestMaker {
    func make<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> Test
}

/// Makes an Exec from two operands (`if a < b { … }`).
protocol PairExecMaker {
    func make<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> Exec
}

extension Operand {
    func open<M: EvalMaker>(_ m: M) -> Eval {
        switch self {
        case .slot(let a): return m.make(SlotReader(slot: a))
        case .cell(let a): return m.make(CellReader(cell: a))
        case .constant(let a): return m.make(ConstantReader(value: a))
        case .code(let a): return m.make(CodeReader(eval: a))
        case .arithmetic(let a):
            switch a.left {
            case .slot(let x): return a.withRight(SlotReader(slot: x), m)
            case .cell(let x): return a.withRight(CellReader(cell: x), m)
            case .constant(let x): return a.withRight(ConstantReader(value: x), m)
            default: return a.withRight(CodeReader(eval: a.left.eval), m)
            }
        }
    }

    func open<M: ExecMaker>(_ m: M) -> Exec {
        switch self {
        case .slot(let a): return m.make(SlotReader(slot: a))
        case .cell(let a): return m.make(CellReader(cell: a))
        case .constant(let a): return m.make(ConstantReader(value: a))
        case .code(let a): return m.make(CodeReader(eval: a))
        case .arithmetic(let a):
            switch a.left {
            case .slot(let x): return a.withRight(SlotReader(slot: x), m)
            case .cell(let x): return a.withRight(CellReader(cell: x), m)
            case .constant(let x): return a.withRight(ConstantReader(value: x), m)
            default: return a.withRight(CodeReader(eval: a.left.eval), m)
            }
        }
    }

    /// Both operands of a comparison: the left in any form, the right in a plain one
    /// (an operator on the right is read through its code).
    func open<M: PairTestMaker>(_ right: Operand, _ m: M) -> Test {
        switch self {
        case .slot(let a): return right.openRight(SlotReader(slot: a), m)
        case .cell(let a): return right.openRight(CellReader(cell: a), m)
        case .constant(let a): return right.openRight(ConstantReader(value: a), m)
        case .code(let a): return right.openRight(CodeReader(eval: a), m)
        case .arithmetic(let a):
            switch a.left {
            case .slot(let x): return a.withRight(SlotReader(slot: x), right, m)
            case .cell(let x): return a.withRight(CellReader(cell: x), right, m)
            case .constant(let x): return a.withRight(ConstantReader(value: x), right, m)
            default: return a.withRight(CodeReader(eval: a.left.eval), right, m)
            }
        }
    }

    func open<M: PairExecMaker>(_ right: Operand, _ m: M) -> Exec {
        switch self {
        case .slot(let a): return right.openRight(SlotReader(slot: a), m)
        case .cell(let a): return right.openRight(CellReader(cell: a), m)
        case .constant(let a): return right.openRight(ConstantReader(value: a), m)
        case .code(let a): return right.openRight(CodeReader(eval: a), m)
        case .arithmetic(let a):
            switch a.left {
            case .slot(let x): return a.withRight(SlotReader(slot: x), right, m)
            case .cell(let x): return a.withRight(CellReader(cell: x), right, m)
            case .constant(let x): return a.withRight(ConstantReader(value: x), right, m)
            default: return a.withRight(CodeReader(eval: a.left.eval), right, m)
            }
        }
    }

    fileprivate func openRight<L: OperandReader, M: PairTestMaker>(_ l: L, _ m: M) -> Test {
        switch self {
        case .slot(let b): return m.make(l, SlotReader(slot: b))
        case .cell(let b): return m.make(l, CellReader(cell: b))
        case .constant(let b): return m.make(l, ConstantReader(value: b))
        default: return m.make(l, CodeReader(eval: eval))
        }
    }

    fileprivate func openRight<L: OperandReader, M: PairExecMaker>(_ l: L, _ m: M) -> Exec {
        switch self {
        case .slot(let b): return m.make(l, SlotReader(slot: b))
        case .cell(let b): return m.make(l, CellReader(cell: b))
        case .constant(let b): return m.make(l, ConstantReader(value: b))
        default: return m.make(l, CodeReader(eval: eval))
        }
    }
}

extension ArithmeticOperand {
    fileprivate func reader<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> ArithmeticReader<L, R> {
        ArithmeticReader(op: op, l: l, r: r, site: site)
    }

    fileprivate func withRight<L: OperandReader, M: EvalMaker>(_ l: L, _ m: M) -> Eval {
        switch right {
        case .slot(let b): return m.make(reader(l, SlotReader(slot: b)))
        case .cell(let b): return m.make(reader(l, CellReader(cell: b)))
        case .constant(let b): return m.make(reader(l, ConstantReader(value: b)))
        default: return m.make(reader(l, CodeReader(eval: right.eval)))
        }
    }

    fileprivate func withRight<L: OperandReader, M: ExecMaker>(_ l: L, _ m: M) -> Exec {
        switch right {
        case .slot(let b): return m.make(reader(l, SlotReader(slot: b)))
        case .cell(let b): return m.make(reader(l, CellReader(cell: b)))
        case .constant(let b): return m.make(reader(l, ConstantReader(value: b)))
        default: return m.make(reader(l, CodeReader(eval: right.eval)))
        }
    }

    fileprivate func withRight<L: OperandReader, M: PairTestMaker>(_ l: L, _ other: Operand, _ m: M) -> Test {
        switch right {
        case .slot(let b): return other.openRight(reader(l, SlotReader(slot: b)), m)
        case .cell(let b): return other.openRight(reader(l, CellReader(cell: b)), m)
        case .constant(let b): return other.openRight(reader(l, ConstantReader(value: b)), m)
        default: return other.openRight(reader(l, CodeReader(eval: right.eval)), m)
        }
    }

    fileprivate func withRight<L: OperandReader, M: PairExecMaker>(_ l: L, _ other: Operand, _ m: M) -> Exec {
        switch right {
        case .slot(let b): return other.openRight(reader(l, SlotReader(slot: b)), m)
        case .cell(let b): return other.openRight(reader(l, CellReader(cell: b)), m)
        case .constant(let b): return other.openRight(reader(l, ConstantReader(value: b)), m)
        default: return other.openRight(reader(l, CodeReader(eval: right.eval)), m)
        }
    }
}
