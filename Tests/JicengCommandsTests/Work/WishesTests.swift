import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class WishesTests: XCTestCase {
    private let day = WorkFixture.day

    func testAWishIsPostedClaimedAndFulfilled() throws {
        let f = try WorkFixture()
        let w = try Wishes.post("为独居老人修水管", in: f.community, for: "王阿姨", on: day("2025-03-01"), in: f.db).record.handle(as: Wish.self)!
        XCTAssertEqual(f.db.wishes[w].code, "W1")
        XCTAssertEqual(f.db.wishes[w].status, .open)
        try Wishes.claim(w, by: EntityRef(f.m1), on: day("2025-03-02"), in: f.db)
        XCTAssertEqual(f.db.wishes[w].claimedBy, EntityRef(f.m1))
        try Wishes.fulfil(w, on: day("2025-03-22"), in: f.db)
        XCTAssertEqual(f.db.wishes[w].status, .fulfilled)
        XCTAssertEqual(f.db.wishes[w].fulfilledOn, day("2025-03-22"))
    }

    func testClaimsOnlyFromOpenFulfilOnlyClaimedCancelOnlyUnfinished() throws {
        let f = try WorkFixture()
        let w = try Wishes.post("买轮椅", in: f.community, for: "李大爷", on: day("2025-03-01"), in: f.db).record.handle(as: Wish.self)!
        assertRefused(f.db, rule: "wish_status", naming: "W1") { try Wishes.fulfil(w, on: self.day("2025-03-05"), in: f.db) }
        assertRefused(f.db, rule: "wish_claimant", naming: "W1") { try Wishes.claim(w, by: EntityRef(f.community), on: self.day("2025-03-02"), in: f.db) }
        try Wishes.claim(w, by: EntityRef(f.unit), on: day("2025-03-02"), in: f.db)
        assertRefused(f.db, rule: "claim_from_open", naming: "W1") { try Wishes.claim(w, by: EntityRef(f.m1), on: self.day("2025-03-03"), in: f.db) }
        assertRefused(f.db, rule: "date_order", naming: "W1") { try Wishes.fulfil(w, on: self.day("2025-03-01"), in: f.db) }
        try Wishes.cancel(w, in: f.db)
        XCTAssertEqual(f.db.wishes[w].status, .cancelled)
        assertRefused(f.db, rule: "wish_status", naming: "W1") { try Wishes.cancel(w, in: f.db) }
        assertRefused(f.db, rule: "claim_from_open", naming: "W1") { try Wishes.claim(w, by: EntityRef(f.m1), on: self.day("2025-03-03"), in: f.db) }
    }
}
