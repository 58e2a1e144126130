/// The shapes compiled code takes. An expression becomes an `Eval`, a condition a
/// `Test` (no Bool boxed into a Value on the way to `if`), a statement an `Exec` that
/// says how control leaves it.
typealias Eval = (Frame) throws -> Value
typealias Test = (Frame) throws -> Bool
typealias Exec = (Frame) throws -> Flow

enum Flow {
    case normal, breakLoop, continueLoop, returned
}

/// A compiled expression, kept in the most specific form known so what consumes it
/// can specialise: a constant (folded), a local slot, a global cell, an arithmetic
/// operator over operands of those forms, or general code.
indirect enum Operand {
    case constant(Value)
    case slot(Int)
    case cell(GlobalCell)
    case code(Eval)
    /// Read in place by a comparison, a call's argument, `return` or an assignment,
    /// instead of through a closure of its own (see OperandReaders.swift).
    case arithmetic(ArithmeticOperand)

    var eval: Eval {
        switch self {
        case .constant(let v): return { _ in v }
        case .slot(let s): return { f in f[s] }
        case .cell(let c): return { _ in c.value }
        case .code(let e): return e
        case .arithmetic: return open(PlainEval())
        }
    }

    var constant: Value? { if case .constant(let v) = self { return v } else { return nil } }
}

/// A script function after compiling: its frame size and its body.
final class CompiledFunction {
    let name: String
    let parameterCount: Int
    let slotCount: Int
    /// A closure may capture its frame (a `def` sits inside): its calls take a heap
    /// frame instead of slots on the value stack.
    let capturable: Bool
    /// Set once, after the body is compiled (calls inside the body may refer to the
    /// function itself).
    var body: Exec {
        get { bodyBox.exec }
        set {
            bodyBox = ExecBox(newValue)
            bodyReference = Unmanaged.passUnretained(bodyBox)
        }
    }
    private var bodyBox: ExecBox
    /// The body as every call reaches it: the function owns the box, so a call borrows
    /// it, where reading a closure from a `var` costs a retain and a release per call.
    @exclusivity(unchecked) private var bodyReference: Unmanaged<ExecBox>

    init(name: String, parameterCount: Int, slotCount: Int, capturable: Bool) {
        self.name = name
        self.parameterCount = parameterCount
        self.slotCount = slotCount
        self.capturable = capturable
        bodyBox = ExecBox { _ in .normal }
        bodyReference = Unmanaged.passUnretained(bodyBox)
    }

    @inline(__always)
    func run(_ frame: Frame) throws -> Flow {
        try bodyReference._withUnsafeGuaranteedRef { try $0.exec(frame) }
    }

    /// The identity a global cell records when it holds this function.
    var identity: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// Compiled closures kept in arrays: a class holds the closure at its own calling
/// convention, so calling it from the array needs no conversion thunk.
final class ExecBox {
    let exec: Exec
    init(_ exec: @escaping Exec) { self.exec = exec }
}

/// Two closures one compiled closure calls, in one object: a closure capturing one
/// reference takes it as its context as it is, where several captures are unpacked
/// on every call.
final class ExecPair {
    let first: Exec
    let second: Exec
    init(_ first: @escaping Exec, _ second: @escaping Exec) {
        self.first = first
        self.second = second
    }
}

final class EvalBox {
    let eval: Eval
    init(_ eval: @escaping Eval) { self.eval = eval }
}
