// The store check: every rule over every record, including data edited by hand,
// plus the notices the SPEC asks the integrity check to list (空挂, 失联, 预备期已满).
extension Database {
    /// Every violation, in kind then table order; notices (severity `.notice`) come after each kind's errors.
    public func check() -> [Violation] {
        var out: [Violation] = []
        for table in tables {
            for index in 0..<Int32(table.slotCount) where table.isAlive(index) {
                out += table.check(index, db: self)
            }
        }
        for h in members.handles {
            let code = members[h].code
            if isHanging(h) {
                let branch = members[h].branch.map { orgs[$0].code }
                out.append(Violation(.member, code, field: "branch", value: branch, rule: "hanging",
                                     branch == nil ? .hangingNoBranch : .hangingBranchDissolved, severity: .notice))
            }
            if isLostContact(h) {
                out.append(Violation(.member, code, field: "last_contact", value: members[h].lastContact?.description,
                                     rule: "lost_contact", .lostContact(Rules.lostContactMonths), severity: .notice))
            }
            if let probation = probationNotice(h) { out.append(probation) }
        }
        return out
    }
}
