import JicengBase
import JicengDomain

/// 发展党员: 入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员, one stage at a time.
/// Admission as a probationary member creates the member record; the durations of the
/// public rules hold: an activist trains `Rules.activistTrainingYears` before becoming a
/// candidate, probation lasts `Rules.probationYears`, and a recruit is
/// `Rules.minimumJoiningAge` or older.
public enum Recruitment {
    /// Moves an applicant to `stage`, which must be the next one.
    /// - Parameters:
    ///   - branch: the branch that admits a probationary member (defaults to the applicant's).
    ///   - memberCode: the new member's code at the probationary stage ("" for the next free one).
    @discardableResult
    public static func admit(_ applicant: Handle<Applicant>, to stage: ApplicantStage, on date: Day,
                             branch: Handle<Org>? = nil, memberCode: String = "", in db: Database) throws -> WorkResult {
        let a = db.applicants[applicant]
        let current = a.stage ?? .applicant
        guard stage.ordinal == current.ordinal + 1 else {
            let all = ApplicantStage.allCases
            let next = current.ordinal + 1 < all.count ? all[all.index(all.startIndex, offsetBy: current.ordinal + 1)] : nil
            throw refusal(.applicant, a.code, field: "stage", value: stage.rawValue, rule: "step_forward",
                          .stagesOneAtATime(a.code, ChoiceWord(current), next: next.map(ChoiceWord.init)))
        }
        // 转正 waits for an extended probation (the applicant's own dates hold the year).
        if stage == .formal, let member = a.member, db.members[member].probationExtendedTo != nil {
            try Probation.requireEnded(member, on: date, db)
        }
        if stage == .candidate, let since = a.activistOn, let earliest = since.adding(years: Rules.activistTrainingYears), date < earliest {
            throw refusal(.applicant, a.code, field: "candidate_on", value: date, rule: "activist_training",
                          .activistTraining(Rules.activistTrainingYears, notBefore: earliest))
        }
        return try db.transaction {
            switch stage {
            case .applicant:
                preconditionFailure("no stage comes before applicant")
            case .activist:
                try db.update(applicant) { $0.stage = .activist; $0.activistOn = date }
            case .candidate:
                try db.update(applicant) { $0.stage = .candidate; $0.candidateOn = date }
            case .probationary:
                try db.update(applicant) { a in
                    a.stage = .probationary
                    a.probationaryOn = date
                    if let branch { a.branch = branch }
                }
                let member = try makeMember(from: applicant, code: memberCode, joined: date, db)
                try db.update(applicant) { $0.member = member }
                return WorkResult(applicant, notices: [.nowProbationary(db.label(applicant), db.members[member].code)])
            case .formal:
                try db.update(applicant) { $0.stage = .formal; $0.formalOn = date }
                if let member = db.applicants[applicant].member {
                    try db.update(member) { m in
                        m.formal = date
                        m.category = .formal
                    }
                }
            }
            return WorkResult(applicant)
        }
    }

    /// The member record a branch vote makes: the applicant's particulars, probationary, on the branch's roster.
    private static func makeMember(from applicant: Handle<Applicant>, code: String, joined: Day, _ db: Database) throws -> Handle<Member> {
        let a = db.applicants[applicant]
        guard let branch = a.branch else {
            throw refusal(.applicant, a.code, field: "branch", rule: "required",
                          .admittedByBranch)
        }
        var m = Member()
        m.code = code
        m.name = a.name
        m.gender = a.gender
        m.born = a.born
        m.idcard = a.idcard
        m.phone = a.phone
        m.joined = joined
        m.category = .probationary
        m.status = .active
        m.branch = branch
        return try db.insert(m)
    }
}
