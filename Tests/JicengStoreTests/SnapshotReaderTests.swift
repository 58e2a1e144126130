import XCTest
import JicengBase
@_spi(Store) @testable import JicengDomain
@testable import JicengStore

/// The one-pass snapshot reader: lists in file order, codes met before their records,
/// shared texts, and the same located errors whatever the layout of the file.
final class SnapshotReaderTests: XCTestCase {
    private func load(_ text: String) throws -> Database {
        let db = Database(today: testToday)
        let bytes = Array(text.utf8)
        _ = try Snapshot.decode(bytes, file: "snapshot.json", into: db)
        return db
    }

    private func codes(_ db: Database, _ kind: Kind) -> [String] {
        let table = db.table(kind)
        return table.liveIndexes.map { table.code($0) }
    }

    private func snapshot(_ lists: String) -> String {
        "{" + lists + ", \"format\": \"jiceng-store\", \"schema\": 1, \"seq\": 0}"
    }

    func testListsInAnyOrderOnOneLineLoadTheSameRecordsInTheSameOrder() throws {
        let db = Database(today: testToday)
        try buildCity(db)
        _ = db.takeChanges()
        let written = try Snapshot.encode(db, seq: 7)
        let original = try load(String(decoding: written, as: UTF8.self))
        // The same document with its lists in reverse order, compacted onto one line.
        guard case .object(let members) = try JSONValue.parse(ArraySlice(written)) else { return XCTFail("not an object") }
        var w = JSONWriter()
        JSONValue.object(members.reversed()).write(into: &w)
        XCTAssertFalse(w.bytes.contains(0x0A))
        let reordered = try load(String(decoding: w.bytes, as: UTF8.self))
        XCTAssertEqual(contents(reordered), contents(db))
        for kind in Kind.allCases { XCTAssertEqual(codes(reordered, kind), codes(original, kind), "\(kind.name) keeps file order") }
        XCTAssertEqual(reordered.read(reordered.lookup(.org, "JH-PC")!, "member_count"), .int(2), "references found their records")
    }

    func testACodeMetBeforeItsRecordIsTheRecordsHandle() throws {
        // Meetings come before members and orgs in name order: every reference is to a record further on.
        let db = try load(snapshot(#""meeting": [{"attendees": ["M2", "M1"], "code": "MT1", "date": "2025-03-01", "kind": "theme_day", "org": "B1"}], "member": [{"code": "M1", "name": "甲"}, {"branch": "B1", "code": "M2", "name": "乙"}], "org": [{"code": "B1", "kind": "branch", "name": "一支部"}]"#))
        let meeting = db.lookup(.meeting, "MT1")!
        XCTAssertEqual(db.describe(db.read(meeting, "attendees")!), db.describe(.list([.ref(db.lookup(.member, "M2")!), .ref(db.lookup(.member, "M1")!)])))
        XCTAssertEqual(db.read(meeting, "org"), .ref(db.lookup(.org, "B1")!))
        XCTAssertEqual(db.read(db.lookup(.member, "M2")!, "branch"), .ref(db.lookup(.org, "B1")!))
    }

    func testACodeMetBeforeARecordThatNeverComesIsReportedWhereFirstMet() throws {
        let text = snapshot(#""meeting": [{"attendees": ["M1", "M9"], "code": "MT1", "org": "B1"}, {"attendees": ["M9"], "code": "MT2", "org": "B1"}], "member": [{"code": "M1", "name": "甲"}], "org": [{"code": "B1", "kind": "branch", "name": "一支部"}]"#)
        XCTAssertThrowsError(try load(text)) { error in
            guard case .corrupt(let problem) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(problem.message, "no member has the code \"M9\"")
            XCTAssertEqual(problem.path, "meeting[0].attendees[1]")
            XCTAssertEqual(problem.record, "meeting \"MT1\"")
        }
        // A list already read is known to lack the code at once.
        XCTAssertThrowsError(try load(snapshot(#""district": [{"code": "D1", "name": "区"}], "street": [{"code": "S1", "district": "D2", "name": "街"}]"#))) { error in
            guard case .corrupt(let problem) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(problem.message, "no district has the code \"D2\"")
            XCTAssertEqual(problem.path, "street[0].district")
        }
    }

    func testACodeReferredToBeforeAndTakenTwiceIsADuplicate() throws {
        let text = snapshot(#""meeting": [{"attendees": ["M1"], "code": "MT1"}], "member": [{"code": "M1", "name": "甲"}, {"code": "M1", "name": "乙"}]"#)
        XCTAssertThrowsError(try load(text)) { error in
            guard case .corrupt(let problem) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(problem.message, "two member records have the code \"M1\"")
            XCTAssertEqual(problem.path, "member[1]")
        }
    }

    func testTextsAndCodesWrittenWithEscapesLoad() throws {
        let db = try load(snapshot(#""member": [{"code": "M\u0031", "name": "\u5f20\"三\""}, {"code": "M2", "name": "李四"}], "points": [{"code": "PT1", "delta": 2, "member": "M1", "reason": "tab\there"}]"#))
        let m1 = db.lookup(.member, "M1")!
        XCTAssertEqual(db.read(m1, "name"), .text("张\"三\""))
        XCTAssertEqual(db.read(db.lookup(.points, "PT1")!, "member"), .ref(m1))
        XCTAssertEqual(db.read(db.lookup(.points, "PT1")!, "reason"), .text("tab\there"))
    }

    func testLongTextsThatRepeatAreStoredOnce() throws {
        var meetings: [String] = []
        for i in 1...100 { meetings.append(#"{"code": "MT\#(i)", "topic": "学习贯彻党的二十大精神专题会议"}"#) }
        let db = try load(snapshot("\"meeting\": [" + meetings.joined(separator: ", ") + "]"))
        let table = db.meetings
        var first = table.rows[0].topic, last = table.rows[99].topic
        XCTAssertEqual(first, last)
        let a = first.withUTF8 { $0.baseAddress }, b = last.withUTF8 { $0.baseAddress }
        XCTAssertEqual(a, b, "one String's storage shared by every meeting")
    }

    func testANewerSnapshotIsSaidToBeNewerEvenWhenItsListsFailFirst() throws {
        // A newer version might add fields; they come before "schema" in name order.
        let newer = Migrations.currentSchema + 1
        let text = #"{"member": [{"code": "M1", "name": "甲", "wechat": "x"}], "format": "jiceng-store", "schema": \#(newer), "seq": 0}"#
        XCTAssertThrowsError(try load(text)) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(file: "snapshot.json", found: newer, supported: Migrations.currentSchema))
        }
    }
}
