import JicengDomain
import JicengStore

/// Small, so that checkpoints are also due by size every few commits.
let stressCheckpointBytes = 2048

/// The child the kill loop kills: commits rounds of `CrashShape` until killed, printing
/// each round's number once its commit returned, and checkpoints every few rounds
/// between the `Marker` lines.
func crashLoop(folder: String) throws -> Never {
    let store = try FileStore(folder: folder, user: "stress")
    store.checkpointBytes = stressCheckpointBytes
    let db = try store.load(today: today).database
    var counter = db.lookup(.street, CrashShape.counterCode)
    if counter == nil {
        counter = try db.insert(.street, fields: ["code": .text(CrashShape.counterCode), "name": .text("0")])
        try store.commit(db, CommitInfo(user: "stress", command: "create counter"))
    }
    var n = db.districts.count
    while true {
        n += 1
        try db.transaction {
            try db.insert(.district, fields: ["code": .text(CrashShape.districtCode(n)), "name": .text(CrashShape.districtName(n))])
            try db.update(counter!, fields: ["name": .text(String(n))])
        }
        say(Marker.commitBegins)
        try store.commit(db, CommitInfo(user: "stress", source: "crash:\(n)", command: "round \(n)"))
        say(String(n))
        if n % CrashShape.commitsPerCheckpoint == 0 || store.checkpointDue {
            say(Marker.checkpointBegins)
            try store.checkpoint(db)
            say(Marker.checkpointEnds)
        }
    }
}
