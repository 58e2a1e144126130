import JicengBase
import XCTest
@testable import JicengLang

/// Value operations at their edges, where a script would need contrived numbers.
final class ValueTests: XCTestCase {
    private func dec(_ s: String) -> Value { .decimal(ExactDecimal(s)!) }

    func testTheSmallestIntegerCannotBeNegatedOrDividedByMinusOne() {
        XCTAssertThrowsError(try Arithmetic.negate(.int(.min)))
        XCTAssertThrowsError(try Arithmetic.divide(.int(.min), .int(-1)))
        XCTAssertEqual(try Arithmetic.remainder(.int(.min), .int(-1)), .int(0))
    }

    func testDecimalRemainderIsFloored() throws {
        XCTAssertEqual(try Arithmetic.remainder(dec("7.5"), .int(2)), dec("1.5"))
        XCTAssertEqual(try Arithmetic.remainder(dec("-7.5"), .int(2)), dec("0.5"))
        XCTAssertEqual(try Arithmetic.remainder(dec("7.5"), .int(-2)), dec("-0.5"))
        XCTAssertThrowsError(try Arithmetic.remainder(dec("1.0"), dec("0.00")))
    }

    func testEqualNumbersHashAlikeSoGroupsMerge() {
        XCTAssertEqual(Value.int(3), dec("3.00"))
        XCTAssertEqual(Value.int(3).hashValue, dec("3.00").hashValue)
        XCTAssertEqual(Set([Value.int(3), dec("3.0"), dec("3.00")]).count, 1)
    }

    func testOrderingAcrossTypesIsAnError() {
        XCTAssertThrowsError(try Value.compare(.int(1), .string("1")))
        XCTAssertEqual(try Value.compare(.int(2), dec("1.99")), 1)
        XCTAssertEqual(try Value.sortOrder(.nil, .int(0)), -1)
    }

    func testCalendarArithmeticStaysInTheCalendar() {
        XCTAssertThrowsError(try Arithmetic.add(.date(Day(year: 1, month: 1, day: 1)!), .int(-1)))
        XCTAssertThrowsError(try Arithmetic.add(.quarter(Quarter(year: 9999, quarter: 4)!), .int(1)))
        XCTAssertEqual(try Arithmetic.subtract(.month(YearMonth(year: 2025, month: 1)!), .int(1)), .month(YearMonth(year: 2024, month: 12)!))
    }

    func testDisplayQuotesStringsOnlyInsideContainers() {
        let v = Value.list([.string("a\"b"), .record(["k": .string("v")])])
        XCTAssertEqual(v.displayText, #"["a\"b", {k: "v"}]"#)
        XCTAssertEqual(Value.string("a\"b").displayText, "a\"b")
    }
}
