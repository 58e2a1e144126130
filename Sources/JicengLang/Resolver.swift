import JicengBase

/// Gives every name its meaning before anything runs — a frame slot, a global cell, a
/// built-in, a host collection, or (inside a query) a field of `it` — and reports
/// unknown names (with the nearest known one), wrong argument counts for known
/// functions, and statements out of place (`return` outside a function, …).
final class Resolver {
    private let env: GlobalEnvironment
    private let file: SourceFile
    private let hasCommand: (String) -> Bool
    private let result: Resolution
    private var diagnostics: [Diagnostic] = []

    private struct FunctionScope {
        var blocks: [[Symbol: Int]] = [[:]]
        var localCount = 0
        var queryDepth = 0
        var maxQueryDepth = 0
        var loopDepth = 0
        /// A `def` sits inside: its functions may capture this frame.
        var definesFunctions = false
        let isScript: Bool
    }
    private var functions: [FunctionScope] = []
    /// Top-level variables and functions this program declares, with where.
    private var declaredHere: [Symbol: Int32] = [:]
    /// True when the program runs other scripts: names they define cannot be known
    /// before running, so unknown names are looked up when used instead.
    private var runsOtherScripts = false

    init(env: GlobalEnvironment, file: SourceFile, nameCount: Int, hasCommand: @escaping (String) -> Bool) {
        self.env = env
        self.file = file
        self.hasCommand = hasCommand
        self.result = Resolution(nameCount: nameCount)
    }

    static func resolve(_ program: Program, env: GlobalEnvironment, hasCommand: @escaping (String) -> Bool) throws(ScriptError) -> Resolution {
        let r = Resolver(env: env, file: program.file, nameCount: program.nameCount, hasCommand: hasCommand)
        r.declareTopLevel(program.statements)
        r.functions.append(FunctionScope(isScript: true))
        for s in program.statements { r.resolve(s) }
        let top = r.functions.removeLast()
        r.result.script = FrameLayout(localCount: top.localCount, queryDepth: top.maxQueryDepth, capturable: true)
        if !r.diagnostics.isEmpty { throw ScriptError(r.diagnostics) }
        return r.result
    }

    /// Top-level `let`s and `def`s become globals up front, so functions may call each
    /// other whatever their order in the file.
    private func declareTopLevel(_ statements: [Stmt]) {
        for s in statements {
            switch s.kind {
            case .run: runsOtherScripts = true
            case .let(let b, _):
                _ = env.declareGlobal(b.name)
                declaredHere[b.name] = declaredHere[b.name] ?? b.range.start
            case .def(let d):
                let i = env.declareGlobal(d.name.name)
                env.functionArity[i] = d.parameters.count
                declaredHere[d.name.name] = declaredHere[d.name.name] ?? -1 // functions are defined before anything runs
            default: break
            }
        }
    }

    // MARK: Statements

    private func resolve(_ block: Block) {
        functions[functions.count - 1].blocks.append([:])
        for s in block.statements { resolve(s) }
        functions[functions.count - 1].blocks.removeLast()
    }

    private var atTopLevel: Bool { functions.count == 1 && functions[0].blocks.count == 1 }
    private var insideFunction: Bool { functions.count > 1 }

    private func resolve(_ s: Stmt) {
        switch s.kind {
        case .expression(let e): resolve(e)
        case .command(let c): resolve(c)
        case .let(let binding, let value):
            resolve(value)
            declare(binding)
        case .assign(let target, let value):
            resolve(value)
            resolveAssignmentTarget(target)
        case .if(let branches, let otherwise):
            for b in branches {
                resolve(b.condition)
                resolve(b.body)
            }
            if let o = otherwise { resolve(o) }
        case .for(let binding, let sequence, let body):
            resolve(sequence)
            functions[functions.count - 1].blocks.append([:])
            declare(binding)
            functions[functions.count - 1].loopDepth += 1
            resolve(body)
            functions[functions.count - 1].loopDepth -= 1
            functions[functions.count - 1].blocks.removeLast()
        case .while(let condition, let body):
            resolve(condition)
            functions[functions.count - 1].loopDepth += 1
            resolve(body)
            functions[functions.count - 1].loopDepth -= 1
        case .def(let decl): resolve(decl)
        case .return(let value):
            if let v = value { resolve(v) }
            if !insideFunction {
                report(RuntimeErrorID.returnOutsideFunction, .returnOutsideFunction, s.range, help: .returnEndsFunction)
            }
        case .print(let values): values.forEach { resolve($0) }
        case .show(let show):
            resolve(show.value)
            if let d = show.destination { resolve(d) }
        case .assert(let condition, let message):
            resolve(condition)
            if let m = message { resolve(m) }
        case .run(let path): resolve(path)
        case .transaction(let body): resolve(body)
        case .break, .continue:
            if functions[functions.count - 1].loopDepth == 0 {
                let word = if case .break = s.kind { "break" } else { "continue" }
                report(RuntimeErrorID.breakOutsideLoop, .outsideLoop(word), s.range)
            }
        }
    }

    private func resolve(_ decl: FunctionDecl) {
        declare(decl.name)
        functions[functions.count - 1].definesFunctions = true
        var scope = FunctionScope(isScript: false)
        for p in decl.parameters {
            if scope.blocks[0][p.name] != nil {
                report(RuntimeErrorID.duplicateParameter, .parameterTwice(env.symbols[p.name]), p.range)
            }
            scope.blocks[0][p.name] = scope.localCount
            result.names[Int(p.id.index)] = .local(slot: scope.localCount, hops: 0)
            scope.localCount += 1
        }
        functions.append(scope)
        for s in decl.body.statements { resolve(s) }
        let done = functions.removeLast()
        result.functions[decl.name.id.index] = FrameLayout(localCount: done.localCount, queryDepth: done.maxQueryDepth,
                                                           capturable: done.definesFunctions)
    }

    private func resolve(_ c: CommandCall) {
        for a in c.arguments {
            switch a {
            case .expression(let e)?: resolve(e)
            case .entity(_, _, let e)?: resolve(e)
            case .choice?, nil: break
            }
        }
        for f in c.fields {
            // A bare word is a variable only when one is visible; otherwise it is the word.
            if f.isBareWord, case .name(let symbol, let id) = f.value.kind {
                let meaning = lookup(symbol, at: f.value.range)
                switch meaning {
                case .local, .global: result.names[Int(id.index)] = meaning
                default: result.names[Int(id.index)] = .unresolved
                }
                continue
            }
            resolve(f.value)
        }
        if !hasCommand(c.id) {
            report(RuntimeErrorID.misusedCommand, .commandWithoutHandler(c.id), c.verbRange, help: .syntaxWithoutHandler)
        }
    }

    private func declare(_ binding: Binding) {
        let f = functions.count - 1
        if atTopLevel {
            result.names[Int(binding.id.index)] = .global(env.declareGlobal(binding.name))
            return
        }
        let slot = functions[f].localCount
        functions[f].localCount += 1
        functions[f].blocks[functions[f].blocks.count - 1][binding.name] = slot
        result.names[Int(binding.id.index)] = .local(slot: slot, hops: 0)
    }

    private func resolveAssignmentTarget(_ target: Expr) {
        switch target.kind {
        case .name(let symbol, let id):
            let meaning = lookup(symbol, at: target.range)
            switch meaning {
            case .local, .global: result.names[Int(id.index)] = meaning
            case .unresolved:
                let name = env.symbols[symbol]
                report(RuntimeErrorID.unknownName, .unknownVariable(name), target.range,
                       help: Suggestion.help(for: name, in: visibleNames()) ?? Message(NameMessage.declareFirst(name)))
            default:
                report(RuntimeErrorID.notAssignable, .cannotAssignTo(env.symbols[symbol]), target.range, help: .builtinOrCollection)
            }
        default:
            resolve(target)
        }
    }

    // MARK: Expressions

    private func resolve(_ e: Expr, isCallee: Bool = false) {
        switch e.kind {
        case .literal: break
        case .name(let symbol, let id): result.names[Int(id.index)] = resolveUse(symbol, e.range, isCallee: isCallee)
        case .it:
            if functions[functions.count - 1].queryDepth == 0 {
                report(RuntimeErrorID.unknownName, .itOutsideQuery, e.range, help: .whatItIs)
            }
        case .unary(_, let x): resolve(x)
        case .binary(_, let l, let r): resolve(l); resolve(r)
        case .range(let l, let h): resolve(l); resolve(h)
        case .index(let b, let i): resolve(b); resolve(i)
        case .field(let b, _, _): resolve(b)
        case .call(let callee, let args):
            resolve(callee, isCallee: true)
            args.forEach { resolve($0) }
            checkArity(callee, args.count, e.range)
        case .list(let items): items.forEach { resolve($0) }
        case .record(let fields): fields.forEach { resolve($0.value) }
        case .filter(let source, let condition):
            resolve(source)
            inQuery { resolve(condition) }
        case .sort(let source, let keys):
            resolve(source)
            inQuery { keys.forEach { resolve($0.key) } }
        case .take(let source, let count):
            resolve(source)
            resolve(count)
        case .select(let source, let columns):
            resolve(source)
            inQuery { columns.forEach { resolve($0.value) } }
        case .group(let source, let key):
            resolve(source)
            inQuery { resolve(key) }
        case .command(let c): resolve(c)
        }
    }

    private func inQuery(_ body: () -> Void) {
        let f = functions.count - 1
        functions[f].queryDepth += 1
        functions[f].maxQueryDepth = max(functions[f].maxQueryDepth, functions[f].queryDepth)
        body()
        functions[f].queryDepth -= 1
    }

    private func resolveUse(_ symbol: Symbol, _ range: SourceRange, isCallee: Bool) -> NameMeaning {
        let inQuery = functions[functions.count - 1].queryDepth > 0
        let name = env.symbols[symbol]
        // Inside a query the item's fields come first, as columns do in SQL.
        if inQuery, !isCallee, env.fieldNames.contains(name) {
            if let outer = outerMeaning(symbol, at: range) { return .itFieldOr(outer) }
            return .itField
        }
        let meaning = lookup(symbol, at: range)
        switch meaning {
        case .unresolved:
            if inQuery { return .itField }
            if runsOtherScripts { return .lateGlobal(env.declareGlobal(symbol)) }
            report(RuntimeErrorID.unknownName, .unknownName(name), range, help: Suggestion.help(for: name, in: visibleNames()))
        case .native where inQuery && !isCallee:
            return .itField
        default: break
        }
        return meaning
    }

    /// What a field name inside a query would mean outside it, without reporting
    /// anything: a local, a collection, or a global already declared.
    private func outerMeaning(_ symbol: Symbol, at range: SourceRange) -> NameMeaning? {
        for f in stride(from: functions.count - 1, through: 0, by: -1) {
            for block in functions[f].blocks.reversed() {
                if let slot = block[symbol] { return .local(slot: slot, hops: functions.count - 1 - f) }
            }
        }
        if let g = env.global(symbol) {
            if env.cells[g].isDefined { return .global(g) }
            if let at = declaredHere[symbol], at < 0 || insideFunction || range.start >= at { return .global(g) }
        }
        if let c = env.collection(symbol) { return .collection(c) }
        return nil
    }

    private func lookup(_ symbol: Symbol, at range: SourceRange) -> NameMeaning {
        for f in stride(from: functions.count - 1, through: 0, by: -1) {
            for block in functions[f].blocks.reversed() {
                if let slot = block[symbol] { return .local(slot: slot, hops: functions.count - 1 - f) }
            }
        }
        if let g = env.global(symbol), env.cells[g].isDefined || declaredHere[symbol] != nil {
            if let at = declaredHere[symbol], at >= 0, !insideFunction, range.start < at, !env.cells[g].isDefined {
                report(RuntimeErrorID.unknownName, .usedBeforeDeclared(env.symbols[symbol]), range, help: .moveDeclarationUp)
            }
            return .global(g)
        }
        if let n = env.native(symbol) { return .native(n) }
        if let c = env.collection(symbol) { return .collection(c) }
        return .unresolved
    }

    private func checkArity(_ callee: Expr, _ count: Int, _ range: SourceRange) {
        guard case .name(let symbol, let id) = callee.kind else { return }
        let name = env.symbols[symbol]
        switch result.names[Int(id.index)] {
        case .native(let n):
            let f = env.natives[n]
            if !f.arity.contains(count) {
                report(RuntimeErrorID.wrongArity, .takesArguments(name, f.arity, given: count), range,
                       help: Message(english: f.summary, chinese: f.summary(in: .chinese)))
            }
        case .global(let g):
            if let n = env.functionArity[g], n != count {
                report(RuntimeErrorID.wrongArity, .takesArguments(name, n...n, given: count), range)
            }
        default: break
        }
    }

    private func visibleNames() -> [String] {
        var names: [String] = []
        for f in functions { for b in f.blocks { names += b.keys.map { env.symbols[$0] } } }
        names += declaredHere.keys.map { env.symbols[$0] }
        return names + env.visibleNames
    }

    private func report(_ id: String, _ message: NameMessage, _ range: SourceRange, help: Message? = nil) {
        diagnostics.append(Diagnostic(id: id, message: Message(message), file: file, range: range, help: help))
    }

    private func report(_ id: String, _ message: NameMessage, _ range: SourceRange, help: NameMessage) {
        report(id, message, range, help: Message(help))
    }
}
