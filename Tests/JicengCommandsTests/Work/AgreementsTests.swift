import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class AgreementsTests: XCTestCase {
    private let day = WorkFixture.day

    private func signed(_ f: WorkFixture) throws -> Handle<Agreement> {
        let terms = Agreements.Terms(starts: day("2025-01-01"), ends: day("2027-12-31"), resources: ["场地", "志愿者"], needs: ["助老"])
        return try Agreements.sign(code: "A-2025-01", unit: f.unit, with: EntityRef(f.community), terms, in: f.db).record.handle(as: Agreement.self)!
    }

    func testSignRecordsTheTermsAndTheLists() throws {
        let f = try WorkFixture()
        let a = f.db.agreements[try signed(f)]
        XCTAssertEqual(a.status, .active)
        XCTAssertNil(a.signed)
        XCTAssertEqual(a.community, f.community)
        XCTAssertEqual(a.resources, ["场地", "志愿者"])
        XCTAssertEqual(a.needs, ["助老"])
    }

    func testEndsMustComeAfterStartsAndThePartyIsACommunityOrStreet() throws {
        let f = try WorkFixture()
        assertRefused(f.db, rule: "date_order", naming: "A9") {
            try Agreements.sign(code: "A9", unit: f.unit, with: EntityRef(f.street),
                                .init(starts: self.day("2025-01-01"), ends: self.day("2025-01-01")), in: f.db)
        }
        assertRefused(f.db, rule: "agreement_party", naming: "A9") {
            try Agreements.sign(code: "A9", unit: f.unit, with: EntityRef(f.grid),
                                .init(starts: self.day("2025-01-01"), ends: self.day("2026-01-01")), in: f.db)
        }
    }

    func testRenewOnlyExtends() throws {
        let f = try WorkFixture()
        let a = try signed(f)
        try Agreements.renew(a, to: day("2029-12-31"), in: f.db)
        XCTAssertEqual(f.db.agreements[a].ends, day("2029-12-31"))
        assertRefused(f.db, rule: "renew_forward", naming: "A-2025-01") { try Agreements.renew(a, to: self.day("2028-12-31"), in: f.db) }
        assertRefused(f.db, rule: "renew_forward", naming: "A-2025-01") { try Agreements.renew(a, to: self.day("2029-12-31"), in: f.db) }
    }

    func testTerminateOnlyAnActiveAgreement() throws {
        let f = try WorkFixture()
        let a = try signed(f)
        assertRefused(f.db, rule: "agreement_active", naming: "A-2025-01") {
            try Agreements.terminate(a, on: self.day("2028-03-01"), reason: "晚了", in: f.db)
        }
        try Agreements.terminate(a, on: day("2026-06-30"), reason: "单位搬迁", in: f.db)
        let t = f.db.agreements[a]
        XCTAssertEqual(t.status, .terminated)
        XCTAssertEqual(t.terminatedOn, day("2026-06-30"))
        XCTAssertEqual(t.reason, "单位搬迁")
        assertRefused(f.db, rule: "agreement_active", naming: "A-2025-01") {
            try Agreements.terminate(a, on: self.day("2026-07-30"), reason: "再次", in: f.db)
        }
        assertRefused(f.db, rule: "agreement_active", naming: "A-2025-01") { try Agreements.renew(a, to: self.day("2030-01-01"), in: f.db) }
    }
}

final class ListsTests: XCTestCase {
    private let day = WorkFixture.day

    func testANeedIsClaimedByAUnitOnceAndOnlyFromOpen() throws {
        let f = try WorkFixture()
        let n = try Lists.post(NeedList.self, text: "楼梯扶手", owner: EntityRef(f.community), on: day("2025-03-01"), in: f.db)
        let need = n.record.handle(as: Need.self)!
        XCTAssertEqual(f.db.needs[need].code, "N1")
        XCTAssertEqual(f.db.needs[need].status, .open)
        assertRefused(f.db, rule: "claim_other_side", naming: "N1") {
            try Lists.claim(need, by: EntityRef(f.community), on: self.day("2025-03-02"), in: f.db)
        }
        try Lists.claim(need, by: EntityRef(f.unit), on: day("2025-03-02"), in: f.db)
        XCTAssertEqual(f.db.needs[need].status, .claimed)
        XCTAssertEqual(f.db.needs[need].claimedBy, EntityRef(f.unit))
        assertRefused(f.db, rule: "claim_from_open", naming: "N1") {
            try Lists.claim(need, by: EntityRef(f.unit), on: self.day("2025-03-03"), in: f.db)
        }
    }

    func testAUnitsResourceIsClaimedByACommunity() throws {
        let f = try WorkFixture()
        let r = try Lists.post(ResourceList.self, text: "会议室", owner: EntityRef(f.unit), code: "R-BG-1", on: day("2025-03-01"), in: f.db)
        let resource = r.record.handle(as: Resource.self)!
        assertRefused(f.db, rule: "claim_other_side", naming: "R-BG-1") {
            try Lists.claim(resource, by: EntityRef(f.unit), on: self.day("2025-03-02"), in: f.db)
        }
        try Lists.claim(resource, by: EntityRef(f.community), on: day("2025-03-02"), in: f.db)
        XCTAssertEqual(f.db.resources[resource].claimedBy, EntityRef(f.community))
        assertRefused(f.db, rule: "list_owner", naming: "PJ9") {
            try Lists.post(ProjectList.self, text: "x", owner: EntityRef(f.m1), code: "PJ9", on: self.day("2025-03-01"), in: f.db)
        }
    }
}
