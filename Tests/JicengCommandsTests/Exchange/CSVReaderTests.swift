import JicengBase
import XCTest
@testable import JicengCommands

final class CSVReaderTests: XCTestCase {
    func testQuotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let records = try CSVReader.records("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\"\r\nlast,,\r\n")
        XCTAssertEqual(records, [
            CSVRecord(line: 1, fields: ["a", "b", "c"]),
            CSVRecord(line: 2, fields: ["x, y", "say \"hi\"", "one\r\ntwo"]),
            CSVRecord(line: 4, fields: ["last", "", ""]),
        ])
    }

    func testEachRecordKnowsThePhysicalLineItStartsOn() throws {
        let records = try CSVReader.records("h\n\"1\n2\n3\"\nnext\n\nafter blank")
        XCTAssertEqual(records.map(\.line), [1, 2, 5, 7])
        XCTAssertEqual(records.last?.fields, ["after blank"], "a last line without a break is a record")
    }

    func testAnUnclosedQuoteIsReportedWhereItOpens() {
        XCTAssertThrowsError(try CSVReader.records("a\nb\n\"never\nclosed")) { error in
            XCTAssertEqual(error as? CSVSyntaxError, CSVSyntaxError(line: 3, message: Message(english: "a quoted field is never closed", chinese: "带引号的单元格没有结束引号")))
        }
    }

    func testTextAfterAClosingQuoteIsAnError() {
        XCTAssertThrowsError(try CSVReader.records("a,b\n\"x\"y,z")) { error in
            XCTAssertEqual((error as? CSVSyntaxError)?.line, 2)
        }
    }

    func testTheEncodingIsDetected() throws {
        let gb: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD] // 张三 in GB18030
        XCTAssertEqual(CSVTextDecoder.decode(gb)?.text, "张三")
        XCTAssertEqual(CSVTextDecoder.decode(gb)?.encoding, .gb18030)
        XCTAssertEqual(CSVTextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("张三".utf8))?.encoding, .utf8WithBOM)
        XCTAssertEqual(CSVTextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("张三".utf8))?.text, "张三")
        XCTAssertEqual(CSVTextDecoder.decode(Array("张三".utf8))?.encoding, .utf8)
    }
}
