import JicengBase
import JicengDomain

extension Reports {
    /// `report by branch`: per branch, general branch and interest branch, its members
    /// (formal and probationary), committee size, meetings this quarter, term end, lost
    /// and hanging members, and notes naming every public rule it breaches. A dissolved
    /// branch is listed while members still hang on it.
    public static func byBranch(_ db: Database) -> ReportTable {
        let placement = Placement(db)
        let roster = RosterTally(db)
        let today = db.today, quarter = today.quarter

        var meetings = Array(repeating: 0, count: db.orgs.slotCount)
        let from = quarter.firstDay, until = min(quarter.lastDay, today)
        let rows = db.meetings.rows // read in place, never copied whole
        for i in rows.indices where db.meetings.isAlive(Int32(i)) {
            guard let org = rows[i].org, let date = rows[i].date, date >= from, date <= until else { continue }
            // A party group's meetings are its branch's work.
            let owner = db.orgs[org].kind == .group ? db.orgs[org].parent ?? org : org
            meetings[Int(owner.index)] += 1
        }
        var overdueTasks = Array(repeating: 0, count: db.orgs.slotCount)
        for t in db.tasks.handles where db.isOverdue(t) {
            if let org = db.tasks[t].owner?.handle(as: Org.self) { overdueTasks[Int(org.index)] += 1 }
        }

        var table = ReportTable(
            title: LocalizedText(en: "Branches, \(quarter) (\(ReportWords.asOf(today).en))",
                                 zh: "各党支部情况（\(ReportWords.quarter(quarter).zh)，\(ReportWords.asOf(today).zh)）"),
            columns: [
                ReportColumn("code", ReportWords.code),
                ReportColumn("branch", ReportWords.branch),
                ReportColumn("kind", LocalizedText(en: "Kind", zh: "类型")),
                ReportColumn("community", ReportWords.community),
                ReportColumn("members", ReportWords.members, kind: .integer),
                ReportColumn("formal", LocalizedText(en: "Formal", zh: "正式党员"), kind: .integer),
                ReportColumn("probationary", LocalizedText(en: "Probationary", zh: "预备党员"), kind: .integer),
                ReportColumn("committee", LocalizedText(en: "Committee", zh: "委员数"), kind: .integer),
                ReportColumn("meetings", LocalizedText(en: "Meetings this quarter", zh: "本季度会议"), kind: .integer),
                ReportColumn("term_ends", LocalizedText(en: "Term ends", zh: "届满日期"), kind: .date),
                ReportColumn("lost_contact", LocalizedText(en: "Lost contact", zh: "失联"), kind: .integer),
                ReportColumn("hanging", LocalizedText(en: "Hanging", zh: "空挂"), kind: .integer),
                ReportColumn("notes", ReportWords.notes),
            ],
            notes: [
                LocalizedText(en: "Members include those of branches under a general branch. Thresholds: a branch needs \(Rules.branchMinimumFormalMembers)+ formal members, a committee at \(Rules.branchCommitteeThreshold)+ members; a general branch at \(Rules.generalBranchThreshold)+; a base committee at \(Rules.baseCommitteeThreshold)+.",
                              zh: "党员数含党总支下属支部党员。标准：正式党员\(Rules.branchMinimumFormalMembers)人以上成立党支部，党员\(Rules.branchCommitteeThreshold)人以上设支部委员会，\(Rules.generalBranchThreshold)人以上可设党总支，\(Rules.baseCommitteeThreshold)人以上可设基层党委。"),
            ],
            chart: ChartColumns(label: "branch", values: ["members"]))

        var totals = (members: 0, formal: 0, probationary: 0, committee: 0, meetings: 0, lost: 0, hanging: 0)
        for o in db.orgs.handles {
            let org = db.orgs[o]
            guard let kind = org.kind, kind.isBranchLevel else { continue }
            let i = Int(o.index)
            let standing = db.isStanding(o)
            guard standing || roster.hanging[i] > 0 else { continue }
            let notes = branchNotes(org, kind, standing: standing, i, roster, meetings: meetings[i], overdue: overdueTasks[i], today: today)
            let community = placement.orgCommunity[i]
            table.append([
                .text(org.code), .name(org.name), .words(ReportWords.orgKind(kind)),
                .name(community == Placement.none ? nil : db.communities.rows[Int(community)].name),
                .int(Int64(roster.total[i])), .int(Int64(roster.formal[i])), .int(Int64(roster.probationary[i])),
                .int(Int64(org.committee.count)), .int(Int64(meetings[i])), org.termEnds.map(ReportCell.day) ?? .empty,
                .int(Int64(roster.lostContact[i])), .int(Int64(roster.hanging[i])), .words(ReportWords.join(notes)),
            ])
            // A general branch's members are its branches' too: count each member once, where they are.
            let isTopLevel = !(org.parent.map { db.orgs.isAlive($0.index) && db.orgs[$0].kind?.isBranchLevel == true } ?? false)
            if isTopLevel {
                totals.members += roster.total[i]; totals.formal += roster.formal[i]
                totals.probationary += roster.probationary[i]; totals.lost += roster.lostContact[i]
            }
            totals.committee += org.committee.count; totals.meetings += meetings[i]; totals.hanging += roster.hanging[i]
        }
        table.totals = [.localized(ReportWords.total), .empty, .empty, .empty, .int(Int64(totals.members)), .int(Int64(totals.formal)),
                        .int(Int64(totals.probationary)), .int(Int64(totals.committee)), .int(Int64(totals.meetings)), .empty,
                        .int(Int64(totals.lost)), .int(Int64(totals.hanging)), .empty]
        return table
    }

    /// The public rules a branch breaches, and the advice the thresholds give.
    private static func branchNotes(_ org: Org, _ kind: OrgKind, standing: Bool, _ i: Int, _ roster: RosterTally,
                                    meetings: Int, overdue: Int, today: Day) -> [LocalizedText] {
        var notes: [LocalizedText] = []
        if !standing, let dissolved = org.dissolved {
            notes.append(LocalizedText(en: "dissolved \(dissolved); members hanging: \(roster.hanging[i])",
                                       zh: "已于\(dissolved)撤销，\(roster.hanging[i])名党员空挂"))
            return notes
        }
        let members = roster.total[i]
        if kind == .branch, roster.formal[i] < Rules.branchMinimumFormalMembers {
            notes.append(LocalizedText(en: "fewer than \(Rules.branchMinimumFormalMembers) formal members",
                                       zh: "正式党员不足\(Rules.branchMinimumFormalMembers)人"))
        }
        if kind != .interestBranch, members >= Rules.branchCommitteeThreshold, org.committee.isEmpty {
            notes.append(LocalizedText(en: "\(Rules.branchCommitteeThreshold)+ members but no committee",
                                       zh: "党员\(Rules.branchCommitteeThreshold)人以上未设支委会"))
        }
        if kind == .generalBranch, members < Rules.generalBranchThreshold {
            notes.append(LocalizedText(en: "general branch under \(Rules.generalBranchThreshold) members",
                                       zh: "党总支党员不足\(Rules.generalBranchThreshold)人"))
        }
        if kind != .interestBranch, members >= Rules.baseCommitteeThreshold {
            notes.append(LocalizedText(en: "\(Rules.baseCommitteeThreshold)+ members: may form a base committee",
                                       zh: "党员\(Rules.baseCommitteeThreshold)人以上，可设基层党委"))
        } else if kind == .branch, members >= Rules.generalBranchThreshold {
            notes.append(LocalizedText(en: "\(Rules.generalBranchThreshold)+ members: may form a general branch",
                                       zh: "党员\(Rules.generalBranchThreshold)人以上，可设党总支"))
        }
        if org.secretary == nil { notes.append(LocalizedText(en: "no secretary", zh: "未配备书记")) }
        if let ends = org.termEnds, ends < today {
            notes.append(LocalizedText(en: "term ended \(ends)", zh: "任期已于\(ends)届满"))
        }
        if meetings == 0 { notes.append(LocalizedText(en: "no meetings this quarter", zh: "本季度未开会")) }
        if overdue > 0 { notes.append(LocalizedText(en: "overdue tasks: \(overdue)", zh: "\(overdue)项任务逾期")) }
        return notes
    }
}
