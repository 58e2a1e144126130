import JicengBase

/// Calls. A built-in or host function named directly is bound at compile time; a
/// script function is called through its value, with the common argument counts
/// specialised so the arguments move straight into the callee's slots.
extension Compiler {
    func call(_ callee: Expr, _ args: [Expr], _ range: SourceRange) -> Operand {
        let site = site(range)
        let argumentRanges = args.map(\.range)
        let evals = args.map { expression($0).eval }
        if case .name(_, let id) = callee.kind, case .native(let n) = meaning(id) {
            return nativeCall(env.natives[n], evals, site, argumentRanges)
        }
        if case .name(_, let id) = callee.kind, case .global(let g) = meaning(id), let known = topLevelFunctions[g],
           known.parameterCount == args.count, args.count <= 2 {
            return directCall(known, env.cells[g], args, site, argumentRanges)
        }
        let c = expression(callee)
        let calleeEval = c.eval, rt = runtime
        let general: Eval = { f in
            let fn = try calleeEval(f)
            var values: [Value] = []
            values.reserveCapacity(evals.count)
            for e in evals { values.append(try e(f)) }
            return try rt.call(fn, values, site, argumentRanges)
        }
        switch evals.count {
        case 0:
            return .code { f in
                if case .function(let box) = try calleeEval(f), let script = box.script, script.parameterCount == 0 {
                    return try rt.invoke(script, box.enclosing, site)
                }
                return try general(f)
            }
        case 1:
            let a0 = expression(args[0]).eval
            return .code { f in
                if case .function(let box) = try calleeEval(f), let script = box.script, script.parameterCount == 1 {
                    return try rt.invoke(script, box.enclosing, site, try a0(f))
                }
                return try general(f)
            }
        case 2:
            let a0 = expression(args[0]).eval, a1 = expression(args[1]).eval
            return .code { f in
                if case .function(let box) = try calleeEval(f), let script = box.script, script.parameterCount == 2 {
                    let v0 = try a0(f)
                    return try rt.invoke(script, box.enclosing, site, v0, try a1(f))
                }
                return try general(f)
            }
        default:
            return .code(general)
        }
    }

    /// A call of a top-level function of this program: while the global still holds
    /// that function (one pointer comparison), call it with no unpacking; otherwise
    /// (the name was rebound) call whatever the global holds now.
    private func directCall(_ function: CompiledFunction, _ cell: GlobalCell, _ args: [Expr], _ site: Site,
                            _ argumentRanges: [SourceRange]) -> Operand {
        let rt = runtime, identity = function.identity
        let evals = args.map { expression($0).eval }
        let general: Eval = { f in
            var values: [Value] = []
            for e in evals { values.append(try e(f)) }
            return try rt.call(cell.value, values, site, argumentRanges)
        }
        switch args.count {
        case 0:
            return .code { f in
                guard cell.function == identity else { return try general(f) }
                return try rt.invoke(function, nil, site)
            }
        case 1:
            return .code(expression(args[0]).open(DirectCall(runtime: rt, function: function, cell: cell, site: site, general: general)))
        default:
            let a0 = expression(args[0]).eval, a1 = expression(args[1]).eval
            return .code { f in
                guard cell.function == identity else { return try general(f) }
                let v0 = try a0(f)
                return try rt.invoke(function, nil, site, v0, try a1(f))
            }
        }
    }

    /// A direct call with one argument, read in place (`fib(n - 1)`).
    private struct DirectCall: EvalMaker {
        let runtime: Runtime
        let function: CompiledFunction
        let cell: GlobalCell
        let site: Site
        let general: Eval

        func make<R: OperandReader>(_ r: R) -> Eval {
            let node = Node(runtime: runtime, function: function, cell: cell, site: site, general: general, argument: r)
            return { f in
                guard node.cell.function == node.identity else { return try node.general(f) }
                return try node.runtime.invoke(node.function, nil, node.site, try node.argument.read(f))
            }
        }

        /// What the closure needs, in one object (see ExecPair).
        final class Node<R: OperandReader> {
            let runtime: Runtime
            let function: CompiledFunction
            let identity: UnsafeMutableRawPointer
            let cell: GlobalCell
            let site: Site
            let general: Eval
            let argument: R

            init(runtime: Runtime, function: CompiledFunction, cell: GlobalCell, site: Site, general: @escaping Eval, argument: R) {
                self.runtime = runtime
                self.function = function
                self.identity = function.identity
                self.cell = cell
                self.site = site
                self.general = general
                self.argument = argument
            }
        }
    }

    private func nativeCall(_ fn: NativeFunction, _ evals: [Eval], _ site: Site, _ ranges: [SourceRange]) -> Operand {
        let rt = runtime, body = fn.body
        let es = ContiguousArray(evals)
        return .code { f in
            var values: [Value] = []
            values.reserveCapacity(es.count)
            for e in es { values.append(try e(f)) }
            do { return try body(values, CallContext(today: rt.today)) } catch let e as ValueError {
                throw site.locate(e, arguments: ranges)
            } catch { throw site.locate(error) }
        }
    }
}

extension Runtime {
    // Running a script function: its slots are claimed on the value stack, the
    // arguments moved into the first ones, and given back when the call ends (by a
    // throw too). A function whose frame a closure may capture gets a heap frame.

    @inline(__always)
    func invoke(_ function: CompiledFunction, _ enclosing: HeapFrame?, _ site: Site) throws -> Value {
        try enter(function, site)
        defer { hot.pointee.depth &-= 1 }
        let base = hot.pointee.stack.top
        guard fitsOnStack(function, base) else { return try invokeInHeapFrame(function, enclosing) { _ in } }
        return try run(function, enclosing, base, arguments: 0)
    }

    @inline(__always)
    func invoke(_ function: CompiledFunction, _ enclosing: HeapFrame?, _ site: Site, _ a0: consuming Value) throws -> Value {
        try enter(function, site)
        defer { hot.pointee.depth &-= 1 }
        let base = hot.pointee.stack.top
        guard fitsOnStack(function, base) else { return try invokeInHeapFrame(function, enclosing, a0) }
        base.initialize(to: a0)
        return try run(function, enclosing, base, arguments: 1)
    }

    @inline(__always)
    func invoke(_ function: CompiledFunction, _ enclosing: HeapFrame?, _ site: Site,
                _ a0: consuming Value, _ a1: consuming Value) throws -> Value {
        try enter(function, site)
        defer { hot.pointee.depth &-= 1 }
        let base = hot.pointee.stack.top
        guard fitsOnStack(function, base) else { return try invokeInHeapFrame(function, enclosing, a0, a1) }
        base.initialize(to: a0)
        (base + 1).initialize(to: a1)
        return try run(function, enclosing, base, arguments: 2)
    }

    func invoke(_ function: CompiledFunction, _ enclosing: HeapFrame?, _ site: Site, arguments: [Value]) throws -> Value {
        try enter(function, site)
        defer { hot.pointee.depth &-= 1 }
        let base = hot.pointee.stack.top
        guard fitsOnStack(function, base) else {
            return try invokeInHeapFrame(function, enclosing) { slots in for (i, v) in arguments.enumerated() { slots[i] = v } }
        }
        for (i, v) in arguments.enumerated() { (base + i).initialize(to: v) }
        return try run(function, enclosing, base, arguments: arguments.count)
    }

    /// The limits every call checks: call depth, native stack, steps. Counts the call in.
    @inline(__always)
    private func enter(_ function: CompiledFunction, _ site: Site) throws {
        if hot.pointee.depth >= hot.pointee.maxCallDepth || Runtime.stackNearlyFull(floor: hot.pointee.stackFloor) {
            throw depthError(function, site)
        }
        hot.pointee.depth &+= 1
        do { try step(site) } catch {
            hot.pointee.depth &-= 1
            throw error
        }
    }

    @inline(__always)
    private func fitsOnStack(_ function: CompiledFunction, _ base: UnsafeMutablePointer<Value>) -> Bool {
        !function.capturable && base + function.slotCount <= hot.pointee.stack.end
    }

    /// Runs the body with the arguments in place from `base` on; the other slots start nil.
    @inline(__always)
    private func run(_ function: CompiledFunction, _ enclosing: HeapFrame?, _ base: UnsafeMutablePointer<Value>,
                     arguments: Int) throws -> Value {
        let count = function.slotCount
        hot.pointee.stack.top = base + count
        for i in arguments..<count { (base + i).initialize(to: .nil) }
        defer {
            for i in 0..<count { (base + i).release() }
            hot.pointee.stack.top = base
        }
        guard case .returned = try function.run(Frame(slots: base, context: enclosing)) else { return .nil }
        return takeReturnValue()
    }

    /// A call whose frame a closure may capture, or one the value stack has no room for
    /// (out of line, so the common path carries none of its code).
    @inline(never)
    private func invokeInHeapFrame(_ function: CompiledFunction, _ enclosing: HeapFrame?, _ a0: Value) throws -> Value {
        try invokeInHeapFrame(function, enclosing) { slots in slots[0] = a0 }
    }

    @inline(never)
    private func invokeInHeapFrame(_ function: CompiledFunction, _ enclosing: HeapFrame?, _ a0: Value, _ a1: Value) throws -> Value {
        try invokeInHeapFrame(function, enclosing) { slots in slots[0] = a0; slots[1] = a1 }
    }

    @inline(never)
    private func invokeInHeapFrame(_ function: CompiledFunction, _ enclosing: HeapFrame?,
                                   _ setUp: (UnsafeMutablePointer<Value>) -> Void) throws -> Value {
        let heap = HeapFrame.make(slots: function.slotCount, enclosing: function.capturable ? enclosing : nil)
        setUp(heap.slots)
        let frame = Frame(slots: heap.slots, context: function.capturable ? heap : enclosing)
        let flow = try withExtendedLifetime(heap) { try function.run(frame) }
        guard case .returned = flow else { return .nil }
        return takeReturnValue()
    }

    /// The value the ending call's `return` left, leaving nothing behind.
    @inline(__always)
    private func takeReturnValue() -> Value {
        let value = returnSlot.move()
        returnSlot.initialize(to: .nil)
        return value
    }

    @inline(never)
    private func depthError(_ function: CompiledFunction, _ site: Site) -> ScriptError {
        site.error(RuntimeErrorID.depthLimit, .nestedCallsIn(function.name), help: .endlessRecursion(limits.maxCallDepth))
    }

    /// Calls any function value with evaluated arguments.
    func call(_ callee: Value, _ args: [Value], _ site: Site, _ argumentRanges: [SourceRange]) throws -> Value {
        guard case .function(let box) = callee else {
            throw site.error(RuntimeErrorID.notCallable, .notAFunction(callee.typeNames))
        }
        guard box.arity.contains(args.count) else {
            throw site.error(RuntimeErrorID.wrongArity, Message(NameMessage.takesArguments(box.name, box.arity, given: args.count)))
        }
        if let script = box.script {
            return try invoke(script, box.enclosing, site, arguments: args)
        }
        do { return try box.native!.body(args, CallContext(today: today)) } catch let e as ValueError {
            throw site.locate(e, arguments: argumentRanges)
        } catch { throw site.locate(error) }
    }
}
