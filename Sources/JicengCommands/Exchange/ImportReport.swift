import JicengBase
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
    public let message: Message

    public var description: String { ExchangeMessage.issue(field, value, message.english, rule, separator: ": ") }
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
    public var problems: [Message] {
        rejected.flatMap { row in
            row.issues.map {
                Message(ExchangeMessage.problem(file: file, line: row.line, kind, code: row.code,
                                                field: $0.field.map { FieldName($0, of: kind) }, value: $0.value, $0.message, rule: $0.rule))
            }
        }
    }

    /// The problems in English (the CLI's report).
    public var problemLines: [String] { problems.map(\.english) }

    /// `imported 120 members from roster.csv (GB18030)` or why nothing was; `advice` adds
    /// how to go on anyway (`--skip-bad`).
    public func summaryMessage(advice: Bool = true) -> Message {
        if applied {
            return Message(ExchangeMessage.imported(imported.count, kind, file: file, encoding: encoding.rawValue, skipped: rejected.count))
        }
        return Message(ExchangeMessage.nothingImported(bad: rejected.count, of: rowsRead, file: file, good: goodRows, kind, advice: advice))
    }

    public var summary: String { summaryMessage().english }
}
