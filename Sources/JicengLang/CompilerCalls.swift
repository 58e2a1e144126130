/// Calls. A built-in or host function named directly is bound at compile time; a
/// script function is called through its value, with the common argument counts
/// specialised so a call allocates only its frame.
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
                    return try rt.invoke(script, box.enclosing, site) { _ in }
                }
                return try general(f)
            }
        case 1:
            let a0 = expression(args[0]).eval
            return .code { f in
                if case .function(let box) = try calleeEval(f), let script = box.script, script.parameterCount == 1 {
                    let v0 = try a0(f)
                    return try rt.invoke(script, box.enclosing, site) { frame in frame[0] = v0 }
                }
                return try general(f)
            }
        case 2:
            let a0 = expression(args[0]).eval, a1 = expression(args[1]).eval
            return .code { f in
                if case .function(let box) = try calleeEval(f), let script = box.script, script.parameterCount == 2 {
                    let v0 = try a0(f), v1 = try a1(f)
                    return try rt.invoke(script, box.enclosing, site) { frame in frame[0] = v0; frame[1] = v1 }
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
                return try rt.invoke(function, nil, site) { _ in }
            }
        case 1:
            let a0 = expression(args[0]).eval
            return .code { f in
                guard cell.function == identity else { return try general(f) }
                let v0 = try a0(f)
                return try rt.invoke(function, nil, site) { frame in frame[0] = v0 }
            }
        default:
            let a0 = expression(args[0]).eval, a1 = expression(args[1]).eval
            return .code { f in
                guard cell.function == identity else { return try general(f) }
                let v0 = try a0(f), v1 = try a1(f)
                return try rt.invoke(function, nil, site) { frame in frame[0] = v0; frame[1] = v1 }
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
    /// Runs a script function in a new frame; `setUp` puts the arguments in its slots.
    @inline(__always)
    func invoke(_ function: CompiledFunction, _ enclosing: Frame?, _ site: Site, _ setUp: (Frame) -> Void) throws -> Value {
        if depth >= limits.maxCallDepth || Runtime.stackNearlyFull(floor: stackFloor) {
            throw site.error(RuntimeErrorID.depthLimit, "too many nested calls in \(function.name)()",
                             help: "a recursion that never stops? the limit is \(limits.maxCallDepth) (Limits.maxCallDepth)")
        }
        depth += 1
        defer { depth -= 1 }
        try step(site)
        var frame: Frame
        if let spare = function.spareFrames.popLast() {
            frame = spare
            if enclosing != nil { frame.enclosing = enclosing }
        } else {
            frame = Frame.make(slots: function.slotCount, enclosing: enclosing)
        }
        setUp(frame)
        _ = try function.body(frame)
        let result = frame.returnValue
        // A frame a closure captured lives on with it; any other goes back for reuse.
        if function.spareFrames.count < CompiledFunction.maxSpareFrames, isKnownUniquelyReferenced(&frame) {
            frame.clear()
            function.spareFrames.append(frame)
        }
        return result
    }

    /// Calls any function value with evaluated arguments.
    func call(_ callee: Value, _ args: [Value], _ site: Site, _ argumentRanges: [SourceRange]) throws -> Value {
        guard case .function(let box) = callee else {
            throw site.error(RuntimeErrorID.notCallable, "\(callee.typeName) is not a function")
        }
        guard box.arity.contains(args.count) else {
            let a = box.arity
            let expected = a.lowerBound == a.upperBound ? "\(a.lowerBound)" : (a.upperBound == Int.max ? "\(a.lowerBound) or more" : "\(a.lowerBound) to \(a.upperBound)")
            throw site.error(RuntimeErrorID.wrongArity, "\(box.name)() takes \(expected) argument\(expected == "1" ? "" : "s"), not \(args.count)")
        }
        if let script = box.script {
            return try invoke(script, box.enclosing, site) { frame in
                for (i, v) in args.enumerated() { frame[i] = v }
            }
        }
        do { return try box.native!.body(args, CallContext(today: today)) } catch let e as ValueError {
            throw site.locate(e, arguments: argumentRanges)
        } catch { throw site.locate(error) }
    }
}
