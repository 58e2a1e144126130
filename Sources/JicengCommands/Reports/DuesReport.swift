import JicengBase
import JicengDomain

extension Reports {
    /// `report dues for 2025-03`: every member on the roster, what they paid for the
    /// month (the amount recorded, computed by the dues rule in `Dues`), when, the last
    /// month paid, and the months in arrears at that month; members
    /// `Rules.duesArrearsMonths` or more months behind are flagged. Members with no dues
    /// ever recorded have no arrears figure (unknown, not zero).
    public static func dues(_ db: Database, for month: YearMonth) -> ReportTable {
        var paidTo: [YearMonth?] = db.members.rows.map(\.duesBaseline)
        var payment = Array(repeating: Int32(-1), count: db.members.slotCount)
        let rows = db.dues.rows // read in place, never copied whole
        for i in rows.indices where db.dues.isAlive(Int32(i)) {
            guard let m = rows[i].member, rows[i].paidOn != nil, let paid = rows[i].month else { continue }
            if paidTo[Int(m.index)].map({ paid > $0 }) ?? true { paidTo[Int(m.index)] = paid }
            if paid == month { payment[Int(m.index)] = Int32(i) }
        }

        var table = ReportTable(
            title: LocalizedText(en: "Party dues for \(month)", zh: "\(month.year)年\(month.month)月党费交纳情况"),
            columns: [
                ReportColumn("code", ReportWords.code),
                ReportColumn("member", ReportWords.member),
                ReportColumn("branch", ReportWords.branch),
                ReportColumn("basis", LocalizedText(en: "Basis", zh: "计算依据")),
                ReportColumn("amount", LocalizedText(en: "Paid", zh: "交纳金额"), kind: .decimal),
                ReportColumn("paid_on", LocalizedText(en: "Paid on", zh: "交纳日期"), kind: .date),
                ReportColumn("paid_to", LocalizedText(en: "Paid to", zh: "交至"), kind: .date),
                ReportColumn("arrears", LocalizedText(en: "Months in arrears", zh: "欠缴月数"), kind: .integer),
                ReportColumn("flagged", LocalizedText(en: "\(Rules.duesArrearsMonths)+ months", zh: "欠缴\(Rules.duesArrearsMonths)个月以上")),
            ],
            chart: ChartColumns(label: "member", values: ["arrears"]))
        table.reserveCapacity(db.members.count)

        var paidCount = 0, inArrears = 0, flagged = 0
        var sum: ExactDecimal? = ExactDecimal(mantissa: 0, scale: 2)
        let members = db.members.rows // read in place, never copied whole
        for i in members.indices where db.members.isAlive(Int32(i)) && members[i].isOnRoster {
            let member = members[i]
            let paid = payment[i] >= 0 ? db.dues.rows[Int(payment[i])] : nil
            let arrears = paidTo[i].map { max(0, Int(month.index - $0.index)) }
            if let amount = paid?.amount { paidCount += 1; sum = sum.flatMap { $0 + amount } }
            if let arrears, arrears > 0 { inArrears += 1 }
            let isFlagged = (arrears ?? 0) >= Rules.duesArrearsMonths
            if isFlagged { flagged += 1 }
            table.append([
                .text(member.code), .name(member.name), .name(member.branch.map { db.orgs[$0].name }),
                .words(ReportWords.duesBasis(paid?.basis)), paid?.amount.map(ReportCell.decimal) ?? .empty,
                paid?.paidOn.map(ReportCell.day) ?? .empty, paidTo[i].map(ReportCell.month) ?? .empty,
                arrears.map { .int(Int64($0)) } ?? .empty, isFlagged ? .bool(true) : .empty,
            ])
        }
        table.totals = [.localized(ReportWords.total), .empty, .empty, .empty, sum.map(ReportCell.decimal) ?? .empty,
                        .empty, .empty, .empty, .empty]
        table.notes = [LocalizedText(
            en: "\(paidCount) paid, \(inArrears) in arrears, \(flagged) flagged (\(Rules.duesArrearsMonths)+ months). Amounts follow the dues rule: working members 0.5%–2% of after-tax pay, retirees 0.5%–1%, students, the unemployed and 低保 \(Rules.flatMonthlyDues) a month.",
            zh: "已交\(paidCount)人，欠缴\(inArrears)人，其中\(Rules.duesArrearsMonths)个月以上\(flagged)人。金额按党费标准：在职党员按税后工资0.5%–2%，离退休0.5%–1%，学生、失业、低保每月\(Rules.flatMonthlyDues)元。")]
        return table
    }
}
