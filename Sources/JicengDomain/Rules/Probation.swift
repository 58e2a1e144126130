import JicengBase

// 预备期: a year from the branch vote (joined), extendable once by 6–12 months by the
// branch meeting (党章 第七条); 转正 (formal) comes when it ends. The end and whether it
// has passed are derived (`Database.probationEnds`, `isProbationOverdue`); the check
// lists members whose probation has run out without 转正.

extension Member {
    /// An extended probation ends 6–12 months past the year, and 转正 waits for it;
    /// the branch decides the extension after the member joined.
    static func requireExtendedProbation(_ row: Member, _ report: inout ViolationReport) {
        requireOrder(&report, ("joined", row.joined), ("probation_extended_on", row.probationExtendedOn))
        guard let to = row.probationExtendedTo else { return }
        guard let joined = row.joined, let ends = joined.adding(years: Rules.probationYears) else {
            return report.add("probation_extended_to", to, rule: "date_order", .extensionNeedsJoined)
        }
        let months = Rules.probationExtensionMonths
        if to < ends.adding(months: months.lowerBound)! || to > ends.adding(months: months.upperBound)! {
            report.add("probation_extended_to", to, rule: "probation_extension", .probationExtension(months, ends: ends))
        }
        if let formal = row.formal, formal < to, formal >= ends {
            report.add("formal", formal, rule: "probation", .formalAfterExtension(to))
        }
    }
}

extension Database {
    /// The notice of `check` for a member whose probation has run out without 转正.
    func probationNotice(_ member: Handle<Member>) -> Violation? {
        guard isProbationOverdue(member), let ends = probationEnds(member) else { return nil }
        let m = members[member]
        return Violation(.member, m.code, field: "joined", value: m.joined?.description, rule: "probation_overdue",
                         .probationOverdue(ends, extended: m.probationExtendedTo != nil), severity: .notice)
    }
}
