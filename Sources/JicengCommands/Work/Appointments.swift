import JicengBase
import JicengDomain

/// Offices: the secretary of a party organisation or a community, the residents'
/// committee director, the roles of an organisation's committee, and a grid's 一格三员.
public enum Appointments {
    public enum Role: String, Sendable, CaseIterable {
        case secretary
        case deputySecretary = "deputy_secretary"
        case organisationMember = "organisation_member"
        case publicityMember = "publicity_member"
        case disciplineMember = "discipline_member"
        case committeeMember = "committee_member"
        case director
        case gridHead = "grid_head"
        case serviceStaff = "service_staff"
        case infoCollector = "info_collector"
        case partyInstructor = "party_instructor"

        /// What the role is called at work, and the note kept in an org's committee list.
        public var label: String {
            switch self {
            case .secretary: "书记"
            case .deputySecretary: "副书记"
            case .organisationMember: "组织委员"
            case .publicityMember: "宣传委员"
            case .disciplineMember: "纪检委员"
            case .committeeMember: "委员"
            case .director: "居委会主任"
            case .gridHead: "网格长"
            case .serviceStaff: "居民服务员"
            case .infoCollector: "民情收集员"
            case .partyInstructor: "党建指导员"
            }
        }

        /// The kinds of record that have this office.
        public var holders: [Kind] {
            switch self {
            case .secretary: [.org, .community]
            case .deputySecretary, .organisationMember, .publicityMember, .disciplineMember, .committeeMember: [.org]
            case .director: [.community]
            case .gridHead, .serviceStaff, .infoCollector, .partyInstructor: [.grid]
            }
        }

        /// Committee roles one person holds at a time; deputies and plain members may be several.
        var isSingleSeat: Bool { self != .deputySecretary && self != .committeeMember }
    }

    /// 任命: records the office. An organisation's secretary must be one of its members;
    /// a community whose secretary becomes its director (or the reverse) is 一肩挑, and
    /// the result says so.
    @discardableResult
    public static func appoint(_ member: Handle<Member>, as role: Role, of office: EntityRef, in db: Database) throws -> WorkResult {
        try db.requireOnRoster(member, for: .takeOffice)
        guard role.holders.contains(office.kind) else {
            throw refusal(office.kind, db.code(office), field: nil, value: role.rawValue, rule: "role_office",
                          .roleOffice(ChoiceWord(word: role.rawValue, label: role.label), holders: role.holders, office: office.kind))
        }
        var notices: [WorkMessage] = []
        switch office.kind {
        case .org:
            let org = Handle<Org>(office.index)
            try appointInOrg(member, role, org, db)
        case .community:
            let community = Handle<Community>(office.index)
            try db.update(community) { c in
                if role == .secretary { c.secretary = member } else { c.director = member }
            }
            if db.isOneShoulder(community) {
                notices.append(.oneShoulder(db.label(member), db.label(community)))
            }
        case .grid:
            try db.update(Handle<Grid>(office.index)) { g in
                switch role {
                case .gridHead: g.head = member
                case .serviceStaff: g.serviceStaff = member
                case .infoCollector: g.infoCollector = member
                default: g.partyInstructor = member
                }
            }
        default:
            preconditionFailure("roles are held only in orgs, communities and grids")
        }
        return WorkResult(office, notices: notices)
    }

    /// The committee list keeps one entry per person (their current role); a single-seat
    /// role passes from its previous holder, who stays on the committee as a plain member.
    private static func appointInOrg(_ member: Handle<Member>, _ role: Role, _ org: Handle<Org>, _ db: Database) throws {
        if role == .secretary, !db.members(of: org).contains(member) {
            throw refusal(.org, db.orgs[org].code, field: "secretary", value: db.members[member].code, rule: "secretary_member",
                          .secretaryNotMember(db.label(member), db.label(org)))
        }
        try db.update(org) { o in
            var committee = o.committee.filter { $0.ref != member }
            if role.isSingleSeat {
                for i in committee.indices where committee[i].note == role.label { committee[i].note = Role.committeeMember.label }
            }
            committee.append(RefNote(member, role.label))
            o.committee = committee
            if role == .secretary { o.secretary = member } else if o.secretary == member { o.secretary = nil }
        }
    }
}
