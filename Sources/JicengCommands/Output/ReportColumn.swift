/// What a column holds; it chooses the default alignment and whether a chart can plot it.
public enum ColumnKind: Sendable {
    case text, integer, decimal, percent, date

    public var isNumeric: Bool {
        switch self {
        case .integer, .decimal, .percent: return true
        case .text, .date: return false
        }
    }
}

public enum ColumnAlignment: Sendable {
    case left, right
}

/// One column of a report: a stable `key` (the JSON key, the name a chart refers to),
/// a header in both languages, and how its cells line up.
public struct ReportColumn: Sendable {
    public let key: String
    public let header: LocalizedText
    public let kind: ColumnKind
    public let alignment: ColumnAlignment
    /// ID numbers, phone numbers: masked by every renderer unless the options say to show them
    /// (`--show-pii`). The domain masks before it builds a table; this is the second lock.
    public let isPersonalData: Bool

    public init(_ key: String, _ header: LocalizedText, kind: ColumnKind = .text,
                alignment: ColumnAlignment? = nil, isPersonalData: Bool = false) {
        self.key = key
        self.header = header
        self.kind = kind
        self.alignment = alignment ?? (kind.isNumeric ? .right : .left)
        self.isPersonalData = isPersonalData
    }
}
