import Synchronization

/// Stops a running script from outside: another thread, or a SIGINT handler (setting
/// it is one lock-free atomic store). The running loop or call notices within a few
/// thousand steps and stops with an "interrupted" error.
public final class InterruptHandle: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    public func interrupt() { raised.store(true, ordering: .relaxed) }

    /// Reads and clears: one Ctrl-C stops one run.
    func take() -> Bool { raised.exchange(false, ordering: .relaxed) }

    func clear() { raised.store(false, ordering: .relaxed) }
}
