import JicengBase
import JicengDomain

// Serving residents: micro-wishes in every state, five-step proposals at every step,
// and the four lists' tasks, some done, some overdue.
extension CityBuilder {
    static let wishStates: [(WishStatus, Int)] = [(.open, 20), (.claimed, 25), (.fulfilled, 50), (.cancelled, 5)]

    func buildService() throws {
        for p in places.indices {
            let claimers = places[p].residents + places[p].reported
            for _ in 0..<rng.around(SampleScale.wishesPerCommunity, spread: 0.6) { try makeWish(p, claimers) }
            for _ in 0..<rng.around(SampleScale.proposalsPerCommunity, spread: 0.6) { try makeProposal(p) }
        }
        for roster in rosters where rng.chance(0.5) { try makeTask(owner: EntityRef(roster.org), members: roster.members) }
        for (org, _) in upperOrgs { try makeTask(owner: EntityRef(org), members: []) }
        for street in streets { if let wc = street.workingCommittee { try makeTask(owner: EntityRef(wc), members: []) } }
        settle()
    }

    private func makeWish(_ p: Int, _ claimers: [Handle<Member>]) throws {
        var w = Wish()
        w.community = places[p].community
        w.requester = rng.pick(SampleWords.requesters)
        w.text = rng.pick(SampleWords.wishes)
        w.posted = recentDay(within: 365)
        var status = rng.pick(CityBuilder.wishStates)
        let units = places[p].units
        if status == .claimed || status == .fulfilled {
            if !units.isEmpty, rng.chance(0.3) {
                w.claimedBy = EntityRef(rng.pick(units))
            } else if !claimers.isEmpty {
                w.claimedBy = EntityRef(rng.pick(claimers))
            } else {
                status = .open
            }
        }
        w.status = status
        if w.claimedBy != nil {
            w.claimedOn = w.posted!.adding(days: rng.int(0...min(30, Int(today.ordinal - w.posted!.ordinal))))
            if status == .fulfilled {
                w.fulfilledOn = w.claimedOn!.adding(days: rng.int(0...min(30, Int(today.ordinal - w.claimedOn!.ordinal))))
            }
        }
        try db.insert(w)
    }

    private func makeProposal(_ p: Int) throws {
        var proposal = Proposal()
        proposal.community = places[p].community
        proposal.topic = rng.pick(SampleWords.proposalTopics)
        proposal.proposer = "居民代表" + rng.pick(SampleNames.surnames).0 + "某"
        let step = rng.pick(Array(ProposalStep.allCases))
        proposal.step = step
        proposal.notes = Array(SampleWords.proposalStepNotes.prefix(step.ordinal + 1))
        if step == .evaluated { proposal.rating = rng.pick([(5, 45), (4, 35), (3, 15), (2, 4), (1, 1)]) }
        proposal.proposedOn = recentDay(within: 365)
        try db.insert(proposal)
    }

    private func makeTask(owner: EntityRef, members: [Handle<Member>]) throws {
        for _ in 0..<rng.int(1...3) {
            var t = WorkTask()
            let list = rng.pick(Array(TaskList.allCases))
            t.list = list
            t.text = rng.pick(SampleWords.tasks[list]!)
            // Now and then a task is put on a member (a secretary, a grid head) rather than the organisation.
            t.owner = !members.isEmpty && rng.chance(0.2) ? EntityRef(rng.pick(members)) : owner
            let roll = rng.unit()
            if roll < 0.45 {
                t.status = .done
                t.due = day(ago: rng.int(0...300))
                t.completedOn = t.due!.adding(days: -rng.int(0...30))
            } else if roll < 0.65 {
                t.status = .open // overdue
                t.due = day(ago: rng.int(1...120))
            } else {
                t.status = .open
                t.due = today.adding(days: rng.int(1...180))
            }
            try db.insert(t)
        }
    }
}
