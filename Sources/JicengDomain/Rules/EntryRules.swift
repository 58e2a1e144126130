import JicengBase

/// The entry rules: what may be entered now, beyond what must hold of any record. No
/// date of something that has happened lies after today; one person is one record (an
/// ID number is not entered twice); a phone number dials. They judge each change (only
/// the fields it touches, so a record entered before a rule can still be corrected field
/// by field) and the store check (hand-edited data), never the replay of the journal or
/// an undo: a store written before a rule, or under another `today`, always opens.
public enum EntryRules {
    /// Day fields of what has happened (a birth, a join, a payment, a meeting held): never
    /// after `today`. Planned dates may be: an agreement's start, end or termination, a
    /// task's due date, a term's end, a dissolution decided ahead. A meeting is recorded
    /// once held, with who attended, so its date is in the past too; plan one with a task.
    public static let pastDays: [Kind: [String]] = [
        .org: ["founded"],
        .member: ["born", "joined", "formal", "last_contact", "transfer_on", "probation_extended_on"],
        .applicant: ["born", "applied", "activist_on", "candidate_on", "probationary_on", "formal_on"],
        .agreement: ["signed"],
        .need: listDays, .resource: listDays, .project: listDays,
        .meeting: ["date"],
        .points: ["date"],
        .dues: ["paid_on"],
        .wish: ["posted", "claimed_on", "fulfilled_on"],
        .proposal: ["proposed_on"],
        .task: ["completed_on"],
    ]
    private static let listDays = ["posted", "claimed_on", "done_on"]

    static func requireNotAfterToday(_ report: inout ViolationReport, _ field: String, _ day: Day, today: Day) {
        guard day > today else { return }
        report.add(field, day, rule: "future_date", .afterToday(report.field(field), today: today))
    }

    /// How the ID number index keys a number: a lower-case check character is an X.
    static func identityKey(_ number: String) -> String {
        number.hasSuffix("x") ? String(number.dropLast()) + "X" : number
    }

    /// Whether an entry rule judges `new` now: always in the check, on a change only when
    /// the value changes (an insert, or an update of that field), never on a restore.
    static func judges<T: Equatable>(_ report: ViolationReport, _ new: T, old: T?) -> Bool {
        switch report.mode {
        case .restore: false
        case .check: true
        case .change: old.map { $0 != new } ?? true
        }
    }

    // MARK: Phone numbers

    static func requirePhone(_ report: inout ViolationReport, _ phone: String, old: String?) {
        guard judges(report, phone, old: old), !Phone.isValid(phone) else { return }
        report.add("phone", Privacy.maskPhone(phone), rule: "phone", .phoneDoesNotDial)
    }

    // MARK: One person, one record

    /// No other member has the member's ID number, nor an applicant not yet admitted
    /// (an applicant admitted as probationary shares it: the pipeline made this record).
    /// The check names each pair once, at the later member; a member and an applicant at
    /// the applicant (`requireOneRecord(applicant:)`).
    static func requireOneRecord(member row: Member, old: Member?, at index: Int32?, in db: Database,
                                 _ report: inout ViolationReport) {
        guard !row.idcard.isEmpty, judges(report, row.idcard, old: old?.idcard) else { return }
        if let other = db.members.indexes(identityNumber: row.idcard).first(where: { $0 != index && (report.mode != .check || $0 < index!) }) {
            report.add("idcard", Privacy.maskIDCard(row.idcard), rule: "idcard_unique", alreadyHas(member: other, db))
            return
        }
        guard report.mode != .check else { return }
        for other in db.applicants.indexes(identityNumber: row.idcard) {
            let a = db.applicants.rows[Int(other)]
            if let linked = a.member, linked.index == index { continue }
            if a.member == nil, let stage = a.stage, stage.ordinal >= ApplicantStage.probationary.ordinal { continue }
            report.add("idcard", Privacy.maskIDCard(row.idcard), rule: "idcard_unique",
                       .idNumberOfApplicant(a.code, member: a.member.map { db.members.rows[Int($0.index)].code }))
            return
        }
    }

    /// No other applicant has the applicant's ID number, nor a member other than the one
    /// the applicant became.
    static func requireOneRecord(applicant row: Applicant, old: Applicant?, at index: Int32?, in db: Database,
                                 _ report: inout ViolationReport) {
        guard !row.idcard.isEmpty, judges(report, row.idcard, old: old?.idcard) else { return }
        if let other = db.applicants.indexes(identityNumber: row.idcard).first(where: { $0 != index && (report.mode != .check || $0 < index!) }) {
            report.add("idcard", Privacy.maskIDCard(row.idcard), rule: "idcard_unique",
                       .idNumberTaken(.applicant, db.applicants.rows[Int(other)].code, comeBack: false))
            return
        }
        let admitted = row.stage.map { $0.ordinal >= ApplicantStage.probationary.ordinal } ?? false
        for other in db.members.indexes(identityNumber: row.idcard) {
            if let linked = row.member { if linked.index == other { continue } } else if admitted { continue }
            report.add("idcard", Privacy.maskIDCard(row.idcard), rule: "idcard_unique", alreadyHas(member: other, db))
            return
        }
    }

    /// `member "M12" already has this ID number …`, with the way back for one who left.
    private static func alreadyHas(member index: Int32, _ db: Database) -> RuleMessage {
        let m = db.members.rows[Int(index)]
        return .idNumberTaken(.member, m.code, comeBack: m.status == .transferredOut || m.status == .floatingOut)
    }
}
