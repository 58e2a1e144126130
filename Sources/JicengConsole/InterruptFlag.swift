import Synchronization

/// Raised by Ctrl-C, polled by the engine. Setting and reading it is lock-free, so the
/// SIGINT handler may touch it.
public final class InterruptFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    public var isRaised: Bool { raised.load(ordering: .relaxed) }

    public func raise() { raised.store(true, ordering: .relaxed) }

    public func clear() { raised.store(false, ordering: .relaxed) }

    /// Reads and clears in one step, so a Ctrl-C is handled exactly once.
    public func take() -> Bool { raised.exchange(false, ordering: .relaxed) }
}
