import JicengBase

// Derived facts, typed: what reports and the derived fields compute from the tables.
extension Database {
    // MARK: The org tree and rosters

    /// Direct sub-organisations.
    public func children(of org: Handle<Org>) -> [Handle<Org>] {
        referrers(to: EntityRef(org), from: .org, field: "parent").map(Handle.init)
    }

    /// The organisation and everything under it (each once, even if the tree was hand-edited into a cycle).
    public func subtree(of org: Handle<Org>) -> [Handle<Org>] {
        var seen: Set<Handle<Org>> = [org]
        var out = [org], next = 0
        while next < out.count {
            for child in children(of: out[next]) where seen.insert(child).inserted { out.append(child) }
            next += 1
        }
        return out
    }

    /// Members whose branch or group is the organisation or one under it (org.members).
    public func members(of org: Handle<Org>) -> [Handle<Member>] {
        var out: [Handle<Member>] = []
        var seen = Set<Int32>()
        for o in subtree(of: org) {
            for b in backrefs(of: EntityRef(o)) where b.kind == .member && (Int(b.field) == MemberField.branch || Int(b.field) == MemberField.group) {
                if seen.insert(b.index).inserted { out.append(Handle(b.index)) }
            }
        }
        return out.sorted()
    }

    /// Whether the member's branch or group is the organisation or one under it — the
    /// same answer as `members(of: org).contains(member)`, found by walking up from the
    /// member (a few steps) instead of gathering the whole roster.
    public func belongs(_ member: Handle<Member>, to org: Handle<Org>) -> Bool {
        let m = members[member]
        for start in [m.branch, m.group] {
            var current = start
            var steps = 0
            while let o = current, orgs.isAlive(o.index), steps <= orgs.slotCount {
                if o == org { return true }
                current = orgs[o].parent
                steps += 1
            }
        }
        return false
    }

    /// Organisations sitting in the community (directly, not through their parents).
    public func orgs(in community: Handle<Community>) -> [Handle<Org>] {
        referrers(to: EntityRef(community), from: .org, field: "community").map(Handle.init)
    }

    /// Members of every organisation in the community (community.members).
    public func members(in community: Handle<Community>) -> [Handle<Member>] {
        var seen = Set<Handle<Member>>()
        for org in orgs(in: community) { seen.formUnion(members(of: org)) }
        return seen.sorted()
    }

    /// The community a member's branch sits in, looking up the org tree.
    public func community(of member: Handle<Member>) -> Handle<Community>? {
        var org = members[member].branch
        var steps = 0
        while let o = org, steps <= orgs.slotCount {
            if let c = orgs[o].community { return c }
            org = orgs[o].parent
            steps += 1
        }
        return nil
    }

    // MARK: Members

    public func age(of member: Handle<Member>) -> Int? { members[member].born?.wholeYears(until: today) }

    /// The sum of the member's points entries.
    public func pointsBalance(of member: Handle<Member>) -> Int {
        backrefs(of: EntityRef(member)).reduce(0) { sum, b in
            b.kind == .points ? sum + (points.rows[Int(b.index)].delta ?? 0) : sum
        }
    }

    /// The last month paid: the latest paid dues record, or the roster's figure if later.
    public func duesPaidTo(_ member: Handle<Member>) -> YearMonth? {
        var last = members[member].duesBaseline
        for b in backrefs(of: EntityRef(member)) where b.kind == .dues {
            let d = dues.rows[Int(b.index)]
            if d.paidOn != nil, let m = d.month, last.map({ m > $0 }) ?? true { last = m }
        }
        return last
    }

    /// Whole months unpaid up to this month; nil when nothing was ever recorded.
    public func duesArrearsMonths(_ member: Handle<Member>) -> Int? {
        guard let paid = duesPaidTo(member) else { return nil }
        return max(0, Int(today.yearMonth.index - paid.index))
    }

    /// 空挂: on a roster here but with no branch, or a branch that is gone.
    public func isHanging(_ member: Handle<Member>) -> Bool {
        let m = members[member]
        guard m.status?.onRoster ?? true else { return false }
        guard let branch = m.branch, orgs.isAlive(branch.index) else { return true }
        return orgs[branch].dissolved.map { $0 <= today } ?? false
    }

    /// 失联: marked so, or not heard of for `Rules.lostContactMonths`.
    public func isLostContact(_ member: Handle<Member>) -> Bool {
        let m = members[member]
        if m.status == .lostContact { return true }
        guard m.status?.onRoster ?? true, let last = m.lastContact,
              let limit = last.adding(months: Rules.lostContactMonths) else { return false }
        return limit < today
    }

    /// 预备期满: the day a probationary member's probation ends, a year after joining or
    /// as extended; nil for a formal member (by date or by category: rosters imported
    /// without 转正 dates say formal) and for one with no joined date.
    public func probationEnds(_ member: Handle<Member>) -> Day? {
        let m = members[member]
        guard m.formal == nil, m.category != .formal, let joined = m.joined else { return nil }
        return m.probationExtendedTo ?? joined.adding(years: Rules.probationYears)
    }

    /// 预备期已满未转正: the probation of a member still on the roster ended before today
    /// and no 转正 is recorded; the branch should discuss it (支部工作条例: 及时讨论).
    public func isProbationOverdue(_ member: Handle<Member>) -> Bool {
        guard members[member].status?.onRoster ?? true, let ends = probationEnds(member) else { return false }
        return ends < today
    }

    // MARK: Communities, agreements, tasks, meetings

    /// 一肩挑: the party secretary is also the residents' committee director.
    public func isOneShoulder(_ community: Handle<Community>) -> Bool {
        let c = communities[community]
        return c.secretary != nil && c.secretary == c.director
    }

    public func daysToExpiry(_ agreement: Handle<Agreement>) -> Int? {
        agreements[agreement].ends.map { Int($0.ordinal - today.ordinal) }
    }

    public func isExpired(_ agreement: Handle<Agreement>) -> Bool {
        agreements[agreement].ends.map { $0 < today } ?? false
    }

    /// In force today: not terminated, started and not expired.
    public func isActive(_ agreement: Handle<Agreement>) -> Bool {
        let a = agreements[agreement]
        guard a.status != .terminated, let starts = a.starts else { return false }
        return starts <= today && !isExpired(agreement)
    }

    public func isOverdue(_ task: Handle<WorkTask>) -> Bool {
        let t = tasks[task]
        guard t.status != .done, let due = t.due else { return false }
        return due < today
    }

    /// Attendees over attendees plus absentees, to 4 places; nil when nobody was recorded.
    public func attendanceRate(_ meeting: Handle<Meeting>) -> ExactDecimal? {
        let m = meetings[meeting]
        let expected = m.attendees.count + m.absentees.count
        guard expected > 0 else { return nil }
        return (ExactDecimal(Int64(m.attendees.count)) / ExactDecimal(Int64(expected)))?.rounded(scale: 4)
    }
}

/// Field indexes used by derived facts (checked against the schema by the tests).
enum MemberField {
    static let branch = Schema.index(of: "branch", in: .member)!
    static let group = Schema.index(of: "group", in: .member)!
}
