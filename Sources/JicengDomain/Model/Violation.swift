/// A broken rule, located: which record (kind and code), which field, which value.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, notice }

    public let kind: Kind
    public let code: String
    public let field: String?
    public let value: String?
    /// A stable id for the rule (`idcard_checksum`, `join_age`, …), for tests and docs.
    public let rule: String
    public let message: String
    public let severity: Severity

    public init(_ kind: Kind, _ code: String, field: String?, value: String?, rule: String, _ message: String, severity: Severity = .error) {
        self.kind = kind; self.code = code; self.field = field; self.value = value
        self.rule = rule; self.message = message; self.severity = severity
    }

    public var description: String {
        var s = "\(kind.name) \"\(code)\""
        if let field { s += " \(field)" }
        if let value { s += " = \(value)" }
        return s + ": " + message + " [\(rule)]"
    }
}

/// Collects the violations of one record while its rules run.
public struct ViolationReport: Sendable {
    public let kind: Kind
    public let code: String
    public private(set) var violations: [Violation] = []

    init(kind: Kind, code: String) { self.kind = kind; self.code = code }

    public mutating func add(_ field: String?, _ value: CustomStringConvertible?, rule: String, _ message: String,
                             severity: Violation.Severity = .error) {
        violations.append(Violation(kind, code, field: field, value: value.map { "\($0)" }, rule: rule, message, severity: severity))
    }
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
