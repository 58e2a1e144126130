/// The slots of running calls, one after another in one block of memory, as Lua keeps
/// its registers: a call claims the slots above the caller's, its arguments moved
/// straight into the first ones, and gives them back when it returns (by a throw too).
/// A call so costs no allocation and no reference counting for its frame.
///
/// Only functions whose frame no closure can capture live here (the resolver marks a
/// function that has a `def` inside); the others get a heap frame.
struct ValueStack {
    let start: UnsafeMutablePointer<Value>
    /// The first free slot.
    var top: UnsafeMutablePointer<Value>
    let end: UnsafeMutablePointer<Value>

    /// 64K slots (1.5 MB of address space, of which only what deep calls touch becomes
    /// memory): a thousand nested calls of 64 locals each. A call that does not fit
    /// still runs, in a heap frame.
    static let capacity = 1 << 16

    static func make() -> ValueStack {
        let start = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        return ValueStack(start: start, top: start, end: start + capacity)
    }

    func free() {
        start.deinitialize(count: top - start)
        start.deallocate()
    }
}
