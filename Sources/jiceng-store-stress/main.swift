// Drives a store from a separate process, for the crash and concurrency tests:
//
//   jiceng-store-stress crash FOLDER          commit (and checkpoint) in a loop until killed;
//                                             prints each committed number once the commit returned
//   jiceng-store-stress write FOLDER PREFIX N commit N changes, each a district PREFIXi and a wish
//                                             with a model-made code, alongside another writer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengBase
import JicengDomain
import JicengStore

/// Small, so that checkpoints happen every few commits and are killed mid-way too.
let stressCheckpointBytes = 2048
let today = Day("2025-06-15")!

func say(_ text: String) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    let line = Array(("jiceng-store-stress: " + message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}

/// Each round inserts district K<n> and sets the counter street's name to n in the same
/// commit, so a loaded store shows whether commits are whole and in order.
func crashLoop(folder: String) throws {
    let store = try FileStore(folder: folder, user: "stress")
    store.checkpointBytes = stressCheckpointBytes
    let db = try store.load(today: today).database
    var counter = db.lookup(.street, "COUNTER")
    if counter == nil {
        counter = try db.insert(.street, fields: ["code": .text("COUNTER"), "name": .text("0")])
        try store.commit(db, CommitInfo(user: "stress", command: "create counter"))
    }
    var n = db.districts.count
    while true {
        n += 1
        try db.transaction {
            try db.insert(.district, fields: ["code": .text("K\(n)"), "name": .text("区\(n)")])
            try db.update(counter!, fields: ["name": .text(String(n))])
        }
        try store.commit(db, CommitInfo(user: "stress", source: "crash:\(n)", command: "round \(n)"))
        say(String(n))
        if n % 5 == 0 { try store.checkpoint(db) }
    }
}

func writer(folder: String, prefix: String, count: Int) throws {
    let store = try FileStore(folder: folder, user: prefix)
    store.checkpointBytes = stressCheckpointBytes * 8
    let db = try store.load(today: today).database
    guard let community = db.lookup(.community, "JH") else { fail("the store needs community JH") }
    for i in 1...count {
        try db.insert(.district, fields: ["code": .text("\(prefix)\(i)"), "name": .text("\(prefix)区\(i)")])
        try db.insert(.wish, fields: ["community": .ref(community), "text": .text("\(prefix) 心愿 \(i)")])
        try store.commit(db, CommitInfo(user: prefix, command: "write \(i)"))
    }
    say("done \(prefix)")
}

let args = CommandLine.arguments
do {
    switch (args.count, args.count > 1 ? args[1] : "") {
    case (3, "crash"): try crashLoop(folder: args[2])
    case (5, "write"):
        guard let n = Int(args[4]), n > 0 else { fail("N must be a positive number") }
        try writer(folder: args[2], prefix: args[3], count: n)
    default:
        fail("usage: jiceng-store-stress crash FOLDER | write FOLDER PREFIX N")
    }
} catch {
    fail("\(error)")
}
