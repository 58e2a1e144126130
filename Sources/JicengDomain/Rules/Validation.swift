import JicengBase

// The rules of each kind over one record. Messages name the field and the value;
// the rule ids are stable (tests and docs/STORE.md use them).

/// Date order: `earlier` must not come after `later` (equal is allowed).
func requireOrder(_ report: inout ViolationReport, _ earlier: (String, Day?), _ later: (String, Day?)) {
    guard let a = earlier.1, let b = later.1, a > b else { return }
    report.add(later.0, b, rule: "date_order", .dateBefore(report.field(later.0), report.field(earlier.0), a))
}

func requireNonNegative(_ report: inout ViolationReport, _ field: String, _ value: Int?) {
    if let v = value, v < 0 { report.add(field, v, rule: "non_negative", .cannotBeNegative(report.field(field))) }
}

/// The ID number's checksum, and its birth date against `born`.
func requireIDCard(_ report: inout ViolationReport, _ idcard: String, born: Day?) {
    guard !idcard.isEmpty else { return }
    let masked = Privacy.maskIDCard(idcard)
    switch IDCard.problem(idcard) {
    case .length?: report.add("idcard", masked, rule: "idcard_checksum", .idcardLength)
    case .notDigits?: report.add("idcard", masked, rule: "idcard_checksum", .idcardDigits)
    case .checksum(let expected)?: report.add("idcard", masked, rule: "idcard_checksum", .idcardChecksum("\(expected)"))
    case .birthDate?: report.add("idcard", masked, rule: "idcard_checksum", .idcardBirthDate)
    case nil:
        if let born, let inCard = IDCard.birthDate(idcard), inCard != born {
            report.add("born", born, rule: "idcard_born", .idcardSaysBorn(inCard))
        }
    }
}

/// A choice that is a sequence of steps moves only forward, one step at a time.
func requireOneStepForward<C: Choice>(_ report: inout ViolationReport, _ field: String, old: C?, new: C?) {
    guard let old, let new, old != new else { return }
    if new.ordinal != old.ordinal + 1 {
        let next = old.ordinal + 1 < C.allCases.count ? ChoiceWord(Array(C.allCases)[old.ordinal + 1]) : nil
        report.add(field, new.rawValue, rule: "step_forward", .stepForward(from: ChoiceWord(old), next: next))
    }
}

extension District {
    public static func validate(_ row: District, old: District?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {}
}

extension Street {
    public static func validate(_ row: Street, old: Street?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {}
}

extension Community {
    public static func validate(_ row: Community, old: Community?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        requireNonNegative(&report, "households", row.households)
        requireNonNegative(&report, "area_m2", row.areaM2)
        requireNonNegative(&report, "social_orgs", row.socialOrgs)
    }
}

extension Grid {
    public static func validate(_ row: Grid, old: Grid?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        requireNonNegative(&report, "households", row.households)
    }
}

extension Unit {
    public static func validate(_ row: Unit, old: Unit?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {}
}

extension Org {
    /// An organisation sits where its parent sits unless told otherwise: a branch added
    /// under a community committee is in that community, so `m.branch.community` works.
    public static func fillDefaults(_ row: inout Org, in db: Database) {
        guard row.community == nil, row.street == nil, row.unit == nil,
              let parent = row.parent, db.orgs.isAlive(parent.index) else { return }
        let p = db.orgs[parent]
        row.community = p.community
        row.street = p.street
        row.unit = p.unit
    }

    public static func validate(_ row: Org, old: Org?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        requireOrder(&report, ("founded", row.founded), ("term_ends", row.termEnds))
        requireOrder(&report, ("founded", row.founded), ("dissolved", row.dissolved))
        // The tree stays acyclic: walking up from the new parent must never reach this org.
        if let parent = row.parent {
            var current: Handle<Org>? = parent
            var steps = 0
            while let c = current, steps <= db.orgs.slotCount {
                if c.index == index {
                    report.add("parent", db.orgs[parent].code, rule: "acyclic", .ownAncestor)
                    break
                }
                current = db.orgs.isAlive(c.index) ? db.orgs[c].parent : nil
                steps += 1
            }
        }
    }
}

extension Member {
    public static func fillDefaults(_ row: inout Member, in db: Database) {
        // born and gender default to what the ID number says (digits 7–14, parity of digit 17).
        if IDCard.isValid(row.idcard) {
            if row.born == nil { row.born = IDCard.birthDate(row.idcard) }
            if row.gender == nil { row.gender = IDCard.gender(row.idcard) }
        }
        if row.status == nil { row.status = .active }
        if row.category == nil, row.joined != nil { row.category = row.formal == nil ? .probationary : .formal }
    }

    public static func validate(_ row: Member, old: Member?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        requireIDCard(&report, row.idcard, born: row.born)
        EntryRules.requireOneRecord(member: row, old: old, at: index, in: db, &report)
        EntryRules.requirePhone(&report, row.phone, old: old?.phone)
        requireOrder(&report, ("born", row.born), ("joined", row.joined))
        if let born = row.born, let joined = row.joined, born <= joined, born.wholeYears(until: joined) < Rules.minimumJoiningAge {
            report.add("joined", joined, rule: "join_age", .joinAge(Rules.minimumJoiningAge, born: born))
        }
        if let joined = row.joined, let formal = row.formal,
           let earliest = joined.adding(years: Rules.probationYears), formal < earliest {
            report.add("formal", formal, rule: "probation", .probation(Rules.probationYears, joined: joined))
        }
        if row.formal != nil, row.joined == nil {
            report.add("formal", row.formal!, rule: "date_order", .formalNeedsJoined)
        }
        requireExtendedProbation(row, &report)
        if let branch = row.branch, db.orgs.isAlive(branch.index), let kind = db.orgs[branch].kind, !kind.keepsRoster {
            report.add("branch", db.orgs[branch].code, rule: "branch_kind", .keepsNoRoster(ChoiceWord(kind)))
        }
        if let group = row.group, db.orgs.isAlive(group.index), db.orgs[group].kind != .group {
            report.add("group", db.orgs[group].code, rule: "group_kind", .groupMustBeGroup)
        }
        if row.inService, row.reportedCommunity == nil, old?.reportedCommunity != nil {
            report.add("reported_community", nil, rule: "required", .reportsToCommunity)
        }
    }
}

extension Applicant {
    public static func fillDefaults(_ row: inout Applicant, in db: Database) {
        if IDCard.isValid(row.idcard) {
            if row.born == nil { row.born = IDCard.birthDate(row.idcard) }
            if row.gender == nil { row.gender = IDCard.gender(row.idcard) }
        }
        if row.stage == nil { row.stage = .applicant }
    }

    public static func validate(_ row: Applicant, old: Applicant?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        requireIDCard(&report, row.idcard, born: row.born)
        EntryRules.requireOneRecord(applicant: row, old: old, at: index, in: db, &report)
        EntryRules.requirePhone(&report, row.phone, old: old?.phone)
        requireOneStepForward(&report, "stage", old: old?.stage, new: row.stage)
        requireOrder(&report, ("born", row.born), ("applied", row.applied))
        requireOrder(&report, ("applied", row.applied), ("activist_on", row.activistOn))
        requireOrder(&report, ("activist_on", row.activistOn), ("candidate_on", row.candidateOn))
        requireOrder(&report, ("candidate_on", row.candidateOn), ("probationary_on", row.probationaryOn))
        requireOrder(&report, ("probationary_on", row.probationaryOn), ("formal_on", row.formalOn))
        if let born = row.born, let admitted = row.probationaryOn, born.wholeYears(until: admitted) < Rules.minimumJoiningAge {
            report.add("probationary_on", admitted, rule: "join_age", .joinAge(Rules.minimumJoiningAge, born: born))
        }
        if let p = row.probationaryOn, let f = row.formalOn, let earliest = p.adding(years: Rules.probationYears), f < earliest {
            report.add("formal_on", f, rule: "probation", .probation(Rules.probationYears, joined: p))
        }
    }
}

extension Agreement {
    public static func fillDefaults(_ row: inout Agreement, in db: Database) {
        if row.status == nil { row.status = .active }
    }

    public static func validate(_ row: Agreement, old: Agreement?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        if let s = row.starts, let e = row.ends, e <= s {
            report.add("ends", e, rule: "date_order", .endsAfterStarts(s))
        }
        requireOrder(&report, ("signed", row.signed), ("ends", row.ends))
        requireOrder(&report, ("starts", row.starts), ("terminated_on", row.terminatedOn))
        if row.community == nil, row.street == nil {
            report.add("community", nil, rule: "required", .agreementParty)
        }
        if row.status == .terminated, row.terminatedOn == nil {
            report.add("terminated_on", nil, rule: "required", .terminatedNeedsDate)
        }
    }
}

extension ListItem {
    public static func fillDefaults(_ row: inout ListItem, in db: Database) {
        if row.status == nil { row.status = .open }
    }

    public static func validate(_ row: ListItem, old: ListItem?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        if let old, old.status != .open, row.status == .claimed, old.claimedBy != row.claimedBy {
            report.add("status", row.status!.rawValue, rule: "claim_from_open", .onlyOpenClaimed(old.status.map(ChoiceWord.init)))
        }
        if row.status == .claimed || row.status == .done, row.claimedBy == nil {
            report.add("claimed_by", nil, rule: "required", .claimedNamesClaimant)
        }
        if let old, old.status != .done, row.status == .done {
            if old.status != .claimed { report.add("status", "done", rule: "complete_claimed", .onlyClaimedDone(old.status.map(ChoiceWord.init))) }
            if row.doneOn == nil { report.add("done_on", nil, rule: "required", .doneItemNeedsDate) }
        }
        if let owner = row.owner, owner == row.claimedBy {
            report.add("claimed_by", db.code(owner), rule: "claim_other", .ownerCannotClaim)
        }
        requireOrder(&report, ("posted", row.posted), ("claimed_on", row.claimedOn))
        requireOrder(&report, ("claimed_on", row.claimedOn), ("done_on", row.doneOn))
    }
}

extension Meeting {
    public static func validate(_ row: Meeting, old: Meeting?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        if Set(row.attendees).count != row.attendees.count {
            report.add("attendees", nil, rule: "attendee_twice", .attendeeTwice)
        }
        let absent = Set(row.absentees.map(\.ref))
        if let both = row.attendees.first(where: absent.contains) {
            report.add("absentees", db.members[both].code, rule: "attendee_absent", .attendAndAbsent)
        }
        // Attendees and absentees belong to the organisation when the meeting is recorded;
        // members move later, so the whole-store check (old == nil, index != nil) leaves history alone.
        guard index == nil || old != nil, let org = row.org, db.orgs.isAlive(org.index) else { return }
        let newAttendees = Set(row.attendees).subtracting(old?.attendees ?? [])
        let newAbsentees = Set(row.absentees.map(\.ref)).subtracting(old?.absentees.map(\.ref) ?? [])
        guard !newAttendees.isEmpty || !newAbsentees.isEmpty else { return }
        // Walking up from each new name is cheaper than gathering the roster: a city records 100,000 meetings a year.
        if let outsider = row.attendees.first(where: { newAttendees.contains($0) && !db.belongs($0, to: org) }) {
            report.add("attendees", db.members[outsider].code, rule: "attendee_member", .notMemberListAsGuest(db.orgs[org].code))
        }
        if let outsider = row.absentees.map(\.ref).first(where: { newAbsentees.contains($0) && !db.belongs($0, to: org) }) {
            report.add("absentees", db.members[outsider].code, rule: "attendee_member", .notMemberNotAbsent(db.orgs[org].code))
        }
    }
}

extension PointsEntry {
    public static func validate(_ row: PointsEntry, old: PointsEntry?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        if row.delta == 0 { report.add("delta", 0, rule: "non_zero", .pointsNonZero) }
    }
}

extension DuesPayment {
    public static func fillDefaults(_ row: inout DuesPayment, in db: Database) {
        if row.amount == nil, let basis = row.basis { row.amount = Dues.monthlyAmount(basis: basis, pay: row.pay) }
    }

    public static func validate(_ row: DuesPayment, old: DuesPayment?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        if let a = row.amount, a.isNegative { report.add("amount", a, rule: "non_negative", .cannotBeNegative(report.field("amount"))) }
        if let p = row.pay, p.isNegative { report.add("pay", p, rule: "non_negative", .cannotBeNegative(report.field("pay"))) }
        if let paid = row.paidOn, let month = row.month, paid < month.firstDay.adding(months: -Rules.duesPrepayMonths)! {
            report.add("paid_on", paid, rule: "date_order", .paidTooEarly(Rules.duesPrepayMonths, month))
        }
        // One record per member and month.
        guard let member = row.member, let month = row.month, db.members.isAlive(member.index) else { return }
        for b in db.backrefs(of: EntityRef(member)) where b.kind == .dues && b.index != index {
            if db.dues.rows[Int(b.index)].month == month {
                report.add("month", month, rule: "dues_once", .duesOnce(db.members[member].code, db.dues.rows[Int(b.index)].code))
                break
            }
        }
    }
}

extension Wish {
    public static func fillDefaults(_ row: inout Wish, in db: Database) {
        if row.status == nil { row.status = row.claimedBy == nil ? .open : .claimed }
    }

    public static func validate(_ row: Wish, old: Wish?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        if let old, old.status != row.status {
            let allowed: [WishStatus: Set<WishStatus>] = [.open: [.claimed, .cancelled], .claimed: [.fulfilled, .open, .cancelled]]
            if let from = old.status, let to = row.status, !(allowed[from]?.contains(to) ?? false) {
                report.add("status", to.rawValue, rule: to == .claimed ? "claim_from_open" : "wish_status",
                           .wishCannotBecome(ChoiceWord(from), ChoiceWord(to)))
            }
        }
        if let old, old.status == .claimed, row.status == .claimed, old.claimedBy != row.claimedBy {
            report.add("claimed_by", row.claimedBy.map(db.code) ?? "nil", rule: "claim_from_open", .wishAlreadyClaimed(old.claimedBy.map(db.code)))
        }
        if row.status == .claimed || row.status == .fulfilled, row.claimedBy == nil {
            report.add("claimed_by", nil, rule: "required", .claimedWishNamesClaimant)
        }
        requireOrder(&report, ("posted", row.posted), ("claimed_on", row.claimedOn))
        requireOrder(&report, ("claimed_on", row.claimedOn), ("fulfilled_on", row.fulfilledOn))
    }
}

extension Proposal {
    public static func fillDefaults(_ row: inout Proposal, in db: Database) {
        if row.step == nil { row.step = .proposed }
    }

    public static func validate(_ row: Proposal, old: Proposal?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        requireOneStepForward(&report, "step", old: old?.step, new: row.step)
        if let rating = row.rating {
            if !Rules.proposalRatings.contains(rating) {
                report.add("rating", rating, rule: "rating_range", .ratingRange(Rules.proposalRatings))
            } else if row.step != .evaluated {
                report.add("rating", rating, rule: "rating_step", .ratingAtEvaluation)
            }
        }
        if let step = row.step, row.notes.count > step.ordinal + 1 {
            report.add("notes", row.notes.count, rule: "notes_steps", .notesPastSteps)
        }
    }
}

extension WorkTask {
    public static func fillDefaults(_ row: inout WorkTask, in db: Database) {
        if row.status == nil { row.status = .open }
    }

    public static func validate(_ row: WorkTask, old: WorkTask?, at index: Int32?, in db: Database, _ report: inout ViolationReport) {
        if row.status == .done, row.completedOn == nil, old != nil {
            report.add("completed_on", nil, rule: "required", .doneTaskNeedsDate)
        }
    }
}
