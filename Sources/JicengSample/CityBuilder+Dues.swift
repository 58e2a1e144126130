import JicengBase
import JicengDomain

// Dues: the roster's baseline (paid up to some month when the records began) and the
// recent months as records with the amount the public rule gives; a few members in
// arrears. Points: entries for volunteering and meetings, now and then a deduction.
extension CityBuilder {
    static let pointsReasons: [(String, ClosedRange<Int>, Int)] = [
        ("志愿服务", 2...10, 40), ("参加主题党日", 1...3, 25), ("认领微心愿", 3...8, 15),
        ("结对帮扶", 5...10, 10), ("在职党员报到服务", 2...6, 10),
    ]
    static let pointsDeduction = ("无故缺席组织生活", -5 ... -1)

    func buildDuesAndPoints() throws {
        let firstRecorded = firstDuesRecordMonth
        for roster in rosters {
            for member in roster.members {
                let m = db.members[member]
                guard m.status?.onRoster ?? false, let basis = m.duesBasis else { continue }
                // Members in arrears have only their baseline, months back (set with the roster).
                guard let baseline = m.duesBaseline, baseline >= firstRecorded.adding(months: -1)! else { continue }
                let pay = monthlyPay(basis)
                for k in 0..<SampleScale.duesMonthsRecorded {
                    let month = firstRecorded.adding(months: k)!
                    // The current month is paid by some already; the rest pay later in the month.
                    let paidOn = month.firstDay.adding(days: rng.int(0...24))!
                    guard paidOn <= today else { break }
                    var d = DuesPayment()
                    d.member = member
                    d.month = month
                    d.basis = basis
                    d.pay = pay
                    d.paidOn = paidOn
                    try db.insert(d)
                }
            }
        }
        settle()
        for roster in rosters {
            for member in roster.members where db.members[member].status == .active && rng.chance(SampleScale.pointsShare) {
                for _ in 0..<rng.int(1...3) {
                    var p = PointsEntry()
                    p.member = member
                    if rng.chance(0.05) {
                        p.reason = CityBuilder.pointsDeduction.0
                        p.delta = rng.int(CityBuilder.pointsDeduction.1)
                    } else {
                        let (reason, range, _) = CityBuilder.pointsReasons[weightedIndex()]
                        p.reason = reason
                        p.delta = rng.int(range)
                    }
                    p.date = recentDay(within: 365)
                    try db.insert(p)
                }
            }
        }
        settle()
    }

    /// The first month kept as dues records; the baseline of members paying on time is the month before.
    var firstDuesRecordMonth: YearMonth { today.yearMonth.adding(months: -(SampleScale.duesMonthsRecorded - 1))! }

    /// Paid up to the month before the records begin, or for a few members in arrears, months earlier.
    func duesBaseline() -> YearMonth {
        guard rng.int(0..<1000) < SampleScale.arrearsPerThousand else { return firstDuesRecordMonth.adding(months: -1)! }
        return today.yearMonth.adding(months: -rng.int(SampleScale.duesMonthsRecorded + 1...12))!
    }

    private func weightedIndex() -> Int {
        rng.pick(CityBuilder.pointsReasons.indices.map { ($0, CityBuilder.pointsReasons[$0].2) })
    }

    /// Whole after-tax monthly pay for the bases that need one, in whole yuan.
    private func monthlyPay(_ basis: DuesBasis) -> ExactDecimal? {
        switch basis {
        case .working:
            let band = rng.pick([(2200...3000, 20), (3001...5000, 40), (5001...10000, 32), (10001...25000, 8)])
            return ExactDecimal(Int64(rng.int(band)))
        case .retired:
            let band = rng.pick([(1800...5000, 70), (5001...9000, 30)])
            return ExactDecimal(Int64(rng.int(band)))
        case .student, .unemployed, .lowIncome: return nil
        }
    }
}
