import JicengBase
import JicengDomain

/// 收缴党费: one month's dues of one member, the amount computed by the public rule
/// (`JicengDomain.Dues`), once per member and month.
public enum DuesCollection {
    /// Collects a month's dues. The basis defaults to the member's own (`dues_basis`),
    /// else working; working members and retirees need their monthly pay.
    @discardableResult
    public static func collect(from member: Handle<Member>, for month: YearMonth, pay: ExactDecimal?, basis: DuesBasis? = nil,
                               on date: Day, code: String = "", in db: Database) throws -> WorkResult {
        try db.requireOnRoster(member, for: .payDues)
        let basis = basis ?? db.members[member].duesBasis ?? .working
        let shownCode = code.isEmpty ? db.nextCode(.dues) : code
        guard let amount = Dues.monthlyAmount(basis: basis, pay: pay) else {
            if let pay {
                throw refusal(.dues, shownCode, field: "pay", value: pay, rule: "dues_pay", .payNotASum)
            }
            throw refusal(.dues, shownCode, field: "pay", rule: "dues_pay",
                          .duesFollowPay(ChoiceWord(basis)))
        }
        var d = DuesPayment()
        d.code = code
        d.member = member
        d.month = month
        d.basis = basis
        d.pay = basis == .working || basis == .retired ? pay : nil
        d.amount = amount
        d.paidOn = date
        return WorkResult(try db.insert(d))
    }
}
