/// What the resolver found, kept beside the tree (indexed by NameID) for the compiler.
final class Resolution {
    /// The meaning of every name occurrence (uses and declarations).
    var names: [NameMeaning]
    /// The frame layout of each function, by the NameID of its name.
    var functions: [Int32: FrameLayout] = [:]
    /// The frame layout of the top-level code.
    var script = FrameLayout(localCount: 0, queryDepth: 0, capturable: true)

    init(nameCount: Int) { names = Array(repeating: .unresolved, count: nameCount) }
}

indirect enum NameMeaning: Equatable {
    case unresolved
    /// A slot in the frame `hops` function definitions out (0: the current frame).
    case local(slot: Int, hops: Int)
    case global(Int)
    /// A global the resolver could not see, in a program that runs other scripts
    /// (`run "lib.jc"` may define it): checked when read.
    case lateGlobal(Int)
    case native(Int)
    /// A host type's collection (`members`), by type index.
    case collection(Int)
    /// Inside a query: a field of the current item `it`.
    case itField
    /// Inside a query, a name that is a field of some kind and also something outside
    /// (`orgs` in `meetings where org == orgs[2]`): the item's field when the item has
    /// one, else the outer meaning — which kind the item is shows only when it runs.
    case itFieldOr(NameMeaning)
}

/// How a frame is laid out: named locals first, then one slot per level of query
/// nesting for the current item `it`.
struct FrameLayout {
    var localCount: Int
    var queryDepth: Int
    /// Whether a closure may capture the frame: a `def` sits inside the function (or
    /// it is top-level code). Such a frame lives on the heap; any other on the value stack.
    var capturable = false
    var slotCount: Int { localCount + queryDepth }
    func itSlot(depth: Int) -> Int { localCount + depth - 1 }
}
