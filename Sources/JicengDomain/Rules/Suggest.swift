/// "Did you mean …": the nearest candidate by edit distance.
public enum Suggest {
    /// Farther than this many edits (or half the word) is not worth suggesting.
    static let maximumDistance = 3

    /// Ties go to the alphabetically first candidate, so the answer never depends on hash order.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.unicodeScalars)
        let limit = min(maximumDistance, max(1, target.count / 2))
        var best: (String, Int)?
        for c in candidates {
            let d = distance(target, Array(c.unicodeScalars), limit: best.map { $0.1 } ?? limit)
            guard d <= limit else { continue }
            if let b = best, d > b.1 || (d == b.1 && c >= b.0) { continue }
            best = (c, d)
        }
        return best?.0
    }

    /// Levenshtein distance; stops early once every path exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowBest = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowBest = min(rowBest, current[j])
            }
            if rowBest > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
