import JicengBase
import JicengDomain

extension Reports {
    /// `report by street`: per street, its communities, grids, party organisations,
    /// members, in-service members reported (双报到), active agreements, meetings and
    /// attendance this quarter, wishes fulfilled and the 一肩挑 share; a totals row.
    public static func byStreet(_ db: Database) -> ReportTable {
        let placement = Placement(db)
        let tally = AreaTally(db, placement)
        var communitiesOf = Array(repeating: [Handle<Community>](), count: db.streets.slotCount)
        for c in db.communities.handles {
            if let s = db.communities[c].street { communitiesOf[Int(s.index)].append(c) }
        }

        var table = ReportTable(
            title: AreaTally.title(LocalizedText(en: "Party building by street", zh: "各街道党建工作统计"), db),
            columns: [
                ReportColumn("code", ReportWords.code),
                ReportColumn("street", ReportWords.street),
                ReportColumn("communities", LocalizedText(en: "Communities", zh: "社区数"), kind: .integer),
                AreaTally.gridsColumn,
                AreaTally.orgsColumn,
            ] + AreaTally.activityColumns + [
                ReportColumn("one_shoulder", LocalizedText(en: "一肩挑", zh: "一肩挑"), kind: .percent),
            ],
            notes: AreaTally.notes,
            chart: ChartColumns(label: "street", values: ["members", "one_shoulder"]))

        var all = AreaTally.Figures()
        for s in db.streets.handles {
            let f = tally.street(s, communities: communitiesOf[Int(s.index)])
            all.add(f)
            table.append(row(.text(db.streets[s].code), .name(db.streets[s].name), f))
        }
        table.totals = row(.localized(ReportWords.total), .empty, all)
        return table
    }

    private static func row(_ code: ReportCell, _ name: ReportCell, _ f: AreaTally.Figures) -> [ReportCell] {
        [code, name, .int(Int64(f.communities)), .int(Int64(f.grids)), .int(Int64(f.orgs))]
            + AreaTally.activityCells(f)
            + [ReportCell.percent(Int64(f.oneShoulder), of: Int64(f.communities))]
    }
}
