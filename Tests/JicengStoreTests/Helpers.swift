import XCTest
import JicengBase
@_spi(Store) @testable import JicengDomain
@testable import JicengStore
#if canImport(Glibc)
import Glibc
#endif

let testToday = Day("2025-06-15")!

/// A fresh, empty folder under the system's temporary directory.
func temporaryFolder(_ name: String = #function) -> String {
    var template = Array("/tmp/jiceng-store-test-XXXXXX".utf8CString)
    let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    return path
}

func removeFolder(_ path: String) {
    if let dir = opendir(path) {
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name != "." && name != ".." { unlink(path + "/" + name) }
        }
        closedir(dir)
    }
    rmdir(path)
}

func fileBytes(_ path: String) -> [UInt8]? { try? Files.read(path) }

func writeFile(_ path: String, _ text: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0)
    _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

/// Every live record of every kind, by code with references as codes: two databases
/// hold the same state exactly when these are equal (handles may differ).
func contents(_ db: Database) -> [String] {
    var out: [String] = []
    for kind in Kind.allCases {
        let t = db.table(kind)
        let names = t.storedFields.map(\.name)
        for i in t.liveIndexes {
            let fields = t.values(i).enumerated().filter { !$0.element.isNone }.map { "\(names[$0.offset])=\(db.describe($0.element))" }
            out.append("\(kind.name) " + fields.joined(separator: " "))
        }
    }
    return out.sorted()
}

/// A city with at least one record of every kind and every field type.
func buildCity(_ db: Database) throws {
    func d(_ s: String) -> DomainValue { .day(Day(s)!) }
    try db.insert(.district, fields: ["code": .text("HP"), "name": .text("和平区")])
    try db.insert(.street, fields: ["code": .text("XFL"), "name": .text("幸福路街道"), "district": .text("HP")])
    try db.insert(.community, fields: ["code": .text("JH"), "name": .text("金华社区"), "street": .text("XFL"),
                                       "households": .int(3200), "area_m2": .int(450), "social_orgs": .int(12)])
    try db.insert(.org, fields: ["code": .text("JH-PC"), "name": .text("金华社区党委"), "kind": .text("committee"), "community": .text("JH"),
                                 "sector": .text("community"), "founded": d("2010-03-01"), "term_ends": d("2026-03-01")])
    try db.insert(.org, fields: ["code": .text("JH-01"), "name": .text("第一支部"), "kind": .text("branch"), "parent": .text("JH-PC")])
    try db.insert(.member, fields: ["code": .text("M1"), "name": .text("张三 \"老张\"\\\n"), "idcard": .text("11010519491231002X"),
                                    "phone": .text("13900000000"), "joined": d("1975-07-01"), "formal": d("1976-07-01"),
                                    "branch": .text("JH-01"), "in_service": .bool(true), "reported_community": .text("JH"),
                                    "dues_basis": .text("retired"), "dues_baseline": .month(YearMonth("2024-12")!), "ethnicity": .text("汉族")])
    try db.insert(.member, fields: ["code": .text("M2"), "name": .text("李四"), "born": d("1990-05-04"), "branch": .text("JH-01")])
    try db.insert(.grid, fields: ["code": .text("G1"), "name": .text("一网格"), "community": .text("JH"), "households": .int(400),
                                  "head": .text("M1"), "service_staff": .text("M2"), "info_collector": .text("M2"), "party_instructor": .text("M1")])
    try db.update(db.lookup(.community, "JH")!, fields: ["secretary": .text("M1"), "director": .text("M1")])
    try db.update(db.lookup(.org, "JH-PC")!, fields: ["secretary": .text("M1"),
                                                      "committee": .pairs([.init(.text("M1"), .text("书记")), .init(.text("M2"), .text("委员"))])])
    try db.insert(.unit, fields: ["code": .text("BG"), "name": .text("区博物馆"), "kind": .text("agency"), "street": .text("XFL"),
                                  "community": .text("JH")])
    try db.insert(.org, fields: ["code": .text("BG-PB"), "name": .text("博物馆党支部"), "kind": .text("branch"), "unit": .text("BG")])
    try db.update(db.lookup(.unit, "BG")!, fields: ["party_org": .text("BG-PB")])
    try db.insert(.applicant, fields: ["code": .text("AP1"), "name": .text("钱七"), "applied": d("2024-01-01"), "branch": .text("JH-01")])
    try db.insert(.agreement, fields: ["code": .text("A-2025-01"), "kind": .text("co_building"), "unit": .text("BG"), "community": .text("JH"),
                                       "signed": d("2024-12-20"), "starts": d("2025-01-01"), "ends": d("2027-12-31"),
                                       "resources": .list([.text("场地"), .text("志愿者")]), "needs": .list([.text("助老")])])
    try db.insert(.need, fields: ["text": .text("楼梯扶手"), "owner": .text("JH"), "posted": d("2025-02-01")])
    try db.insert(.resource, fields: ["text": .text("展厅"), "owner": .text("BG"), "claimed_by": .text("JH"), "status": .text("claimed")])
    try db.insert(.project, fields: ["text": .text("红色讲解"), "owner": .text("BG")])
    try db.insert(.meeting, fields: ["org": .text("JH-01"), "kind": .text("theme_day"), "date": d("2025-03-15"), "topic": .text("学习"),
                                     "attendees": .list([.text("M1")]), "absentees": .pairs([.init(.text("M2"), .text("病假"))]),
                                     "guests": .list([.text("王老师")])])
    try db.insert(.points, fields: ["member": .text("M1"), "delta": .int(5), "reason": .text("志愿服务"), "date": d("2025-03-20")])
    try db.insert(.dues, fields: ["member": .text("M1"), "month": .month(YearMonth("2025-03")!), "basis": .text("retired"),
                                  "pay": .decimal(ExactDecimal("6000.50")!), "paid_on": d("2025-03-05")])
    try db.insert(.wish, fields: ["community": .text("JH"), "requester": .text("王阿姨"), "text": .text("修水管"), "claimed_by": .text("BG")])
    try db.insert(.proposal, fields: ["community": .text("JH"), "topic": .text("停车难"), "proposer": .text("居民代表李某"),
                                      "notes": .list([.text("居民提出")]), "proposed_on": d("2025-03-01")])
    try db.insert(.task, fields: ["list": .text("rectification"), "owner": .text("M2"), "text": .text("整改会议记录"), "due": d("2025-06-30")])
}
