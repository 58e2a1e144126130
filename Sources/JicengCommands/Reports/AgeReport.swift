import JicengBase
import JicengDomain

extension Reports {
    /// Ages at which the bands of `report members by age` start: under 30, 30–39, …, 80+.
    static let ageBandStarts = [30, 40, 50, 60, 70, 80]

    /// `report members by age`: members on the roster by age band (age today), each
    /// band's count and share, and a bar chart of the counts. Members with no birth date
    /// recorded are their own band, so the shares still add up to 100%.
    public static func membersByAge(_ db: Database) -> ReportTable {
        let starts = ageBandStarts
        var counts = Array(repeating: 0, count: starts.count + 2) // the bands, then "unknown"
        var ageSum = 0, known = 0
        let members = db.members.rows // read in place, never copied whole
        for i in members.indices where db.members.isAlive(Int32(i)) && members[i].isOnRoster {
            // Database.age(of:), without copying the member out of its table.
            guard let age = members[i].born?.wholeYears(until: db.today) else { counts[starts.count + 1] += 1; continue }
            counts[starts.firstIndex { age < $0 } ?? starts.count] += 1
            ageSum += age; known += 1
        }
        let all = counts.reduce(0, +)

        var labels: [LocalizedText] = [LocalizedText(en: "under \(starts[0])", zh: "\(starts[0])岁以下")]
        for i in 0..<(starts.count - 1) { labels.append(LocalizedText("\(starts[i])–\(starts[i + 1] - 1)")) }
        labels.append(LocalizedText(en: "\(starts.last!) and over", zh: "\(starts.last!)岁及以上"))
        labels.append(LocalizedText(en: "unknown", zh: "未登记"))

        var notes: [LocalizedText] = []
        if known > 0, let average = (ExactDecimal(Int64(ageSum)) / ExactDecimal(Int64(known)))?.rounded(scale: 1) {
            notes.append(LocalizedText(en: "Average age \(average) (members with a birth date).", zh: "平均年龄\(average)岁（有出生日期的党员）。"))
        }
        var table = ReportTable(
            title: LocalizedText(en: "Members by age (\(ReportWords.asOf(db.today).en))", zh: "党员年龄结构（\(ReportWords.asOf(db.today).zh)）"),
            columns: [
                ReportColumn("band", LocalizedText(en: "Age", zh: "年龄段")),
                ReportColumn("count", ReportWords.members, kind: .integer),
                ReportColumn("share", LocalizedText(en: "Share", zh: "占比"), kind: .percent),
            ],
            totals: [.localized(ReportWords.total), .int(Int64(all)), ReportCell.percent(Int64(all), of: Int64(all))],
            notes: notes,
            chart: ChartColumns(label: "band", values: ["count"]))
        for (label, count) in zip(labels, counts) where label != labels.last! || count > 0 {
            table.append([.localized(label), .int(Int64(count)), ReportCell.percent(Int64(count), of: Int64(all))])
        }
        return table
    }
}
