import JicengDomain
import XCTest

final class PrivacyTests: XCTestCase {
    func testNumbersInFreeTextAreMaskedLikeTheFields() {
        XCTAssertEqual(Privacy.maskNumbers(in: #"assign member "11010519491231002X" to branch "B1""#),
                       #"assign member "110105********002X" to branch "B1""#)
        XCTAssertEqual(Privacy.maskNumbers(in: "phone 13912345678, 2nd 13800000000."), "phone 139****5678, 2nd 138****0000.")
        XCTAssertEqual(Privacy.maskNumbers(in: "110105194912310021"), Privacy.maskIDCard("110105194912310021"))
        XCTAssertEqual(Privacy.maskNumbers(in: "13912345678"), Privacy.maskPhone("13912345678"))
    }

    func testDatesCodesAndAmountsAreKept() {
        let text = "2025-06-30 M0001 12.50 1234567890 seq 42 第二〇二五年 一三九一二三四五六七八"
        XCTAssertEqual(Privacy.maskNumbers(in: text), text)
    }

    func testFullWidthDigitsTypedWithAChineseInputMethodAreMaskedAndKeepTheirWidth() {
        let typed = "电话 １３９１２３４５６７８ 好"
        let masked = Privacy.maskNumbers(in: typed)
        XCTAssertEqual(masked, "电话 １３９＊＊＊＊５６７８ 好")
        XCTAssertEqual(masked.utf8.count, typed.utf8.count, "a quoted source line keeps its byte offsets")
    }
}
