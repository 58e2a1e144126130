import Foundation
import XCTest
import JicengBase
@_spi(Store) @testable import JicengDomain
@testable import JicengStore

/// Every message loading a store can give has its Chinese: one example of each catalogue
/// case (the test reads the catalogue's source, so a new case without an example fails
/// here), rendered in both languages.
final class StoreMessageTests: XCTestCase {
    static let catalogue = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/JicengStore/StoreMessage.swift")

    func testEveryStoreMessageHasChinese() throws {
        let said = Message(StoreMessage.fileEndsInsideText)
        let rejected = ChangeRejected([Violation(.street, "XFL", field: "code", value: "XFL", rule: "unique_code",
                                                 Message(english: "another street already has this code", chinese: "已有别的街道用了这个编号"))])
        let examples: [StoreMessage] = [
            .place(record: "member \"M1\"", path: "member[0].name", byte: 213), .repairLine(said), .cannotOpenStore("s", said),
            .snapshotEmpty, .restoreSnapshot, .notASnapshot(found: "\"code,name\""), .restoreSnapshotFromBackup, .cutShort(said),
            .restoreWholeSnapshot, .snapshotRepair(fix: nil), .newerSchema(file: "snapshot.json", found: 9, supported: 1), .upgradeJiceng,
            .journalLineCutShort, .deleteRepeatedCommit(next: 4, line: 2), .journalLineNotAnObject(found: "\"<<<\""),
            .journalLineNotJSON(said), .journalLineEdited, .journalLineWithoutChecksum,
            .journalRepair(line: 3, lastGoodSeq: 4, snapshotSeq: 3, fix: nil),
            .inField("member.name", said), .noRecordWithCode(kind: "org", code: "O9"), .correctCodeOrAdd(kind: "org", code: "O9"),
            .duplicateCode(kind: "member", code: "M1"), .giveAnotherCode, .noSuchField(kind: "member", name: "nmae", suggestion: "name"),
            .correctFieldName, .removeField(kind: "member", fields: ["code", "name"]),
            .mustBe(field: "org.kind", type: .choice([ChoiceOption("branch", "支部")]), found: "\"brnach\""),
            .notQuoted(.date, found: .number), .notADay("1971-11-31"), .notADate("1971/11/30"), .notAMonth("2025/3"),
            .notADecimal("x"), .notAReference(kinds: ["member", "org"], found: "x"), .recordWithoutCode(kind: "member"),
            .giveItACode(kind: "member"), .notAList(kind: "org", found: .record), .changeDoesNotFit(rejected),
            .keyTwice("member"), .mergeThem, .notPartOfSnapshot("members"), .removeOrCorrectName, .moreAfterSnapshot,
            .removeWhatFollows, .lacksFormat("jiceng-store"), .lacksSchema, .lacksSeq, .schemaTooSmall(0), .notAKind("x"),
            .kindBeforeSet, .changeNeedsOpKindCode, .unknownOp("upsert"), .journalEmpty(format: "jiceng-journal"),
            .startNewJournal(snapshotSeq: 3), .journalHeaderMissing(format: "jiceng-journal", isCommit: true),
            .putHeaderBack(isCommit: true, snapshotSeq: 3), .setJournalAside(snapshotSeq: 3), .journalAhead(base: 3, snapshotSeq: nil),
            .putBackMatchingSnapshot(base: 3, snapshotSeq: 2), .lineWithoutSeq, .changesMissing(seq: 6, next: 4),
            .changeRepeated(seq: 4, previous: 4), .droppedTornLine(file: "journal.jsonl", line: 3),
            .folderPermissionDenied, .restoreFolderPermissions("s"), .permissionDenied(.read), .restoreFilePermissions("s/lock"),
            .folderWhereFileBelongs, .moveFolderOut("s/snapshot.json"), .fileWhereFolderBelongs, .giveAFolder, .notAPlainFile,
            .replaceOrMoveOut, .diskFull, .freeSpace, .diskReadOnly, .useWritableDisk, .systemCallFailed("fsync", "I/O error"),
            .checkDisk,
            .fileEndsInsideText, .expected(.colonAfterFieldName, found: .endOfFile), .controlCharacter, .invalidUTF8,
            .unpairedSurrogate, .invalidUnicodeEscape, .invalidEscape, .shortUnicodeEscape, .badHexDigit, .numberTooLarge,
            .expectedWholeNumber(found: .textInQuotes), .decimalInsteadOfWhole, .expectedTrueOrFalse(found: .number),
            .moreAfterValue, .endsBeforeClosed(record: true, line: 4), .expectedValue(found: nil), .nestedTooDeep(512),
        ]
        var covered = Set<String>()
        for m in examples {
            let english = m.text(.english), chinese = m.text(.chinese)
            XCTAssertFalse(english.isEmpty, "\(m)")
            XCTAssertNotEqual(english, chinese, "\(m) has no Chinese")
            XCTAssertTrue(MessageLanguage.hasChinese(chinese), "\(m): \(chinese)")
            covered.insert(Mirror(reflecting: m).children.first?.label ?? "\(m)")
        }
        let declared = try Self.declaredCases()
        XCTAssertFalse(declared.isEmpty)
        XCTAssertEqual(declared.subtracting(covered).sorted(), [], "cases of StoreMessage.swift without an example here")
    }

    func testWhatIsFoundAndWantedHasChinese() {
        let found: [StoreMessage.Found] = [.endOfFile, .textInQuotes, .number, .record, .list]
        for f in found { XCTAssertTrue(MessageLanguage.hasChinese(f.text(.chinese)), "\(f)") }
        let wanted: [StoreMessage.Wanted] = [.snapshotObject, .colonAfter("seq"), .colonAfterFieldName, .record(kind: "member"),
                                             .list, .listOfPairs, .pair, .listOfChanges, .change, .objectOfFields, .textInQuotes,
                                             .commaOr("}")]
        for w in wanted {
            XCTAssertNotEqual(w.text(.english), w.text(.chinese), "\(w)")
            XCTAssertTrue(MessageLanguage.hasChinese(w.text(.chinese)), "\(w)")
        }
        for use in [StoreMessage.FileUse.read, .write, .create] {
            XCTAssertTrue(MessageLanguage.hasChinese(StoreMessage.permissionDenied(use).text(.chinese)), "\(use)")
        }
    }

    /// A located problem: the English reads as it always has; the Chinese gives the line
    /// and column in words, and its own labels.
    func testALocatedProblemInBothLanguages() {
        let problem = StoreProblem(file: "snapshot.json", line: 213, column: 90, byte: 9000, path: "dues[49].month",
                                   record: "dues \"DU50\"", message: Message(StoreMessage.cutShort(Message(StoreMessage.fileEndsInsideText))),
                                   repair: Message(StoreMessage.restoreWholeSnapshot))
        XCTAssertEqual(problem.text(.english), """
            snapshot.json:213:90: the file ends inside a text value (the file was probably cut short while it was being copied or written)
              where: in dues "DU50", at dues[49].month, byte 9000 of the file
              to repair: put back a whole copy of snapshot.json from a backup: a file cut short cannot be completed by hand. Nothing was changed
            """)
        XCTAssertEqual(problem.description, problem.text(.english))
        XCTAssertEqual(problem.text(.chinese), """
            snapshot.json 第 213 行第 90 列：文件在一个文本值的中间就结束了（文件很可能在复制或写入时被截断了）
              位置：在 dues "DU50" 中，位于 dues[49].month，文件第 9000 字节
              修复办法：从备份中取回完整的 snapshot.json（数据快照）：被截断的文件无法手工补全。未做任何改动
            """)
        XCTAssertEqual(StoreError.corrupt(problem).text(.chinese), problem.text(.chinese))
    }

    /// The cases the enum declares at its top level (`    case name…`, four spaces in).
    static func declaredCases() throws -> Set<String> {
        let text = try String(contentsOf: catalogue, encoding: .utf8)
        var names = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("    case ") && !line.hasPrefix("     ") {
            let name = line.dropFirst("    case ".count).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { names.insert(String(name)) }
        }
        return names
    }
}
