import Foundation
import JicengBase
import JicengDomain

/// A street, a community with a committee and two branches: what the CSV fixtures refer to.
enum ExchangeFixtures {
    static func database() throws -> Database {
        let db = Database(today: Day("2026-11-26")!)
        try db.insert(.street, fields: ["code": .text("XFL"), "name": .text("幸福路街道")])
        try db.insert(.community, fields: ["code": .text("JH"), "name": .text("金华社区"), "street": .text("XFL")])
        try db.insert(.org, fields: ["code": .text("JH-PC"), "name": .text("金华社区党委"), "kind": .text("committee"), "community": .text("JH")])
        try db.insert(.org, fields: ["code": .text("JH-01"), "name": .text("第一支部"), "kind": .text("branch"), "parent": .text("JH-PC")])
        try db.insert(.org, fields: ["code": .text("JH-02"), "name": .text("第二支部"), "kind": .text("branch"), "parent": .text("JH-PC")])
        _ = db.takeChanges()
        return db
    }

    /// tests/fixtures/csv/NAME
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("tests/fixtures/csv/" + name).path
    }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name)))) }
}
