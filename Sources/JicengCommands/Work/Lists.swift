import JicengBase
import JicengDomain

/// 需求、资源、项目清单 and 双向认领: a community posts its needs and a unit claims them;
/// a unit offers its resources and a community claims them; projects go either way.
public enum Lists {
    /// 发布需求 / 提供资源 / 发布项目 by a community or a unit. `code` "" takes the next free one.
    @discardableResult
    public static func post<L: ListItemKind>(_ list: L.Type, text: String, owner: EntityRef, code: String = "", on date: Day,
                                             in db: Database) throws -> WorkResult {
        guard owner.kind == .community || owner.kind == .unit else {
            throw refusal(L.kind, code, field: "owner", value: db.code(owner), rule: "list_owner",
                          .listOwner(L.kind, owner.kind))
        }
        var item = ListItem<L>()
        item.code = code
        item.text = text
        item.owner = owner
        item.status = .open
        item.posted = date
        return WorkResult(try db.insert(item))
    }

    /// 认领: the other side takes the item on. Only an open item can be claimed.
    @discardableResult
    public static func claim<L: ListItemKind>(_ item: Handle<ListItem<L>>, by claimant: EntityRef, on date: Day,
                                              in db: Database) throws -> WorkResult {
        let row = db.typedTable(ListItem<L>.self)[item]
        guard row.status == .open else {
            throw refusal(L.kind, row.code, field: "status", value: row.status?.rawValue, rule: "claim_from_open",
                          .onlyOpenItemClaimed(L.kind, row.status.map(ChoiceWord.init), by: row.claimedBy.map(db.code)))
        }
        guard claimant.kind == .community || claimant.kind == .unit, claimant.kind != row.owner?.kind else {
            throw refusal(L.kind, row.code, field: "claimed_by", value: db.code(claimant), rule: "claim_other_side",
                          .claimOtherSide(L.kind, owner: row.owner?.kind))
        }
        try db.update(item) { i in
            i.status = .claimed
            i.claimedBy = claimant
            i.claimedOn = date
        }
        return WorkResult(item)
    }

    /// 完成 / 结项: a claimed item is done, on a date. One never claimed was never taken
    /// on (claim it first); one done is done once; a cancelled one stays cancelled.
    @discardableResult
    public static func complete<L: ListItemKind>(_ item: Handle<ListItem<L>>, on date: Day, in db: Database) throws -> WorkResult {
        let row = db.typedTable(ListItem<L>.self)[item]
        switch row.status {
        case .claimed?:
            break
        case .done?:
            throw refusal(L.kind, row.code, field: "status", value: row.status?.rawValue, rule: "complete_claimed", .itemDone(L.kind, row.doneOn))
        default:
            throw refusal(L.kind, row.code, field: "status", value: row.status?.rawValue, rule: "complete_claimed",
                          .onlyClaimedItemDone(L.kind, row.status.map(ChoiceWord.init)))
        }
        try db.update(item) { i in
            i.status = .done
            i.doneOn = date
        }
        return WorkResult(item)
    }
}
