import JicengBase
import JicengDomain

// Who leads: branch committees (7+ members) and secretaries, community committees with
// part-time members from resident units, 一肩挑 secretaries, and 一格三员 in every grid.
extension CityBuilder {
    static let branchRoles = ["书记", "副书记", "组织委员", "宣传委员", "纪检委员"]
    static let committeeRoles = ["书记", "副书记", "组织委员", "宣传委员", "纪检委员", "青年委员", "统战委员"]
    static let partTimeRole = "兼职委员"

    func appointLeaders() throws {
        for r in rosters.indices {
            let candidates = leaderCandidates(rosters[r].members)
            guard let secretary = candidates.first else { continue }
            var committee: [RefNote<Member>] = []
            if rosters[r].members.count >= Rules.branchCommitteeThreshold {
                let size = min(candidates.count, rosters[r].members.count >= 20 ? 5 : 3)
                committee = zip(candidates.prefix(size), CityBuilder.branchRoles).map { RefNote($0, $1) }
            }
            try db.update(rosters[r].org) { $0.secretary = secretary; $0.committee = committee }
            for group in rosters[r].groups {
                let inGroup = rosters[r].members.filter { db.members[$0].group == group }
                if let head = leaderCandidates(inGroup).first { try db.update(group) { $0.secretary = head } }
            }
        }
        for (org, place) in upperOrgs {
            let candidates = leaderCandidates(db.members(of: org))
            guard !candidates.isEmpty else { continue }
            var committee = zip(candidates.prefix(rng.int(5...7)), CityBuilder.committeeRoles).map { RefNote($0, $1) }
            // A community committee takes part-time members from the resident units' organisations (兼职委员).
            if db.orgs[org].unit == nil {
                let unitMembers = places[place].reported
                for m in rng.sample(min(2, unitMembers.count), of: unitMembers.count).map({ unitMembers[$0] }) {
                    committee.append(RefNote(m, CityBuilder.partTimeRole))
                }
            }
            try db.update(org) { $0.secretary = candidates[0]; $0.committee = committee }
        }
        for p in places.indices {
            let secretary = places[p].committee.flatMap { db.orgs[$0].secretary }
            let oneShoulder = rng.chance(SampleScale.oneShoulderShare)
            let others = places[p].residents.filter { $0 != secretary }
            let director: Handle<Member>? = oneShoulder ? secretary : (others.isEmpty || rng.chance(0.3) ? nil : rng.pick(others))
            try db.update(places[p].community) { $0.secretary = secretary; $0.director = director }
            try appointGridStaff(p)
        }
        // A street's working committee is led by one of its community secretaries; a joint
        // committee by the secretary of one of its member enterprises' organisations.
        for street in streets {
            let secretaries = street.places.compactMap { places[$0].committee.flatMap { db.orgs[$0].secretary } }
            if let wc = street.workingCommittee, let first = secretaries.first { try db.update(wc) { $0.secretary = first } }
            if let joint = street.jointCommittee,
               let head = db.children(of: joint).lazy.compactMap({ self.db.orgs[$0].secretary }).first {
                try db.update(joint) { $0.secretary = head }
            }
        }
        for (org, place) in temporaryOrgs {
            let pool = places[place].residents + places[place].reported
            guard !pool.isEmpty else { continue }
            try db.update(org) { $0.secretary = rng.pick(pool) }
        }
        settle()
    }

    /// Active formal members of working age first (secretaries are rarely over 70), in roster order.
    private func leaderCandidates(_ members: [Handle<Member>]) -> [Handle<Member>] {
        let eligible = members.filter {
            let m = db.members[$0]
            return m.status == .active && m.formal != nil
        }
        let working = eligible.filter { (db.age(of: $0) ?? 0) <= 68 }
        return working + eligible.filter { (db.age(of: $0) ?? 0) > 68 }
    }

    /// 网格长 and 一格三员 (居民服务员, 民情收集员, 党建指导员), from the community's members;
    /// a few grids still miss one role, as real ones do.
    private func appointGridStaff(_ p: Int) throws {
        let pool = places[p].residents + places[p].reported
        guard pool.count >= 4 else { return }
        for grid in places[p].grids {
            let chosen = rng.sample(4, of: pool.count).map { pool[$0] }
            let missing = rng.chance(0.05) ? rng.int(1...3) : 0
            try db.update(grid) { g in
                g.head = chosen[0]
                g.serviceStaff = missing == 1 ? nil : chosen[1]
                g.infoCollector = missing == 2 ? nil : chosen[2]
                g.partyInstructor = missing == 3 ? nil : chosen[3]
            }
        }
    }
}
