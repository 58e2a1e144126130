import JicengBase

/// The monthly dues a member owes under the public rule (see `Rules`).
public enum Dues {
    /// Nil when the basis needs a pay figure and none is given, or the pay is negative.
    public static func monthlyAmount(basis: DuesBasis, pay: ExactDecimal?) -> ExactDecimal? {
        switch basis {
        case .student, .unemployed, .lowIncome:
            return Rules.flatMonthlyDues
        case .working:
            return bracketed(pay, Rules.workingDuesBrackets)
        case .retired:
            return bracketed(pay, Rules.retiredDuesBrackets)
        }
    }

    private static func bracketed(_ pay: ExactDecimal?, _ brackets: [(upTo: Int?, percent: ExactDecimal)]) -> ExactDecimal? {
        guard let pay, !pay.isNegative else { return nil }
        // The rule takes the whole pay; brackets compare against it and the rate applies to all of it.
        let bracket = brackets.first { $0.upTo.map { pay <= ExactDecimal(Int64($0)) } ?? true }!
        guard let raw = pay * bracket.percent, let amount = raw / ExactDecimal(100) else { return nil }
        return amount.rounded(scale: 2)
    }
}
