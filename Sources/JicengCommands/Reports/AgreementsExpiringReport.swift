import JicengBase
import JicengDomain

extension Reports {
    /// `report agreements expiring within 60 days`: co-building agreements in force
    /// (not terminated) whose end falls between today and `days` days on, soonest first.
    /// Already expired ones are not listed (they are no longer in force).
    public static func agreementsExpiring(_ db: Database, withinDays days: Int) -> ReportTable {
        let today = db.today
        var due: [(ends: Day, code: String, handle: Handle<Agreement>)] = []
        for a in db.agreements.handles {
            let agreement = db.agreements[a]
            guard agreement.status != .terminated, let ends = agreement.ends,
                  ends >= today, Int(ends.ordinal - today.ordinal) <= days else { continue }
            due.append((ends, agreement.code, a))
        }
        due.sort { ($0.ends, $0.code) < ($1.ends, $1.code) }

        var table = ReportTable(
            title: LocalizedText(en: "Agreements expiring within \(days) days (\(ReportWords.asOf(today).en))",
                                 zh: "\(days)天内到期的共建协议（\(ReportWords.asOf(today).zh)）"),
            columns: [
                ReportColumn("code", ReportWords.code),
                ReportColumn("unit", LocalizedText(en: "Unit", zh: "驻区单位")),
                ReportColumn("community", ReportWords.community),
                ReportColumn("street", ReportWords.street),
                ReportColumn("kind", LocalizedText(en: "Kind", zh: "类型")),
                ReportColumn("ends", LocalizedText(en: "Ends", zh: "到期日期"), kind: .date),
                ReportColumn("days_left", LocalizedText(en: "Days left", zh: "剩余天数"), kind: .integer),
            ],
            notes: [LocalizedText(en: "Terminated agreements are not listed; renew with `renew agreement`.",
                                  zh: "已终止的协议不列出；续签请用 `renew agreement`。")],
            chart: ChartColumns(label: "unit", values: ["days_left"]))
        table.reserveCapacity(due.count)
        for item in due {
            let a = db.agreements[item.handle]
            let community = a.community.map { db.communities[$0] }
            let street = community?.street ?? a.street
            table.append([
                .text(a.code), .name(a.unit.map { db.units[$0].name }), .name(community?.name),
                .name(street.map { db.streets[$0].name }), .words(ReportWords.agreementKind(a.kind)),
                .day(item.ends), .int(Int64(item.ends.ordinal - today.ordinal)),
            ])
        }
        return table
    }
}
