import JicengBase
import JicengDomain

extension Reports {
    /// `report by community [in street X]`: the street report's figures per community,
    /// plus households, activity space (m²) and social organisations; a totals row.
    /// Without a street, every community of the city, street by street.
    public static func byCommunity(_ db: Database, inStreet street: Handle<Street>? = nil) -> ReportTable {
        let placement = Placement(db)
        let tally = AreaTally(db, placement)
        let what: LocalizedText
        if let street {
            let name = db.streets[street].name
            what = LocalizedText(en: "Communities of \(name)", zh: "\(name)各社区党建工作统计")
        } else {
            what = LocalizedText(en: "Party building by community", zh: "各社区党建工作统计")
        }
        var table = ReportTable(
            title: AreaTally.title(what, db),
            columns: [
                ReportColumn("code", ReportWords.code),
                ReportColumn("community", ReportWords.community),
                ReportColumn("street", ReportWords.street),
                AreaTally.gridsColumn,
                AreaTally.orgsColumn,
            ] + AreaTally.activityColumns + [
                ReportColumn("one_shoulder", LocalizedText(en: "一肩挑", zh: "一肩挑"), kind: .percent),
                ReportColumn("households", LocalizedText(en: "Households", zh: "户数"), kind: .integer),
                ReportColumn("area_m2", LocalizedText(en: "Activity space m²", zh: "活动场所面积㎡"), kind: .integer),
                ReportColumn("social_orgs", LocalizedText(en: "Social orgs", zh: "社会组织数"), kind: .integer),
            ],
            notes: AreaTally.notes,
            chart: ChartColumns(label: "community", values: ["members", "area_m2"]))

        var chosen = db.communities.handles.filter { street == nil || db.communities[$0].street == street }
        if street == nil {
            // Street by street, in the streets' order, then each street's communities in theirs.
            chosen.sort { (db.communities[$0].street?.index ?? -1, $0.index) < (db.communities[$1].street?.index ?? -1, $1.index) }
        }
        var all = AreaTally.Figures()
        var households: Int64 = 0, area: Int64 = 0, socialOrgs: Int64 = 0
        for c in chosen {
            let community = db.communities[c]
            let f = tally.community[Int(c.index)]
            all.add(f)
            households += Int64(community.households ?? 0)
            area += Int64(community.areaM2 ?? 0)
            socialOrgs += Int64(community.socialOrgs ?? 0)
            table.append([.text(community.code), .name(community.name), .name(community.street.map { db.streets[$0].name }),
                          .int(Int64(f.grids)), .int(Int64(f.orgs))]
                         + AreaTally.activityCells(f)
                         + [.bool(f.oneShoulder == 1), optionalInt(community.households), optionalInt(community.areaM2),
                            optionalInt(community.socialOrgs)])
        }
        table.totals = [.localized(ReportWords.total), .empty, .empty, .int(Int64(all.grids)), .int(Int64(all.orgs))]
            + AreaTally.activityCells(all)
            + [ReportCell.percent(Int64(all.oneShoulder), of: Int64(all.communities)), .int(households), .int(area), .int(socialOrgs)]
        return table
    }

    static func optionalInt(_ n: Int?) -> ReportCell { n.map { .int(Int64($0)) } ?? .empty }
}
