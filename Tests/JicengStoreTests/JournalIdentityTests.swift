import XCTest
import JicengBase
@_spi(Store) @testable import JicengDomain
@testable import JicengStore
#if canImport(Glibc)
import Glibc
#endif

/// How a writer tells that the journal changed under it. Found by scripts/stress: with
/// four writers at once, two commits of one writer went missing.
final class JournalIdentityTests: XCTestCase {
    var folder = ""
    override func setUp() { folder = temporaryFolder() }
    override func tearDown() { removeFolder(folder) }

    func district(_ db: Database, _ code: String, _ name: String) throws {
        try db.insert(.district, fields: ["code": .text(code), "name": .text(name)])
    }

    /// A checkpoint's new journal can be given the inode number the old one freed and grow to
    /// the old one's length: a writer that compared only inode and length appended at a stale
    /// offset, numbered its line as if nothing had happened, and the load skipped it.
    func testAWriterNoticesANewJournalWithTheOldOnesInodeAndLength() throws {
        let journal = folder + "/" + FileStore.journalName
        let first = try FileStore(folder: folder, user: "u")
        let a = try first.load(today: testToday).database
        try district(a, "D1", "一区")
        try first.commit(a, CommitInfo(user: "u", command: "c"))
        let second = try FileStore(folder: folder, user: "u")
        let b = try second.load(today: testToday).database
        let lengthSeen = try XCTUnwrap(fileBytes(journal)).count
        XCTAssertEqual(link(journal, folder + "/old"), 0, "keeps the old inode for the new journal to reuse")

        try district(a, "D2", "二区")
        try first.commit(a, CommitInfo(user: "u", command: "c"))
        try first.checkpoint(a)
        try district(a, "D3", "三区") // a line as long as D1's, after a header as long as the old one's
        try first.commit(a, CommitInfo(user: "u", command: "c"))
        let newJournal = try XCTUnwrap(fileBytes(journal))
        XCTAssertEqual(newJournal.count, lengthSeen)
        // The new journal's bytes under the old inode, as when the file system reuses the freed number.
        writeFile(folder + "/old", String(decoding: newJournal, as: UTF8.self))
        XCTAssertEqual(rename(folder + "/old", journal), 0)

        try district(b, "D4", "四区")
        XCTAssertEqual(try second.commit(b, CommitInfo(user: "u", command: "c")), 4)
        let fresh = try FileStore(folder: folder, user: "u").load(today: testToday).database
        XCTAssertEqual(Set(fresh.districts.handles.map { fresh.districts[$0].code }), ["D1", "D2", "D3", "D4"])
        XCTAssertEqual(contents(fresh), contents(b))
    }
}
