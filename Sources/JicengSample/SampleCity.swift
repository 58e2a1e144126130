import JicengBase
import JicengDomain

/// A realistic sample city for demos, teaching and benchmarks: districts, streets,
/// communities with grids, party organisations sized by the public thresholds, members
/// with valid ID numbers, resident units and agreements, and a year of meetings, dues,
/// points, wishes, proposals and tasks up to `today`.
///
///     let db = try SampleCity.generate(members: 50_000, seed: 1, today: Day("2026-11-26")!)
///
/// The same arguments always give the same city (a seeded SplitMix64, never the system
/// generator, never a dictionary's order). Every record goes through the database's
/// validating funnel, so the city passes the store check; the database comes back with
/// no pending changes (write it with the store's checkpoint).
public enum SampleCity {
    /// The smallest city that still has every kind of record.
    public static let minimumMembers = 60

    public static func generate(members: Int, seed: UInt64, today: Day) throws -> Database {
        let builder = CityBuilder(members: max(members, minimumMembers), seed: seed, today: today)
        try builder.build()
        return builder.db
    }
}

/// The generator's working state: the database it fills and what it remembers of the
/// city so far (which members live in which community, who sits on which roster).
final class CityBuilder {
    let db: Database
    var rng: SplitMix64
    let today: Day
    let scale: SampleScale

    /// One community and what later steps need of it.
    struct Place {
        let community: Handle<Community>
        let street: Int
        let name: String
        var grids: [Handle<Grid>] = []
        var committee: Handle<Org>?
        var units: [Handle<Unit>] = []
        /// Resident members on the roster here (active or floating in), for grid roles and claims.
        var residents: [Handle<Member>] = []
        /// In-service members who reported here.
        var reported: [Handle<Member>] = []
    }

    struct StreetInfo {
        let street: Handle<Street>
        let district: Int
        let name: String
        var places: [Int] = []
        var workingCommittee: Handle<Org>?
        var jointCommittee: Handle<Org>?
    }

    /// An organisation that keeps a roster, with how many members it gets and where they come from.
    struct Roster {
        let org: Handle<Org>
        var size: Int
        let place: Int
        let unit: Handle<Unit>?
        let unitKind: UnitKind?
        var groups: [Handle<Org>] = []
        var members: [Handle<Member>] = []
    }

    /// A resident unit that has members, and how many.
    struct UnitPlan {
        let unit: Handle<Unit>
        let kind: UnitKind
        let place: Int
        let size: Int
    }

    var districts: [Handle<District>] = []
    var unitPlans: [UnitPlan] = []
    var streets: [StreetInfo] = []
    var places: [Place] = []
    /// A community's place, for members who report to it.
    var placeIndex: [Handle<Community>: Int] = [:]
    var rosters: [Roster] = []
    /// Organisations above rosters (community and unit committees, general branches), with their place.
    var upperOrgs: [(org: Handle<Org>, place: Int)] = []
    var temporaryOrgs: [(org: Handle<Org>, place: Int)] = []
    /// ID numbers given so far: one person, one number.
    var identityNumbers: Set<String> = []

    init(members: Int, seed: UInt64, today: Day) {
        db = Database(today: today)
        rng = SplitMix64(seed: seed)
        self.today = today
        scale = SampleScale(members: members)
    }

    func build() throws {
        try buildTerritory()
        try buildUnits()
        try buildOrganisations()
        try buildMembers()
        try appointLeaders()
        try buildApplicants()
        try buildCoBuilding()
        try buildMeetings()
        try buildDuesAndPoints()
        try buildService()
        _ = db.takeChanges()
    }

    /// Drops the change log between phases: the city is written whole by a checkpoint,
    /// so keeping a million insert records in memory would only cost time.
    func settle() { _ = db.takeChanges() }

    // MARK: Dates

    func day(ago days: Int) -> Day { today.adding(days: -days)! }

    /// A day in the last `days` days, today included.
    func recentDay(within days: Int) -> Day { day(ago: rng.int(0..<max(1, days))) }
}
