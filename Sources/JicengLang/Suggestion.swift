import JicengBase

/// "Did you mean …?": the candidate nearest to a misspelt name, by edit distance over
/// characters (so 党员 and 党委 are one edit apart), when it is near enough to help.
public enum Suggestion {
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name)
        let allowed = max(1, target.count / 3)
        // Nearest first; among equals, the one closest in length, then alphabetical.
        var best: (name: String, rank: (Int, Int, String))?
        for c in candidates where c != name {
            let chars = Array(c)
            let d = distance(target, chars, cutoff: allowed)
            // A suggestion shares at least one character with what was typed: `m` is one
            // edit from every one-character word, and none of them is what was meant.
            guard d <= allowed, d < target.count, d < chars.count else { continue }
            let rank = (d, abs(chars.count - target.count), c)
            if best == nil || rank < best!.rank { best = (c, rank) }
        }
        return best?.name
    }

    /// Edit distance counting a swap of two neighbours as one edit (`cuont` → `count`),
    /// as typing slips usually are; beyond `cutoff` the exact value does not matter.
    static func distance(_ a: [Character], _ b: [Character], cutoff: Int) -> Int {
        if abs(a.count - b.count) > cutoff { return cutoff + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// `did you mean "x"?` (是不是要写 "x"？) or nil.
    public static func help(for name: String, in candidates: some Sequence<String>) -> Message? {
        closest(to: name, in: candidates).map(didYouMean)
    }

    /// `did you mean "x"?` for a suggestion found some other way.
    public static func didYouMean(_ suggestion: String) -> Message { Message(NameMessage.didYouMean(suggestion)) }
}
