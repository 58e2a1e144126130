/// The local variables of one call: a header and the slots in one allocation, read and
/// written by index (the resolver gave every local its slot), never by name.
final class Frame: ManagedBuffer<FrameHeader, Value> {
    @inline(__always)
    static func make(slots count: Int, enclosing: Frame?) -> Frame {
        let buffer = Frame.create(minimumCapacity: count) { _ in FrameHeader(count: count, enclosing: enclosing) }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .nil, count: count) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { header, slots in _ = slots.deinitialize(count: header.pointee.count) }
    }

    @inline(__always)
    subscript(slot: Int) -> Value {
        get { withUnsafeMutablePointerToElements { $0[slot] } }
        set { withUnsafeMutablePointerToElements { $0[slot] = newValue } }
    }

    /// The frame of the function this one's function was defined in (for closures).
    @inline(__always)
    var enclosing: Frame? { header.enclosing }

    /// The frame `hops` definitions out.
    @inline(__always)
    func outer(_ hops: Int) -> Frame {
        var f = self
        for _ in 0..<hops { f = f.header.enclosing! }
        return f
    }

    var returnValue: Value {
        get { header.returnValue }
        set { header.returnValue = newValue }
    }
}

struct FrameHeader {
    let count: Int
    let enclosing: Frame?
    var returnValue: Value = .nil
}

/// A top-level variable: its own cell, so compiled code holds the cell itself and reads
/// it with one load, and the REPL can add globals later without moving the others.
final class GlobalCell {
    var value: Value
    let name: String
    /// False until the `let` (or `def`) that creates it has run in this session.
    var isDefined: Bool

    init(name: String, value: Value = .nil, isDefined: Bool = false) {
        self.name = name
        self.value = value
        self.isDefined = isDefined
    }
}
