import JicengBase
import JicengDomain

// A year of 三会一课 up to today, by each organisation's schedule: member assemblies
// quarterly, committee meetings, group meetings and theme days monthly, lectures, life
// meetings and democratic reviews yearly; joint meetings of streets and community
// committees quarterly. Most organisations keep the schedule, some skip a meeting now
// and then, a few lax ones skip many, so the compliance report has something to find.
extension CityBuilder {
    /// Months of meetings generated, ending with the current one.
    static let meetingMonths = 12

    func buildMeetings() throws {
        let firstMonth = today.yearMonth.adding(months: -(CityBuilder.meetingMonths - 1))!
        let months = (0..<CityBuilder.meetingMonths).map { firstMonth.adding(months: $0)! }
        for roster in rosters {
            let expected = expectedMembers(roster.members)
            guard !expected.isEmpty else { continue }
            let skip = rng.chance(SampleScale.laxOrgShare) ? SampleScale.laxSkipShare : SampleScale.meetingSkipShare
            let committee = db.orgs[roster.org].committee.map(\.ref)
            let lectureMonth = rng.int(0..<months.count), reviewMonth = rng.int(0..<months.count)
            for (i, month) in months.enumerated() {
                if month.month % 3 == 0 { try hold(.memberAssembly, roster.org, expected, in: month, skip: skip) }
                if !committee.isEmpty { try hold(.committeeMeeting, roster.org, expectedMembers(committee), in: month, skip: skip) }
                try hold(.themeDay, roster.org, expected, in: month, skip: skip)
                if i == lectureMonth { try hold(.lecture, roster.org, expected, in: month, skip: skip / 2) }
                if i == reviewMonth {
                    try hold(.lifeMeeting, roster.org, expected, in: month, skip: skip / 2)
                    try hold(.democraticReview, roster.org, expected, in: month, skip: skip / 2)
                }
                for group in roster.groups {
                    try hold(.groupMeeting, group, expected.filter { db.members[$0].group == group }, in: month, skip: skip)
                }
            }
        }
        for (org, place) in upperOrgs {
            let committee = db.orgs[org].committee
            let inOrg = expectedMembers(committee.filter { $0.note != CityBuilder.partTimeRole }.map(\.ref))
            let guests = committee.filter { $0.note == CityBuilder.partTimeRole }.map { db.members[$0.ref].name }
            for month in months {
                try hold(.committeeMeeting, org, inOrg, in: month, skip: SampleScale.meetingSkipShare)
                if db.orgs[org].unit == nil, month.month % 3 == 0 {
                    try hold(.jointMeeting, org, inOrg, in: month, skip: SampleScale.meetingSkipShare,
                             guests: guests + places[place].units.prefix(3).map { db.units[$0].name + "代表" })
                }
            }
        }
        for street in streets {
            guard let wc = street.workingCommittee else { continue }
            let secretaries = street.places.compactMap { places[$0].committee.flatMap { db.orgs[$0].secretary } }
            let attendees = expectedMembers(secretaries)
            guard !attendees.isEmpty else { continue }
            for month in months where month.month % 3 == 0 {
                try hold(.jointMeeting, wc, attendees, in: month, skip: 0, guests: ["辖区单位党组织负责人"])
            }
        }
        settle()
    }

    /// Members a meeting expects: everyone on the roster except the dead, the transferred and the lost.
    private func expectedMembers(_ members: [Handle<Member>]) -> [Handle<Member>] {
        members.filter {
            switch db.members[$0].status {
            case .active?, .floatingIn?, .floatingOut?: true
            default: false
            }
        }
    }

    /// Records one meeting in `month` on a day up to today: most attend, the rest are absent with a reason
    /// (members working elsewhere are absent as 流出外地).
    private func hold(_ kind: MeetingKind, _ org: Handle<Org>, _ expected: [Handle<Member>], in month: YearMonth,
                      skip: Double, guests: [String] = []) throws {
        guard !expected.isEmpty, !rng.chance(skip) else { return }
        let last = min(month.lastDay, today)
        guard month.firstDay <= last else { return }
        var m = Meeting()
        m.org = org
        m.kind = kind
        m.date = month.firstDay.adding(days: rng.int(0...Int(last.ordinal - month.firstDay.ordinal)))
        m.topic = rng.pick(SampleWords.meetingTopics[kind]!)
        for member in expected {
            if db.members[member].status == .floatingOut {
                m.absentees.append(RefNote(member, "流出外地"))
            } else if rng.chance(SampleScale.attendanceShare) {
                m.attendees.append(member)
            } else {
                m.absentees.append(RefNote(member, rng.pick(SampleWords.absenceReasons)))
            }
        }
        m.guests = guests
        try db.insert(m)
    }
}
