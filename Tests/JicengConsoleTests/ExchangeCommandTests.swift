import Foundation
import XCTest

/// `jiceng sample city`, `jiceng import` and `jiceng export` as a user runs them.
final class ExchangeCommandTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    private func jiceng(_ arguments: [String]) throws -> ProcessRun {
        try ProcessRun.run(Binaries.jiceng, arguments, environment: home.environment())
    }

    private func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("tests/fixtures/csv/" + name).path
    }

    func testASampleCityIsWrittenOnceAndAFullStoreIsRefused() throws {
        let made = try jiceng(["sample", "city", "--members", "200", "--seed", "5", "--today", "2026-11-26"])
        XCTAssertEqual(made.status, 0, made.errors)
        XCTAssertTrue(made.output.contains("member          200"), made.output)
        let again = try jiceng(["sample", "city", "--members", "200"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.contains("use --force"), again.errors)
        let forced = try jiceng(["sample", "city", "--members", "100", "--today", "2026-11-26", "--force"])
        XCTAssertEqual(forced.status, 0, forced.errors)
        let check = try jiceng(["check"])
        XCTAssertEqual(check.status, 0, check.errors)
    }

    /// Under --lang zh the subcommands that work on the store directly speak Chinese too.
    func testImportExportAndSampleSpeakChineseUnderLangZh() throws {
        let made = try jiceng(["--lang", "zh", "sample", "city", "--members", "50", "--today", "2026-11-26"])
        XCTAssertEqual(made.status, 0, made.errors)
        XCTAssertTrue(made.output.hasPrefix("示例城市（种子 1，数据截至 2026-11-26）已写入"), made.output)
        XCTAssertTrue(made.output.contains("生成用时"), made.output)
        let again = try jiceng(["--lang", "zh", "sample", "city", "--members", "50"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.hasPrefix("错误：数据存储") && again.errors.contains("--force"), again.errors)

        let missing = try jiceng(["--lang", "zh", "import", "members", home.root.appendingPathComponent("无此文件.csv").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("错误：") && missing.errors.contains("文件不存在"), missing.errors)
        let refused = try jiceng(["--lang", "zh", "import", "members", fixture("members-bad.csv")])
        XCTAssertEqual(refused.status, 1)
        XCTAssertFalse(refused.errors.contains("error:"), refused.errors)
        XCTAssertTrue(refused.errors.contains("members-bad.csv:6"), refused.errors)

        let file = home.root.appendingPathComponent("out.csv").path
        let exported = try jiceng(["--lang", "zh", "export", "streets", "--to", file])
        XCTAssertEqual(exported.status, 0, exported.errors)
        XCTAssertTrue(exported.errors.hasPrefix("已导出街道"), exported.errors)
    }

    func testImportIsAllOrNothingUnlessSkipBadAndExportReadsForExcel() throws {
        let places = try home.write("code,name\nXFL,幸福路街道\n", to: "streets.csv")
        let communities = try home.write("编号,名称,所属街道\nJH,金华社区,幸福路街道\n", to: "communities.csv")
        let orgs = try home.write("code,name,kind,parent,community\nJH-01,第一支部,branch,JH-PC,\nJH-02,第二支部,branch,JH-PC,\nJH-PC,金华社区党委,committee,,JH\n", to: "orgs.csv")
        for (kind, file) in [("streets", places), ("communities", communities), ("orgs", orgs)] {
            let run = try jiceng(["import", kind, file])
            XCTAssertEqual(run.status, 0, run.errors)
        }

        let refused = try jiceng(["import", "members", fixture("members-bad.csv")])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("members-bad.csv:6: member \"M0304\": branch \"JH-09\""), refused.errors)
        XCTAssertTrue(refused.errors.contains("nothing imported"), refused.errors)

        let dry = try jiceng(["import", "members", fixture("members-gb18030.csv"), "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.errors)
        XCTAssertTrue(dry.output.hasPrefix("dry run: would import 3 members"), dry.output)
        XCTAssertEqual(try jiceng(["export", "members", "--format", "json"]).output, "[]\n", "a dry run commits nothing")

        let skipped = try jiceng(["import", "members", fixture("members-bad.csv"), "--skip-bad"])
        XCTAssertEqual(skipped.status, 0, skipped.errors)
        XCTAssertTrue(skipped.output.contains("imported 2 members"), skipped.output)
        let gb = try jiceng(["import", "members", fixture("members-gb18030.csv")])
        XCTAssertEqual(gb.status, 0, gb.errors)
        XCTAssertTrue(gb.output.contains("(GB18030)"), gb.output)

        let file = home.root.appendingPathComponent("名单.csv").path
        let previous = umask(0) // the file is private whatever umask the shell has
        defer { umask(previous) }
        let export = try jiceng(["export", "members", "--to", file, "--lang", "zh"])
        XCTAssertEqual(export.status, 0, export.errors)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a byte order mark for Excel")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("编号,姓名,"), text)
        XCTAssertTrue(text.contains("李秀英"))
        XCTAssertTrue(text.contains("620103********0240"), "ID numbers masked")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let clear = try jiceng(["export", "members", "--show-pii"])
        XCTAssertTrue(clear.output.contains("620103197211200240"))
    }
}
