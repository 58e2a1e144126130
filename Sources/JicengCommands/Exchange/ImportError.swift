import JicengBase
/// Why a whole file cannot be imported (a bad row is not one of these: it is reported
/// in the `ImportReport` with its line).
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, message: Message)
    /// The bytes are neither UTF-8 nor GB18030.
    case encoding(file: String)
    case syntax(file: String, line: Int, message: Message)
    /// A header that names no field (column numbers count from 1).
    case header(column: Int, header: String, message: Message)
    case empty(file: String)

    /// What went wrong, in either language.
    public var message: Message {
        switch self {
        case .unreadable(let file, let message): Message(ExchangeMessage.inFile(file, line: nil, message))
        case .encoding(let file): Message(ExchangeMessage.inFile(file, line: nil, Message(ExchangeMessage.notText)))
        case .syntax(let file, let line, let message): Message(ExchangeMessage.inFile(file, line: line, message))
        case .header(let column, let header, let message): Message(ExchangeMessage.inColumn(column, header, message))
        case .empty(let file): Message(ExchangeMessage.inFile(file, line: nil, Message(ExchangeMessage.noHeaderRow)))
        }
    }

    public var description: String { message.english }
}
