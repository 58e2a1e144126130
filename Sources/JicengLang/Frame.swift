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
    var enclosing: Frame? {
        @inline(__always) get { withUnsafeMutablePointerToHeader { $0.pointee.enclosing } }
        @inline(__always) set { withUnsafeMutablePointerToHeader { $0.pointee.enclosing = newValue } }
    }

    /// Empties the slots and the return value (releasing what they held), so the frame
    /// can serve the next call of the same function.
    @inline(__always)
    func clear() {
        withUnsafeMutablePointers { header, slots in
            for i in 0..<header.pointee.count { slots[i] = .nil }
            header.pointee.returnValue = .nil
            header.pointee.enclosing = nil
        }
    }

    /// The frame `hops` definitions out.
    @inline(__always)
    func outer(_ hops: Int) -> Frame {
        var f = self
        for _ in 0..<hops { f = f.enclosing! }
        return f
    }

    /// Through the header's address: `header` is a stored property, and touching it
    /// directly would check exclusivity and copy the whole header on every `return`.
    var returnValue: Value {
        @inline(__always) get { withUnsafeMutablePointerToHeader { $0.pointee.returnValue } }
        @inline(__always) set { withUnsafeMutablePointerToHeader { $0.pointee.returnValue = newValue } }
    }
}

struct FrameHeader {
    let count: Int
    var enclosing: Frame?
    var returnValue: Value = .nil
}

/// A top-level variable: its own cell, so compiled code holds the cell itself and reads
/// it with one load, and the REPL can add globals later without moving the others.
final class GlobalCell {
    /// In raw memory: read and written on every loop iteration that touches a global,
    /// where a stored property would cost a dynamic exclusivity check.
    private let storage: UnsafeMutablePointer<Value>
    var value: Value {
        @inline(__always) get { storage.pointee }
        @inline(__always) set { storage.pointee = newValue }
    }
    let name: String
    /// False until the `let` (or `def`) that creates it has run in this session.
    var isDefined: Bool
    /// The script function the cell holds when a top-level `def` put it there, else nil:
    /// a call site that knows that function checks this one pointer and calls it
    /// directly, without unpacking the value.
    @exclusivity(unchecked) var function: UnsafeMutableRawPointer?

    init(name: String, value: Value = .nil, isDefined: Bool = false) {
        storage = UnsafeMutablePointer.allocate(capacity: 1)
        storage.initialize(to: value)
        self.name = name
        self.isDefined = isDefined
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }
}
