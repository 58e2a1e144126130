import JicengBase
import JicengDomain

extension Reports {
    /// Rows of `report funds`: one per community, or one per street.
    public enum FundsGrouping: Sendable { case community, street }

    /// `report funds for 2025`: the year's allocations by the public rules, per
    /// community (or per street), with totals, in exact yuan:
    /// - `Rules.fundsPerOrganisationYearly` for each community (its party organisation)
    ///   and for each non-public or social party organisation sitting there (the top
    ///   organisation of a 两新 unit, or one whose sector says so), standing in the year;
    /// - `Rules.trainingFundsPerMemberYearly` per member on the roster (today's roster:
    ///   the store keeps no history of counts);
    /// - `Rules.officeFundsPerHouseholdYearly` and `Rules.serviceFundsPerHouseholdYearly`
    ///   per household.
    /// By street, organisations and members sitting on the street outside any community count too.
    public static func funds(_ db: Database, for year: Int, by grouping: FundsGrouping = .community) -> ReportTable {
        let placement = Placement(db)
        var perCommunity = Array(repeating: FundsBase(), count: db.communities.slotCount)
        var streetOnly = Array(repeating: FundsBase(), count: db.streets.slotCount)
        func add(_ c: Int32, _ s: Int32, _ body: (inout FundsBase) -> Void) {
            if c != Placement.none { body(&perCommunity[Int(c)]) } else if s != Placement.none { body(&streetOnly[Int(s)]) }
        }
        for c in db.communities.handles {
            perCommunity[Int(c.index)].orgs = 1
            perCommunity[Int(c.index)].households = db.communities[c].households ?? 0
        }
        let yearStart = Day(year: year, month: 1, day: 1), yearEnd = Day(year: year, month: 12, day: 31)
        for o in db.orgs.handles {
            let org = db.orgs[o]
            guard isTwoNew(db, o) else { continue }
            if let parent = org.parent, db.orgs.isAlive(parent.index), isTwoNew(db, parent) { continue }
            if let founded = org.founded, let yearEnd, founded > yearEnd { continue }
            if let dissolved = org.dissolved, let yearStart, dissolved <= yearStart { continue }
            add(placement.orgCommunity[Int(o.index)], placement.orgStreet[Int(o.index)]) { $0.orgs += 1 }
        }
        let members = db.members.rows // read in place, never copied whole
        for i in members.indices where db.members.isAlive(Int32(i)) && members[i].isOnRoster {
            let branch = members[i].branch
            add(placement.community(ofOrg: branch), placement.street(ofOrg: branch)) { $0.members += 1 }
        }

        let byStreet = grouping == .street
        var columns = [ReportColumn("code", ReportWords.code)]
        if byStreet {
            columns += [ReportColumn("street", ReportWords.street),
                        ReportColumn("communities", LocalizedText(en: "Communities", zh: "社区数"), kind: .integer)]
        } else {
            columns += [ReportColumn("community", ReportWords.community), ReportColumn("street", ReportWords.street)]
        }
        columns += [
            ReportColumn("funded_orgs", LocalizedText(en: "Funded orgs", zh: "保障党组织数"), kind: .integer),
            ReportColumn("members", ReportWords.members, kind: .integer),
            ReportColumn("households", LocalizedText(en: "Households", zh: "户数"), kind: .integer),
            ReportColumn("org_funds", LocalizedText(en: "Org funds", zh: "党组织工作经费"), kind: .decimal),
            ReportColumn("training", LocalizedText(en: "Training", zh: "党员教育培训经费"), kind: .decimal),
            ReportColumn("office", LocalizedText(en: "Office", zh: "社区办公经费"), kind: .decimal),
            ReportColumn("service", LocalizedText(en: "Service", zh: "社区服务经费"), kind: .decimal),
            ReportColumn("total", ReportWords.total, kind: .decimal),
        ]
        var table = ReportTable(
            title: LocalizedText(en: "Party-building funds for \(year) (yuan)", zh: "\(year)年党建经费测算（元）"),
            columns: columns,
            notes: [LocalizedText(
                en: "Yuan a year: \(Rules.fundsPerOrganisationYearly) per community, non-public and social party organisation; \(Rules.trainingFundsPerMemberYearly) per member for training; \(Rules.officeFundsPerHouseholdYearly) office and \(Rules.serviceFundsPerHouseholdYearly) service funds per household.",
                zh: "每年：每个社区、非公企业和社会组织党组织\(Rules.fundsPerOrganisationYearly)元；党员教育培训每人\(Rules.trainingFundsPerMemberYearly)元；社区办公经费每户\(Rules.officeFundsPerHouseholdYearly)元、服务经费每户\(Rules.serviceFundsPerHouseholdYearly)元。")],
            chart: ChartColumns(label: byStreet ? "street" : "community", values: ["total"]))

        var all = FundsBase()
        if byStreet {
            var communitiesOf = Array(repeating: 0, count: db.streets.slotCount)
            for c in db.communities.handles {
                guard let s = db.communities[c].street else { continue }
                communitiesOf[Int(s.index)] += 1
                streetOnly[Int(s.index)].add(perCommunity[Int(c.index)])
            }
            for s in db.streets.handles {
                let base = streetOnly[Int(s.index)]
                all.add(base)
                table.append([.text(db.streets[s].code), .name(db.streets[s].name), .int(Int64(communitiesOf[Int(s.index)]))] + base.cells())
            }
            table.totals = [.localized(ReportWords.total), .empty, .int(Int64(db.communities.count))] + all.cells()
        } else {
            for c in db.communities.handles {
                let community = db.communities[c], base = perCommunity[Int(c.index)]
                all.add(base)
                table.append([.text(community.code), .name(community.name), .name(community.street.map { db.streets[$0].name })] + base.cells())
            }
            table.totals = [.localized(ReportWords.total), .empty, .empty] + all.cells()
        }
        return table
    }

    /// A non-public or social party organisation: of a 两新 unit, or so by its sector.
    private static func isTwoNew(_ db: Database, _ o: Handle<Org>) -> Bool {
        let org = db.orgs[o]
        guard org.kind != .group else { return false }
        if org.sector == "non_public" || org.sector == "social" { return true }
        guard let u = org.unit, db.units.isAlive(u.index), let kind = db.units[u].kind else { return false }
        return twoNewKinds.contains(kind)
    }
}

/// What the funds rules multiply: funded organisations, members and households.
private struct FundsBase {
    var orgs = 0, members = 0, households = 0

    mutating func add(_ o: FundsBase) { orgs += o.orgs; members += o.members; households += o.households }

    func cells() -> [ReportCell] {
        let org = FundsBase.money(orgs, Rules.fundsPerOrganisationYearly)
        let training = FundsBase.money(members, Rules.trainingFundsPerMemberYearly)
        let office = FundsBase.money(households, Rules.officeFundsPerHouseholdYearly)
        let service = FundsBase.money(households, Rules.serviceFundsPerHouseholdYearly)
        var total: ExactDecimal? = ExactDecimal(0)
        for part in [org, training, office, service] { total = total.flatMap { t in part.flatMap { t + $0 } } }
        return [.int(Int64(orgs)), .int(Int64(members)), .int(Int64(households))]
            + [org, training, office, service, total].map { $0.flatMap { $0.rounded(scale: 2) }.map(ReportCell.decimal) ?? .empty }
    }

    /// Count × yearly rate, exact; nil only on overflow (shown as an empty cell, never a wrong figure).
    static func money(_ count: Int, _ rate: ExactDecimal) -> ExactDecimal? { ExactDecimal(Int64(count)) * rate }
}
