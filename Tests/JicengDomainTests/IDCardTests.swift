import XCTest
import JicengBase
@_spi(Store) @testable import JicengDomain

final class IDCardTests: XCTestCase {
    func testTheStandardsExamplesAreValid() {
        XCTAssertNil(IDCard.problem("11010519491231002X"))
        XCTAssertNil(IDCard.problem("440524188001010014"))
        XCTAssertNil(IDCard.problem("11010519491231002x"), "a lower-case x is the same check character")
    }

    func testEachKindOfBadNumberIsNamed() {
        XCTAssertEqual(IDCard.problem("110105194912310021"), .checksum(expected: "X"))
        XCTAssertEqual(IDCard.problem("440524188001010015"), .checksum(expected: "4"))
        XCTAssertEqual(IDCard.problem("4405241880010100"), .length)
        XCTAssertEqual(IDCard.problem("44052418800101001A"), .checksum(expected: "4"))
        XCTAssertEqual(IDCard.problem("4405241880010A0014"), .notDigits)
    }

    func testARealChecksumOverAnImpossibleDateIsRefused() {
        // 1949-02-30 does not exist; compute the right check character so only the date is wrong.
        let body = Array("11010519490230002".utf8).map { Int($0 - 48) }
        let sum = zip(body, IDCard.weights).map(*).reduce(0, +)
        let number = "11010519490230002" + String(Character(Unicode.Scalar(IDCard.checkCharacters[sum % 11])))
        XCTAssertEqual(IDCard.problem(number), .birthDate)
    }

    func testBirthDateAndGenderComeFromTheNumber() {
        XCTAssertEqual(IDCard.birthDate("11010519491231002X"), Day("1949-12-31"))
        XCTAssertEqual(IDCard.gender("11010519491231002X"), .female)
        XCTAssertEqual(IDCard.birthDate("440524188001010014"), Day("1880-01-01"))
        XCTAssertEqual(IDCard.gender("440524188001010014"), .male)
    }

    func testPersonalDataIsMasked() {
        XCTAssertEqual(Privacy.maskIDCard("11010519491231002X"), "110105********002X")
        XCTAssertEqual(Privacy.maskPhone("13900000000"), "139****0000")
        XCTAssertEqual(Privacy.maskPhone("12"), "**")
        XCTAssertEqual(Privacy.mask(field: "name", "张三"), "张三")
    }

    func testTheCheckCharacterCompletesAValidNumber() {
        XCTAssertEqual(IDCard.checkCharacter(forFirst17: "11010519491231002"), "X")
        XCTAssertEqual(IDCard.checkCharacter(forFirst17: "44052418800101001"), "4")
        XCTAssertNil(IDCard.checkCharacter(forFirst17: "4405241880010100"), "16 digits are not enough")
        XCTAssertNil(IDCard.checkCharacter(forFirst17: "4405241880010100A"))
    }
}

final class DuesTests: XCTestCase {
    func amount(_ basis: DuesBasis, _ pay: String?) -> String? {
        Dues.monthlyAmount(basis: basis, pay: pay.flatMap { ExactDecimal($0) })?.description
    }

    func testWorkingMembersPayByBracketOfTheWholePay() {
        XCTAssertEqual(amount(.working, "3200"), "32.00")
        XCTAssertEqual(amount(.working, "5400"), "81.00")
        XCTAssertEqual(amount(.working, "11500"), "230.00")
        XCTAssertEqual(amount(.working, "3000"), "15.00")
        XCTAssertEqual(amount(.working, "3000.01"), "30.00")
        XCTAssertEqual(amount(.working, "10000"), "150.00")
        XCTAssertEqual(amount(.working, "2999.99"), "15.00")
    }

    func testRetireesAndFlatRates() {
        XCTAssertEqual(amount(.retired, "5000"), "25.00")
        XCTAssertEqual(amount(.retired, "6000"), "60.00")
        XCTAssertEqual(amount(.student, nil), "0.20")
        XCTAssertEqual(amount(.unemployed, nil), "0.20")
        XCTAssertEqual(amount(.lowIncome, "900"), "0.20")
    }

    func testPayIsNeededWhereTheRuleUsesIt() {
        XCTAssertNil(amount(.working, nil))
        XCTAssertNil(amount(.retired, "-1"))
    }
}

final class SuggestTests: XCTestCase {
    func testNearestCodeWithinReach() {
        XCTAssertEqual(Suggest.nearest(to: "M0099", in: ["M0090", "M1234", "XFL-01"]), "M0090")
        XCTAssertEqual(Suggest.nearest(to: "金华社", in: ["金华社区", "银华社区一"]), "金华社区")
        XCTAssertNil(Suggest.nearest(to: "ABCDEFG", in: ["M0090"]))
    }
}
