import JicengBase

/// A broken rule, located: which record (kind and code), which field, which value.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, notice }

    public let kind: Kind
    public let code: String
    public let field: String?
    public let value: String?
    /// A stable id for the rule (`idcard_checksum`, `join_age`, …), for tests and docs.
    public let rule: String
    /// What is wrong, in either language (RuleMessage, or the work's own catalogue).
    public let message: Message
    public let severity: Severity

    public init(_ kind: Kind, _ code: String, field: String?, value: String?, rule: String, _ message: Message, severity: Severity = .error) {
        self.kind = kind; self.code = code; self.field = field; self.value = value
        self.rule = rule; self.message = message; self.severity = severity
    }

    public init(_ kind: Kind, _ code: String, field: String?, value: String?, rule: String, _ message: RuleMessage,
                severity: Severity = .error) {
        self.init(kind, code, field: field, value: value, rule: rule, Message(message), severity: severity)
    }

    /// The English account, for logs and the store's errors.
    public var description: String {
        var s = "\(kind.name) \"\(code)\""
        if let field { s += " \(field)" }
        if let value { s += " = \(value)" }
        return s + ": " + message.english + " [\(rule)]"
    }
}

/// Collects the violations of one record while its rules run.
public struct ViolationReport: Sendable {
    public let kind: Kind
    public let code: String
    public private(set) var violations: [Violation] = []
    /// Why the rules run (a change, a restore, the store check): the entry rules apply to
    /// what is entered now and to the check, never to replaying what was accepted before.
    var mode = ValidationMode.change

    init(kind: Kind, code: String) { self.kind = kind; self.code = code }

    public mutating func add(_ field: String?, _ value: CustomStringConvertible?, rule: String, _ message: RuleMessage,
                             severity: Violation.Severity = .error) {
        violations.append(Violation(kind, code, field: field, value: value.map { "\($0)" }, rule: rule, message, severity: severity))
    }

    /// A field of this record's kind, as messages name it.
    func field(_ name: String) -> FieldName { FieldName(name, of: kind) }
}

/// A change the model refused; nothing was changed.
public struct ChangeRejected: Error, CustomStringConvertible, Sendable {
    public let violations: [Violation]
    /// For an unknown reference: the nearest existing code or name.
    public let suggestion: String?

    public init(_ violations: [Violation], suggestion: String? = nil) {
        self.violations = violations
        self.suggestion = suggestion
    }

    public var description: String {
        var s = violations.map(\.description).joined(separator: "\n")
        if let suggestion { s += "; did you mean \"\(suggestion)\"?" }
        return s
    }
}
