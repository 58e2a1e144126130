/// The lines a committing child prints, which the parent reads to know what was
/// acknowledged and where a kill landed. The same words come from this tool's crash loop
/// and from the scripts it gives the `jiceng` console.
enum Marker {
    /// Printed just before a commit starts (its number follows once it returned).
    static let commitBegins = "commit"
    /// Printed just before a checkpoint starts.
    static let checkpointBegins = "checkpoint"
    /// Printed once the checkpoint returned.
    static let checkpointEnds = "saved"
    /// Any other line that is a number: that commit returned (it is acknowledged).
    static func acknowledged(_ line: String) -> Int? { Int(line) }
}

/// The shape both committing children write, so a loaded store shows whether commits are
/// whole and in order: round n inserts district K<n> and sets the counter street's name to
/// n, in one commit; the counter street is created by the first commit of all.
enum CrashShape {
    static let counterCode = "COUNTER"
    static func districtCode(_ n: Int) -> String { "K\(n)" }
    static func districtName(_ n: Int) -> String { "区\(n)" }
    /// Commits between checkpoints, so that kills land in checkpoints about as often as in commits.
    static let commitsPerCheckpoint = 5
}
