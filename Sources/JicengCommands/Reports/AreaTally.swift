import JicengBase
import JicengDomain

/// The figures `report by street` and `report by community` share, counted in one pass
/// over each table: per community, and per street for what sits on a street outside
/// any community (a street working committee, an agreement signed with the street).
struct AreaTally {
    struct Figures {
        var communities = 0, grids = 0, orgs = 0, members = 0, inService = 0, agreements = 0
        var meetings = 0, attended = 0, expected = 0, wishesFulfilled = 0, oneShoulder = 0

        mutating func add(_ o: Figures) {
            communities += o.communities; grids += o.grids; orgs += o.orgs; members += o.members
            inService += o.inService; agreements += o.agreements; meetings += o.meetings
            attended += o.attended; expected += o.expected; wishesFulfilled += o.wishesFulfilled
            oneShoulder += o.oneShoulder
        }
    }

    /// By community slot.
    private(set) var community: [Figures]
    /// By street slot: only what is not inside one of its communities.
    private(set) var streetOnly: [Figures]
    let quarter: Quarter

    init(_ db: Database, _ placement: Placement) {
        let today = db.today
        quarter = today.quarter
        // This quarter up to today, as day bounds compared directly.
        let from = quarter.firstDay, until = min(quarter.lastDay, today)
        community = Array(repeating: Figures(), count: db.communities.slotCount)
        streetOnly = Array(repeating: Figures(), count: db.streets.slotCount)

        func add(community c: Int32, street s: Int32, _ body: (inout Figures) -> Void) {
            if c != Placement.none { body(&community[Int(c)]) } else if s != Placement.none { body(&streetOnly[Int(s)]) }
        }

        // Rows are read in place (`rows[i].field`), never copied whole: a member or a
        // meeting copied out of its table costs a retain per text and list field.
        for i in 0..<db.communities.slotCount where db.communities.isAlive(Int32(i)) {
            community[i].communities = 1
            if db.isOneShoulder(Handle(Int32(i))) { community[i].oneShoulder = 1 }
        }
        let grids = db.grids.rows
        for i in grids.indices where db.grids.isAlive(Int32(i)) {
            if let c = grids[i].community { community[Int(c.index)].grids += 1 }
        }
        for o in db.orgs.handles where db.orgs[o].kind != .group && db.isStanding(o) {
            add(community: placement.community(ofOrg: o), street: placement.street(ofOrg: o)) { $0.orgs += 1 }
        }
        let members = db.members.rows
        for i in members.indices where db.members.isAlive(Int32(i)) {
            guard members[i].status?.onRoster ?? true else { continue }
            let branch = members[i].branch
            add(community: placement.community(ofOrg: branch), street: placement.street(ofOrg: branch)) { $0.members += 1 }
            if members[i].inService, let c = members[i].reportedCommunity { community[Int(c.index)].inService += 1 }
        }
        let agreements = db.agreements.rows
        for i in agreements.indices where db.agreements.isAlive(Int32(i)) && db.isActive(Handle(Int32(i))) {
            add(community: agreements[i].community?.index ?? Placement.none, street: agreements[i].street?.index ?? Placement.none) {
                $0.agreements += 1
            }
        }
        let meetings = db.meetings.rows
        for i in meetings.indices where db.meetings.isAlive(Int32(i)) {
            guard let date = meetings[i].date, date >= from, date <= until else { continue }
            let org = meetings[i].org
            let attended = meetings[i].attendees.count, absent = meetings[i].absentees.count
            add(community: placement.community(ofOrg: org), street: placement.street(ofOrg: org)) {
                $0.meetings += 1
                $0.attended += attended
                $0.expected += attended + absent
            }
        }
        let wishes = db.wishes.rows
        for i in wishes.indices where db.wishes.isAlive(Int32(i)) {
            guard wishes[i].status == .fulfilled, let c = wishes[i].community, let on = wishes[i].fulfilledOn,
                  on >= from, on <= until else { continue }
            community[Int(c.index)].wishesFulfilled += 1
        }
    }

    /// A street's figures: its communities' and its own.
    func street(_ s: Handle<Street>, communities: [Handle<Community>]) -> Figures {
        var f = streetOnly[Int(s.index)]
        for c in communities { f.add(community[Int(c.index)]) }
        return f
    }

    // MARK: The shared columns

    static let gridsColumn = ReportColumn("grids", LocalizedText(en: "Grids", zh: "网格数"), kind: .integer)
    static let orgsColumn = ReportColumn("orgs", LocalizedText(en: "Party orgs", zh: "党组织数"), kind: .integer)
    static let activityColumns: [ReportColumn] = [
        ReportColumn("members", ReportWords.members, kind: .integer),
        ReportColumn("in_service", LocalizedText(en: "In-service reported", zh: "在职党员报到"), kind: .integer),
        ReportColumn("agreements", LocalizedText(en: "Active agreements", zh: "有效共建协议"), kind: .integer),
        ReportColumn("meetings", LocalizedText(en: "Meetings this quarter", zh: "本季度会议"), kind: .integer),
        ReportColumn("attendance", LocalizedText(en: "Attendance", zh: "出席率"), kind: .percent),
        ReportColumn("wishes_fulfilled", LocalizedText(en: "Wishes fulfilled", zh: "微心愿实现"), kind: .integer),
    ]

    static func activityCells(_ f: Figures) -> [ReportCell] {
        [.int(Int64(f.members)), .int(Int64(f.inService)), .int(Int64(f.agreements)), .int(Int64(f.meetings)),
         ReportCell.percent(Int64(f.attended), of: Int64(f.expected)), .int(Int64(f.wishesFulfilled))]
    }

    static let notes: [LocalizedText] = [
        LocalizedText(en: "Meetings and wishes fulfilled: this quarter up to today. Attendance: attendees over attendees and absentees, all meetings pooled.",
                      zh: "会议、微心愿：本季度截至今日。出席率：实到人数 ÷（实到 + 缺席），各次会议合计。"),
        LocalizedText(en: "In-service reported (双报到): in-service members registered at the community. Active agreements: started, not ended, not terminated.",
                      zh: "在职党员报到（双报到）：到社区报到的在职党员。有效共建协议：已生效、未到期、未终止。"),
        LocalizedText(en: "一肩挑: the community party secretary is also the residents' committee director.",
                      zh: "一肩挑：社区党组织书记兼任居委会主任。"),
    ]

    static func title(_ what: LocalizedText, _ db: Database) -> LocalizedText {
        let q = ReportWords.quarter(db.today.quarter), asOf = ReportWords.asOf(db.today)
        return LocalizedText(en: "\(what.en), \(q.en) (\(asOf.en))", zh: "\(what.zh)（\(q.zh)，\(asOf.zh)）")
    }
}
