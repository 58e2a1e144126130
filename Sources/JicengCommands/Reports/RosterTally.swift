import JicengDomain

/// Members counted per organisation in one pass over the roster: each member counts in
/// the branch and in every organisation above it (org.members is recursive), so a
/// general branch's figures include its branches'.
struct RosterTally {
    private(set) var total: [Int]
    private(set) var formal: [Int]
    private(set) var probationary: [Int]
    private(set) var lostContact: [Int]
    /// Members whose own branch this is and who hang (空挂) because it is dissolved.
    private(set) var hanging: [Int]

    init(_ db: Database) {
        let n = db.orgs.slotCount
        total = Array(repeating: 0, count: n)
        formal = total; probationary = total; lostContact = total; hanging = total
        let members = db.members.rows // read in place: a copied member costs a retain per text field
        for i in members.indices where db.members.isAlive(Int32(i)) {
            guard members[i].isOnRoster, let branch = members[i].branch, db.orgs.isAlive(branch.index) else { continue }
            let m = Handle<Member>(Int32(i)), category = members[i].category
            let lost = db.isLostContact(m)
            if db.isHanging(m) { hanging[Int(branch.index)] += 1 }
            var current: Handle<Org>? = branch
            var steps = 0
            // Bounded by the table size, so a hand-edited cycle ends instead of looping.
            while let o = current, db.orgs.isAlive(o.index), steps <= n {
                let i = Int(o.index)
                total[i] += 1
                if category == .formal { formal[i] += 1 }
                if category == .probationary { probationary[i] += 1 }
                if lost { lostContact[i] += 1 }
                current = db.orgs[o].parent
                steps += 1
            }
        }
    }
}

extension OrgKind {
    /// The organisations that hold 三会一课 and that `report by branch` lists.
    var isBranchLevel: Bool { self == .branch || self == .generalBranch || self == .interestBranch }
}
