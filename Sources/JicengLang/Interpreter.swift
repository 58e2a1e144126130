import JicengBase
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The embedding facade: one interpreter is one session — its globals, functions,
/// commands and host types persist from one `run` to the next (as in the REPL).
/// See docs/EMBEDDING.md. Not thread-safe: use it from one thread at a time; only
/// `interruptHandle` may be touched from elsewhere.
public final class Interpreter {
    public let symbols = SymbolTable()
    public let commands = CommandRegistry()
    let env: GlobalEnvironment
    let runtime: Runtime
    private var grammar: (table: Int, grammar: CommandGrammar)?
    private var registrations = 0
    /// Files being run through `run "x.jc"` right now, to refuse a file running itself.
    private var running: [String] = []

    /// Where `print` and `show` write; each call gets whole lines, newline included.
    public var output: (String) -> Void {
        get { runtime.host.write }
        set { runtime.host.write = newValue }
    }

    /// Where `runReportingErrors` writes formatted diagnostics (stderr in the CLI).
    public var diagnosticOutput: (String) -> Void = { _ in }

    /// Applied to each formatted diagnostic (`formatted`, `runReportingErrors`) — message,
    /// quoted source line and notes alike: a host masks there what must not reach a log
    /// (the session, ID and phone numbers a script or a file wrote). Nil: as written.
    public var diagnosticRedaction: ((String) -> String)?

    public var limits: Limits {
        get { runtime.limits }
        set { runtime.limits = newValue }
    }

    /// Which files scripts may read and write (`run`, `show … to`, and host commands
    /// through `allowedPath`); `.denied` until the host says otherwise.
    public var filePolicy: FilePolicy = .denied
    /// How files are read and written once the policy allows it (the host may replace it).
    public var files: ScriptFiles = .local
    /// The date `today()` returns; nil means the system's local date at each run.
    public var today: Day?
    /// The language of `help` and of diagnostics (the host sets it from its language
    /// option; `formatted` and `runReportingErrors` render in it).
    public var messageLanguage: MessageLanguage = .english
    public var transactionHooks: TransactionHooks {
        get { runtime.host.transactions }
        set { runtime.host.transactions = newValue }
    }
    /// Renders `show` output in a format; the default prints values plainly.
    public var showRenderer: ShowRenderer {
        get { runtime.host.render }
        set { runtime.host.render = newValue }
    }

    /// Set from any thread (or a signal handler) to stop the running script.
    public var interruptHandle: InterruptHandle { runtime.interruptHandle }

    public init(limits: Limits = Limits()) {
        env = GlobalEnvironment(symbols: symbols)
        runtime = Runtime(limits: limits, today: Interpreter.systemToday(), host: HostHooks())
        runtime.host.runFile = { [unowned self] path, from in try self.runFile(path, from: from) }
        runtime.host.checkPath = { [unowned self] path, from, access throws(ValueError) in
            try self.filePolicy.check(path, from: from, for: access)
        }
        runtime.host.writeFile = { [unowned self] path, text in try self.files.write(path, text) }
        installHelp()
    }

    // MARK: Registration

    /// Adds a function scripts can call by name; replaces a built-in of the same name.
    public func register(function: NativeFunction) {
        env.register(function)
        registrations += 1
    }

    /// Adds an entity kind; its collection (`members`) becomes a global name.
    public func register(type: HostType) {
        env.register(type)
        registrations += 1
    }

    public func register(command: CommandSyntax, handler: @escaping CommandHandler) throws(CommandSyntax.DeclarationError) {
        try commands.register(command, handler: handler)
        registrations += 1
    }

    /// Sets a global variable (for `--var name=value`, or values the host hands in).
    public func define(_ name: String, _ value: Value) { env.define(name, value) }

    /// A global's current value, or nil if no such variable has been defined.
    public func value(of name: String) -> Value? { env.value(of: name) }

    // MARK: Running

    /// Parses, resolves, compiles and runs `source`. Returns the value of the last
    /// top-level expression or command (what a REPL echoes), or nil. Throws every
    /// error found before running, or the first runtime error.
    @discardableResult
    public func run(_ source: String, file name: String = "<script>") throws(ScriptError) -> Value {
        let file = SourceFile(name: name, text: source)
        let (slots, body) = try compile(file)
        runtime.today = today ?? Interpreter.systemToday()
        runtime.begin()
        interruptHandle.clear()
        running = [name]
        defer { running = [] }
        let frame = HeapFrame.make(slots: slots, enclosing: nil)
        do { _ = try body(Frame(slots: frame.slots, context: frame)) } catch let e as ScriptError { throw e } catch {
            throw ScriptError([Diagnostic(id: RuntimeErrorID.commandFailed, message: Message(verbatim: "\(error)"), file: file,
                                          range: SourceRange(start: 0, end: 0))])
        }
        return runtime.lastValue
    }

    /// Parses and resolves without running: every error `run` would report before it starts.
    public func check(_ source: String, file name: String = "<script>") -> [Diagnostic] {
        do { _ = try compile(SourceFile(name: name, text: source)) } catch { return error.diagnostics }
        return []
    }

    /// Whether `text` is a whole statement, or the REPL should read another line.
    public func isComplete(_ text: String) -> Bool {
        Parser.isComplete(text, symbols: symbols, commands: currentGrammar())
    }

    /// Stops the running script (same as `interruptHandle.interrupt()`).
    public func interrupt() { interruptHandle.interrupt() }

    func compile(_ file: SourceFile) throws(ScriptError) -> (Int, Exec) {
        let parsed = Parser.parse(file, symbols: symbols, grammar: { [unowned self] in self.currentGrammar() })
        if !parsed.diagnostics.isEmpty { throw ScriptError(parsed.diagnostics) }
        let registry = commands
        let resolution = try Resolver.resolve(parsed.program, env: env) { registry.handler(for: $0) != nil }
        return try Compiler.compile(parsed.program, resolution: resolution, env: env, runtime: runtime, commands: commands)
    }

    func currentGrammar() -> CommandGrammar {
        if let g = grammar, g.table == registrations { return g.grammar }
        let g = CommandGrammar(table: commands.table, symbols: symbols)
        grammar = (registrations, g)
        return g
    }

    /// `run "other.jc"` inside a script: same globals, same step budget.
    private func runFile(_ path: String, from: SourceFile) throws {
        let resolved = try filePolicy.check(path, from: from, for: .read)
        guard running.count < Interpreter.maxRunNesting, !running.contains(resolved) else {
            throw ValueError(RuntimeErrorID.fileDenied, .alreadyRunning(Value.quoted(path)))
        }
        let text = try files.read(resolved)
        let (slots, body) = try compile(SourceFile(name: resolved, text: text))
        running.append(resolved)
        defer { running.removeLast() }
        let frame = HeapFrame.make(slots: slots, enclosing: nil)
        _ = try body(Frame(slots: frame.slots, context: frame))
    }

    /// `run` inside `run` nests at most this deep: enough for a library of scripts,
    /// and a cycle the name check misses (via links) still ends.
    static let maxRunNesting = 32

    static func systemToday() -> Day {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? Day(ordinal: 0)
    }
}
