import JicengBase
/// An RFC 4180 reader: fields separated by commas, records by CRLF or LF (a lone CR
/// too); a quoted field may hold commas, doubled quotes and line breaks. Each record
/// keeps the physical line it starts on, so a bad row is reported where the user sees
/// it in an editor, even after a multi-line cell.
public struct CSVRecord: Equatable, Sendable {
    /// 1-based line of the file where the record starts.
    public let line: Int
    public let fields: [String]
}

public struct CSVSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: Message
    public var description: String { "line \(line): \(message.english)" }
}

public enum CSVReader {
    /// Reads every record; blank lines (no characters at all) are skipped, as spreadsheets leave them at the end.
    public static func records(_ text: String) throws(CSVSyntaxError) -> [CSVRecord] {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lf = UInt8(0x0A), cr = UInt8(0x0D)
        var out: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var quoted = false, afterQuote = false, quoteLine = 1
        var bytes = Array(text.utf8)
        bytes.append(lf) // a last record without a line break ends like the others
        var i = 0
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                    quoted = false
                    afterQuote = true
                } else {
                    if b == lf || (b == cr && (i + 1 >= bytes.count || bytes[i + 1] != lf)) { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case comma:
                endField()
                afterQuote = false
            case lf, cr:
                if b == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                if !(fields.isEmpty && field.isEmpty && !afterQuote) {
                    endField()
                    out.append(CSVRecord(line: recordLine, fields: fields))
                    fields.removeAll()
                }
                afterQuote = false
                line += 1
                recordLine = line
            case quote where field.isEmpty && !afterQuote:
                quoted = true
                quoteLine = line
            default:
                if afterQuote {
                    throw CSVSyntaxError(line: line, message: Message(ExchangeMessage.textAfterClosingQuote))
                }
                field.append(b)
            }
            i += 1
        }
        if quoted { throw CSVSyntaxError(line: quoteLine, message: Message(ExchangeMessage.quoteNeverClosed)) }
        return out
    }
}
