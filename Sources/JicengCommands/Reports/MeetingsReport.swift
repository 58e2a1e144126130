import JicengBase
import JicengDomain

extension Reports {
    /// `report meetings for 2025Q1`: 三会一课 compliance of every branch-level
    /// organisation in the quarter, from the public frequencies in `Rules`.
    ///
    /// Each requirement is split into periods: a month for monthly meetings, the quarter
    /// for the quarterly member assembly, the year for yearly ones. A period is **met**
    /// when a meeting of that kind was held in it (up to today); **missing** when it
    /// ended, before today, with none; **pending** otherwise (not counted). So a yearly
    /// meeting is judged over the whole calendar year as known today: held any time in
    /// the year, it is met in every quarter's report of that year; it is missing only
    /// once the year is over without one, never in the year itself. Committee meetings are
    /// required of organisations with a committee (or of 7+ members); group meetings of
    /// each party group, month by month. A general branch with branches under it is
    /// judged on its committee meetings (and its own groups) only: its members meet in
    /// their branches. Periods before the organisation was founded or
    /// after it was dissolved are not required. Compliance is met over met plus missing.
    public static func meetings(_ db: Database, for quarter: Quarter) -> ReportTable {
        MeetingCompliance(db, quarter).table()
    }
}

/// The requirements of 三会一课 for one quarter and what was held against them.
struct MeetingCompliance {
    /// The kinds checked, in the order of the report's columns.
    static let kinds: [MeetingKind] = [.memberAssembly, .committeeMeeting, .groupMeeting, .themeDay, .lecture, .lifeMeeting, .democraticReview]

    let db: Database
    let quarter: Quarter
    let placement: Placement
    let roster: RosterTally
    /// held[org * kinds.count + k]: bit m set when a meeting of kinds[k] was held in month m (0–11) of the year.
    private var held: [UInt16]
    /// firstHeld[org * kinds.count + k]: the first day a meeting of kinds[k] was held in the year (ordinal), or Int32.max.
    private var firstHeld: [Int32]
    /// Standing party groups per parent org.
    private var groups: [[Handle<Org>]]
    /// Whether a standing branch sits under the org (a general branch whose branches hold the meetings).
    private var hasBranches: [Bool]

    init(_ db: Database, _ quarter: Quarter) {
        self.db = db
        self.quarter = quarter
        placement = Placement(db)
        roster = RosterTally(db)
        held = Array(repeating: 0, count: db.orgs.slotCount * MeetingCompliance.kinds.count)
        firstHeld = Array(repeating: Int32.max, count: held.count)
        groups = Array(repeating: [], count: db.orgs.slotCount)
        var column = [Int](repeating: -1, count: MeetingKind.allCases.count)
        for (k, kind) in MeetingCompliance.kinds.enumerated() { column[kind.ordinal] = k }
        // Up to today, not the quarter's end: a yearly meeting's period is the whole year,
        // and later months never fall in this quarter's monthly periods.
        let year = quarter.year, until = db.today
        let yearStart = Day(year: year, month: 1, day: 1)!
        let rows = db.meetings.rows // read in place, never copied whole
        for i in rows.indices where db.meetings.isAlive(Int32(i)) {
            guard let org = rows[i].org, let kind = rows[i].kind, let date = rows[i].date,
                  column[kind.ordinal] >= 0, date >= yearStart, date <= until else { continue }
            let slot = Int(org.index) * MeetingCompliance.kinds.count + column[kind.ordinal]
            held[slot] |= 1 << UInt16(date.month - 1)
            firstHeld[slot] = min(firstHeld[slot], date.ordinal)
        }
        hasBranches = Array(repeating: false, count: db.orgs.slotCount)
        for o in db.orgs.handles where db.isStanding(o) {
            guard let parent = db.orgs[o].parent else { continue }
            if db.orgs[o].kind == .group { groups[Int(parent.index)].append(o) }
            if db.orgs[o].kind == .branch || db.orgs[o].kind == .interestBranch { hasBranches[Int(parent.index)] = true }
        }
    }

    enum Outcome { case met, missing, pending }

    /// A period to hold a meeting in: months `first...last` (0–11) of the quarter's year.
    struct Period {
        let first: Int, last: Int
        var mask: UInt16 { UInt16(((1 << (last + 1)) - 1) ^ ((1 << first) - 1)) }
    }

    /// The periods a kind is judged over in this quarter.
    func periods(of kind: MeetingKind) -> [Period] {
        let months = Rules.requiredMeetingIntervalMonths[kind] ?? 12
        let firstMonth = quarter.firstMonth.month - 1
        if months >= 12 { return [Period(first: 0, last: 11)] } // the whole calendar year
        return stride(from: firstMonth, through: quarter.lastMonth.month - 1, by: months).map {
            Period(first: $0, last: min($0 + months - 1, quarter.lastMonth.month - 1))
        }
    }

    /// Met, missing or pending for one organisation (or group) and one period.
    func outcome(_ org: Handle<Org>, _ k: Int, _ period: Period, yearly: Bool) -> Outcome? {
        let founded = db.orgs.rows[Int(org.index)].founded, dissolved = db.orgs.rows[Int(org.index)].dissolved
        let year = quarter.year
        let start = YearMonth(year: year, month: period.first + 1)!.firstDay
        let end = yearly ? Day(year: year, month: 12, day: 31)! : YearMonth(year: year, month: period.last + 1)!.lastDay
        if let founded, founded > end { return nil }
        if let dissolved, dissolved <= start { return nil }
        if held[Int(org.index) * MeetingCompliance.kinds.count + k] & period.mask != 0 { return .met }
        return end < db.today ? .missing : .pending
    }

    /// Whether the organisation must hold committee meetings: it has a committee, or is big enough to need one.
    func needsCommittee(_ org: Handle<Org>) -> Bool {
        !db.orgs[org].committee.isEmpty || roster.total[Int(org.index)] >= Rules.branchCommitteeThreshold
    }

    /// Organisations checked: branch-level, standing at some point in the quarter.
    func isChecked(_ org: Handle<Org>) -> Bool {
        let o = db.orgs[org]
        guard o.kind?.isBranchLevel == true else { return false }
        if let dissolved = o.dissolved, dissolved <= quarter.firstDay { return false }
        if let founded = o.founded, founded > quarter.lastDay { return false }
        return true
    }

    func table() -> ReportTable {
        var columns = [
            ReportColumn("code", ReportWords.code),
            ReportColumn("org", LocalizedText(en: "Organisation", zh: "党组织")),
            ReportColumn("community", ReportWords.community),
        ]
        for kind in MeetingCompliance.kinds {
            columns.append(ReportColumn(kind.rawValue, ReportWords.meetingKind(kind), alignment: .right))
        }
        columns += [
            ReportColumn("missing", LocalizedText(en: "Missing", zh: "缺项")),
            ReportColumn("compliance", LocalizedText(en: "Compliance", zh: "完成率"), kind: .percent),
        ]
        var table = ReportTable(
            title: LocalizedText(en: "三会一课 compliance, \(quarter) (\(ReportWords.asOf(db.today).en))",
                                 zh: "“三会一课”落实情况（\(ReportWords.quarter(quarter).zh)，\(ReportWords.asOf(db.today).zh)）"),
            columns: columns,
            notes: [
                LocalizedText(en: "Held/required periods: member assembly quarterly; committee, group meeting and theme day monthly; lecture, life meeting and democratic review yearly (held any time in the year counts; missing only once the year is over). Periods not yet over and not yet met are not counted.",
                              zh: "已开/应开次数：支部党员大会每季度，支委会、党小组会、主题党日每月，党课、组织生活会、民主评议党员每年（当年任何时候已开即计；年度结束仍未开才计缺项）。未到期且未开的不计入。"),
            ],
            chart: ChartColumns(label: "org", values: ["compliance"]))

        var totalMet = 0, totalMissing = 0
        for org in db.orgs.handles where isChecked(org) {
            var cells: [ReportCell] = []
            var missing: [LocalizedText] = []
            var met = 0, missed = 0
            for (k, kind) in MeetingCompliance.kinds.enumerated() {
                let yearly = (Rules.requiredMeetingIntervalMonths[kind] ?? 12) >= 12
                let subjects: [Handle<Org>]
                switch kind {
                case .groupMeeting: subjects = groups[Int(org.index)]
                case .committeeMeeting: subjects = needsCommittee(org) ? [org] : []
                // A general branch with branches under it holds its committee's meetings; its
                // members' assemblies, theme days, lectures and reviews are their branches'.
                default: subjects = db.orgs[org].kind == .generalBranch && hasBranches[Int(org.index)] ? [] : [org]
                }
                guard !subjects.isEmpty else { cells.append(.empty); continue }
                var kindMet = 0, kindMissed = 0
                var missedPeriods: [LocalizedText] = []
                var heldOn: Day?
                for subject in subjects {
                    for period in periods(of: kind) {
                        switch outcome(subject, k, period, yearly: yearly) {
                        case .met?:
                            kindMet += 1
                            if yearly { heldOn = Day(ordinal: firstHeld[Int(subject.index) * MeetingCompliance.kinds.count + k]) }
                        case .missing?:
                            kindMissed += 1
                            let name = kind == .groupMeeting ? db.orgs[subject].name : nil
                            missedPeriods.append(describe(period, yearly: yearly, group: name))
                        case .pending?, nil: break
                        }
                    }
                }
                met += kindMet; missed += kindMissed
                if !missedPeriods.isEmpty {
                    let label = ReportWords.meetingKind(kind)
                    missing.append(LocalizedText(en: label.en + " " + missedPeriods.map(\.en).joined(separator: ", "),
                                                 zh: label.zh + missedPeriods.map(\.zh).joined(separator: "、")))
                }
                if yearly {
                    cells.append(heldOn.map(ReportCell.day) ?? (kindMissed > 0 ? .text("0/1") : .empty))
                } else {
                    cells.append(kindMet + kindMissed == 0 ? .empty : .text("\(kindMet)/\(kindMet + kindMissed)"))
                }
            }
            totalMet += met; totalMissing += missed
            let community = placement.orgCommunity[Int(org.index)]
            table.append([.text(db.orgs[org].code), .name(db.orgs[org].name),
                          .name(community == Placement.none ? nil : db.communities.rows[Int(community)].name)]
                         + cells + [.words(ReportWords.join(missing)), ReportCell.percent(Int64(met), of: Int64(met + missed))])
        }
        table.totals = [.localized(ReportWords.total), .empty, .empty]
            + Array(repeating: .empty, count: MeetingCompliance.kinds.count)
            + [.empty, ReportCell.percent(Int64(totalMet), of: Int64(totalMet + totalMissing))]
        return table
    }

    private func describe(_ period: Period, yearly: Bool, group: String?) -> LocalizedText {
        let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var text: LocalizedText
        if yearly {
            text = LocalizedText(en: "\(quarter.year)", zh: "（\(quarter.year)年）")
        } else if period.first == period.last {
            text = LocalizedText(en: monthNames[period.first], zh: "\(period.first + 1)月")
        } else {
            text = LocalizedText(en: "\(quarter)", zh: "（\(ReportWords.quarter(quarter).zh)）")
        }
        if let group { text = LocalizedText(en: "(\(group)) \(text.en)", zh: "（\(group)）\(text.zh)") }
        return text
    }
}
