/// "Did you mean …?": the candidate nearest to a misspelt name, by edit distance over
/// characters (so 党员 and 党委 are one edit apart), when it is near enough to help.
public enum Suggestion {
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name)
        let allowed = max(1, target.count / 3)
        var best: (name: String, distance: Int)?
        for c in candidates where c != name {
            let d = distance(target, Array(c), cutoff: allowed)
            if d <= allowed, d < best?.distance ?? Int.max || (d == best?.distance && c < best!.name) { best = (c, d) }
        }
        return best?.name
    }

    /// Levenshtein distance, giving up early once every path exceeds `cutoff`.
    static func distance(_ a: [Character], _ b: [Character], cutoff: Int) -> Int {
        if abs(a.count - b.count) > cutoff { return cutoff + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > cutoff { return cutoff + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
    }

    /// `did you mean "x"?` or nil.
    public static func help(for name: String, in candidates: some Sequence<String>) -> String? {
        closest(to: name, in: candidates).map { "did you mean \"\($0)\"?" }
    }
}
