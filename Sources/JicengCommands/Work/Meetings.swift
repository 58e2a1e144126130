import JicengBase
import JicengDomain

/// 三会一课 and other meetings: who came, who did not and why, and who attended from outside.
public enum Meetings {
    public struct Record: Sendable {
        public var kind: MeetingKind
        public var date: Day
        public var topic = ""
        public var attendees: [Handle<Member>] = []
        /// Each absent member with the reason given (病假, 出差, …).
        public var absentees: [(member: Handle<Member>, reason: String)] = []
        /// People from outside the organisation (names, free text).
        public var guests: [String] = []

        public init(kind: MeetingKind, date: Day, topic: String = "", attendees: [Handle<Member>] = [],
                    absentees: [(member: Handle<Member>, reason: String)] = [], guests: [String] = []) {
            self.kind = kind; self.date = date; self.topic = topic
            self.attendees = attendees; self.absentees = absentees; self.guests = guests
        }
    }

    /// 召开会议: records a meeting of an organisation. Attendees and absentees are its
    /// members on the roster (outsiders are guests); no one is both present and absent.
    @discardableResult
    public static func hold(_ record: Record, for org: Handle<Org>, code: String = "", in db: Database) throws -> WorkResult {
        let shownCode = code.isEmpty ? db.nextCode(.meeting) : code
        let roster = Set(db.members(of: org))
        for (field, people) in [("attendees", record.attendees), ("absentees", record.absentees.map(\.member))] {
            for person in people {
                let m = db.members[person]
                if !roster.contains(person) {
                    throw refusal(.meeting, shownCode, field: field, value: m.code, rule: "attendee_member",
                                  .notMemberListAsGuest(db.label(person), db.label(org)))
                }
                if let status = m.status, !status.onRoster {
                    throw refusal(.meeting, shownCode, field: field, value: m.code, rule: "attendee_member",
                                  .noLongerOnRosterOf(db.label(person), ChoiceWord(status), db.label(org)))
                }
            }
        }
        var seen = Set<Handle<Member>>()
        for person in record.absentees.map(\.member) where !seen.insert(person).inserted {
            throw refusal(.meeting, shownCode, field: "absentees", value: db.members[person].code, rule: "attendee_twice",
                          .listedTwice(db.label(person)))
        }
        let absent = Set(record.absentees.map(\.member))
        if let both = record.attendees.first(where: absent.contains) {
            throw refusal(.meeting, shownCode, field: "absentees", value: db.members[both].code, rule: "attendee_absent",
                          .attendAndAbsent(db.label(both)))
        }
        var meeting = Meeting()
        meeting.code = code
        meeting.org = org
        meeting.kind = record.kind
        meeting.date = record.date
        meeting.topic = record.topic
        meeting.attendees = record.attendees
        meeting.absentees = record.absentees.map { RefNote($0.member, $0.reason) }
        meeting.guests = record.guests
        return WorkResult(try db.insert(meeting))
    }
}
