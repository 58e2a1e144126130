import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

/// 五步议事: 居民点题 → 支部议定 → 网格实施 → 结果公开 → 评价反馈, one step at a time.
final class DeliberationTests: XCTestCase {
    private let day = WorkFixture.day

    func testTheFiveStepsInOrderWithANoteEach() throws {
        let f = try WorkFixture()
        let p = try Deliberation.propose("停车难", in: f.community, by: "居民代表李某", on: day("2025-03-01"), note: "居民提出", in: f.db)
            .record.handle(as: Proposal.self)!
        XCTAssertEqual(f.db.proposals[p].step, .proposed)
        var reached: [ProposalStep] = []
        for note in ["支委会通过", "网格员组织施划车位", "公示栏公开"] {
            try Deliberation.advance(p, note: note, in: f.db)
            reached.append(f.db.proposals[p].step!)
        }
        try Deliberation.advance(p, to: .evaluated, in: f.db)
        reached.append(f.db.proposals[p].step!)
        XCTAssertEqual(reached, [.decided, .implementing, .published, .evaluated])
        XCTAssertEqual(ProposalStep.allCases.map(\.label), ["居民点题", "支部议定", "网格实施", "结果公开", "评价反馈"])
        XCTAssertEqual(f.db.proposals[p].notes, ["居民提出", "支委会通过", "网格员组织施划车位", "公示栏公开"])
        try Deliberation.rate(p, 4, in: f.db)
        XCTAssertEqual(f.db.proposals[p].rating, 4)
    }

    func testNoSkippingNoGoingBackRatingOnlyAtTheEnd() throws {
        let f = try WorkFixture()
        let p = try Deliberation.propose("加装电梯", in: f.community, by: "张大妈", on: day("2025-03-01"), code: "P3", in: f.db)
            .record.handle(as: Proposal.self)!
        assertRefused(f.db, rule: "step_forward", naming: "P3") { try Deliberation.advance(p, to: .implementing, in: f.db) }
        assertRefused(f.db, rule: "rating_step", naming: "P3") { try Deliberation.rate(p, 4, in: f.db) }
        try Deliberation.advance(p, note: "支委会通过", in: f.db)
        assertRefused(f.db, rule: "step_forward", naming: "P3") { try Deliberation.advance(p, to: .proposed, in: f.db) }
        for _ in 0..<3 { try Deliberation.advance(p, in: f.db) }
        XCTAssertEqual(f.db.proposals[p].notes, ["", "支委会通过"], "a step without a note keeps its place empty")
        assertRefused(f.db, rule: "step_forward", naming: "P3") { try Deliberation.advance(p, in: f.db) }
        assertRefused(f.db, rule: "rating_range", naming: "P3") { try Deliberation.rate(p, 6, in: f.db) }
    }
}
