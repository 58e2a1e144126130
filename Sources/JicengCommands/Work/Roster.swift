import JicengBase
import JicengDomain

/// Keeping the roster: who is in which branch, who came and went, who reports to a
/// community as an in-service member (双报到), and who holds which office.
public enum Roster {
    /// 编入支部: puts a member on a branch's roster. A party group under another branch no longer fits and is cleared.
    @discardableResult
    public static func assign(_ member: Handle<Member>, to branch: Handle<Org>, in db: Database) throws -> WorkResult {
        try db.requireOnRoster(member, for: .beAssigned)
        try requireOpen(branch, in: db)
        if db.members[member].branch == branch {
            return WorkResult(member, notices: [.alreadyIn(db.label(member), db.label(branch))])
        }
        try db.update(member) { m in
            m.branch = branch
            if let g = m.group, db.orgs[g].parent != branch { m.group = nil }
        }
        return WorkResult(member)
    }

    /// 内部转接: moves a member from one branch to another inside the store, on a date.
    @discardableResult
    public static func transfer(_ member: Handle<Member>, to branch: Handle<Org>, on date: Day, in db: Database) throws -> WorkResult {
        try db.requireOnRoster(member, for: .beTransferred)
        try requireOpen(branch, in: db)
        let m = db.members[member]
        guard m.branch != branch else {
            throw refusal(.member, m.code, field: "branch", value: db.orgs[branch].code, rule: "same_branch",
                          .alreadyIn(db.label(member), db.label(branch)))
        }
        try db.update(member) { m in
            m.branch = branch
            m.transferOn = date
            if let g = m.group, db.orgs[g].parent != branch { m.group = nil }
        }
        return WorkResult(member)
    }

    /// How a member leaves: the relationship moves with them (转出), or they live and work
    /// elsewhere while their relationship stays here (流出).
    public enum Departure: String, Sendable, CaseIterable {
        case transferredOut = "transferred_out"
        case floatingOut = "floating_out"
    }

    /// 转出 / 流出: records where a member went and when. The branch is kept as the place
    /// the member left from; their status takes them off the roster. The transfer letter's
    /// validity (`Rules.transferLetterValidityMonths`) is reported, not enforced.
    @discardableResult
    public static func transferOut(_ member: Handle<Member>, to destination: String, on date: Day,
                                   as departure: Departure = .transferredOut, in db: Database) throws -> WorkResult {
        let m = db.members[member]
        try db.requireOnRoster(member, for: .beTransferredOutAgain)
        if departure == .floatingOut, m.status == .floatingOut {
            throw refusal(.member, m.code, field: "status", value: m.status!.rawValue, rule: "on_roster",
                          .alreadyFloatingOut(db.label(member), m.transferOrg))
        }
        guard !destination.allSatisfy(\.isWhitespace) else {
            throw refusal(.member, m.code, field: "transfer_org", rule: "required", .sayWhereTo)
        }
        try db.update(member) { m in
            m.status = departure == .transferredOut ? .transferredOut : .floatingOut
            m.transferOrg = destination
            m.transferOn = date
        }
        guard departure == .transferredOut, let until = date.adding(months: Rules.transferLetterValidityMonths) else {
            return WorkResult(member)
        }
        return WorkResult(member, notices: [.letterValidUntil(until, months: Rules.transferLetterValidityMonths)])
    }

    /// How a member arrives: with their relationship (转入) or only living here (流入).
    public enum Arrival: String, Sendable, CaseIterable {
        case transferredIn = "transferred_in"
        case floatingIn = "floating_in"
    }

    /// Who is received: someone already on record here (coming back), or someone new.
    public enum Arriving: Sendable {
        case known(Handle<Member>)
        /// A new member record: its code ("" for the next free one) and its fields by name.
        case new(code: String, fields: [String: DomainValue])
    }

    /// 转入 / 流入: puts an arriving member on a branch's roster, creating the member or
    /// bringing back one who left. A transfer letter older than its validity is reported.
    @discardableResult
    public static func receive(_ arriving: Arriving, from origin: String, into branch: Handle<Org>, on date: Day,
                               as arrival: Arrival = .transferredIn, letter: Day? = nil, in db: Database) throws -> WorkResult {
        try requireOpen(branch, in: db)
        let status: MemberStatus = arrival == .transferredIn ? .active : .floatingIn
        let handle: Handle<Member> = try db.transaction {
            switch arriving {
            case .known(let member):
                let m = db.members[member]
                switch m.status {
                case .deceased?:
                    throw refusal(.member, m.code, field: "status", value: "deceased", rule: "on_roster", .isDeceased(db.label(member)))
                case .transferredOut?, .floatingOut?:
                    break
                default:
                    throw refusal(.member, m.code, field: "status", value: (m.status ?? .active).rawValue, rule: "on_roster",
                                  .alreadyOnRoster(db.label(member), in: m.branch.map { db.label($0) }))
                }
                try db.update(member) { m in
                    m.status = status
                    m.branch = branch
                    m.group = nil
                    m.transferOrg = origin
                    m.transferOn = date
                }
                return member
            case .new(let code, var fields):
                if !code.isEmpty { fields["code"] = .text(code) }
                fields["branch"] = .ref(EntityRef(branch))
                fields["status"] = .text(status.rawValue)
                fields["transfer_org"] = .text(origin)
                fields["transfer_on"] = .day(date)
                guard let member = try db.insert(.member, fields: fields).handle(as: Member.self) else {
                    preconditionFailure("a member insert gives a member")
                }
                return member
            }
        }
        var notices: [WorkMessage] = []
        if let letter, let until = letter.adding(months: Rules.transferLetterValidityMonths), date > until {
            notices.append(.letterExpired(letter, on: until, months: Rules.transferLetterValidityMonths))
        }
        return WorkResult(handle, notices: notices)
    }

    /// 在职党员到社区报到 (双报到): the member serves the community they live in as well as their unit's branch.
    public enum Registration: String, Sendable, CaseIterable {
        case inService = "in_service"
    }

    @discardableResult
    public static func register(_ member: Handle<Member>, at community: Handle<Community>, as registration: Registration = .inService,
                                in db: Database) throws -> WorkResult {
        try db.requireOnRoster(member, for: .reportToCommunity)
        let m = db.members[member]
        if m.inService, m.reportedCommunity == community {
            return WorkResult(member, notices: [.alreadyReportsTo(db.label(member), db.label(community))])
        }
        try db.update(member) { m in
            m.inService = true
            m.reportedCommunity = community
        }
        return WorkResult(member)
    }

    /// A refused move into an organisation that no longer exists as such.
    private static func requireOpen(_ branch: Handle<Org>, in db: Database) throws {
        let o = db.orgs[branch]
        if let dissolved = o.dissolved, dissolved <= db.today {
            throw refusal(.org, o.code, field: "dissolved", value: dissolved, rule: "dissolved", .dissolvedOn(db.label(branch), dissolved))
        }
        if let kind = o.kind, !kind.keepsRoster {
            throw refusal(.org, o.code, field: "kind", value: kind.rawValue, rule: "branch_kind", .keepsNoRoster(ChoiceWord(kind)))
        }
    }
}
