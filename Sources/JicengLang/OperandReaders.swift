/// Operand readers as concrete types, so a binary operator's closure is specialised for
/// the exact shape of its operands (`i % 3`: slot and constant) and reads them inline,
/// with no closure call per operand.
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

/// Builds one operator's closure for a given pair of operand shapes. (Two protocols,
/// not one with an associated result type: a closure returned through an associated
/// type crosses a generic boundary and gets called through a conversion thunk.)
protocol ValueOperatorBuilder {
    func build<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> Eval
}

protocol TestOperatorBuilder {
    func build<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> Test
}

extension ValueOperatorBuilder {
    /// Picks the specialisation for the operands' shapes.
    func specialise(_ l: Operand, _ r: Operand) -> Eval {
        switch l {
        case .slot(let a): return withRight(SlotReader(slot: a), r)
        case .cell(let a): return withRight(CellReader(cell: a), r)
        case .constant(let a): return withRight(ConstantReader(value: a), r)
        case .code(let a): return withRight(CodeReader(eval: a), r)
        }
    }

    private func withRight<L: OperandReader>(_ l: L, _ r: Operand) -> Eval {
        switch r {
        case .slot(let b): return build(l, SlotReader(slot: b))
        case .cell(let b): return build(l, CellReader(cell: b))
        case .constant(let b): return build(l, ConstantReader(value: b))
        case .code(let b): return build(l, CodeReader(eval: b))
        }
    }
}

extension TestOperatorBuilder {
    func specialise(_ l: Operand, _ r: Operand) -> Test {
        switch l {
        case .slot(let a): return withRight(SlotReader(slot: a), r)
        case .cell(let a): return withRight(CellReader(cell: a), r)
        case .constant(let a): return withRight(ConstantReader(value: a), r)
        case .code(let a): return withRight(CodeReader(eval: a), r)
        }
    }

    private func withRight<L: OperandReader>(_ l: L, _ r: Operand) -> Test {
        switch r {
        case .slot(let b): return build(l, SlotReader(slot: b))
        case .cell(let b): return build(l, CellReader(cell: b))
        case .constant(let b): return build(l, ConstantReader(value: b))
        case .code(let b): return build(l, CodeReader(eval: b))
        }
    }
}
