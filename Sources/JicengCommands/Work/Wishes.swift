import JicengBase
import JicengDomain

/// 微心愿: a resident's small wish, posted by the community, claimed by a member or a
/// unit, then fulfilled (or cancelled).
public enum Wishes {
    /// 发布心愿. `code` "" takes the next free one.
    @discardableResult
    public static func post(_ text: String, in community: Handle<Community>, for requester: String, on date: Day,
                            code: String = "", in db: Database) throws -> WorkResult {
        var w = Wish()
        w.code = code
        w.community = community
        w.requester = requester
        w.text = text
        w.status = .open
        w.posted = date
        return WorkResult(try db.insert(w))
    }

    /// 认领心愿: only an open wish can be claimed, by a member or a unit.
    @discardableResult
    public static func claim(_ wish: Handle<Wish>, by claimant: EntityRef, on date: Day, in db: Database) throws -> WorkResult {
        let w = db.wishes[wish]
        guard w.status == .open else {
            throw refusal(.wish, w.code, field: "status", value: w.status?.rawValue, rule: "claim_from_open",
                          .onlyOpenWishClaimed(w.status.map(ChoiceWord.init), by: w.claimedBy.map(db.code)))
        }
        guard claimant.kind == .member || claimant.kind == .unit else {
            throw refusal(.wish, w.code, field: "claimed_by", value: db.code(claimant), rule: "wish_claimant",
                          .wishClaimant(claimant.kind))
        }
        if let member = claimant.handle(as: Member.self) { try db.requireOnRoster(member, for: .claimWish) }
        try db.update(wish) { w in
            w.status = .claimed
            w.claimedBy = claimant
            w.claimedOn = date
        }
        return WorkResult(wish)
    }

    /// 完成心愿: a claimed wish comes true.
    @discardableResult
    public static func fulfil(_ wish: Handle<Wish>, on date: Day, in db: Database) throws -> WorkResult {
        let w = db.wishes[wish]
        guard w.status == .claimed else {
            throw refusal(.wish, w.code, field: "status", value: w.status?.rawValue, rule: "wish_status",
                          .onlyClaimedWishFulfilled(w.status.map(ChoiceWord.init)))
        }
        try db.update(wish) { w in
            w.status = .fulfilled
            w.fulfilledOn = date
        }
        return WorkResult(wish)
    }

    /// 取消心愿: an open or claimed wish is withdrawn.
    @discardableResult
    public static func cancel(_ wish: Handle<Wish>, in db: Database) throws -> WorkResult {
        let w = db.wishes[wish]
        guard w.status == .open || w.status == .claimed else {
            throw refusal(.wish, w.code, field: "status", value: w.status?.rawValue, rule: "wish_status",
                          .onlyOpenWishCancelled(w.status.map(ChoiceWord.init)))
        }
        try db.update(wish) { $0.status = .cancelled }
        return WorkResult(wish)
    }
}
