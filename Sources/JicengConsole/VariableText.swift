import JicengBase
import JicengLang

/// Reads the text of `--var name=value` as the literal a script would write: a whole
/// number, a decimal, a date, a month, a quarter, true/false, else a string. So
/// `--var month=2025-03` is a month and `--var street=XFL` a string, without quotes.
enum VariableText {
    static func value(of text: String) -> Value {
        if let integer = Int64(text) { return .int(integer) }
        if text.contains("."), text.first?.isNumber == true || text.first == "-", let decimal = ExactDecimal(text) {
            return .decimal(decimal)
        }
        if let day = Day(text) { return .date(day) }
        if let month = YearMonth(text) { return .month(month) }
        if let quarter = Quarter(text) { return .quarter(quarter) }
        if text == "true" || text == "false" { return .bool(text == "true") }
        return .string(text)
    }

    /// A variable name scripts can write: a letter or `_` (Chinese included), then
    /// letters, digits or `_`.
    static func isName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
