import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class CSVImportTests: XCTestCase {
    func testAGB18030FileWithChineseHeadersImports() throws {
        let db = try ExchangeFixtures.database()
        let report = try CSVImport.run(.member, path: ExchangeFixtures.path("members-gb18030.csv"), into: db)
        XCTAssertEqual(report.encoding, .gb18030)
        XCTAssertEqual(report.rejected, [])
        XCTAssertTrue(report.applied)
        XCTAssertEqual(report.imported.count, 3)
        let m = try XCTUnwrap(db.members.handle(code: "M0102"))
        XCTAssertEqual(db.members[m].name, "李秀英")
        XCTAssertEqual(db.members[m].ethnicity, "回族")
        XCTAssertEqual(db.members[m].born, Day("1972-11-20"), "born comes from the ID number")
        XCTAssertEqual(db.members[m].gender, .female)
        XCTAssertEqual(db.members[m].joined, Day("1998-07-01"), "1998年7月1日 is a date")
        XCTAssertEqual(db.members[m].branch.map { db.orgs[$0].code }, "JH-01", "a branch by its unique name")
        XCTAssertEqual(db.members[db.members.handle(code: "M0101")!].formal, Day("1981-07-01"), "2025/3/15 as Excel writes it")
        XCTAssertEqual(db.pendingChanges.count, 3, "the rows wait for one commit")
    }

    func testAUTF8FileWithABOMAndEnglishHeadersKeepsQuotedCommasQuotesAndNewlines() throws {
        let db = try ExchangeFixtures.database()
        let report = try CSVImport.run(.member, path: ExchangeFixtures.path("members-utf8-bom.csv"), into: db)
        XCTAssertEqual(report.encoding, .utf8WithBOM)
        XCTAssertEqual(report.rejected, [])
        XCTAssertEqual(report.imported.count, 3)
        let zhao = db.members[db.members.handle(code: "M0201")!]
        XCTAssertEqual(zhao.address, "幸福路12号, 3单元")
        XCTAssertEqual(zhao.workUnit, "区\"阳光\"幼儿园")
        XCTAssertEqual(db.members[db.members.handle(code: "M0202")!].address, "金华小区\r\n7号楼\r\n201室")
        XCTAssertEqual(db.members[db.members.handle(code: "M0203")!].workUnit, "第一行\n第二行")
        XCTAssertEqual(zhao.code, "M0201", "the byte order mark is not part of the first header")
    }

    func testBadRowsAreEachNamedWithTheirLineAndNothingIsImported() throws {
        let db = try ExchangeFixtures.database()
        let report = try CSVImport.run(.member, path: ExchangeFixtures.path("members-bad.csv"), into: db)
        XCTAssertFalse(report.applied)
        XCTAssertEqual(report.imported, [])
        XCTAssertEqual(report.goodRows, 2)
        XCTAssertEqual(report.rejected.map(\.line), [4, 5, 6, 7], "physical lines: the first row spans two")
        XCTAssertEqual(report.rejected.map(\.code), ["M0302", "M0303", "M0304", "M0305"])
        XCTAssertEqual(report.rejected[0].issues.map(\.rule), ["idcard_checksum"])
        XCTAssertEqual(report.rejected[0].issues[0].field, "idcard")
        XCTAssertEqual(report.rejected[0].issues[0].value, "620102********0130", "personal data stays masked in reports")
        XCTAssertEqual(report.rejected[1].issues.map(\.rule), ["join_age"])
        XCTAssertEqual(report.rejected[2].issues.map(\.rule), ["unknown"])
        XCTAssertEqual(report.rejected[2].issues[0].field, "branch")
        XCTAssertTrue(report.rejected[2].issues[0].message.english.contains("did you mean \"JH-01\""), "\(report.rejected[2].issues[0].message)")
        XCTAssertEqual(report.rejected[3].issues.map(\.rule), ["value"])
        XCTAssertEqual(report.rejected[3].issues[0].field, "joined")
        XCTAssertEqual(db.members.count, 0)
        XCTAssertTrue(db.pendingChanges.isEmpty, "nothing is left to commit")
        XCTAssertEqual(report.problemLines[2], "\(report.file):6: member \"M0304\": branch \"JH-09\": no org has this code or name; did you mean \"JH-01\"? [unknown]")
        XCTAssertTrue(report.summary.hasPrefix("nothing imported: 4 of 6 rows"), report.summary)
    }

    func testSkipBadImportsTheGoodRowsAndStillReportsTheBad() throws {
        let db = try ExchangeFixtures.database()
        let report = try CSVImport.run(.member, path: ExchangeFixtures.path("members-bad.csv"), into: db, options: ImportOptions(skipBad: true))
        XCTAssertTrue(report.applied)
        XCTAssertEqual(report.imported.map { db.code($0) }, ["M0301", "M0306"])
        XCTAssertEqual(report.rejected.count, 4)
        XCTAssertEqual(db.members[db.members.handle(code: "M0301")!].address, "多行\n地址")
        XCTAssertEqual(db.members.count, 2)
    }

    func testARowWithAnUnknownReferenceStillHasItsOtherProblemsNamed() throws {
        let db = try ExchangeFixtures.database()
        let text = "code,name,idcard,branch\nM1,钱错,620102195803010130,JH-77\n"
        let report = try CSVImport.run(.member, bytes: Array(text.utf8), file: "two.csv", into: db)
        XCTAssertEqual(report.rejected.first?.issues.map(\.rule), ["unknown", "idcard_checksum"])
        XCTAssertEqual(report.rejected.first?.line, 2)
        XCTAssertTrue(db.pendingChanges.isEmpty)
        XCTAssertEqual(db.nextCode(.member), "M1", "a trial insert leaves no trace")
    }

    func testAnUnknownHeaderStopsTheImportNamingTheColumn() throws {
        let db = try ExchangeFixtures.database()
        XCTAssertThrowsError(try CSVImport.run(.member, path: ExchangeFixtures.path("members-unknown-header.csv"), into: db)) { error in
            guard case .header(let column, let header, let message)? = error as? ImportError else { return XCTFail("\(error)") }
            XCTAssertEqual(column, 3)
            XCTAssertEqual(header, "birthday")
            XCTAssertTrue(message.english.hasPrefix("no member field has this name"), "\(message)")
        }
        XCTAssertThrowsError(try CSVImport.run(.member, bytes: Array("code,age\n".utf8), file: "x.csv", into: db)) { error in
            XCTAssertTrue("\(error)".contains("computed"), "\(error)")
        }
    }

    func testAChildOrganisationBeforeItsParentWaitsForIt() throws {
        let db = try ExchangeFixtures.database()
        let report = try CSVImport.run(.org, path: ExchangeFixtures.path("orgs-forward.csv"), into: db)
        XCTAssertEqual(report.rejected, [])
        XCTAssertEqual(report.imported.map { db.code($0) }, ["JH-03", "JH-03-G1"])
        let group = db.orgs[db.orgs.handle(code: "JH-03-G1")!]
        XCTAssertEqual(group.parent.map { db.orgs[$0].code }, "JH-03")
        XCTAssertEqual(db.orgs[db.orgs.handle(code: "JH-03")!].kind, .branch, "党支部 is the Chinese word for branch")
    }

    func testAFileThatIsNeitherUTF8NorGB18030IsRefused() throws {
        let db = try ExchangeFixtures.database()
        XCTAssertThrowsError(try CSVImport.run(.member, bytes: [0x63, 0x6F, 0x64, 0x65, 0x0A, 0xFF, 0xFF, 0xFF], file: "x.csv", into: db)) { error in
            XCTAssertEqual(error as? ImportError, .encoding(file: "x.csv"))
        }
    }
}
