import JicengBase
import JicengDomain

// Members: names, genders, ethnicities, ID numbers agreeing with birth date and gender,
// joined at 18 or later, formal a year after, statuses, phones, addresses, dues bases,
// and for unit members the community they report to (双报到).
extension CityBuilder {
    /// Ages of members organised where they live: many retirees.
    static let residentAges: [(ClosedRange<Int>, Int)] = [(24...39, 12), (40...59, 26), (60...74, 38), (75...94, 24)]
    /// Ages of members in resident units: working age.
    static let unitAges: [(ClosedRange<Int>, Int)] = [(23...35, 35), (36...50, 40), (51...60, 25)]
    /// Share of women among members (about a third nationally, more among residents).
    static let femaleShareResidents = 0.42
    static let femaleShareUnits = 0.32
    /// Share of members admitted in the last year, still on probation.
    static let probationaryShare = 0.03
    /// Age at joining: most join young, some later in life.
    static let joiningAges: [(ClosedRange<Int>, Int)] = [(18...25, 45), (26...35, 40), (36...50, 15)]

    func buildMembers() throws {
        for r in rosters.indices {
            let roster = rosters[r]
            for i in 0..<roster.size {
                let group = roster.groups.isEmpty ? nil : roster.groups[i % roster.groups.count]
                let member = try makeMember(roster: roster, group: group)
                rosters[r].members.append(member)
                let status = db.members[member].status
                guard status == .active || status == .floatingIn else { continue }
                if roster.unit == nil {
                    places[roster.place].residents.append(member)
                } else if let reported = db.members[member].reportedCommunity {
                    places[placeIndex[reported]!].reported.append(member)
                }
            }
        }
        settle()
    }

    private func makeMember(roster: Roster, group: Handle<Org>?) throws -> Handle<Member> {
        let resident = roster.unit == nil
        var m = Member()
        let gender: Gender = rng.chance(resident ? CityBuilder.femaleShareResidents : CityBuilder.femaleShareUnits) ? .female : .male
        let age = rng.int(rng.pick(resident ? CityBuilder.residentAges : CityBuilder.unitAges))
        let born = day(ago: age * 365 + age / 4 + rng.int(0...364))
        m.name = SampleNames.name(gender: gender, born: born.year, using: &rng)
        m.gender = gender
        m.born = born
        m.ethnicity = rng.pick(SampleNames.ethnicities)
        m.status = pickStatus(resident: resident, age: age)
        let region = m.status == .floatingIn ? rng.pick(SampleIdentity.otherRegions) : SampleIdentity.districtRegion(streets[places[roster.place].street].district)
        m.idcard = SampleIdentity.idcard(region: region, born: born, gender: gender, using: &rng, taken: &identityNumbers)
        m.phone = SampleIdentity.phone(using: &rng)
        m.education = rng.pick(born.year < 1965 ? SampleWords.olderEducations : SampleWords.educations)
        m.address = SampleWords.dropping("社区", from: places[roster.place].name) + rng.pick(SampleWords.estateWords)
            + "\(rng.int(1...30))号楼\(rng.int(1...6))单元\(rng.int(1...24))0\(rng.int(1...4))室"
        setMembershipDates(&m, born: born, age: age)
        m.branch = roster.org
        m.group = group
        m.lastContact = lastContact(for: m.status!)
        if m.status!.onRoster { m.duesBaseline = duesBaseline() }
        if resident {
            m.grid = rng.pick(places[roster.place].grids)
            m.duesBasis = age >= 60 ? .retired : rng.pick([(DuesBasis.working, 75), (.unemployed, 15), (.lowIncome, 5), (.student, age < 26 ? 5 : 0)])
            if m.duesBasis == .working { m.workUnit = "个体经营"; m.job = rng.pick(["个体户", "自由职业", "社区工作者", "网格员"]) }
        } else {
            let kind = roster.unitKind ?? .enterprise
            m.workUnit = db.units[roster.unit!].name
            m.job = rng.pick(SampleWords.jobs[kind]!)
            m.duesBasis = .working
            if rng.chance(SampleScale.inServiceShare), m.status == .active || m.status == .floatingIn {
                m.inService = true
                // Most report where they live, which is often near where they work.
                let street = streets[places[roster.place].street]
                let place = rng.chance(0.6) ? roster.place : rng.pick(street.places)
                m.reportedCommunity = places[place].community
                if rng.chance(0.5) { m.grid = rng.pick(places[place].grids) }
            }
        }
        switch m.status! {
        case .transferredOut:
            m.branch = nil
            m.group = nil
            m.transferOrg = rng.pick(SampleWords.transferDestinations)
            m.transferOn = recentDay(within: 365)
        case .floatingOut:
            m.transferOrg = rng.pick(SampleWords.transferDestinations)
            m.transferOn = day(ago: rng.int(30...900))
        case .floatingIn:
            m.transferOrg = rng.pick(SampleWords.transferDestinations)
            m.transferOn = day(ago: rng.int(30...900))
        default: break
        }
        return try db.insert(m)
    }

    private func pickStatus(resident: Bool, age: Int) -> MemberStatus {
        if age >= 70, rng.chance(0.04) { return .deceased }
        let roll = rng.unit()
        if resident {
            switch roll {
            case ..<0.03: return .floatingOut
            case ..<0.05: return .floatingIn
            case ..<0.06: return .transferredOut
            case ..<0.07: return .lostContact
            default: return .active
            }
        }
        switch roll {
        case ..<0.01: return .floatingOut
        case ..<0.025: return .transferredOut
        case ..<0.028: return .lostContact
        default: return .active
        }
    }

    /// Joined at 18 or later and not in the future; formal a year (sometimes more) after, unless still on probation.
    private func setMembershipDates(_ m: inout Member, born: Day, age: Int) {
        let eighteen = born.adding(years: Rules.minimumJoiningAge)!
        if age < 50, rng.chance(CityBuilder.probationaryShare) {
            m.joined = max(eighteen, day(ago: rng.int(20...340)))
            return
        }
        var joinAge = rng.int(rng.pick(CityBuilder.joiningAges))
        joinAge = min(joinAge, max(Rules.minimumJoiningAge, age - 2))
        var joined = born.adding(years: joinAge)!.adding(days: rng.int(0...300))!
        let latest = day(ago: 420)
        if joined > latest { joined = latest }
        if joined < eighteen { joined = eighteen }
        m.joined = joined
        // A few probations were extended by 6–12 months (党章 第七条).
        let extra = rng.chance(0.02) ? rng.int(Rules.probationExtensionMonths) : 0
        let formal = joined.adding(years: Rules.probationYears)!.adding(months: extra)!.adding(days: rng.int(0...20))!
        m.formal = formal <= today ? formal : joined.adding(years: Rules.probationYears)!
    }

    private func lastContact(for status: MemberStatus) -> Day? {
        switch status {
        case .lostContact: return day(ago: rng.int(200...700))
        case .deceased, .transferredOut: return nil
        case .floatingOut: return day(ago: rng.int(0...150))
        default: return rng.chance(0.01) ? day(ago: rng.int(190...300)) : recentDay(within: 90)
        }
    }
}
