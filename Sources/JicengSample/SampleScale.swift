/// How big each part of the city is for a given number of members. The ratios come from
/// the city reports the SPEC quotes (50,000 members: 10 districts, 50+ streets, 400+
/// communities, 800+ grids, 1,000–5,000 agreements, 100,000+ meetings a year).
struct SampleScale {
    /// Members per community, all sides counted (420 communities for 50,000 members).
    static let membersPerCommunity = 120
    /// Communities per street (52 streets for 420 communities).
    static let communitiesPerStreet = 8
    /// Streets per district; a city has at most `maximumDistricts`.
    static let streetsPerDistrict = 5
    static let maximumDistricts = 10
    /// Share of members organised where they live (residents, retirees); the rest are in
    /// the party organisations of resident units (agencies, firms, schools, hospitals).
    static let residentShare = 0.55
    /// Share of unit members who are in-service members reporting to a community (双报到).
    static let inServiceShare = 0.85
    /// Members in a unit's party organisation: at least a branch's three, a long tail of big ones.
    static let unitSizes: [(ClosedRange<Int>, Int)] = [(3...12, 40), (13...49, 35), (50...99, 15), (100...320, 10)]
    /// Communities whose secretary is also the residents' committee director (一肩挑).
    static let oneShoulderShare = 0.86
    /// Co-building agreements per community (about 2,500 in a city of 420 communities).
    static let agreementsPerCommunity = 6
    /// Wishes, proposals and list items per community over the year.
    static let wishesPerCommunity = 10
    static let proposalsPerCommunity = 4
    static let needsPerCommunity = 3
    /// Applicants in the pipeline per hundred members.
    static let applicantsPerHundredMembers = 3
    /// Months of dues records kept as entries; older months are in each member's baseline.
    static let duesMonthsRecorded = 3
    /// Members recorded in arrears (several months unpaid), per thousand.
    static let arrearsPerThousand = 40
    /// Share of active members with points entries this year.
    static let pointsShare = 0.35
    /// Share of scheduled meetings an ordinary organisation skips (so compliance reports find gaps).
    static let meetingSkipShare = 0.06
    /// Organisations that are lax about meetings, and how many they skip.
    static let laxOrgShare = 0.05
    static let laxSkipShare = 0.4
    /// Share of expected members who attend a meeting.
    static let attendanceShare = 0.9

    let members: Int
    let communities: Int
    let streets: Int
    let districts: Int

    init(members: Int) {
        self.members = members
        communities = max(1, (members + SampleScale.membersPerCommunity / 2) / SampleScale.membersPerCommunity)
        streets = max(1, (communities + SampleScale.communitiesPerStreet / 2) / SampleScale.communitiesPerStreet)
        districts = min(SampleScale.maximumDistricts, max(1, streets / SampleScale.streetsPerDistrict))
    }

    var residentMembers: Int { Int(Double(members) * SampleScale.residentShare) }
    var unitMembers: Int { members - residentMembers }
}
