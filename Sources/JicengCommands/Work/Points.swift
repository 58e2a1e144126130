import JicengBase
import JicengDomain

/// 党员积分: points awarded or deducted, each with a reason and a date; the balance is their sum.
public enum Points {
    @discardableResult
    public static func award(_ points: Int, to member: Handle<Member>, for reason: String, on date: Day, in db: Database) throws -> WorkResult {
        try entry(points, member, reason, date, db, verb: "award")
    }

    @discardableResult
    public static func deduct(_ points: Int, from member: Handle<Member>, for reason: String, on date: Day, in db: Database) throws -> WorkResult {
        try entry(-points, member, reason, date, db, verb: "deduct")
    }

    private static func entry(_ delta: Int, _ member: Handle<Member>, _ reason: String, _ date: Day, _ db: Database, verb: String) throws -> WorkResult {
        let code = db.nextCode(.points)
        guard delta != 0, (delta > 0) == (verb == "award") else {
            throw refusal(.points, code, field: "delta", value: verb == "award" ? delta : -delta, rule: "points_positive",
                          .positivePoints(award: verb == "award"))
        }
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw refusal(.points, code, field: "reason", rule: "required", .pointsNeedReason(award: verb == "award"))
        }
        try db.requireOnRoster(member, for: verb == "award" ? .haveAwarded : .haveDeducted)
        var e = PointsEntry()
        e.member = member
        e.delta = delta
        e.reason = reason
        e.date = date
        return WorkResult(try db.insert(e))
    }
}
