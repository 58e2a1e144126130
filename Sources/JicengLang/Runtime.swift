import JicengBase
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state of running code that is not in frames: the step budget, the call depth,
/// the interrupt flag, the clock. Compiled closures hold it directly.
final class Runtime {
    var limits: Limits {
        didSet { hot.pointee.maxCallDepth = limits.maxCallDepth }
    }
    /// Steps left before the next checkpoint (interrupt, clock, step limit); counting
    /// down to zero is the only work a loop iteration or call spends on limits.
    var budget: Int64 {
        get { hot.pointee.budget }
        set { hot.pointee.budget = newValue }
    }
    /// Steps taken before the current budget was handed out.
    private var stepsBeforeBudget: Int64 = 0
    private var budgetGranted: Int64 = 0
    private var deadline: Double?
    var depth: Int {
        get { hot.pointee.depth }
        set { hot.pointee.depth = newValue }
    }
    /// The counters every loop iteration and call touches, in raw memory: a class's
    /// stored properties would cost a dynamic exclusivity check on each access.
    let hot: UnsafeMutablePointer<HotCounters>
    /// Where `return` leaves its value (in `hot`).
    let returnSlot: UnsafeMutablePointer<Value>
    let interruptHandle: InterruptHandle
    var today: Day
    var host: HostHooks
    /// The value of the last top-level expression or command: what the REPL echoes.
    var lastValue: Value = .nil

    init(limits: Limits, today: Day, host: HostHooks) {
        self.limits = limits
        self.today = today
        self.host = host
        interruptHandle = InterruptHandle()
        hot = UnsafeMutablePointer.allocate(capacity: 1)
        hot.initialize(to: HotCounters(maxCallDepth: limits.maxCallDepth, stack: ValueStack.make()))
        returnSlot = UnsafeMutableRawPointer(hot).advanced(by: MemoryLayout<HotCounters>.offset(of: \.returnValue)!)
            .assumingMemoryBound(to: Value.self)
    }

    deinit {
        hot.pointee.stack.free()
        hot.deinitialize(count: 1)
        hot.deallocate()
    }

    /// Called when a run starts: fresh budget, depth and clock.
    func begin() {
        stepsBeforeBudget = 0
        budgetGranted = 0
        budget = 0
        depth = 0
        hot.pointee.stackFloor = Runtime.currentStackFloor(budget: limits.maxNativeStack)
        lastValue = .nil
        deadline = limits.maxSeconds.map { Runtime.now() + $0 }
    }

    var stepsTaken: Int64 { stepsBeforeBudget + (budgetGranted - budget) }

    /// One loop iteration or call.
    @inline(__always)
    func step(_ site: Site) throws {
        hot.pointee.budget &-= 1
        if hot.pointee.budget < 0 { try checkpoint(site) }
    }

    @inline(never)
    func checkpoint(_ site: Site) throws {
        stepsBeforeBudget += budgetGranted - budget - 1
        if interruptHandle.take() {
            throw site.error(RuntimeErrorID.interrupted, .interrupted)
        }
        if stepsBeforeBudget + 1 > limits.maxSteps {
            throw site.error(RuntimeErrorID.stepLimit, .stepLimit(limits.maxSteps), help: .endlessLoop)
        }
        if let d = deadline, Runtime.now() > d {
            throw site.error(RuntimeErrorID.timeLimit, .timeLimit(Runtime.seconds(limits.maxSeconds ?? 0)),
                             help: .timeLimitSetByHost)
        }
        stepsBeforeBudget += 1
        budgetGranted = min(Limits.checkInterval, limits.maxSteps - stepsBeforeBudget)
        budget = budgetGranted
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(s)
    }
}

/// Where a compiled piece of code sits in the source, kept by the closures that can
/// fail so an error points at the right place without any lookup.
final class Site: @unchecked Sendable {
    let file: SourceFile
    let range: SourceRange

    init(_ file: SourceFile, _ range: SourceRange) {
        self.file = file
        self.range = range
    }

    func error(_ id: String, _ message: Message, help: Message? = nil) -> ScriptError {
        ScriptError([Diagnostic(id: id, message: message, file: file, range: range, help: help)])
    }

    func error(_ id: String, _ message: RunMessage, help: RunMessage? = nil) -> ScriptError {
        error(id, Message(message), help: help.map(Message.init))
    }

    func locate(_ e: ValueError, arguments: [SourceRange] = []) -> ScriptError {
        e.located(in: file, at: range, argumentRanges: arguments)
    }

    /// Any error from running code, located here unless it already carries a place.
    func locate(_ e: any Error) -> any Error {
        if let v = e as? ValueError { return v.located(in: file, at: range) }
        if e is ScriptError { return e }
        return error(RuntimeErrorID.commandFailed, Message(verbatim: "\(e)"))
    }
}

struct HotCounters {
    var budget: Int64 = 0
    var depth = 0
    /// `limits.maxCallDepth`, kept beside the depth it bounds.
    var maxCallDepth = Limits.defaultMaxCallDepth
    /// The lowest native stack address calls may use (see NativeStack.swift).
    var stackFloor: UInt = 0
    var stack: ValueStack
    /// Where `return` leaves its value for the call that is ending: every call takes
    /// it from here right after the body returns, so one place serves all calls.
    var returnValue: Value = .nil
}
