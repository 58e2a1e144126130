import JicengBase
import JicengDomain

extension Reports {
    /// `report hanging members`: members on the roster who hang (空挂: no branch, or a
    /// branch dissolved or gone) or have lost contact (失联: marked so, or unheard of for
    /// `Rules.lostContactMonths` months), with the reason and the last contact.
    public static func hangingMembers(_ db: Database) -> ReportTable {
        let placement = Placement(db)
        var table = ReportTable(
            title: LocalizedText(en: "Hanging and lost members (\(ReportWords.asOf(db.today).en))",
                                 zh: "空挂、失联党员（\(ReportWords.asOf(db.today).zh)）"),
            columns: [
                ReportColumn("code", ReportWords.code),
                ReportColumn("member", ReportWords.member),
                ReportColumn("community", ReportWords.community),
                ReportColumn("branch", ReportWords.branch),
                ReportColumn("problem", LocalizedText(en: "Problem", zh: "情况")),
                ReportColumn("reason", LocalizedText(en: "Reason", zh: "原因")),
                ReportColumn("last_contact", LocalizedText(en: "Last contact", zh: "最近联系"), kind: .date),
            ])
        var hangingCount = 0, lostCount = 0
        let members = db.members.rows
        for i in members.indices where db.members.isAlive(Int32(i)) && members[i].isOnRoster {
            let m = Handle<Member>(Int32(i))
            let hanging = db.isHanging(m), lost = db.isLostContact(m)
            guard hanging || lost else { continue }
            let member = members[i]
            var problems: [LocalizedText] = [], reasons: [LocalizedText] = []
            if hanging {
                hangingCount += 1
                problems.append(LocalizedText(en: "hanging", zh: "空挂"))
                if let branch = member.branch, db.orgs.isAlive(branch.index) {
                    let org = db.orgs[branch]
                    reasons.append(LocalizedText(en: "branch \(org.code) dissolved \(org.dissolved.map { "\($0)" } ?? "")",
                                                 zh: "所在支部\(org.code)已于\(org.dissolved.map { "\($0)" } ?? "")撤销"))
                } else if member.branch != nil {
                    reasons.append(LocalizedText(en: "branch removed", zh: "所在支部已删除"))
                } else {
                    reasons.append(LocalizedText(en: "no branch", zh: "未编入支部"))
                }
            }
            if lost {
                lostCount += 1
                problems.append(LocalizedText(en: "lost contact", zh: "失联"))
                if let last = member.lastContact, member.status != .lostContact {
                    let months = last.yearMonth.index.distance(to: db.today.yearMonth.index)
                    reasons.append(LocalizedText(en: "not heard of for \(months) months", zh: "\(months)个月未联系"))
                } else {
                    reasons.append(LocalizedText(en: "marked lost contact", zh: "已标记失联"))
                }
            }
            let branch = member.branch.flatMap { db.orgs.isAlive($0.index) ? db.orgs[$0] : nil }
            let community = placement.community(ofOrg: member.branch)
            table.append([
                .text(member.code), .name(member.name),
                .name(community == Placement.none ? nil : db.communities.rows[Int(community)].name),
                .name(branch?.name), .words(ReportWords.join(problems)), .words(ReportWords.join(reasons)),
                member.lastContact.map(ReportCell.day) ?? .empty,
            ])
        }
        table.notes = [LocalizedText(
            en: "\(hangingCount) hanging, \(lostCount) lost contact. Lost contact: \(Rules.lostContactMonths) months without news. Hanging members are reassigned with `assign member … to branch …`.",
            zh: "空挂\(hangingCount)人，失联\(lostCount)人。失联：\(Rules.lostContactMonths)个月无音讯。空挂党员请用 `assign member … to branch …` 重新编入支部。")]
        return table
    }
}
