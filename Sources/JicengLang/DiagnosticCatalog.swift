import JicengBase

/// The catalogue of every diagnostic a user can meet, each with a stable id, so docs,
/// tests and `help E0201` can name it. Ranges: E01xx lexical, E02xx syntax, E03xx
/// name resolution, E04xx run time, E05xx commands and the store (as the back-end
/// adds them). Messages are cases of the stage's catalogue (SyntaxMessage, NameMessage,
/// RunMessage in Sources/JicengLang/Messages), in English and Chinese; the title says
/// what kind of problem it is.
public struct DiagnosticCode: Hashable, Sendable {
    public let id: String
    public let title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

public enum DiagnosticCatalog {
    // MARK: E01xx lexical (Lexer)

    public static let invalidUTF8 = DiagnosticCode(id: "E0101", title: "invalid UTF-8")
    public static let nulByte = DiagnosticCode(id: "E0102", title: "NUL byte in source")
    public static let unexpectedCharacter = DiagnosticCode(id: "E0103", title: "unexpected character")
    public static let unterminatedString = DiagnosticCode(id: "E0104", title: "unterminated string")
    public static let invalidEscape = DiagnosticCode(id: "E0105", title: "invalid escape in string")
    public static let integerOverflow = DiagnosticCode(id: "E0106", title: "integer literal too large")
    public static let decimalOverflow = DiagnosticCode(id: "E0107", title: "decimal literal out of range")
    public static let invalidDate = DiagnosticCode(id: "E0108", title: "invalid date, month or quarter")

    // MARK: E02xx syntax (Parser)

    public static let expectedToken = DiagnosticCode(id: "E0201", title: "expected something else here")
    public static let expectedExpression = DiagnosticCode(id: "E0202", title: "expected an expression")
    public static let invalidAssignmentTarget = DiagnosticCode(id: "E0203", title: "cannot assign to this")
    public static let nestingTooDeep = DiagnosticCode(id: "E0204", title: "nesting too deep")
    public static let chainedComparison = DiagnosticCode(id: "E0205", title: "comparisons do not chain")
    public static let unknownFormat = DiagnosticCode(id: "E0206", title: "unknown output format")
    public static let commandMismatch = DiagnosticCode(id: "E0207", title: "command does not match its syntax")
    public static let repeatedClause = DiagnosticCode(id: "E0208", title: "clause or field given twice")
    public static let unmatchedBracket = DiagnosticCode(id: "E0209", title: "unmatched closing bracket")
    public static let expressionTooLong = DiagnosticCode(id: "E0210", title: "too many operators in one expression")

    public static let lexical: [DiagnosticCode] = [
        invalidUTF8, nulByte, unexpectedCharacter, unterminatedString, invalidEscape, integerOverflow,
        decimalOverflow, invalidDate,
    ]
    public static let syntax: [DiagnosticCode] = [
        expectedToken, expectedExpression, invalidAssignmentTarget, nestingTooDeep, chainedComparison,
        unknownFormat, commandMismatch, repeatedClause, unmatchedBracket, expressionTooLong,
    ]

    // MARK: E03xx names, E04xx run time, E05xx commands (ids in RuntimeErrorID)

    public static let resolve: [DiagnosticCode] = [
        DiagnosticCode(id: RuntimeErrorID.unknownName, title: "unknown name"),
        DiagnosticCode(id: RuntimeErrorID.wrongArity, title: "wrong number of arguments"),
        DiagnosticCode(id: RuntimeErrorID.notAssignable, title: "cannot be assigned"),
        DiagnosticCode(id: RuntimeErrorID.returnOutsideFunction, title: "'return' outside a function"),
        DiagnosticCode(id: RuntimeErrorID.duplicateParameter, title: "parameter named twice"),
        DiagnosticCode(id: RuntimeErrorID.misusedCommand, title: "command used where a value is needed"),
        DiagnosticCode(id: RuntimeErrorID.breakOutsideLoop, title: "'break' or 'continue' outside a loop"),
    ]
    public static let runtime: [DiagnosticCode] = [
        DiagnosticCode(id: RuntimeErrorID.typeMismatch, title: "wrong type of value"),
        DiagnosticCode(id: RuntimeErrorID.overflow, title: "number too large"),
        DiagnosticCode(id: RuntimeErrorID.divisionByZero, title: "division by zero"),
        DiagnosticCode(id: RuntimeErrorID.unknownField, title: "unknown field"),
        DiagnosticCode(id: RuntimeErrorID.indexOutOfRange, title: "index out of range"),
        DiagnosticCode(id: RuntimeErrorID.stepLimit, title: "step limit reached"),
        DiagnosticCode(id: RuntimeErrorID.depthLimit, title: "call depth limit reached"),
        DiagnosticCode(id: RuntimeErrorID.assertionFailed, title: "assertion failed"),
        DiagnosticCode(id: RuntimeErrorID.notCallable, title: "not a function"),
        DiagnosticCode(id: RuntimeErrorID.badArgument, title: "bad argument"),
        DiagnosticCode(id: RuntimeErrorID.interrupted, title: "interrupted"),
        DiagnosticCode(id: RuntimeErrorID.timeLimit, title: "time limit reached"),
        DiagnosticCode(id: RuntimeErrorID.listTooLong, title: "list too long"),
        DiagnosticCode(id: RuntimeErrorID.stringTooLong, title: "text too long"),
    ]
    public static let commands: [DiagnosticCode] = [
        DiagnosticCode(id: RuntimeErrorID.fileDenied, title: "file access denied"),
        DiagnosticCode(id: RuntimeErrorID.commandFailed, title: "command failed"),
    ]

    /// Every code, in id order.
    public static var all: [DiagnosticCode] { (lexical + syntax + resolve + runtime + commands).sorted { $0.id < $1.id } }

    public static func code(id: String) -> DiagnosticCode? { all.first { $0.id == id } }
}

extension Diagnostic {
    /// A diagnostic of a catalogued kind.
    public init(
        _ code: DiagnosticCode, _ message: Message, file: SourceFile, range: SourceRange, severity: Severity = .error,
        label: Message? = nil, notes: [Message] = [], help: Message? = nil
    ) {
        self.init(
            id: code.id, severity: severity, message: message, file: file, range: range, label: label, notes: notes,
            help: help)
    }
}
