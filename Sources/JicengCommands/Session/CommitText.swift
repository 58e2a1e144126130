import JicengDomain

/// The command text the journal keeps for a commit, with ID and phone numbers masked:
/// the audit trail says who changed what, and never needs personal data in the clear
/// (SPEC §4). Any run of digits long enough to be a phone number (an ID number's may end
/// in X) is masked as the model masks those fields (`Privacy.maskNumbers`).
enum CommitText {
    /// Journal lines stay short: longer chunks are cut with "…".
    static let maximumLength = 500

    static func scrubbed(_ source: String) -> String {
        let out = Privacy.maskNumbers(in: String(source.trimmingWhitespace))
        return out.count > maximumLength ? String(out.prefix(maximumLength)) + "…" : out
    }
}

extension String {
    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
