import JicengBase
import JicengDomain

// The org tree, sized by the public thresholds: a working committee per street; in each
// community a committee (100+ members), a general branch (50+) or a branch; branches of
// 15–45 under them, groups in the larger branches; the same for resident units, whose
// small non-public ones sit under the street's joint committee; a special-interest
// branch per street and a few temporary organisations.
extension CityBuilder {
    /// Members a branch under a committee or general branch holds, about.
    static let branchSize = 32
    /// Branches this large split into party groups.
    static let groupedBranchSize = 15
    static let chineseOrdinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    static let interestBranchNames = ["银发志愿服务特色党支部", "书画艺术特色党支部", "红色宣讲特色党支部", "楼宇青年特色党支部"]
    static let temporaryOrgNames = ["老旧小区改造临时党支部", "重点项目临时党支部", "防汛抢险临时党支部"]

    func buildOrganisations() throws {
        for s in streets.indices {
            var wc = Org()
            wc.name = streets[s].name + "党工委"
            wc.kind = .workingCommittee
            wc.street = streets[s].street
            wc.sector = "community"
            wc.founded = foundedDay()
            wc.termEnds = termEnd(from: wc.founded!, years: Rules.committeeTermYears)
            streets[s].workingCommittee = try db.insert(wc)
            if rng.chance(0.6) {
                var joint = Org()
                joint.name = streets[s].name + "非公企业联合党委"
                joint.kind = .jointCommittee
                joint.parent = streets[s].workingCommittee
                joint.street = streets[s].street
                joint.sector = "non_public"
                joint.founded = foundedDay()
                joint.termEnds = termEnd(from: joint.founded!, years: Rules.committeeTermYears)
                streets[s].jointCommittee = try db.insert(joint)
            }
        }
        // Residents: the community's members split around the mean.
        let perCommunity = Double(scale.residentMembers) / Double(places.count)
        var residentsLeft = scale.residentMembers
        for p in places.indices {
            let street = places[p].street
            var size = p == places.count - 1 ? residentsLeft : min(residentsLeft, rng.around(Int(perCommunity), spread: 0.5, minimum: 3))
            size = max(0, size)
            residentsLeft -= size
            guard size > 0 else { continue }
            let name = places[p].name
            let top = try orgTree(name: name, size: size, parent: streets[street].workingCommittee, place: p, unit: nil, unitKind: nil, sector: "community")
            places[p].committee = top
        }
        for plan in unitPlans {
            let unitName = db.units[plan.unit].name
            let smallNonPublic = plan.size < Rules.generalBranchThreshold && [.enterprise, .building, .park].contains(plan.kind)
            let parent = smallNonPublic ? streets[places[plan.place].street].jointCommittee : nil
            let sector = [.enterprise, .building, .park].contains(plan.kind) ? "non_public" : plan.kind == .socialOrg ? "social" : plan.kind.rawValue
            let top = try orgTree(name: unitName, size: plan.size, parent: parent, place: plan.place, unit: plan.unit, unitKind: plan.kind, sector: sector)
            try db.update(plan.unit) { $0.partyOrg = top }
        }
        try buildSpecialOrgs()
        trimRosters(to: scale.members)
        settle()
    }

    /// Makes the organisation for `size` members and the branches and groups under it; returns the top.
    private func orgTree(name: String, size: Int, parent: Handle<Org>?, place: Int, unit: Handle<Unit>?, unitKind: UnitKind?, sector: String) throws -> Handle<Org> {
        let kind: OrgKind = size >= Rules.baseCommitteeThreshold ? .committee : size >= Rules.generalBranchThreshold ? .generalBranch : .branch
        var top = Org()
        top.name = name + (kind == .committee ? "党委" : kind == .generalBranch ? "党总支" : "党支部")
        top.kind = kind
        top.parent = parent
        if unit == nil { top.community = places[place].community } else { top.unit = unit; top.community = places[place].community }
        top.sector = sector
        top.founded = foundedDay()
        top.termEnds = termEnd(from: top.founded!, years: kind == .committee ? Rules.committeeTermYears : Rules.branchTermYears)
        let topHandle = try db.insert(top)
        guard kind != .branch else {
            try addRoster(org: topHandle, name: top.name, size: size, place: place, unit: unit, unitKind: unitKind)
            return topHandle
        }
        upperOrgs.append((topHandle, place))
        let branchCount = max(2, (size + CityBuilder.branchSize / 2) / CityBuilder.branchSize)
        var left = size
        for b in 0..<branchCount {
            let share = b == branchCount - 1 ? left : left / (branchCount - b)
            left -= share
            var branch = Org()
            let ordinal = b < CityBuilder.chineseOrdinals.count ? CityBuilder.chineseOrdinals[b] : String(b + 1)
            branch.name = name + "第" + ordinal + (unit == nil && b > 0 && rng.chance(0.3) ? "（离退休）" : "") + "党支部"
            branch.kind = .branch
            branch.parent = topHandle
            branch.sector = sector
            branch.founded = foundedDay()
            branch.termEnds = termEnd(from: branch.founded!, years: Rules.branchTermYears)
            let handle = try db.insert(branch)
            try addRoster(org: handle, name: branch.name, size: share, place: place, unit: unit, unitKind: unitKind)
        }
        return topHandle
    }

    private func addRoster(org: Handle<Org>, name: String, size: Int, place: Int, unit: Handle<Unit>?, unitKind: UnitKind?) throws {
        var roster = Roster(org: org, size: size, place: place, unit: unit, unitKind: unitKind)
        if size >= CityBuilder.groupedBranchSize {
            let groups = size >= 30 ? 3 : 2
            for g in 0..<groups {
                var group = Org()
                group.name = name + "第" + CityBuilder.chineseOrdinals[g] + "党小组"
                group.kind = .group
                group.parent = org
                group.sector = db.orgs[org].sector
                roster.groups.append(try db.insert(group))
            }
        }
        rosters.append(roster)
    }

    /// Special-interest branches (非建制性, with a handful of members) and temporary organisations.
    private func buildSpecialOrgs() throws {
        for s in streets.indices where !streets[s].places.isEmpty {
            let place = streets[s].places[0]
            if rng.chance(0.5) {
                var org = Org()
                org.name = SampleWords.dropping("街道", from: streets[s].name) + rng.pick(CityBuilder.interestBranchNames)
                org.kind = .interestBranch
                org.parent = streets[s].workingCommittee
                org.community = places[place].community
                org.sector = "community"
                org.founded = day(ago: rng.int(60...1500))
                let handle = try db.insert(org)
                rosters.append(Roster(org: handle, size: rng.int(5...9), place: place, unit: nil, unitKind: nil))
            }
            if s % 3 == 0 {
                var org = Org()
                org.name = SampleWords.dropping("街道", from: streets[s].name) + rng.pick(CityBuilder.temporaryOrgNames)
                org.kind = .temporary
                org.parent = streets[s].workingCommittee
                org.street = streets[s].street
                org.sector = "community"
                org.founded = day(ago: rng.int(20...300))
                temporaryOrgs.append((try db.insert(org), place))
            }
        }
    }

    /// Takes members off the largest rosters until the city has exactly `total` (the
    /// special-interest branches were planned on top of the split).
    private func trimRosters(to total: Int) {
        var excess = rosters.reduce(0) { $0 + $1.size } - total
        while excess > 0 {
            let largest = rosters.indices.max { rosters[$0].size < rosters[$1].size }!
            let cut = min(excess, max(1, rosters[largest].size / 10))
            rosters[largest].size -= cut
            excess -= cut
        }
    }

    /// Founding dates spread over the last decades.
    func foundedDay() -> Day { day(ago: rng.int(400...(365 * 30))) }

    /// The current term's end: terms run from founding in whole terms; the next end after
    /// today, or (for a few organisations, so reports find them) one that passed recently.
    func termEnd(from founded: Day, years: Int) -> Day {
        var end = founded.adding(years: years)!
        while end < today { end = end.adding(years: years)! }
        if rng.chance(0.05) { end = end.adding(years: -years)! }
        return end < founded ? founded.adding(years: years)! : end
    }
}
