import JicengBase

/// One typed cell. Renderers format each kind their own way: a decimal keeps its scale
/// ("81.00"), a JSON integer is a number, an empty cell is blank in text and `null` in JSON.
public enum ReportCell: Sendable, Equatable {
    case empty
    case text(String)
    /// Words the report itself writes (a kind, a reason, a note), shown in the output's
    /// language, so one table serves `--lang en` and `--lang zh` like its headers do.
    case localized(LocalizedText)
    case int(Int64)
    case decimal(ExactDecimal)
    /// Percentage points: `.percent(87.5)` is shown as "87.5%".
    case percent(ExactDecimal)
    case bool(Bool)
    case day(Day)
    case month(YearMonth)
    case quarter(Quarter)

    /// `part` as a percentage of `whole`, rounded half away from zero to `scale` digits;
    /// empty when `whole` is zero (a street with no communities has no 一肩挑 ratio).
    public static func percent(_ part: Int64, of whole: Int64, scale: UInt8 = 1) -> ReportCell {
        guard whole != 0,
              let ratio = ExactDecimal(part * 100) / ExactDecimal(whole),
              let rounded = ratio.rounded(scale: scale) else { return .empty }
        return .percent(rounded)
    }

    /// Text from the data or from the report (what the CSV formula guard looks at).
    public var isText: Bool {
        switch self {
        case .text, .localized: return true
        default: return false
        }
    }

    /// The value a chart plots; nil for cells that are not numbers.
    public var chartValue: Double? {
        switch self {
        case .int(let n): return Double(n)
        case .decimal(let d), .percent(let d): return d.doubleValue
        case .empty, .text, .localized, .bool, .day, .month, .quarter: return nil
        }
    }
}
