/// Turns a resolved program into closures, once. Every name is already a slot, a cell or
/// a function; operators are specialised for their operand shapes; constant
/// sub-expressions are folded. The result runs with no lookups by name.
final class Compiler {
    let env: GlobalEnvironment
    let runtime: Runtime
    let resolution: Resolution
    let file: SourceFile
    let commands: CommandRegistry
    /// The layout of the frame being compiled for, and how deep in queries we are.
    var layout: FrameLayout
    var queryDepth = 0
    private var nativeBoxes: [Int: FunctionBox] = [:]
    /// The program's top-level functions by global index, made before any body is
    /// compiled so calls to them (recursive ones too) can be bound directly.
    var topLevelFunctions: [Int: CompiledFunction] = [:]

    init(env: GlobalEnvironment, runtime: Runtime, resolution: Resolution, file: SourceFile, commands: CommandRegistry) {
        self.env = env
        self.runtime = runtime
        self.resolution = resolution
        self.file = file
        self.commands = commands
        self.layout = resolution.script
    }

    /// The whole program as one closure over a fresh top-level frame.
    static func compile(_ program: Program, resolution: Resolution, env: GlobalEnvironment, runtime: Runtime,
                        commands: CommandRegistry) throws(ScriptError) -> (slotCount: Int, body: Exec) {
        let c = Compiler(env: env, runtime: runtime, resolution: resolution, file: program.file, commands: commands)
        // Top-level functions are defined before anything runs, so a statement may call
        // a function defined further down, as the resolver already allowed.
        let defs = program.statements.filter { if case .def = $0.kind { return true } else { return false } }
        for case .def(let decl) in defs.map(\.kind) {
            if case .global(let g) = c.meaning(decl.name.id) { c.topLevelFunctions[g] = c.function(for: decl) }
        }
        let rest = program.statements.filter { if case .def = $0.kind { return false } else { return true } }
        let body = c.sequence((defs + rest)[...], topLevel: true)
        return (resolution.script.slotCount, body)
    }

    func site(_ range: SourceRange) -> Site { Site(file, range) }

    /// How many frames out from `Frame.context` a variable `hops` definitions out lives:
    /// a capturable frame's context is the frame itself, any other's is the frame one out.
    func outerStart(_ hops: Int) -> Int { layout.capturable ? hops : hops - 1 }

    func meaning(_ id: NameID) -> NameMeaning { resolution.names[Int(id.index)] }

    func nativeBox(_ index: Int) -> FunctionBox {
        if let b = nativeBoxes[index] { return b }
        let b = FunctionBox(native: env.natives[index])
        nativeBoxes[index] = b
        return b
    }

    // MARK: Statements

    func block(_ b: Block) -> Exec { sequence(b.statements[...], topLevel: false) }

    /// Statements run in order. Closures are composed directly, never taken back out of
    /// an array or optional: a closure stored in a generic container is called through a
    /// conversion thunk, which would cost every loop iteration a second call.
    func sequence(_ statements: ArraySlice<Stmt>, topLevel: Bool) -> Exec {
        switch statements.count {
        case 0: return { _ in .normal }
        case 1: return statement(statements[statements.startIndex], topLevel: topLevel)
        case 2:
            let both = ExecPair(statement(statements[statements.startIndex], topLevel: topLevel),
                                statement(statements[statements.startIndex + 1], topLevel: topLevel))
            return { f in
                let r = try both.first(f)
                if case .normal = r { return try both.second(f) }
                return r
            }
        default:
            let all = ContiguousArray(statements.map { ExecBox(statement($0, topLevel: topLevel)) })
            return { f in
                for e in all {
                    let r = try e.exec(f)
                    if case .normal = r { continue }
                    return r
                }
                return .normal
            }
        }
    }

    func statement(_ s: Stmt, topLevel: Bool) -> Exec {
        switch s.kind {
        case .expression(let e):
            let value = expression(e).eval
            let rt = runtime
            if topLevel { return { f in rt.lastValue = try value(f); return .normal } }
            return { f in _ = try value(f); return .normal }
        case .command(let c):
            let value = command(c)
            let rt = runtime
            if commands.table.command(id: c.id)?.showsResult == true { return shownCommand(value, s.range, topLevel: topLevel) }
            if topLevel { return { f in rt.lastValue = try value(f); return .normal } }
            return { f in _ = try value(f); return .normal }
        case .let(let binding, let value):
            return store(meaning(binding.id), expression(value), declares: true)
        case .assign(let target, let value):
            return assignment(target, value)
        case .if(let branches, let otherwise):
            return conditional(branches, otherwise)
        case .for(let binding, let sequence, let body):
            return forLoop(binding, sequence, body, s.range)
        case .while(let condition, let body):
            return whileLoop(condition, body, s.range)
        case .def(let decl):
            return definition(decl)
        case .return(let value):
            let returnSlot = runtime.returnSlot
            guard let value else { return { _ in returnSlot.store(.nil); return .returned } }
            return expression(value).open(Return(slot: returnSlot))
        case .print(let values):
            return printStatement(values)
        case .show(let show):
            return showStatement(show, s.range)
        case .assert(let condition, let message):
            return assertion(condition, message)
        case .run(let path):
            return runStatement(path, s.range)
        case .transaction(let body):
            return transaction(body, s.range)
        case .break: return { _ in .breakLoop }
        case .continue: return { _ in .continueLoop }
        }
    }

    /// Stores into a variable; `let` of a global also marks it defined for later REPL input.
    func store(_ m: NameMeaning, _ value: Operand, declares: Bool = false) -> Exec {
        switch m {
        case .local(let slot, 0):
            return value.open(StoreSlot(slot: slot))
        case .local(let slot, let hops):
            let start = outerStart(hops), v = value.eval
            return { f in f.context!.outer(start).slots[slot] = try v(f); return .normal }
        case .global(let g):
            return value.open(StoreCell(cell: env.cells[g], declares: declares))
        default:
            return { _ in .normal } // the resolver has reported it
        }
    }

    /// Branches of an `if … else if …` chain compiled as chained closures (the quickest for
    /// the usual few); a longer chain runs as a loop over its branches.
    static let maxChainedBranches = 16

    private func conditional(_ branches: [ConditionalBlock], _ otherwise: Block?) -> Exec {
        if branches.count > Compiler.maxChainedBranches {
            // A long `else if` chain (generated code) runs as a loop: chained closures
            // would nest one native frame per branch, and 100,000 branches would overflow.
            let tests = branches.map { test($0.condition) }, bodies = branches.map { block($0.body) }
            let rest = otherwise.map { block($0) }
            return { f in
                for i in tests.indices {
                    if try tests[i](f) { return try bodies[i](f) }
                }
                return try rest?(f) ?? .normal
            }
        }
        // Closures are composed directly: one kept in an Optional would be called
        // through a conversion thunk.
        var next: Exec = { _ in .normal }
        var hasNext = false
        if let otherwise {
            next = block(otherwise)
            hasNext = true
        }
        for b in branches.reversed() {
            let then = block(b.body), rest = next
            if case .binary(let op, let l, let r) = b.condition.kind, ComparisonBranch.fuses(op) {
                let a = expression(l), c = expression(r)
                if a.constant == nil || c.constant == nil {
                    next = a.open(c, ComparisonBranch(op: op, site: site(b.condition.range), then: then, otherwise: rest,
                                                      hasOtherwise: hasNext))
                    hasNext = true
                    continue
                }
            }
            let t = test(b.condition)
            next = hasNext ? { f in try t(f) ? try then(f) : try rest(f) } : { f in try t(f) ? try then(f) : .normal }
            hasNext = true
        }
        return next
    }

    private func whileLoop(_ condition: Expr, _ body: Block, _ range: SourceRange) -> Exec {
        let t = test(condition), b = block(body), rt = runtime, site = site(range)
        return { f in
            while try t(f) {
                try rt.step(site)
                switch try b(f) {
                case .normal, .continueLoop: continue
                case .breakLoop: return .normal
                case .returned: return .returned
                }
            }
            return .normal
        }
    }

    func function(for decl: FunctionDecl) -> CompiledFunction {
        let layout = resolution.functions[decl.name.id.index] ?? FrameLayout(localCount: decl.parameters.count, queryDepth: 0)
        return CompiledFunction(name: env.symbols[decl.name.name], parameterCount: decl.parameters.count,
                                slotCount: layout.slotCount, capturable: layout.capturable)
    }

    private func definition(_ decl: FunctionDecl) -> Exec {
        let layout = resolution.functions[decl.name.id.index] ?? FrameLayout(localCount: decl.parameters.count, queryDepth: 0)
        let target = meaning(decl.name.id)
        var function = function(for: decl)
        if case .global(let g) = target, let known = topLevelFunctions[g] { function = known }
        let saved = (self.layout, queryDepth)
        self.layout = layout
        queryDepth = 0
        function.body = block(decl.body)
        (self.layout, queryDepth) = saved
        if case .global(let g) = target, topLevelFunctions[g] === function {
            // A top-level function sees only globals and its own frame: it needs no
            // enclosing frame, and its cell records it for direct calls.
            let cell = env.cells[g], identity = function.identity
            return { _ in
                cell.value = .function(FunctionBox(script: function, enclosing: nil))
                cell.function = identity
                cell.isDefined = true
                return .normal
            }
        }
        // The resolver made the frame this `def` sits in capturable: its context is itself.
        return store(target, .code { f in .function(FunctionBox(script: function, enclosing: f.context)) }, declares: true)
    }

    private func printStatement(_ values: [Expr]) -> Exec {
        let rt = runtime
        if values.count == 1 {
            let e = expression(values[0]).eval
            return { f in rt.host.write(try e(f).displayText + "\n"); return .normal }
        }
        let evals = ContiguousArray(values.map { EvalBox(expression($0).eval) })
        return { f in
            var parts: [String] = []
            parts.reserveCapacity(evals.count)
            for e in evals { parts.append(try e.eval(f).displayText) }
            rt.host.write(parts.joined(separator: " ") + "\n")
            return .normal
        }
    }

    private func assertion(_ condition: Expr, _ message: Expr?) -> Exec {
        let t = test(condition), m = message.map { expression($0).eval }
        let site = site(condition.range), source = file.text(of: condition.range)
        return { f in
            if try t(f) { return .normal }
            let text = try m.map { try $0(f).displayText } ?? source
            throw site.error(RuntimeErrorID.assertionFailed, .assertionFailed(text))
        }
    }

    private func transaction(_ body: Block, _ range: SourceRange) -> Exec {
        let b = block(body), rt = runtime, site = site(range)
        return { f in
            do { try rt.host.transactions.begin() } catch { throw site.locate(error) }
            let flow: Flow
            do { flow = try b(f) } catch {
                rt.host.transactions.rollback()
                throw error
            }
            do { try rt.host.transactions.commit() } catch { throw site.locate(error) }
            return flow
        }
    }
}
