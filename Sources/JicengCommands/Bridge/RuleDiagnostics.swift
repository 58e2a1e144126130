import JicengBase
import JicengDomain
import JicengLang

/// Turns a change the model refused into located diagnostics: one per broken rule,
/// each naming the record, the field and the value, with the rule's id as the label,
/// and pointing at the argument that gave the field (`joined 2000-01-01`) when the
/// command has one, else at the whole command.
///
///     error[E0601]: member "M9" joined 2000-01-01: a member joins at 18 or older (born 1990-05-01)
///      --> roster.jc:3:52
///       |
///     3 | add member "李四" code "M9" born 1990-05-01 joined 2000-01-01
///       |                                                    ^^^^^^^^^^ rule join_age
enum RuleDiagnostics {
    static func located(_ rejected: ChangeRejected, in call: DomainCall) -> ScriptError {
        let inv = call.invocation
        var diagnostics: [Diagnostic] = []
        for v in rejected.violations where v.severity == .error {
            var message = CommandMessage.violation(v.kind, v.code, field: v.field.map { FieldName($0, of: v.kind) }, value: v.value,
                                                   v.message)
            var label = Message(CommandMessage.rule(v.rule))
            if v.rule == "unknown" || v.rule == "ambiguous_name" {
                // A reference given by code or name that names no single record.
                let quoted = "\"\(v.code)\""
                message = v.rule == "unknown" ? .unknownRecord(v.kind, quoted) : .ambiguousRecord(v.kind, quoted)
                label = v.message
            }
            var help: Message?
            if let s = rejected.suggestion ?? (v.rule == "unknown" ? call.nearest(v.code, v.kind) : nil) { help = Suggestion.didYouMean(s) }
            if v.rule == "referenced" { help = Message(CommandMessage.changeReferrersFirst) }
            let id = v.rule == "unknown" ? BridgeErrorID.unknownRecord
                : v.rule == "ambiguous_name" ? BridgeErrorID.ambiguousName
                : v.rule == "field" ? BridgeErrorID.unknownField
                : v.rule == "type" ? BridgeErrorID.badArgument : BridgeErrorID.ruleViolated
            diagnostics.append(Diagnostic(id: id, message: Message(message), file: inv.file, range: range(of: v, in: call),
                                          label: label, help: help))
        }
        if diagnostics.isEmpty {
            diagnostics.append(Diagnostic(id: BridgeErrorID.ruleViolated, message: Message(verbatim: rejected.description), file: inv.file,
                                          range: inv.range))
        }
        return ScriptError(diagnostics)
    }

    /// The argument a violation is about: the field given by name (`add`/`set`), else a
    /// slot named like the field (`<branch>`), else the slot that named the record.
    static func range(of v: Violation, in call: DomainCall) -> SourceRange {
        let inv = call.invocation
        if let f = v.field {
            if let given = inv.fields.last(where: { $0.name == f }) { return given.range }
            if let i = inv.slotIndex(f), let r = inv.argumentRanges[i] { return r }
        }
        // A reference that names no record: the field or argument that gave that text.
        func names(_ value: Value) -> Bool {
            switch value {
            case .string(let s): return s == v.code
            case .list(let l): return l.items.contains(where: names)
            case .record(let r): return r.keys.contains(v.code)
            default: return false
            }
        }
        if v.field == nil, let given = inv.fields.first(where: { names($0.value) }) { return given.range }
        for (i, argument) in inv.arguments.enumerated() {
            guard let argument, let r = inv.argumentRanges[i] else { continue }
            switch argument {
            case .entity(let e):
                if let ref = call.bridge.record(e), ref.kind == v.kind, call.database.code(ref) == v.code { return r }
            case .string(let s):
                if s == v.code || call.database.lookup(v.kind, s).map({ call.database.code($0) == v.code }) == true { return r }
            default: continue
            }
        }
        if v.field == nil, let i = inv.slotIndex(v.kind.name), let r = inv.argumentRanges[i] { return r }
        return inv.range
    }
}
