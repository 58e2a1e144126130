import JicengBase
import JicengCommands
import JicengDomain
import JicengLang
import XCTest

/// The bridge as a command author uses it: host types over the schema, argument
/// helpers with located errors, and rule violations as diagnostics.
final class BridgeTests: XCTestCase {
    func testEveryKindHasEverySchemaFieldInSchemaOrderAndItsCollection() throws {
        let bridge = DomainBridge(database: Database(today: Day(year: 2025, month: 6, day: 30)!))
        for kind in Kind.allCases {
            let type = bridge.type(kind)
            XCTAssertEqual(type.name, kind.name)
            XCTAssertEqual(type.fields.map(\.name), Schema.fields(of: kind).map(\.name))
            XCTAssertEqual(type.collectionName, KindWords.plural(kind))
            XCTAssertEqual(bridge.kind(of: type), kind)
        }
    }

    func testReferencesReadAsEntitiesAndValuesConvertBothWays() throws {
        let db = Database(today: Day(year: 2025, month: 6, day: 30)!)
        let street = try db.insert(.street, fields: ["code": DomainValue.text("S1"), "name": .text("新街口")])
        let community = try db.insert(.community, fields: ["code": DomainValue.text("C1"), "name": .text("金湖"), "street": .ref(street)])
        let bridge = DomainBridge(database: db)
        let value = bridge.value(.ref(community))
        guard case .entity(let e) = value else { return XCTFail("\(value)") }
        let streetField = bridge.type(.community).fieldIndex("street")!
        let read = bridge.type(.community).fields[streetField].get(e.handle)
        XCTAssertEqual(read.displayText, "street S1 新街口")
        XCTAssertEqual(bridge.domainValue(read), DomainValue.ref(street))
        XCTAssertEqual(bridge.domainValue(Value.list([.string("a"), .int(3)])), DomainValue.list([.text("a"), .int(3)]))
        XCTAssertNil(bridge.domainValue(.quarter(Quarter(year: 2025, quarter: 1)!)))
        XCTAssertEqual(bridge.value(.pairs([.init(.ref(street), .text("note"))])).literalText, #"{S1: "note"}"#)
    }

    /// A host's own command, declared once and written with the argument helpers.
    static let greet = DomainCommand(try! CommandSyntax(
        id: "greet", english: "greet member <member> [on <date>]", chinese: "问候 党员 <member> [于 <date>]",
        summary: "says hello to a member", topic: "test")
    ) { call in
        let member = try call.entity("member", .member)
        let day = try call.optionalDate("date") ?? call.today
        call.say("hello \(call.describe(member)) on \(day)")
        return call.value(member)
    }

    private func session() throws -> JicengSession {
        var options = SessionOptions(inMemory: true, user: "t")
        options.today = Day(year: 2025, month: 6, day: 30)
        let s = try JicengSession(options: options, commands: CommandCatalog.all + [BridgeTests.greet])
        try s.execute(#"add member "张伟" code "M0090"; add member "张伟" code "M0091"; add member "李四" code "M0002""#, file: "setup", kind: .script)
        return s
    }

    func testAnEntityArgumentByCodeNameOrValue() throws {
        let s = try session()
        var out = ""
        s.interpreter.output = { out += $0 }
        try s.execute(#"greet member "M0002"; greet member "李四" on 2025-07-01; greet member members[0]"#, file: "t", kind: .script)
        XCTAssertEqual(out, """
            hello member "M0002" 李四 on 2025-06-30
            hello member "M0002" 李四 on 2025-07-01
            hello member "M0090" 张伟 on 2025-06-30

            """)
    }

    func testAnUnknownCodeIsLocatedWithTheNearestOne() throws {
        let s = try session()
        XCTAssertThrowsError(try s.execute("\n" + #"greet member "M0099""#, file: "t.jc", kind: .script)) { error in
            let d = (error as! ScriptError).diagnostics[0]
            XCTAssertEqual(d.id, BridgeErrorID.unknownRecord)
            XCTAssertEqual(d.message.english, #"unknown member "M0099""#)
            XCTAssertEqual("\(d.location)", "2:14")
            XCTAssertEqual(d.label?.english, "no member has this code or name")
            XCTAssertEqual(d.help?.english, #"did you mean "M0090"?"#)
        }
    }

    func testAnAmbiguousNameListsTheCodes() throws {
        let s = try session()
        XCTAssertThrowsError(try s.execute(#"greet member "张伟""#, file: "t.jc", kind: .script)) { error in
            let d = (error as! ScriptError).diagnostics[0]
            XCTAssertEqual(d.id, BridgeErrorID.ambiguousName)
            XCTAssertTrue(d.label?.english.contains("M0090, M0091") == true, d.label?.english ?? "")
        }
    }

    func testAWrongTypeIsLocatedAtTheArgument() throws {
        let s = try session()
        XCTAssertThrowsError(try s.execute(#"greet member "M0002" on "soon""#, file: "t.jc", kind: .script)) { error in
            let d = (error as! ScriptError).diagnostics[0]
            XCTAssertEqual(d.message.english, #"expected a date (2025-03-15) for <date>, found string "soon""#)
            XCTAssertEqual("\(d.location)", "1:25")
        }
    }

    func testARefusedChangeNamesRecordFieldValueAndRule() throws {
        let s = try session()
        XCTAssertThrowsError(try s.execute(#"set member "M0002" born 1990-01-01 joined 2000-01-01"#, file: "t.jc", kind: .script)) { error in
            let d = (error as! ScriptError).diagnostics[0]
            XCTAssertEqual(d.id, BridgeErrorID.ruleViolated)
            XCTAssertEqual(d.message.english, #"member "M0002" joined 2000-01-01: a member joins at 18 or older (born 1990-01-01)"#)
            XCTAssertEqual(d.label?.english, "rule join_age")
            XCTAssertEqual("\(d.location)", "1:43")
        }
        XCTAssertNil(s.database.members[s.database.members.handle(code: "M0002")!].joined)
    }
}
