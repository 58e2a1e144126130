/// The local variables of the call being run, as compiled code sees them: the address
/// of the first slot (the resolver gave every local its slot; code reads and writes by
/// index, never by name) and the heap frame closures reach out through. Two words,
/// passed in registers, with nothing to retain: most calls keep their slots on the
/// runtime's value stack (see ValueStack.swift) and allocate nothing.
struct Frame {
    let slots: UnsafeMutablePointer<Value>
    /// For code whose frame a closure may capture (a function with a `def` inside, and
    /// top-level code): its own heap frame, `slots` being that frame's slots. For any
    /// other function: the heap frame of the function it was defined in, or nil.
    let context: HeapFrame?

    @inline(__always)
    subscript(slot: Int) -> Value {
        get { slots[slot] }
        nonmutating set { (slots + slot).store(newValue) }
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// Assignment, with the common case (the old value holds no reference: a loop
    /// counter, a number) decided inline instead of in the general destroy code.
    @inline(__always)
    func store(_ value: consuming Value) {
        if pointee.isPlain { initialize(to: value) } else { pointee = value }
    }

    /// Deinitialisation, likewise.
    @inline(__always)
    func release() {
        if !pointee.isPlain { deinitialize(count: 1) }
    }
}

/// The slots of a call that closures may outlive: a header and the slots in one
/// allocation, kept by every function value made inside the call.
final class HeapFrame: ManagedBuffer<HeapFrameHeader, Value> {
    static func make(slots count: Int, enclosing: HeapFrame?) -> HeapFrame {
        let buffer = HeapFrame.create(minimumCapacity: count) { _ in HeapFrameHeader(count: count, enclosing: enclosing) }
        let frame = unsafeDowncast(buffer, to: HeapFrame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .nil, count: count) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { header, slots in _ = slots.deinitialize(count: header.pointee.count) }
    }

    /// The slots' address, stable for the frame's life (a ManagedBuffer never moves them).
    var slots: UnsafeMutablePointer<Value> {
        @inline(__always) get { withUnsafeMutablePointerToElements { $0 } }
    }

    /// The frame of the function this one's function was defined in (for closures).
    var enclosing: HeapFrame? {
        @inline(__always) get { withUnsafeMutablePointerToHeader { $0.pointee.enclosing } }
    }

    /// The frame `hops` definitions out.
    @inline(__always)
    func outer(_ hops: Int) -> HeapFrame {
        var f = self
        for _ in 0..<hops { f = f.enclosing! }
        return f
    }
}

struct HeapFrameHeader {
    let count: Int
    let enclosing: HeapFrame?
}

/// A top-level variable: its own cell, so compiled code holds the cell itself and reads
/// it with one load, and the REPL can add globals later without moving the others.
final class GlobalCell {
    /// In raw memory: read and written on every loop iteration that touches a global,
    /// where a stored property would cost a dynamic exclusivity check.
    private let storage: UnsafeMutablePointer<Value>
    var value: Value {
        @inline(__always) get { storage.pointee }
        @inline(__always) set { storage.store(newValue) }
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
