/// A guard on the native stack, so deep recursion ends with an error, never a crash.
/// Compiled closures nest a few native frames per script call; a run may use at most
/// `Limits.maxNativeStack` bytes of stack below the point where it started.
extension Runtime {
    /// The lowest address calls may reach (stacks grow down), measured from here.
    static func currentStackFloor(budget: Int) -> UInt {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here > UInt(budget) ? here - UInt(budget) : 0
    }

    @inline(__always)
    static func stackNearlyFull(floor: UInt) -> Bool {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) < floor }
    }
}
