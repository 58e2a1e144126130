import Foundation
import JicengBase
import XCTest
@testable import JicengLang

/// Every message of the language engine has its Chinese: one example of each catalogue
/// case (the test reads the catalogue's source, so a new case without an example fails
/// here), rendered in both languages.
final class MessageCatalogueTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/JicengLang")

    func testEverySyntaxMessageHasChinese() throws {
        let found = SyntaxMessage.Found.text("'x'"), at = SourceLocation(line: 2, column: 12)
        let examples: [SyntaxMessage] = [
            .invalidUTF8InSource, .invalidUTF8InString, .bytesNotUTF8, .saveAsUTF8, .nulInSource, .nulInString,
            .unexpectedCharacter("'@'"), .backslashOnlyAtLineEnd, .writeNotForNegation, .notAQuarter("2025Q5"),
            .quartersAreQ1ToQ4, .notADate("2025-02-30"), .datesAreWritten, .notAMonth("2025-13"), .monthsAreWritten,
            .decimalOutOfRange("1.5"), .decimalDigitsLimit, .integerTooLarge("99999999999999999999"),
            .largestInteger(Int64.max), .unterminatedString, .quoteNeverClosed, .braceAfterUnicodeEscape,
            .writeUnicodeEscape, .invalidUnicodeEscape, .unicodeEscapeDigits, .unknownEscape("\\q"), .theEscapes,
            .expected(.token(.rightParen), .afterArguments, found: found), .expectedWords(["to", "into"], found: found),
            .openedAt(.leftParen, at), .reservedWord("if"), .nestingTooDeep, .nestingLimit(200), .expressionHeightLimit(1200), .splitWithLet,
            .unmatchedBrace, .noBlockOpen, .elseWithoutIf, .elseOnClosingLine, .cannotAssignExpression,
            .assignableTargets, .unknownCommand("asign"), .noCommandStartsSo, .helpListsCommands, .unknownFormat("xml"),
            .theFormats(["table", "csv"]), .usage("assign member <member> to branch <branch>"), .moreUsages(3),
            .clauseGivenTwice("on"), .takesOneClause("on"), .fieldGivenTwice("phone"), .fieldOnce, .unknownField("phon"),
            .noSuchField, .expectedCommandEnd(found: found), .notPartOf("assign member <member>"),
            .expectedSlot("member", found: .kind(.newline)), .expectedValueAfter("branch", found: .kind(.end)),
            .oneOf(["lecture", "committee_meeting"]), .columnNeedsName, .writeLabelColon, .rangesDoNotChain,
            .secondRange, .firstRangeAt(at), .tooManyOperators, .operatorLimit(1000), .addUpInLoop,
            .comparisonsDoNotChain, .writeTwoComparisons,
        ]
        try checkCatalogue("SyntaxMessage.swift", examples)
        for place in SyntaxMessage.Place.allCases {
            XCTAssertTrue(MessageLanguage.hasChinese(place.chinese), "\(place)")
        }
        let expectations: [SyntaxMessage.Expected] = [
            .token(.identifier), .word("in"), .expression, .name, .fieldName, .fieldNameOrBrace, .newLineOrSemicolon,
            .outputFormat,
        ]
        for e in expectations where e.text(.english) != "'in'" {
            XCTAssertTrue(MessageLanguage.hasChinese(e.text(.chinese)), "\(e)")
        }
    }

    func testEveryNameMessageHasChinese() throws {
        let examples: [NameMessage] = [
            .didYouMean("count"), .unknownName("cuont"), .unknownVariable("x"), .declareFirst("x"), .noScriptDefinesIt,
            .usedBeforeDeclared("x"), .moveDeclarationUp, .cannotAssignTo("count"), .builtinOrCollection, .itOutsideQuery,
            .whatItIs, .returnOutsideFunction, .returnEndsFunction, .outsideLoop("break"), .parameterTwice("a"),
            .commandWithoutHandler("visit"), .syntaxWithoutHandler, .takesArguments("count", 1...1, given: 2),
            .unknownRecord("member", "\"M0099\""), .noRecordHasCode("member"),
        ]
        try checkCatalogue("NameMessage.swift", examples)
    }

    func testEveryRunMessageHasChinese() throws {
        let int = TypeName(.int(1)), text = TypeName(.string("a"))
        let examples: [RunMessage] = [
            .interrupted, .stepLimit(1000), .endlessLoop, .timeLimit("2"), .timeLimitSetByHost, .assertionFailed("x > 1"),
            .nestedCallsIn("f"), .endlessRecursion(200), .notAFunction(int), .cannotCombine(.add, int, text),
            .overflowIn(integer: true, "1 + 2"), .numbersAre64Bits, .cannotNegate(text), .outsideCalendar("9999-12-31 + 1"),
            .divisionByZero, .cannotCompare(int, text), .listsNestedTooDeep(100), .cannotLookFor(int),
            .cannotLookInside(int), .inWorksOn, .rangeTooLong("1", "99999999"), .loopInstead, .listTooLong(16_777_216, most: 10_000_000),
            .listLimit(10_000_000), .textTooLong(134_217_728, most: 100_000_000), .textTooLong(nil, most: 100_000_000),
            .textLimit(100_000_000), .cannotRepeat(-1), .countNotNegative, .rangeEnds(int, text),
            .rangeEndsSameKind, .listIndexOutOfRange(5, count: 3), .listIsEmpty, .indexesRun(2),
            .stringIndexOutOfRange(5, count: 2), .cannotIndex(int, text), .cannotSetElement(int, text),
            .fieldsByCommands(text), .setFieldExample("member", "phone"), .cannotSetField("x", int),
            .entityHasNoField(text, "nme"), .recordHasNoField("\"b\""), .valueHasNoField(int, "x"), .dateFields,
            .monthFields, .quarterFields, .onlySomeValuesHaveFields, .cannotLoopOver(int), .forWalks,
            .clauseNeedsList("where", int), .takeNeedsCount, .notFoldable, .expects("upper", .string, got: int),
            .expectsNumbers("sum", text, "\"a\""), .inFunction("min", Message(RunMessage.cannotCompare(int, text))),
            .notADate("\"x\""), .dateArguments, .noSuchDate("2025-2-30"), .roundDigits(18, 20), .decimalOverflowIn("round"),
            .notAWholeNumber("\"x\""), .notANumber("\"x\""), .replaceEmpty, .separatorEmpty, .braceNotClosed,
            .writeDoubleBrace, .moreBracesThanValues(1), .unknownPlaceholder(":x"), .usePlaceholders,
            .placeholderNeedsNumber(":.2", text), .valuesLeftOver(2, braces: 1), .cannotRead("\"a.jc\"", reason: Message(verbatim: "No such file or directory")),
            .cannotWrite("\"a.csv\"", reason: Message(RunMessage.symbolicLinkNotFollowed)), .symbolicLinkNotFollowed,
            .scriptsMayNot(.write, "\"out.csv\""), .hostDecidesFiles, .allowedFolderMissing("\"/srv/x\"", .read), .hostNamesFolder,
            .onlyInside(.read, "/home"), .cannotFollow("\"a.jc\""), .outsideThroughLink("\"link/a.jc\""), .outsideFolder("\"/etc/x\""),
            .notRegularFile("\"/dev/null\""), .alreadyRunning("\"a.jc\""), .toNeedsFileName, .runNeedsFileName,
        ]
        try checkCatalogue("RunMessage.swift", examples)
        for operation in RunMessage.Operation.allCases {
            let m = RunMessage.cannotCombine(operation, int, text)
            XCTAssertTrue(MessageLanguage.hasChinese(m.text(.chinese)), "\(operation)")
        }
        for wanted in RunMessage.Wanted.allCases { XCTAssertTrue(MessageLanguage.hasChinese(wanted.chinese), "\(wanted)") }
    }

    func testValueTypesHaveChineseNames() {
        let values: [Value] = [
            .nil, .bool(true), .int(1), .decimal(ExactDecimal("1.5")!), .string(""), .date(Day(year: 2025, month: 1, day: 1)!),
            .month(YearMonth(year: 2025, month: 1)!), .quarter(Quarter(year: 2025, quarter: 1)!), .list([]), .record([:]),
        ]
        for v in values { XCTAssertTrue(MessageLanguage.hasChinese(v.typeNames.chinese), v.typeName) }
    }

    func testEveryBuiltinHasAChineseSummary() {
        for f in Builtins.all {
            XCTAssertTrue(MessageLanguage.hasChinese(f.summaryZh ?? ""), "\(f.name) has no Chinese summary")
            XCTAssertTrue(f.summaryZh?.hasPrefix(f.name + "(") == true, "\(f.name): the summary starts with the call")
        }
    }

    /// Each example renders differently in the two languages, its Chinese has Chinese in
    /// it, and every case the catalogue declares has an example.
    private func checkCatalogue<M: MessageText>(_ file: String, _ examples: [M], line: UInt = #line) throws {
        var covered = Set<String>()
        for m in examples {
            let english = m.text(.english), chinese = m.text(.chinese)
            XCTAssertFalse(english.isEmpty, "\(m)", line: line)
            XCTAssertNotEqual(english, chinese, "\(m) has no Chinese", line: line)
            XCTAssertTrue(MessageLanguage.hasChinese(chinese), "\(m): \(chinese)", line: line)
            covered.insert(Self.caseName(m))
        }
        let declared = try Self.declaredCases(in: file)
        XCTAssertFalse(declared.isEmpty, "no cases read from \(file)", line: line)
        XCTAssertEqual(declared.subtracting(covered).sorted(), [], "cases of \(file) without an example here", line: line)
    }

    static func caseName(_ m: Any) -> String {
        Mirror(reflecting: m).children.first?.label ?? "\(m)"
    }

    /// The cases the enum declares at its top level (`    case name…`, four spaces in;
    /// the catalogues declare one case a line).
    static func declaredCases(in file: String) throws -> Set<String> {
        let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
        var names = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("    case ") && !line.hasPrefix("     ") {
            let name = line.dropFirst("    case ".count).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { names.insert(String(name)) }
        }
        return names
    }
}
