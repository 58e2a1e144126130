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

    func testSyntaxIsCheckedWithoutRecursionAtAnyDepth() throws {
        for good in [#"{"a": [1, {"b": []}, "x"], "c": {}}"#, "[]", "[[], {}]", "\"s\"", "7"] {
            XCTAssertNoThrow(try read(Array(good.utf8)) { try $0.checkSyntax() }, good)
        }
        for (bad, offset) in [("[1, ]", 4), ("{\"a\" 1}", 5), ("[{}, ]", 5), ("{\"a\": 1,}", 8), ("[1] 2", 4)] {
            XCTAssertThrowsError(try read(Array(bad.utf8)) { try $0.checkSyntax() }, bad) { error in
                XCTAssertEqual((error as? JSONError)?.offset, offset, bad)
            }
        }
        let deep = Array(repeating: UInt8(ascii: "["), count: 200_000)
        XCTAssertThrowsError(try read(deep) { try $0.checkSyntax() }) { error in
            XCTAssertEqual((error as? JSONError)?.offset, deep.count, "the end of the file, not a crash")
        }
    }

    func testAJSONTreeNestedWithoutEndIsRefusedNotOverflowed() throws {
        XCTAssertEqual(try JSONValue.parse(ArraySlice(#"{"was": [[1]]}"#.utf8))["was"], .array([.array([.int(1)])]))
        let deep = Array(repeating: UInt8(ascii: "["), count: 100_000) + Array(repeating: UInt8(ascii: "]"), count: 100_000)
        XCTAssertThrowsError(try JSONValue.parse(ArraySlice(deep))) { error in
            XCTAssertEqual((error as? JSONError)?.offset, JSONValue.maximumDepth + 1)
        }
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

    // MARK: Locating a byte offset (only done when something is wrong there)

    private func locate(_ text: String, at marker: String, depth: Int = 2) -> JSONLocation {
        let bytes = Array(text.utf8)
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: marker)!.lowerBound.samePosition(in: text.utf8)!)
        return bytes.withUnsafeBufferPointer { JSONLocation(of: offset, in: $0, recordDepth: depth) }
    }

    func testALocationNamesLineColumnPathAndTheRecordsCode() {
        let text = "{\n  \"member\": [\n    {\"code\": \"M1\"},\n    {\"born\": \"1990-02-30\", \"branch\": \"O9\", \"code\": \"M2\", \"名\": 1}\n  ]\n}\n"
        let l = locate(text, at: "\"O9\"")
        XCTAssertEqual(l.line, 4)
        XCTAssertEqual(l.column, 38)
        XCTAssertEqual(l.pathText, "member[1].branch")
        XCTAssertEqual(l.recordCode, "M2", "the code after the place is read on to")
        XCTAssertEqual(locate(text, at: "\"名\"").pathText, "member[1][\"名\"]", "a key at the offset is part of the path")
        XCTAssertEqual(locate(text, at: "{\"born").pathText, "member[1]")
        XCTAssertEqual(locate(text, at: "{\"born").recordCode, "M2", "a record's opening brace belongs to the record")
        XCTAssertEqual(locate(text, at: "\"member\"").pathText, "member")
    }

    func testAOneLineDocumentIsLocatedByPathWhereALineSaysLittle() {
        var text = "{\"member\": ["
        for i in 0..<1500 { text += "{\"code\": \"M\(i)\", \"branch\": \"O1\"}, " }
        text += "{\"branch\": \"NOPE\", \"code\": \"M1500\"}]}"
        let l = locate(text, at: "\"NOPE\"")
        XCTAssertEqual(l.line, 1)
        XCTAssertEqual(l.pathText, "member[1500].branch")
        XCTAssertEqual(l.recordCode, "M1500")
    }

    func testABrokenDocumentIsLocatedAsFarAsItReads() {
        let cut = "{\n  \"member\": [\n    {\"code\": \"M1\", \"name\": \"张"
        let bytes = Array(cut.utf8)
        let l = bytes.withUnsafeBufferPointer { JSONLocation(of: bytes.count, in: $0) }
        XCTAssertEqual(l.pathText, "member[0].name")
        XCTAssertEqual(l.recordCode, "M1")
        XCTAssertEqual(l.line, 3)
        let change = #"{"seq":4,"changes":[{"op":"insert","kind":"street","code":"S2","set":{"district":"XX"}}],"sum":"0"}"#
        let c = locate(change, at: "\"XX\"")
        XCTAssertEqual(c.pathText, "changes[0].set.district")
        XCTAssertEqual(c.recordKind, "street")
        XCTAssertEqual(c.recordCode, "S2")
    }
}
