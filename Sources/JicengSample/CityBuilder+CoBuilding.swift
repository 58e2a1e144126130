import JicengBase
import JicengDomain

// 共驻共建: agreements between resident units and communities or streets (some expired,
// some expiring soon, a few terminated), and the needs, resources and projects lists
// claimed both ways (双向认领).
extension CityBuilder {
    static let agreementKinds: [(AgreementKind, Int)] = [(.coBuilding, 60), (.pairing, 25), (.alliance, 15)]
    static let terminationReasons = ["单位搬迁", "单位撤并", "合作项目结束"]

    func buildCoBuilding() throws {
        let allUnits = places.flatMap(\.units)
        guard !allUnits.isEmpty else { return }
        for p in places.indices {
            let nearby = places[p].units.isEmpty ? allUnits : places[p].units + streets[places[p].street].places.flatMap { places[$0].units }
            for _ in 0..<rng.around(SampleScale.agreementsPerCommunity, spread: 0.5, minimum: 1) {
                try makeAgreement(place: p, unit: rng.pick(nearby))
            }
            try makeLists(place: p, nearby: nearby)
        }
        settle()
    }

    private func makeAgreement(place p: Int, unit: Handle<Unit>) throws {
        var a = Agreement()
        a.kind = rng.pick(CityBuilder.agreementKinds)
        a.unit = unit
        // An alliance (党建联盟) is with the street; the rest with a community.
        if a.kind == .alliance { a.street = streets[places[p].street].street } else { a.community = places[p].community }
        let roll = rng.unit()
        let starts: Day, ends: Day
        switch roll {
        case ..<0.12: // expired
            starts = day(ago: rng.int(800...1500)); ends = day(ago: rng.int(1...300))
        case ..<0.22: // expiring within 60 days
            starts = day(ago: rng.int(365...1000)); ends = today.adding(days: rng.int(0...60))!
        default:
            starts = day(ago: rng.int(0...700)); ends = starts.adding(years: rng.int(2...3))!
        }
        a.starts = starts
        a.ends = ends
        a.signed = starts.adding(days: -rng.int(0...20))
        a.resources = Array(Set((0..<rng.int(1...3)).map { _ in rng.pick(SampleWords.resources) })).sorted()
        a.needs = Array(Set((0..<rng.int(1...3)).map { _ in rng.pick(SampleWords.needs) })).sorted()
        if rng.chance(0.5) { a.projects = [rng.pick(SampleWords.projects)] }
        if roll >= 0.22, rng.chance(0.04), starts < today {
            a.status = .terminated
            a.terminatedOn = day(ago: rng.int(0..<max(1, Int(today.ordinal - starts.ordinal))))
            a.reason = rng.pick(CityBuilder.terminationReasons)
        }
        try db.insert(a)
    }

    private func makeLists(place p: Int, nearby: [Handle<Unit>]) throws {
        let community = EntityRef(places[p].community)
        for _ in 0..<rng.around(SampleScale.needsPerCommunity, spread: 0.7) {
            var need = Need()
            need.text = rng.pick(SampleWords.needs)
            need.owner = community
            need.posted = recentDay(within: 365)
            claim(&need.status, &need.claimedBy, &need.claimedOn, &need.doneOn, by: EntityRef(rng.pick(nearby)), after: need.posted!)
            try db.insert(need)
        }
        for unit in nearby.prefix(2) {
            var resource = Resource()
            resource.text = rng.pick(SampleWords.resources)
            resource.owner = EntityRef(unit)
            resource.posted = recentDay(within: 365)
            claim(&resource.status, &resource.claimedBy, &resource.claimedOn, &resource.doneOn, by: community, after: resource.posted!)
            try db.insert(resource)
        }
        if rng.chance(0.6) {
            var project = Project()
            project.text = rng.pick(SampleWords.projects)
            project.owner = community
            project.posted = recentDay(within: 365)
            claim(&project.status, &project.claimedBy, &project.claimedOn, &project.doneOn, by: EntityRef(rng.pick(nearby)), after: project.posted!)
            try db.insert(project)
        }
    }

    /// Open, claimed or done; a claim comes after the posting, completion after the claim.
    private func claim(_ status: inout ClaimStatus?, _ by: inout EntityRef?, _ claimedOn: inout Day?, _ doneOn: inout Day?,
                       by claimer: EntityRef, after posted: Day) {
        let roll = rng.unit()
        guard roll >= 0.3 else { status = .open; return }
        let span = max(1, Int(today.ordinal - posted.ordinal))
        status = roll < 0.6 ? .claimed : roll < 0.95 ? .done : .cancelled
        if status == .cancelled { return }
        by = claimer
        claimedOn = posted.adding(days: rng.int(0..<span))
        if status == .done { doneOn = claimedOn!.adding(days: rng.int(0...max(0, Int(today.ordinal - claimedOn!.ordinal)))) }
    }
}
