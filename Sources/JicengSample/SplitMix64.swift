/// The generator's only source of randomness: SplitMix64 (Steele, Lea, Flood 2014),
/// seeded by the caller, so a seed always gives the same city on every platform.
/// Never the system generator, which would make every demo store different.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `range` (the modulo bias is below 2⁻³² for the ranges used here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    mutating func int(_ range: Range<Int>) -> Int { int(range.lowerBound...(range.upperBound - 1)) }

    /// True with probability `p` (0…1).
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    /// Picks by weight: `items[i]` with probability `weights[i] / sum`.
    mutating func pick<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = int(0..<total)
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// A value near `mean`, spread by `spread` (a fraction of the mean), never below `minimum`.
    mutating func around(_ mean: Int, spread: Double, minimum: Int = 0) -> Int {
        let factor = 1 + (unit() * 2 - 1) * spread
        // Adding a half and truncating rounds these non-negative values without libm.
        return max(minimum, Int(max(0, Double(mean) * factor) + 0.5))
    }

    /// `count` distinct indexes of 0..<n, in increasing order (Floyd's algorithm, no shuffle of n).
    mutating func sample(_ count: Int, of n: Int) -> [Int] {
        guard count < n else { return Array(0..<n) }
        var chosen = Set<Int>()
        for j in (n - count)..<n {
            let t = int(0...j)
            chosen.insert(chosen.contains(t) ? j : t)
        }
        return chosen.sorted()
    }

    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, int(0...i)) }
    }
}
