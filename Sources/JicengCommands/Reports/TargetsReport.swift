import JicengBase
import JicengDomain

extension Reports {
    /// `report targets`: the public targets of community party building, each with the
    /// figure, the target, whether it is met, how many meet it of how many, and who
    /// misses it (the first names, then a count).
    ///
    /// - 一肩挑: communities whose secretary is also the director; the target is
    ///   `Rules.oneShoulderMidYearPercent` until the end of June, then
    ///   `Rules.oneShoulderYearEndPercent` (the next deadline applies).
    /// - social organisations ≥ `Rules.socialOrgsPerCommunity` and activity space ≥
    ///   `Rules.minimumActivitySpaceM2` m²: every community (an unrecorded figure misses).
    /// - 两新 coverage: units of kind enterprise, social_org, building or park with a
    ///   standing party organisation, over all such units.
    public static func targets(_ db: Database) -> ReportTable {
        var oneShoulder = TargetCount(), socialOrgs = TargetCount(), space = TargetCount(), coverage = TargetCount()
        for c in db.communities.handles {
            let community = db.communities[c]
            oneShoulder.count(db.isOneShoulder(c), community.name)
            socialOrgs.count((community.socialOrgs ?? 0) >= Rules.socialOrgsPerCommunity, community.name)
            space.count((community.areaM2 ?? 0) >= Rules.minimumActivitySpaceM2, community.name)
        }
        for u in db.units.handles {
            let unit = db.units[u]
            guard let kind = unit.kind, twoNewKinds.contains(kind) else { continue }
            coverage.count(unit.partyOrg.map { db.isStanding($0) } ?? false, unit.name)
        }

        let midYear = db.today.month <= lastMonthOfFirstHalf
        let oneShoulderTarget = midYear ? Rules.oneShoulderMidYearPercent : Rules.oneShoulderYearEndPercent
        let deadline = midYear ? LocalizedText(en: "by mid-year", zh: "年中") : LocalizedText(en: "by year end", zh: "年底")
        var table = ReportTable(
            title: LocalizedText(en: "Targets (\(ReportWords.asOf(db.today).en))", zh: "党建工作目标完成情况（\(ReportWords.asOf(db.today).zh)）"),
            columns: [
                ReportColumn("target", LocalizedText(en: "Target", zh: "目标")),
                ReportColumn("figure", LocalizedText(en: "Figure", zh: "现状"), kind: .percent),
                ReportColumn("required", LocalizedText(en: "Required", zh: "要求"), kind: .percent),
                ReportColumn("met", LocalizedText(en: "Met", zh: "达标"), alignment: .left),
                ReportColumn("meeting", LocalizedText(en: "Meeting it", zh: "达标数"), kind: .integer),
                ReportColumn("of", LocalizedText(en: "Of", zh: "总数"), kind: .integer),
                ReportColumn("missing", LocalizedText(en: "Missing", zh: "未达标")),
            ],
            notes: [LocalizedText(en: "Percentages are of communities (两新: of enterprises, social organisations, office buildings and parks).",
                                  zh: "比例按社区计（两新覆盖按企业、社会组织、商务楼宇、园区计）。")],
            chart: ChartColumns(label: "target", values: ["figure"]))
        table.append(oneShoulder.row(LocalizedText(en: "一肩挑 (secretary also director) \(deadline.en)",
                                                   zh: "一肩挑（书记兼主任）比例（\(deadline.zh)）"), required: oneShoulderTarget))
        table.append(socialOrgs.row(LocalizedText(en: "≥ \(Rules.socialOrgsPerCommunity) social organisations per community",
                                                  zh: "每个社区社会组织≥\(Rules.socialOrgsPerCommunity)个"), required: 100))
        table.append(space.row(LocalizedText(en: "Activity space ≥ \(Rules.minimumActivitySpaceM2) m²",
                                             zh: "活动场所面积≥\(Rules.minimumActivitySpaceM2)㎡"), required: 100))
        table.append(coverage.row(LocalizedText(en: "两新 organisations with a party organisation", zh: "两新组织党组织覆盖率"),
                                  required: Rules.twoNewCoveragePercent))
        return table
    }

    /// The unit kinds that are 两新 (non-public economic and social) organisations.
    static let twoNewKinds: Set<UnitKind> = [.enterprise, .socialOrg, .building, .park]
    /// "Mid-year" ends with June: until then the mid-year 一肩挑 target applies.
    static let lastMonthOfFirstHalf = 6
}

/// How many meet one target, of how many, and the names of those that do not.
private struct TargetCount {
    var met = 0, all = 0
    var missing: [String] = []

    mutating func count(_ ok: Bool, _ name: String) {
        all += 1
        if ok { met += 1 } else {
            if missing.count < ReportWords.namesListed { missing.append(name) }
        }
    }

    func row(_ target: LocalizedText, required: Int) -> [ReportCell] {
        let figure = ReportCell.percent(Int64(met), of: Int64(all))
        let ok: Bool
        if case .percent(let p) = figure { ok = !(p < ExactDecimal(Int64(required))) } else { ok = true }
        return [.localized(target), figure, .percent(ExactDecimal(Int64(required))), .bool(ok),
                .int(Int64(met)), .int(Int64(all)), .words(ReportWords.list(missing, total: all - met))]
    }
}
