import XCTest
@testable import JicengStore

final class JSONTests: XCTestCase {
    private func read<T>(_ text: [UInt8], _ body: (inout JSONReader) throws -> T) throws -> T {
        try text.withUnsafeBufferPointer { buffer in
            var r = JSONReader(buffer)
            return try body(&r)
        }
    }

    func testStringsRoundTripThroughTheWriterAndReader() throws {
        for s in ["plain", "张三 \"老张\"", "tab\tnew\nline\\back", "\u{1}control", "😀 emoji", ""] {
            var w = JSONWriter()
            w.string(s)
            XCTAssertEqual(try read(w.bytes) { try $0.string() }, s)
        }
        XCTAssertEqual(try read(Array(#""\u5f20\ud83d\ude00""#.utf8)) { try $0.string() }, "张😀")
    }

    func testInvalidUTF8IsAnErrorAtTheString() {
        XCTAssertThrowsError(try read([0x20, 0x22, 0x61, 0xFF, 0x22]) { try $0.string() }) { error in
            XCTAssertEqual((error as? JSONError)?.offset, 1)
        }
    }

    func testSkippingCountsTheItemsOfAList() throws {
        XCTAssertEqual(try read(Array("[]".utf8)) { try $0.skipValue() }, 0)
        XCTAssertEqual(try read(Array("[ {\"a\": [1, 2]}, {\"b\": \"x,y\"} ]".utf8)) { try $0.skipValue() }, 2)
        XCTAssertEqual(try read(Array("[\"only\"]".utf8)) { try $0.skipValue() }, 1)
    }

    func testIntegersOnlyAndPositionsByLineAndCharacter() throws {
        XCTAssertEqual(try read(Array("-42".utf8)) { try $0.int() }, -42)
        XCTAssertThrowsError(try read(Array("1.5".utf8)) { try $0.int() })
        let text = Array("{\n  \"名\": x".utf8)
        text.withUnsafeBufferPointer { b in
            XCTAssertEqual(TextPosition(of: text.count - 1, in: b).description, "2:8")
        }
    }

    func testCodeLookupsFindEveryCodeByItsBytes() {
        let lookups = CodeLookups()
        for i in 0..<5000 { lookups.insert(.member, "M\(i)", row: Int32(i)) }
        lookups.insert(.org, "M7", row: 99)
        for i in stride(from: 0, to: 5000, by: 7) {
            var code = "M\(i)"
            XCTAssertEqual(code.withUTF8 { lookups.find(.member, $0) }, Int32(i))
        }
        var seven = "M7", missing = "M5000"
        XCTAssertEqual(seven.withUTF8 { lookups.find(.org, $0) }, 99, "codes are per kind")
        XCTAssertNil(missing.withUTF8 { lookups.find(.member, $0) })
    }
}
