import Foundation
import JicengDomain

public struct ImportOptions: Sendable {
    /// Import the good rows and report the bad ones; without it one bad row stops them all.
    public var skipBad: Bool
    public init(skipBad: Bool = false) { self.skipBad = skipBad }
}

/// One thing wrong with a row: the field, the value as the file had it (personal data
/// masked), the rule it breaks (the model's rule id, or `value` for an unreadable cell).
public struct ImportIssue: Equatable, Sendable, CustomStringConvertible {
    public let field: String?
    public let value: String?
    public let rule: String
    public let message: String

    public var description: String {
        var s = ""
        if let field { s += field }
        if let value { s += (s.isEmpty ? "" : " ") + "\"\(value)\"" }
        return (s.isEmpty ? "" : s + ": ") + message + " [\(rule)]"
    }
}

/// A row that was not imported, located by the physical line it starts on.
public struct RejectedRow: Equatable, Sendable {
    public let line: Int
    /// The row's code, when it gave one.
    public let code: String?
    public let issues: [ImportIssue]
}

/// What an import did: rows read, records made (kept in the database only when
/// `applied`), and every rejected row with its line and reasons.
public struct ImportReport: Sendable {
    public let kind: Kind
    public let file: String
    public let encoding: CSVTextDecoder.Encoding
    public let rowsRead: Int
    /// Rows that passed every rule.
    public let goodRows: Int
    /// The records inserted; empty when nothing was applied.
    public let imported: [EntityRef]
    public let rejected: [RejectedRow]
    /// True when the good rows are in the database (all rows good, or `skipBad`).
    public let applied: Bool

    /// One line per problem, `file:line: …`, as compilers and hledger report. Like the
    /// audit trail it never needs an ID or phone number in the clear (the line locates
    /// the row), so one in a wrong column (an ID number under `born`) is masked too.
    public var problemLines: [String] {
        rejected.flatMap { row in
            row.issues.map { Privacy.maskNumbers(in: "\(file):\(row.line): \(kind.name)\(row.code.map { " \"\($0)\"" } ?? ""): \($0)") }
        }
    }

    /// `imported 120 members from roster.csv (GB18030)` or why nothing was.
    public var summary: String {
        if applied {
            let skipped = rejected.isEmpty ? "" : "; skipped \(rejected.count) bad row\(rejected.count == 1 ? "" : "s")"
            return "imported \(imported.count) \(noun(imported.count)) from \(file) (\(encoding.rawValue))\(skipped)"
        }
        return "nothing imported: \(rejected.count) of \(rowsRead) row\(rowsRead == 1 ? "" : "s") in \(file) \(rejected.count == 1 ? "is" : "are") bad"
            + " (\(goodRows) good \(noun(goodRows))); fix them or use --skip-bad"
    }

    /// `member`, `members`, `communities`, `points entries`.
    private func noun(_ n: Int) -> String { n == 1 ? kind.name : KindWords.plural(kind).replacingOccurrences(of: "_", with: " ") }
}
