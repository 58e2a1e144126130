/// The bounds that stop a runaway script with an error instead of hanging or crashing
/// the host. Each default is far beyond what a normal script meets; a host sets its own.
public struct Limits: Sendable, Equatable {
    /// Loop iterations plus function calls a single run may take. 10^10 lets the
    /// ten-million-iteration benchmark pass a thousand times over, yet a `while true`
    /// still stops (after tens of seconds), and a host wanting a tighter leash sets it.
    public var maxSteps: Int64 = Limits.defaultMaxSteps
    /// Nested script calls. No honest recursion over party data (an org tree is a handful
    /// of levels) comes near 1,000, and Python stops at the same depth.
    public var maxCallDepth: Int = Limits.defaultMaxCallDepth
    /// Bytes of native stack a run may use below where it started. The main thread has
    /// 8 MB; 4 MB leaves room for the host's own frames and for a debug build, whose
    /// frames are several times larger. A host running scripts on a thread with a
    /// small stack (512 KB on macOS) sets this lower.
    public var maxNativeStack: Int = Limits.defaultMaxNativeStack
    /// Wall-clock seconds a run may take; nil means no time limit (the REPL's Ctrl-C stops it).
    public var maxSeconds: Double? = nil

    public static let defaultMaxSteps: Int64 = 10_000_000_000
    public static let defaultMaxCallDepth = 1_000
    public static let defaultMaxNativeStack = 4 * 1024 * 1024

    /// Nesting of brackets and blocks the parser and compiler accept: recursion in the
    /// front end and in the compiler is bounded by this, so a generated 10,000-deep
    /// expression is refused with an error rather than overflowing the native stack.
    public static let maxNesting = 200
    /// The longest list a range used as a value, or `xs + ys`, may build: ten million items
    /// is 240 MB; `1..10000000000`, or a list doubled in a loop, would exhaust memory long
    /// before it was useful (`for` walks any range without building it).
    public static let maxListLength = 10_000_000
    /// The longest text, in UTF-8 bytes, an operator may build (`"ab" * n`, `s + t`):
    /// 100 MB is far past any report, and doubling a string in a loop, or `"x" * 10**12`,
    /// would otherwise exhaust memory and kill the process instead of stopping the script.
    public static let maxStringBytes = 100_000_000
    /// How many steps run between checks of the interrupt flag and the clock: often
    /// enough that Ctrl-C answers within a millisecond, rarely enough to cost nothing.
    static let checkInterval: Int64 = 4096

    public init(maxSteps: Int64 = Limits.defaultMaxSteps, maxCallDepth: Int = Limits.defaultMaxCallDepth, maxSeconds: Double? = nil) {
        self.maxSteps = maxSteps
        self.maxCallDepth = maxCallDepth
        self.maxSeconds = maxSeconds
    }
}
