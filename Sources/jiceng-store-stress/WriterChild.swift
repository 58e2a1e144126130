import JicengDomain
import JicengStore

/// One of the concurrent writers: commits `count` changes, each a district `<prefix><i>`
/// and a wish whose code the model makes (so two writers' wishes compete for codes), while
/// the others commit to the same store.
func writer(folder: String, prefix: String, count: Int) throws {
    let store = try FileStore(folder: folder, user: prefix)
    store.checkpointBytes = stressCheckpointBytes * 8
    let db = try store.load(today: today).database
    guard let community = db.lookup(.community, WriterShape.community) else { fail("the store needs community \(WriterShape.community)") }
    for i in 1...count {
        try db.insert(.district, fields: ["code": .text(WriterShape.districtCode(prefix, i)), "name": .text(WriterShape.districtName(prefix, i))])
        try db.insert(.wish, fields: ["community": .ref(community), "text": .text(WriterShape.wishText(prefix, i))])
        try store.commit(db, CommitInfo(user: prefix, command: "write \(i)"))
        // Checkpoints while the others commit, as a long session's owner would.
        if store.checkpointDue { try store.checkpoint(db) }
    }
    say("done \(prefix)")
}

/// What each concurrent writer's commit i holds, for the writers and for the check after.
enum WriterShape {
    static let street = "XFL"
    static let community = "JH"
    static func districtCode(_ prefix: String, _ i: Int) -> String { "\(prefix)\(i)" }
    static func districtName(_ prefix: String, _ i: Int) -> String { "\(prefix)区\(i)" }
    static func wishText(_ prefix: String, _ i: Int) -> String { "\(prefix) 心愿 \(i)" }
}
