import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

/// The public rule, bracket by bracket, through the command's path (collect) so the
/// amount staff see is the rule's.
final class DuesTests: XCTestCase {
    private let day = WorkFixture.day

    private func collected(_ pay: String?, _ basis: DuesBasis?, month: String = "2025-03") throws -> String {
        let f = try WorkFixture()
        let r = try DuesCollection.collect(from: f.m2, for: YearMonth(month)!, pay: pay.map { ExactDecimal($0)! }, basis: basis,
                                           on: day("2025-03-05"), in: f.db)
        return f.db.dues[r.record.handle(as: DuesPayment.self)!].amount!.description
    }

    func testWorkingMembersPayByBracketOfTheWholePay() throws {
        XCTAssertEqual(try collected("2000", .working), "10.00")   // ≤ 3000: 0.5%
        XCTAssertEqual(try collected("3000", .working), "15.00")
        XCTAssertEqual(try collected("3200", .working), "32.00")   // ≤ 5000: 1%
        XCTAssertEqual(try collected("5000", .working), "50.00")
        XCTAssertEqual(try collected("5400", .working), "81.00")   // ≤ 10000: 1.5%
        XCTAssertEqual(try collected("10000", .working), "150.00")
        XCTAssertEqual(try collected("11500", .working), "230.00") // above: 2%
        XCTAssertEqual(try collected("3333.33", .working), "33.33")
    }

    func testRetireesAndFlatRates() throws {
        XCTAssertEqual(try collected("5000", .retired), "25.00")   // ≤ 5000: 0.5%
        XCTAssertEqual(try collected("6000", .retired), "60.00")   // above: 1%
        XCTAssertEqual(try collected(nil, .student), "0.20")
        XCTAssertEqual(try collected(nil, .unemployed), "0.20")
        XCTAssertEqual(try collected("9000", .lowIncome), "0.20")
    }

    func testTheBasisDefaultsToTheMembersOwnThenWorking() throws {
        let f = try WorkFixture()
        try f.db.update(f.m1) { $0.duesBasis = .retired }
        let r = try DuesCollection.collect(from: f.m1, for: YearMonth("2025-03")!, pay: ExactDecimal(6000), on: day("2025-03-05"), in: f.db)
        XCTAssertEqual(f.db.dues[r.record.handle(as: DuesPayment.self)!].amount, ExactDecimal("60.00"))
        XCTAssertEqual(try collected("5400", nil), "81.00")
    }

    func testOnePaymentPerMonthAndPayIsNeededWhereTheRuleTakesIt() throws {
        let f = try WorkFixture()
        try DuesCollection.collect(from: f.m2, for: YearMonth("2025-03")!, pay: ExactDecimal(5400), on: day("2025-03-05"), in: f.db)
        XCTAssertEqual(f.db.duesPaidTo(f.m2), YearMonth("2025-03"))
        assertRefused(f.db, rule: "dues_once", naming: "DU2") {
            try DuesCollection.collect(from: f.m2, for: YearMonth("2025-03")!, pay: ExactDecimal(5400), on: self.day("2025-03-25"), in: f.db)
        }
        assertRefused(f.db, rule: "dues_pay", naming: "DU2") {
            try DuesCollection.collect(from: f.m2, for: YearMonth("2025-04")!, pay: nil, on: self.day("2025-04-05"), in: f.db)
        }
    }
}
