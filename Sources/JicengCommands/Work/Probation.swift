import JicengBase
import JicengDomain

/// 预备期 and 转正: a probationary member becomes formal when the probation ends, a year
/// after the branch vote (`Rules.probationYears`); the branch meeting may extend it once,
/// by 6–12 months (`Rules.probationExtensionMonths`, 党章 第七条), and 转正 then waits for
/// the new end. The check lists members whose probation ran out without either.
public enum Probation {
    /// 延长预备期: the branch meeting's decision on `date`, for a reason. A notice asks
    /// for the 支部党员大会 that decided it when none of the member's branch is recorded that day.
    @discardableResult
    public static func extend(_ member: Handle<Member>, byMonths months: Int, on date: Day, reason: String,
                              in db: Database) throws -> WorkResult {
        try db.requireOnRoster(member, for: .haveProbationExtended)
        let ends = try requireProbationary(member, db)
        let m = db.members[member]
        if let to = m.probationExtendedTo {
            throw refusal(.member, m.code, field: nil, rule: "probation_extension",
                          .extendedOnce(db.label(member), to: to, on: m.probationExtendedOn))
        }
        guard Rules.probationExtensionMonths.contains(months), let to = ends.adding(months: months) else {
            throw refusal(.member, m.code, field: "probation_extended_to", value: months, rule: "probation_extension",
                          .extensionMonths(Rules.probationExtensionMonths))
        }
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw refusal(.member, m.code, field: "probation_extension_reason", rule: "required", .extensionNeedsReason)
        }
        try db.update(member) { m in
            m.probationExtendedOn = date
            m.probationExtendedTo = to
            m.probationExtensionReason = reason
        }
        var notices: [WorkMessage] = [.probationNowEnds(db.label(member), to)]
        if let branch = m.branch, db.orgs.isAlive(branch.index), !heldAssembly(of: branch, on: date, db) {
            notices.append(.noAssemblyRecorded(db.label(branch), date))
        }
        return WorkResult(member, notices: notices)
    }

    /// 转正: a probationary member becomes formal on `date`, not before the probation
    /// (as extended) ends. The applicant record the member came through moves to formal too.
    @discardableResult
    public static func makeFormal(_ member: Handle<Member>, on date: Day, in db: Database) throws -> WorkResult {
        try db.requireOnRoster(member, for: .becomeFormal)
        try requireEnded(member, on: date, db)
        let pipeline = db.referrers(to: EntityRef(member), from: .applicant, field: "member").map(Handle<Applicant>.init)
        try db.transaction {
            try db.update(member) { m in
                m.formal = date
                m.category = .formal
            }
            for a in pipeline where db.applicants[a].stage == .probationary {
                try db.update(a) { a in
                    a.stage = .formal
                    a.formalOn = date
                }
            }
        }
        return WorkResult(member)
    }

    /// Refuses 转正 on `date` before the member's probation ends.
    static func requireEnded(_ member: Handle<Member>, on date: Day, _ db: Database) throws {
        let ends = try requireProbationary(member, db)
        let m = db.members[member]
        let end = m.probationExtendedTo ?? ends
        guard date < end else { return }
        throw refusal(.member, m.code, field: "formal", value: date, rule: "probation",
                      .probationRunsUntil(db.label(member), end, extended: m.probationExtendedTo != nil))
    }

    /// The day the member's first year of probation ends; refused for a formal member or one with no joined date.
    private static func requireProbationary(_ member: Handle<Member>, _ db: Database) throws -> Day {
        let m = db.members[member]
        guard m.formal == nil, m.category != .formal else {
            throw refusal(.member, m.code, field: "category", value: MemberCategory.formal.rawValue, rule: "probationary",
                          .alreadyFormal(db.label(member), since: m.formal))
        }
        guard let joined = m.joined, let ends = joined.adding(years: Rules.probationYears) else {
            throw refusal(.member, m.code, field: "joined", rule: "probationary", .noProbation(db.label(member)))
        }
        return ends
    }

    /// Whether a 支部党员大会 of the branch is recorded on the day.
    private static func heldAssembly(of branch: Handle<Org>, on date: Day, _ db: Database) -> Bool {
        db.referrers(to: EntityRef(branch), from: .meeting, field: "org").contains { i in
            let meeting = db.meetings.rows[Int(i)]
            return meeting.kind == .memberAssembly && meeting.date == date
        }
    }
}
