#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengLang
import Synchronization

/// Turns SIGINT into a raised `InterruptFlag` instead of the default "kill the
/// process": at the prompt the REPL clears the line, while a statement runs the
/// engine stops it. A statement that ignores Ctrl-C can always be left: the second
/// press is passed on again (an engine may have cleared the first as it started), the
/// third ends the process.
public enum InterruptHandling {
    /// The one flag the signal handler raises. A global because a C signal handler
    /// cannot capture context.
    public static let flag = InterruptFlag()

    /// True while a statement runs (as opposed to waiting at the prompt).
    static let statementRunning = Atomic<Bool>(false)
    /// Ctrl-C presses during the running statement.
    static let pressesWhileRunning = Atomic<Int>(0)
    /// The press that ends the process when the statement will not stop.
    static let pressesToQuit = 3

    /// The self-pipe: the handler writes a byte so that a reader waiting in `poll` wakes
    /// even when the signal arrived just before it began to wait.
    static let wakeReadEnd = Atomic<Int32>(-1)
    static let wakeWriteEnd = Atomic<Int32>(-1)

    /// The engine's own stop switch, raised together with `flag`. Set once, before
    /// signals can arrive; `InterruptHandle.interrupt()` is one atomic store, safe in
    /// a signal handler.
    nonisolated(unsafe) static var forwardTarget: InterruptHandle?

    public static func forward(to handle: InterruptHandle) { forwardTarget = handle }

    public static func install() {
        _ = flag.isRaised  // initialise the globals before a signal can arrive
        _ = statementRunning.load(ordering: .relaxed)
        if wakeReadEnd.load(ordering: .relaxed) < 0 {
            var ends: [Int32] = [-1, -1]
            if pipe(&ends) == 0 {
                for end in ends {
                    _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                }
                wakeReadEnd.store(ends[0], ordering: .relaxed)
                wakeWriteEnd.store(ends[1], ordering: .relaxed)
            }
        }
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = interruptHandler
        #else
        action.__sigaction_u.__sa_handler = interruptHandler
        #endif
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a blocked read or poll must return so the prompt can react.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Waits until `fd` has input (true) or Ctrl-C is pressed (false, the flag taken).
    static func waitForInput(on fd: Int32) -> Bool {
        let wake = wakeReadEnd.load(ordering: .relaxed)
        while true {
            if flag.take() {
                drainWakeups()
                return false
            }
            var descriptors = [
                pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, wake >= 0 ? 2 : 1, -1)
            // A wake-up left from a Ctrl-C that a statement already handled.
            if ready > 0 && descriptors[1].revents != 0 && !flag.isRaised { drainWakeups() }
            if ready > 0 && descriptors[0].revents != 0 && !flag.isRaised { return true }
            if ready < 0 && errno != EINTR { return true }  // let the read report the failure
        }
    }

    private static func drainWakeups() {
        var sink = [UInt8](repeating: 0, count: 64)
        while read(wakeReadEnd.load(ordering: .relaxed), &sink, sink.count) > 0 {}
    }

    /// Runs `body` as a statement: Ctrl-C during it raises the flag for the engine.
    /// The flag is not cleared first: a Ctrl-C typed just after Enter, before the
    /// statement started, is meant for that statement.
    static func whileRunning<T>(_ body: () -> T) -> T {
        pressesWhileRunning.store(flag.isRaised ? 1 : 0, ordering: .relaxed)
        statementRunning.store(true, ordering: .relaxed)
        defer { statementRunning.store(false, ordering: .relaxed) }
        return body()
    }
}

private func interruptHandler(_ signal: Int32) {
    if InterruptHandling.statementRunning.load(ordering: .relaxed) {
        let presses = InterruptHandling.pressesWhileRunning.add(1, ordering: .relaxed).newValue
        if presses >= InterruptHandling.pressesToQuit {
            // The statement ignored Ctrl-C twice: leave now, as the shell would.
            _exit(ConsoleExitCode.interrupted.rawValue)
        }
    }
    InterruptHandling.flag.raise()
    InterruptHandling.forwardTarget?.interrupt()
    var byte: UInt8 = 1
    _ = write(InterruptHandling.wakeWriteEnd.load(ordering: .relaxed), &byte, 1)
}
