import JicengBase
import JicengDomain

extension Reports {
    /// `report points top 10`: the members on the roster with the highest points balance
    /// (the sum of their entries), highest first, ties by code (sharing a rank); with their entry count.
    public static func pointsTop(_ db: Database, count limit: Int) -> ReportTable {
        var balance = Array(repeating: 0, count: db.members.slotCount)
        var entries = Array(repeating: 0, count: db.members.slotCount)
        let rows = db.points.rows // read in place, never copied whole
        for i in rows.indices where db.points.isAlive(Int32(i)) {
            guard let m = rows[i].member else { continue }
            balance[Int(m.index)] += rows[i].delta ?? 0
            entries[Int(m.index)] += 1
        }
        let members = db.members.rows
        var ranked = db.members.handles.filter { members[Int($0.index)].isOnRoster }
        ranked.sort { a, b in
            balance[Int(a.index)] != balance[Int(b.index)] ? balance[Int(a.index)] > balance[Int(b.index)]
                : members[Int(a.index)].code < members[Int(b.index)].code
        }

        var table = ReportTable(
            title: LocalizedText(en: "Points: top \(limit) (\(ReportWords.asOf(db.today).en))",
                                 zh: "党员积分前\(limit)名（\(ReportWords.asOf(db.today).zh)）"),
            columns: [
                ReportColumn("rank", LocalizedText(en: "Rank", zh: "名次"), kind: .integer),
                ReportColumn("code", ReportWords.code),
                ReportColumn("member", ReportWords.member),
                ReportColumn("branch", ReportWords.branch),
                ReportColumn("balance", LocalizedText(en: "Points", zh: "积分"), kind: .integer),
                ReportColumn("entries", LocalizedText(en: "Entries", zh: "记录数"), kind: .integer),
            ],
            chart: ChartColumns(label: "member", values: ["balance"]))
        var rank = 0
        for (place, m) in ranked.prefix(max(0, limit)).enumerated() {
            let member = db.members[m]
            // Equal balances share a rank (1, 1, 3), as a published list shows them.
            if place == 0 || balance[Int(m.index)] != balance[Int(ranked[place - 1].index)] { rank = place + 1 }
            table.append([.int(Int64(rank)), .text(member.code), .name(member.name),
                          .name(member.branch.map { db.orgs[$0].name }),
                          .int(Int64(balance[Int(m.index)])), .int(Int64(entries[Int(m.index)]))])
        }
        return table
    }
}
