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

/// Builds one operator's closure for a given pair of operand shapes.
protocol BinaryBuilder {
    associatedtype Result
    func build<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> Result
}

extension BinaryBuilder {
    /// Picks the specialisation for the operands' shapes.
    func specialise(_ l: Operand, _ r: Operand) -> Result {
        switch l {
        case .slot(let a): return withRight(SlotReader(slot: a), r)
        case .cell(let a): return withRight(CellReader(cell: a), r)
        case .constant(let a): return withRight(ConstantReader(value: a), r)
        case .code(let a): return withRight(CodeReader(eval: a), r)
        }
    }

    private func withRight<L: OperandReader>(_ l: L, _ r: Operand) -> Result {
        switch r {
        case .slot(let b): return build(l, SlotReader(slot: b))
        case .cell(let b): return build(l, CellReader(cell: b))
        case .constant(let b): return build(l, ConstantReader(value: b))
        case .code(let b): return build(l, CodeReader(eval: b))
        }
    }
}
