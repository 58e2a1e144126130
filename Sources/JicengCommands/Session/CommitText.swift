import JicengDomain

/// The command text the journal keeps for a commit, with ID and phone numbers masked:
/// the audit trail says who changed what, and never needs personal data in the clear
/// (SPEC §4). Any run of digits long enough to be a phone number (an ID number's may end
/// in X) is masked as the model masks those fields.
enum CommitText {
    /// Shorter digit runs (dates, codes, amounts) are kept.
    static let shortestPersonalNumber = 11
    /// ID numbers are 15 or 18 characters; a phone number is 11 digits.
    static let idNumberLength = 15
    /// Journal lines stay short: longer chunks are cut with "…".
    static let maximumLength = 500

    static func scrubbed(_ source: String) -> String {
        var out = ""
        var run = ""
        func flush() {
            if run.count >= shortestPersonalNumber {
                out += run.count >= idNumberLength ? Privacy.maskIDCard(run) : Privacy.maskPhone(run)
            } else {
                out += run
            }
            run = ""
        }
        for c in source.trimmingWhitespace {
            if c.isASCII, c.isNumber || ((c == "X" || c == "x") && !run.isEmpty) {
                run.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
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
