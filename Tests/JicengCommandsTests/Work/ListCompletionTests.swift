import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

/// 需求、资源、项目清单 completed (完成, 结项): only once claimed, and once.
final class ListCompletionTests: XCTestCase {
    private let day = WorkFixture.day

    func testANeedIsClaimedThenCompletedOnce() throws {
        let f = try WorkFixture()
        let n = try Lists.post(NeedList.self, text: "楼梯扶手", owner: EntityRef(f.community), on: day("2025-03-01"), in: f.db)
            .record.handle(as: Need.self)!
        assertRefused(f.db, rule: "complete_claimed", naming: "N1") { try Lists.complete(n, on: self.day("2025-03-10"), in: f.db) }
        try Lists.claim(n, by: EntityRef(f.unit), on: day("2025-03-05"), in: f.db)
        assertRefused(f.db, rule: "date_order", naming: "N1") { try Lists.complete(n, on: self.day("2025-03-01"), in: f.db) }
        try Lists.complete(n, on: day("2025-04-01"), in: f.db)
        XCTAssertEqual(f.db.needs[n].status, .done)
        XCTAssertEqual(f.db.needs[n].doneOn, day("2025-04-01"))
        assertRefused(f.db, rule: "complete_claimed", naming: "N1") { try Lists.complete(n, on: self.day("2025-04-02"), in: f.db) }
    }

    func testACancelledProjectIsNotCompletedNorSetDoneByHand() throws {
        let f = try WorkFixture()
        let p = try Lists.post(ProjectList.self, text: "共建图书角", owner: EntityRef(f.unit), on: day("2025-03-01"), in: f.db)
            .record.handle(as: Project.self)!
        try Lists.claim(p, by: EntityRef(f.community), on: day("2025-03-05"), in: f.db)
        try f.db.update(p) { $0.status = .cancelled }
        assertRefused(f.db, rule: "complete_claimed", naming: "PJ1") { try Lists.complete(p, on: self.day("2025-04-01"), in: f.db) }
        // The model holds the same rule for a generic change: done only from claimed, with its day.
        assertRefused(f.db, rule: "complete_claimed", naming: "PJ1") { try f.db.update(p) { $0.status = .done; $0.doneOn = self.day("2025-04-01") } }
        try f.db.update(p) { $0.status = .claimed }
        assertRefused(f.db, rule: "required", naming: "PJ1") { try f.db.update(p) { $0.status = .done } }
    }
}
