import XCTest
import JicengBase

final class ExactDecimalTests: XCTestCase {
    private func d(_ s: String) -> ExactDecimal { ExactDecimal(s)! }

    func testParsesAndPrintsKeepingScale() {
        XCTAssertEqual(d("81.00").description, "81.00")
        XCTAssertEqual(d("-0.05").description, "-0.05")
        XCTAssertEqual(d("3").description, "3")
        XCTAssertNil(ExactDecimal("1.2.3"))
        XCTAssertNil(ExactDecimal("."))
        XCTAssertNil(ExactDecimal("99999999999999999999"))
    }

    func testDuesArithmeticIsExact() {
        XCTAssertEqual((d("3200") * d("0.01"))?.rounded(scale: 2)?.description, "32.00")
        XCTAssertEqual((d("5400") * d("0.015"))?.rounded(scale: 2)?.description, "81.00")
        XCTAssertEqual((d("0.1") + d("0.2"))?.description, "0.3")
        XCTAssertEqual(d("0.3"), d("0.30"))
        XCTAssertEqual(Set([d("1.5"), d("1.50")]).count, 1)
    }

    func testRoundsHalfAwayFromZero() {
        XCTAssertEqual(d("2.345").rounded(scale: 2)?.description, "2.35")
        XCTAssertEqual(d("-2.345").rounded(scale: 2)?.description, "-2.35")
        XCTAssertEqual(d("2.344").rounded(scale: 2)?.description, "2.34")
    }

    func testDivision() {
        XCTAssertEqual((d("1") / d("3"))?.description, "0.3333333333")
        XCTAssertEqual((d("2") / d("3"))?.description, "0.6666666667")
        XCTAssertEqual((d("-2") / d("3"))?.description, "-0.6666666667")
        XCTAssertEqual((d("10") / d("4"))?.description, "2.5")
        XCTAssertEqual((d("81.00") / d("2"))?.description, "40.50")
        XCTAssertNil(d("1") / d("0"))
    }

    func testOverflowIsReportedNotTrapped() {
        let big = ExactDecimal(Int64.max)
        XCTAssertNil(big + ExactDecimal(1))
        XCTAssertNil(big * ExactDecimal(2))
        XCTAssertNil(-ExactDecimal(mantissa: Int64.min, scale: 0))
    }
}
