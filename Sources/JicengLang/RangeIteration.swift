import JicengBase

/// Walks an inclusive range `lo..hi` of ints, dates, months or quarters one item at a
/// time, without building a list.
enum RangeIteration {
    /// Calls `body` for each item until it returns false.
    static func forEach(_ lo: Value, _ hi: Value, site: Site, _ body: (Value) throws -> Bool) throws {
        switch (lo, hi) {
        case (.int(let a), .int(let b)):
            guard a <= b else { return }
            var i = a
            while true {
                if try !body(.int(i)) { return }
                if i == b { return }
                i += 1
            }
        case (.date(let a), .date(let b)):
            var i = a.ordinal
            while i <= b.ordinal {
                if try !body(.date(Day(ordinal: i))) { return }
                i += 1
            }
        case (.month(let a), .month(let b)):
            var i = a.index
            while i <= b.index {
                if try !body(.month(YearMonth(index: i))) { return }
                i += 1
            }
        case (.quarter(let a), .quarter(let b)):
            var i = a.index
            while i <= b.index {
                if try !body(.quarter(Quarter(index: i))) { return }
                i += 1
            }
        default:
            throw site.error(RuntimeErrorID.typeMismatch, .rangeEnds(lo.typeNames, hi.typeNames), help: .rangeEndsSameKind)
        }
    }
}
