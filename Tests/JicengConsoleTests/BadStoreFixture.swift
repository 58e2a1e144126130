import Foundation

/// A small, well-formed store written as text (a snapshot up to change 3 and a journal
/// with changes 4 and 5), which each bad-store test then breaks in one way.
struct BadStoreFixture {
    let folder: URL

    var snapshot: URL { folder.appendingPathComponent("snapshot.json") }
    var journal: URL { folder.appendingPathComponent("journal.jsonl") }

    static let snapshotText = """
        {
          "community": [
            {"code": "JH", "name": "金华社区", "street": "XFL"}
          ],
          "district": [
            {"code": "HP", "name": "和平区"}
          ],
          "format": "jiceng-store",
          "member": [
            {"born": "1960-05-04", "branch": "JH-01", "code": "M1", "name": "张三", "status": "active"},
            {"born": "1971-11-30", "branch": "JH-01", "code": "M2", "name": "李四", "status": "active"}
          ],
          "org": [
            {"code": "JH-01", "community": "JH", "kind": "branch", "name": "第一支部"}
          ],
          "schema": 1,
          "seq": 3,
          "street": [
            {"code": "XFL", "district": "HP", "name": "幸福路街道"}
          ]
        }

        """

    static let header = #"{"base":3,"format":"jiceng-journal"}"#

    /// Commit `seq` adding a street of that district.
    static func addStreet(seq: Int, code: String, district: String = "HP") -> String {
        sealed(#"{"seq":\#(seq),"time":"2026-01-01T00:00:00Z","user":"li","source":"","command":"add street","changes":[{"op":"insert","kind":"street","code":"\#(code)","set":{"district":"\#(district)","name":"街道\#(code)"}}]"#)
    }

    static let goodJournal = [header, addStreet(seq: 4, code: "S4"), addStreet(seq: 5, code: "S5")]

    /// A journal line as Jiceng writes it: the body, its CRC-32 as `"sum"`, `}`.
    static func sealed(_ body: String) -> String {
        body + #","sum":""# + String(format: "%08x", crc32(Array(body.utf8))) + #""}"#
    }

    init(in home: TestHome) throws {
        folder = home.root.appendingPathComponent("bad-store")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try write(snapshot: BadStoreFixture.snapshotText)
        try write(journal: BadStoreFixture.goodJournal)
        try put(Data(), "lock")
    }

    /// Writes a file of the store mode 0600, as Jiceng makes them (personal data, for the owner alone).
    func put(_ data: Data, _ name: String) throws {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }

    func write(snapshot text: String) throws { try put(Data(text.utf8), "snapshot.json") }
    func write(snapshotBytes bytes: [UInt8]) throws { try put(Data(bytes), "snapshot.json") }

    /// Lines joined with newlines, the last one ended too.
    func write(journal lines: [String]) throws { try put(Data((lines.joined(separator: "\n") + "\n").utf8), "journal.jsonl") }

    /// The snapshot with `old` replaced by `new` (which must occur).
    func replace(_ old: String, with new: String) throws {
        let text = BadStoreFixture.snapshotText
        precondition(text.contains(old), old)
        try write(snapshot: text.replacingOccurrences(of: old, with: new))
    }

    /// Every entry of the folder with its type, permissions and bytes: what "left as it
    /// was" is checked against.
    func fingerprint() throws -> [String: String] {
        var out: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let type = attributes[.type] as? FileAttributeType
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            var digest = "-"
            if type == .typeRegular, let data = FileManager.default.contents(atPath: path) {
                digest = String(format: "%08x:%d", BadStoreFixture.crc32(Array(data)), data.count)
            }
            out[name] = "\(type?.rawValue ?? "?") \(String(mode, radix: 8)) \(digest)"
        }
        return out
    }

    /// CRC-32 (IEEE), as the journal's checksums use.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
