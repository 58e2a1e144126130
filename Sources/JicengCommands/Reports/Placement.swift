import JicengDomain

/// Where each organisation sits (community and street), resolved once per report by
/// walking up the org tree with memoisation, so per-record lookups are array reads.
/// An organisation sits where its own `community`, `unit` or `street` says, else where
/// its parent sits; a member sits where the branch does.
struct Placement {
    static let none: Int32 = -1
    /// orgCommunity[org]: the community slot, or `none`.
    private(set) var orgCommunity: [Int32]
    /// orgStreet[org]: the street slot (of the community, the unit or the org itself), or `none`.
    private(set) var orgStreet: [Int32]
    /// communityStreet[community]: the street slot, or `none`.
    let communityStreet: [Int32]

    init(_ db: Database) {
        communityStreet = db.communities.rows.map { $0.street?.index ?? Placement.none }
        orgCommunity = Array(repeating: Placement.none, count: db.orgs.slotCount)
        orgStreet = Array(repeating: Placement.none, count: db.orgs.slotCount)
        var resolved = Array(repeating: false, count: db.orgs.slotCount)
        var path: [Int32] = []
        for start in 0..<Int32(db.orgs.slotCount) where db.orgs.isAlive(start) && !resolved[Int(start)] {
            path.removeAll(keepingCapacity: true)
            var place: (community: Int32, street: Int32) = (Placement.none, Placement.none)
            var current: Int32? = start
            // Bounded by the table size, so a hand-edited cycle ends instead of looping.
            while let o = current, db.orgs.isAlive(o), path.count <= db.orgs.slotCount {
                if resolved[Int(o)] { place = (orgCommunity[Int(o)], orgStreet[Int(o)]); break }
                path.append(o)
                if let own = Placement.ownPlace(db.orgs.rows[Int(o)], db, communityStreet) { place = own; break }
                current = db.orgs.rows[Int(o)].parent?.index
            }
            for o in path {
                orgCommunity[Int(o)] = place.community
                orgStreet[Int(o)] = place.street
                resolved[Int(o)] = true
            }
        }
    }

    /// Where an organisation says it sits, if it says so itself.
    private static func ownPlace(_ org: Org, _ db: Database, _ communityStreet: [Int32]) -> (community: Int32, street: Int32)? {
        if let c = org.community { return (c.index, communityStreet[Int(c.index)]) }
        if let u = org.unit, db.units.isAlive(u.index) {
            let unit = db.units.rows[Int(u.index)]
            if let c = unit.community { return (c.index, communityStreet[Int(c.index)]) }
            if let s = unit.street { return (Placement.none, s.index) }
        }
        if let s = org.street { return (Placement.none, s.index) }
        return nil
    }

    func community(ofOrg org: Handle<Org>?) -> Int32 { org.map { orgCommunity[Int($0.index)] } ?? Placement.none }
    func street(ofOrg org: Handle<Org>?) -> Int32 { org.map { orgStreet[Int($0.index)] } ?? Placement.none }
}

extension Database {
    /// An organisation that exists and has not been dissolved as of today.
    func isStanding(_ org: Handle<Org>) -> Bool {
        orgs.isAlive(org.index) && (orgs[org].dissolved.map { $0 > today } ?? true)
    }
}

extension Member {
    /// Counted by reports: still on a roster here (not transferred out, not deceased).
    var isOnRoster: Bool { status?.onRoster ?? true }
}
