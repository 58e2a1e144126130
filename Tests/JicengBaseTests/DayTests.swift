import XCTest
import JicengBase

final class DayTests: XCTestCase {
    func testRoundTripsEveryDayOfFourCenturies() {
        var ordinal = Day(year: 1900, month: 1, day: 1)!.ordinal
        let end = Day(year: 2300, month: 12, day: 31)!.ordinal
        var expected = (1900, 1, 1)
        while ordinal <= end {
            let day = Day(ordinal: ordinal)
            let c = day.components
            XCTAssertEqual([c.year, c.month, c.day], [expected.0, expected.1, expected.2])
            XCTAssertEqual(Day(day.description), day)
            expected.2 += 1
            if expected.2 > Day.daysIn(year: expected.0, month: expected.1) {
                expected.2 = 1
                expected.1 += 1
                if expected.1 > 12 { expected.1 = 1; expected.0 += 1 }
            }
            ordinal += 1
        }
    }

    func testParsesOnlyRealDates() {
        XCTAssertEqual(Day("1970-01-01")?.ordinal, 0)
        XCTAssertEqual(Day("2024-02-29")?.description, "2024-02-29")
        XCTAssertNil(Day("2025-02-29"))
        XCTAssertNil(Day("2025-13-01"))
        XCTAssertNil(Day("2025-1-01"))
        XCTAssertNil(Day("20250101"))
        XCTAssertNil(Day("0000-01-01"))
    }

    func testMonthArithmeticClampsToMonthEnd() {
        XCTAssertEqual(Day("2025-01-31")!.adding(months: 1)?.description, "2025-02-28")
        XCTAssertEqual(Day("2024-02-29")!.adding(years: 1)?.description, "2025-02-28")
        XCTAssertEqual(Day("2025-03-15")!.adding(days: -15)?.description, "2025-02-28")
    }

    func testAgesCountTheBirthdayItself() {
        let born = Day("2007-03-15")!
        XCTAssertEqual(born.wholeYears(until: Day("2025-03-14")!), 17)
        XCTAssertEqual(born.wholeYears(until: Day("2025-03-15")!), 18)
    }

    func testMonthsAndQuarters() {
        XCTAssertEqual(YearMonth("2025-03")?.quarter.description, "2025Q1")
        XCTAssertEqual(YearMonth("2025-12")!.adding(months: 1)?.description, "2026-01")
        XCTAssertEqual(Quarter("2025Q4")?.lastDay.description, "2025-12-31")
        XCTAssertEqual(Quarter("2025Q2")?.firstDay.description, "2025-04-01")
        XCTAssertNil(Quarter("2025Q5"))
        XCTAssertEqual(Day("2025-08-09")?.quarter.description, "2025Q3")
        XCTAssertLessThan(YearMonth("2024-12")!, YearMonth("2025-01")!)
    }
}
