import Foundation
import JicengBase
import JicengCommands
import JicengDomain
import JicengLang
import JicengSample
import JicengStore
import XCTest

/// The formats of `show … as` (the commands' list, which names the same words as the engine's).
private typealias Format = JicengCommands.OutputFormat

/// Every way an ID, phone number or address can reach output, run over a sample city
/// whose members and applicants have them: without `--show-pii` none shows whole; with
/// it they do, so the check can fail. The probes are generated from the schema (every
/// kind, every field), `Format.allCases` and the command registry (every example
/// of every command, every report in every format, every help topic), so a new kind,
/// field, format, report or command is covered when it is added.
final class PersonalDataOutputTests: XCTestCase {
    static let today = Day(year: 2025, month: 6, day: 30)!
    /// Enough members for every kind of the sample city to have records.
    static let members = SampleCity.minimumMembers
    static let seed: UInt64 = 5
    /// The generated store, copied for each run so runs do not see each other's commits.
    nonisolated(unsafe) static var template = ""

    override class func setUp() {
        template = temporaryFolder("jiceng-privacy-template")
        do {
            let city = try SampleCity.generate(members: members, seed: seed, today: today)
            let store = try FileStore(folder: template, user: "tester")
            _ = try store.load(today: today)
            try store.checkpoint(city)
        } catch {
            XCTFail("cannot make the sample city: \(error)")
        }
    }

    override class func tearDown() { try? FileManager.default.removeItem(atPath: template) }

    func testNoOutputShowsPersonalDataUnlessAskedFor() throws {
        let masked = try run(showPersonalData: false)
        XCTAssertGreaterThan(masked.outputs.count, 500, "the probes ran")
        XCTAssertGreaterThan(masked.secrets.count, Self.members, "the city has ID and phone numbers to hide")
        var leaks: [String] = []
        let all = OutputBytes(masked.outputs.map(\.text))
        for secret in masked.secrets {
            for i in all.outputs(containing: secret) {
                leaks.append("\(masked.outputs[i].label): shows \(secret)\n\(masked.outputs[i].text.prefix(600))")
            }
        }
        XCTAssertTrue(leaks.isEmpty, "\(leaks.count) outputs show personal data:\n" + leaks.prefix(15).joined(separator: "\n---\n"))
    }

    func testShowPiiShowsThemWhereTheyAreAskedFor() throws {
        let clear = try run(showPersonalData: true)
        let id = clear.first.idcard, phone = clear.first.phone
        func output(_ label: String) -> String {
            guard let text = clear.outputs.first(where: { $0.label == label })?.text else {
                XCTFail("no probe \(label)")
                return ""
            }
            return text
        }
        XCTAssertTrue(output("print members[0].idcard").contains(id))
        XCTAssertTrue(output("print members[0].phone").contains(phone))
        XCTAssertTrue(output("members[0].idcard").contains(id), "the REPL echo")
        for format in Format.allCases where format != .chart {
            let text = output("show members select code, idcard, phone, address as \(format.rawValue)")
            XCTAssertTrue(text.contains(id) && text.contains(phone), "\(format): \(text.prefix(300))")
            XCTAssertTrue(output("file of show members select as \(format.rawValue) to").contains(id), "\(format) file")
        }
        XCTAssertTrue(output("file of export members to csv").contains(id))
        XCTAssertTrue(output("file of export members to json").contains(id))
        XCTAssertTrue(output("typed: assign").contains(id), "an error quotes the script as written")
        XCTAssertTrue(output("typed: add with a wrong born").contains(id))
        XCTAssertTrue(output("typed: a number given as text").contains(phone))
        // The audit trail and an import's report of bad rows never need personal data in
        // the clear, even with --show-pii.
        for label in ["history", "history for member", "file audit.jsonl", "import with bad rows"] {
            for secret in [id, phone, clear.second.idcard, clear.second.phone] {
                XCTAssertFalse(output(label).contains(secret), "\(label): \(output(label))")
            }
        }
    }

    // MARK: Running the probes

    struct Person { var code, idcard, phone: String }
    struct Run {
        var secrets: [String]
        var first: Person
        var second: Person
        var outputs: [(label: String, text: String)]
    }

    private func run(showPersonalData: Bool) throws -> Run {
        let folder = Self.temporaryFolder("jiceng-privacy")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.removeItem(atPath: folder)
        try FileManager.default.copyItem(atPath: Self.template, toPath: folder)
        var options = SessionOptions(storePath: folder, user: "tester")
        options.today = Self.today
        options.showPersonalData = showPersonalData
        options.filePolicy = .onlyUnder(folder)
        let session = try JicengSession(options: options)
        var printed = ""
        session.interpreter.output = { printed += $0 }
        let db = session.database
        let secrets = Self.secrets(in: db)
        let people = Self.people(in: db)
        XCTAssertGreaterThanOrEqual(people.count, 2, "members with ID and phone numbers")
        let first = people[0], second = people[1]

        var outputs: [(label: String, text: String)] = []
        func probe(_ label: String, _ source: String, kind: ExecutionKind = .interactive) {
            printed = ""
            var text = ""
            do {
                let value = try session.execute(source, file: folder + "/probe.jc", kind: kind)
                if !value.isNil { text = value.literalText + "\n" }
            } catch {
                text = session.interpreter.formatted(error)
            }
            outputs.append((label, printed + text))
        }
        func probe(_ source: String, kind: ExecutionKind = .interactive) { probe(source, source, kind: kind) }

        // Records, fields and collections, in every format, on screen and in files.
        for kind in Kind.allCases {
            let c = KindWords.plural(kind)
            probe("print \(c)")
            probe(c)
            probe("show \(c)")
            for format in Format.allCases {
                probe("show \(c) as \(format.rawValue)")
                let file = "\(folder)/show-\(c).\(format.rawValue).out"
                probe("show \(c) as \(format.rawValue) to \"\(file)\"")
                outputs.append(("file of show \(c) as \(format.rawValue) to", (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""))
            }
            guard db.table(kind).count > 0 else { continue }
            let one = "\(c)[0]"
            probe("print \(one)")
            probe("show \(one)")
            for format in Format.allCases { probe("show \(one) as \(format.rawValue)") }
            let fields = Schema.fields(of: kind)
            for field in fields {
                let read = "\(one).\(field.name)"
                probe("print \(read)")
                probe(read)
                probe("print str(\(read)) + \"|\" + str(\(read))")
                probe("print format(\"{}\", \(read)), [\(read)], {v: \(read)}")
                probe("print upper(str(\(read))), join(split(str(\(read)), \"\"), \"\")")
                probe("print \(c) group by \(field.name) select key")
                probe("print \(c) sort by \(field.name) select \(field.name)")
            }
            let personal = fields.filter(\.personal).map(\.name)
            if !personal.isEmpty {
                let columns = (["code"] + personal).joined(separator: ", ")
                for format in Format.allCases {
                    probe("show \(c) select \(columns) as \(format.rawValue)")
                    let file = "\(folder)/select-\(c).\(format.rawValue).out"
                    probe("show \(c) select \(columns) as \(format.rawValue) to \"\(file)\"")
                    outputs.append(("file of show \(c) select as \(format.rawValue) to", (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""))
                }
                probe("print \(c) select \(columns)")
                probe("print \(c) select code, both: \(personal[0]) + \"/\" + \(personal.last!)")
            }
            probe("print \(c) where \(fields.first(where: \.personal)?.name ?? "code") != nil")
        }

        // Every command's examples, previewed (a dry run changes nothing) — reports in
        // every format too.
        for syntax in session.interpreter.commands.commands {
            for example in syntax.examples {
                probe("example \(syntax.id): \(example)", example, kind: .dryRun)
                guard syntax.showsResult, !example.contains(" as "), !example.contains(" to ") else { continue }
                for format in Format.allCases {
                    probe("example \(syntax.id) as \(format.rawValue)", "\(example) as \(format.rawValue)", kind: .dryRun)
                }
            }
        }
        // What changes would be made, as a dry run describes them.
        probe("dry run: set phone", "set member \"\(first.code)\" phone \"\(second.phone)\" idcard \"\(second.idcard)\"", kind: .dryRun)

        // Numbers a script types: errors quote the script and the value.
        probe("typed: assign", "assign member \"\(first.idcard)\" to branch \"nowhere\"")
        probe("typed: add with a wrong born", "add member \"新人\" idcard \"\(first.idcard)\" born 1800-01-01")
        probe("typed: a number given as text", "set member \"\(first.code)\" phone \(first.phone)")
        probe("typed: unknown name", "print membrs, \"\(first.idcard)\"")
        probe("typed: assertion", "assert false, \"\(first.phone)\"")
        probe("typed: bad date", "print date(\"\(first.idcard)\")")
        probe("typed: unknown field", "print members[0].\(first.phone)x")

        // Exports in the language, and an import whose rows are bad.
        probe("export members to \"\(folder)/export.csv\"")
        probe("export members to \"\(folder)/export.json\" format json")
        outputs.append(("file of export members to csv", (try? String(contentsOfFile: folder + "/export.csv", encoding: .utf8)) ?? ""))
        outputs.append(("file of export members to json", (try? String(contentsOfFile: folder + "/export.json", encoding: .utf8)) ?? ""))
        let bad = "code,name,idcard,phone,born\nN1,甲,\(first.idcard),\(first.phone),1800-01-01\nN2,乙,\(second.phone),x,\(second.idcard)\n"
        try bad.write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
        probe("import with bad rows", "import members from \"\(folder)/bad.csv\"")

        // The audit trail, after commits that set personal data.
        probe("commit a phone", "set member \"\(first.code)\" phone \"\(second.phone)\"")
        probe("history", "history")
        probe("history for member", "history for member \"\(first.code)\"")
        outputs.append(("file audit.jsonl", (try? String(contentsOfFile: folder + "/" + FileStore.auditName, encoding: .utf8)) ?? ""))
        probe("check")

        // Help on every command and topic, and completion.
        probe("help")
        for syntax in session.interpreter.commands.commands {
            if !syntax.topic.isEmpty { probe("help \(syntax.topic)") }
            if let verb = syntax.phrasings[0].pattern.split(separator: " ").first { probe("help \(verb)") }
        }
        for line in ["", "members[0].", "assign member \"", "show members where ", "set member \"\(first.code)\" phone \""] {
            let found = session.interpreter.completions(line: line, cursor: line.count)
            outputs.append(("completions of \(line)", found.candidates.joined(separator: "\n")))
        }
        session.close()
        return Run(secrets: secrets, first: first, second: second, outputs: outputs)
    }

    /// Every personal value of the city long enough to be told apart in output (ID
    /// numbers, phone numbers, addresses).
    static func secrets(in db: Database) -> [String] {
        var out: Set<String> = []
        for kind in Kind.allCases {
            let table = db.table(kind)
            for field in Schema.fields(of: kind) where field.personal && field.name != "requester" {
                for index in table.liveIndexes {
                    if case .text(let s) = db.read(EntityRef(kind, index), field.index), s.count >= 7 { out.insert(s) }
                }
            }
        }
        return out.sorted()
    }

    /// Members with both an ID and a phone number, in order.
    static func people(in db: Database) -> [Person] {
        db.table(.member).liveIndexes.compactMap { i in
            let ref = EntityRef(.member, i)
            guard case .text(let id)? = db.read(ref, "idcard"), case .text(let phone)? = db.read(ref, "phone"),
                  !id.isEmpty, !phone.isEmpty else { return nil }
            return Person(code: db.code(ref), idcard: id, phone: phone)
        }
    }

    /// Every output in one buffer, searched with memchr and memcmp: thousands of
    /// outputs against hundreds of numbers stays quick in a debug build.
    struct OutputBytes {
        private var bytes: [UInt8] = []
        /// Where each output starts in `bytes`.
        private var starts: [Int] = []

        init(_ texts: [String]) {
            for text in texts {
                starts.append(bytes.count)
                bytes += text.utf8
                bytes.append(0) // no secret spans two outputs
            }
        }

        /// The indexes of the outputs that contain `needle`, each once.
        func outputs(containing needle: String) -> [Int] {
            let n = Array(needle.utf8)
            guard let first = n.first else { return [] }
            var found: [Int] = []
            bytes.withUnsafeBytes { haystack in
                let base = haystack.baseAddress!
                var offset = 0
                while offset < haystack.count, let hit = memchr(base + offset, Int32(first), haystack.count - offset) {
                    let at = UnsafeRawPointer(hit) - base
                    guard at + n.count <= haystack.count, memcmp(hit, n, n.count) == 0 else {
                        offset = at + 1
                        continue
                    }
                    let index = starts.lastIndex { $0 <= at }!
                    found.append(index)
                    offset = index + 1 < starts.count ? starts[index + 1] : haystack.count
                }
            }
            return found
        }
    }

    static func temporaryFolder(_ prefix: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
