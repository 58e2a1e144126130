/// Why a whole file cannot be imported (a bad row is not one of these: it is reported
/// in the `ImportReport` with its line).
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, message: String)
    /// The bytes are neither UTF-8 nor GB18030.
    case encoding(file: String)
    case syntax(file: String, line: Int, message: String)
    /// A header that names no field (column numbers count from 1).
    case header(column: Int, header: String, message: String)
    case empty(file: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let message): "\(file): \(message)"
        case .encoding(let file): "\(file): the file is neither UTF-8 nor GB18030/GBK text"
        case .syntax(let file, let line, let message): "\(file):\(line): \(message)"
        case .header(let column, let header, let message): "column \(column) \"\(header)\": \(message)"
        case .empty(let file): "\(file): no header row"
        }
    }
}
