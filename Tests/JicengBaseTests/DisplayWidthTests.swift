import XCTest
import JicengBase

final class DisplayWidthTests: XCTestCase {
    func testChineseAndFullWidthTakeTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("西湖社区"), 8)
        XCTAssertEqual(DisplayWidth.of("M1 张三"), 7)
        XCTAssertEqual(DisplayWidth.of("（）"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
    }

    func testPadsByColumnsNotCharacters() {
        XCTAssertEqual(DisplayWidth.pad("张三", to: 6), "张三  ")
        XCTAssertEqual(DisplayWidth.pad("12", to: 4, alignRight: true), "  12")
        XCTAssertEqual(DisplayWidth.pad("王小明", to: 4), "王小明")
    }
}
