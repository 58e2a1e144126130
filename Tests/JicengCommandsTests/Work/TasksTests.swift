import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class TasksTests: XCTestCase {
    private let day = WorkFixture.day

    func testAddAndCompleteATask() throws {
        let f = try WorkFixture()
        let t = try Tasks.add("整改会议记录不全", list: .rectification, owner: EntityRef(f.branch1), due: day("2025-06-30"), in: f.db)
            .record.handle(as: WorkTask.self)!
        XCTAssertEqual(f.db.tasks[t].code, "T1")
        XCTAssertEqual(f.db.tasks[t].status, .open)
        try Tasks.complete(t, on: day("2025-06-10"), in: f.db)
        XCTAssertEqual(f.db.tasks[t].status, .done)
        XCTAssertEqual(f.db.tasks[t].completedOn, day("2025-06-10"))
        assertRefused(f.db, rule: "task_open", naming: "T1") { try Tasks.complete(t, on: self.day("2025-06-12"), in: f.db) }
        assertRefused(f.db, rule: "task_owner", naming: "T9") {
            try Tasks.add("x", list: .task, owner: EntityRef(f.community), due: nil, code: "T9", in: f.db)
        }
    }
}
