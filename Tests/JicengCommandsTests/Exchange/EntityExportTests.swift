import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class EntityExportTests: XCTestCase {
    func testACSVExportIsForExcelMasksPersonalDataAndImportsBack() throws {
        let db = try ExchangeFixtures.database()
        _ = try CSVImport.run(.member, path: ExchangeFixtures.path("members-utf8-bom.csv"), into: db)
        _ = try CSVImport.run(.member, path: ExchangeFixtures.path("members-gb18030.csv"), into: db)
        _ = db.takeChanges()
        let text = EntityExport.render(.member, in: db, format: .csv, language: .zh)
        XCTAssertTrue(text.hasPrefix("\u{FEFF}编号,姓名,性别,"), String(text.prefix(30)))
        XCTAssertTrue(text.contains("620104********0468"), "ID numbers masked")
        XCTAssertFalse(text.contains("620104198508150468"))
        XCTAssertTrue(text.contains("139****5678"), "phones masked")
        XCTAssertFalse(text.contains("幸福路12号, 3单元"), "addresses masked too")

        let clear = EntityExport.render(.member, in: db, format: .csv, language: .en, showPersonalData: true)
        XCTAssertTrue(clear.contains("620104198508150468"))
        XCTAssertTrue(clear.contains("\"幸福路12号, 3单元\""))

        // What we write in full, we read back: same records, field by field.
        let copy = try ExchangeFixtures.database()
        let report = try CSVImport.run(.member, bytes: Array(clear.utf8), file: "export.csv", into: copy)
        XCTAssertEqual(report.rejected, [])
        for h in db.members.handles {
            let other = try XCTUnwrap(copy.members.handle(code: db.members[h].code))
            XCTAssertEqual(db.members.values(h.index).map(db.describe), copy.members.values(other.index).map(copy.describe))
        }
    }

    func testAJSONExportKeepsTypes() throws {
        let db = try ExchangeFixtures.database()
        let text = EntityExport.render(.org, in: db, format: .json, language: .en)
        XCTAssertTrue(text.contains("\"code\": \"JH-01\""))
        XCTAssertTrue(text.contains("\"parent\": \"JH-PC\""), "references by code")
        XCTAssertTrue(text.contains("\"dissolved\": null"))
    }
}
