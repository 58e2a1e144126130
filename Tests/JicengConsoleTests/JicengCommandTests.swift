import Foundation
import XCTest

/// The real `jiceng` command: its arguments, exit codes and non-terminal output.
final class JicengCommandTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    private func jiceng(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> ProcessRun {
        try ProcessRun.run(Binaries.jiceng, arguments, input: input, environment: home.environment(environment))
    }

    func testUsageErrorsExit64() throws {
        XCTAssertEqual(try jiceng(["--bogus"]).status, 64)
        XCTAssertEqual(try jiceng(["run"]).status, 64)
        XCTAssertEqual(try jiceng(["run", "--var", "novalue", "-"]).status, 64)
        XCTAssertEqual(try jiceng(["--color", "sometimes"]).status, 64)
        let missing = try jiceng(["run", home.root.appendingPathComponent("nowhere.jc").path])
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.errors.contains("nowhere.jc"), missing.errors)
    }

    func testCheckWithoutFilesChecksTheStoreSilentlyWhenClean() throws {
        _ = try jiceng(["run", "-"], input: "add street \"新风路街道\" code \"XFL\"\n")
        let result = try jiceng(["check"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.output, "")
    }

    func testShellCompletionScripts() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try jiceng(["--generate-completion-script", shell])
            XCTAssertEqual(result.status, 0, shell)
            XCTAssertTrue(result.output.contains("keep-going") && result.output.contains("store"), shell)
        }
    }

    func testTodayIsPinnedByOptionOrEnvironment() throws {
        let script = "print today(), add_days(today(), 1)\n"
        XCTAssertEqual(try jiceng(["run", "-", "--today", "2025-06-30"], input: script).output, "2025-06-30 2025-07-01\n")
        XCTAssertEqual(try jiceng(["run", "-"], input: script, environment: ["JICENG_TODAY": "2024-02-29"]).output,
                       "2024-02-29 2024-03-01\n")
        let both = try jiceng(["run", "-", "--today", "2025-01-02"], input: script, environment: ["JICENG_TODAY": "2024-02-29"])
        XCTAssertEqual(both.output, "2025-01-02 2025-01-03\n", "the option wins over the environment")
        let bad = try jiceng(["run", "-", "--today", "2025-02-30"], input: script)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.errors.contains("--today must be a date"), bad.errors)
        XCTAssertEqual(try jiceng(["run", "-"], input: script, environment: ["JICENG_TODAY": "soon"]).status, 64)
    }

    func testVersion() throws {
        let result = try jiceng(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.output.isEmpty)
    }

    func testAScriptThatRunsCleanlyExitsZero() throws {
        let script = try home.write("#!/usr/bin/env -S jiceng run\nlet total = 0\nfor i in 1..4 { total = total + i }\nprint total\n", to: "ok.jc")
        let result = try jiceng(["run", script])
        XCTAssertEqual(result.output, "10\n")
        XCTAssertEqual(result.status, 0)
    }

    func testAShebangScriptRunsDirectly() throws {
        let script = try home.write("#!/usr/bin/env -S jiceng run\nprint \"直接运行\"\n", to: "direct.jc")
        chmod(script, 0o755)
        let folder = URL(fileURLWithPath: Binaries.jiceng).deletingLastPathComponent().path
        let path = folder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try ProcessRun.run(script, [], environment: home.environment(["PATH": path]))
        XCTAssertEqual(result.output, "直接运行\n", result.errors)
        XCTAssertEqual(result.status, 0)
    }

    func testAFailingScriptExitsOneWithALocatedError() throws {
        let script = try home.write("print 1\nprint nosuchname\nprint 3\n", to: "bad.jc")
        let result = try jiceng(["run", script])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("bad.jc:2:"), result.errors)
        XCTAssertFalse(result.output.contains("3"), result.output)
    }

    func testMessagesAndHelpAreChineseUnderLangZhOrAChineseLocale() throws {
        let script = try home.write("let 名单 = [\"张三\"]\nprint 名单[3]\n", to: "zh.jc")
        let chinese = ["错误[E0405]：下标 3 超出范围：列表只有 1 项", "zh.jc:2:7", "= 提示：下标从 0 到 0"]
        let byOption = try jiceng(["run", script, "--lang", "zh"])
        XCTAssertEqual(byOption.status, 1)
        for text in chinese { XCTAssertTrue(byOption.errors.contains(text), byOption.errors) }
        let byLocale = try jiceng(["run", script], environment: ["LANG": "zh_CN.UTF-8"])
        for text in chinese { XCTAssertTrue(byLocale.errors.contains(text), byLocale.errors) }
        let optionWins = try jiceng(["run", script, "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(optionWins.errors.contains("error[E0405]: index 3 is out of range for a list of 1 item"), optionWins.errors)
        let help = try jiceng(["run", "-"], input: "help functions\n", environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(help.output.hasPrefix("函数：\n"), help.output)
        XCTAssertTrue(help.output.contains("  round(x) 或 round(x, 位数) — 四舍五入"), help.output)
    }

    func testVariablesFromTheCommandLineKeepTheirType() throws {
        let result = try jiceng(
            ["run", "--var", "month=2025-03", "--var", "street=XFL", "--var", "n=41", "-"],
            input: "print month, street, n + 1\n")
        XCTAssertEqual(result.output, "2025-03 XFL 42\n")
        XCTAssertEqual(result.status, 0)
    }

    func testKeepGoingReportsEveryErrorAndExitsOne() throws {
        let script = try home.write("print nosuch\nprint 2\nprint alsonot\nprint 4\n", to: "many.jc")
        let result = try jiceng(["run", "--keep-going", script])
        XCTAssertEqual(result.output, "2\n4\n")
        XCTAssertTrue(result.errors.contains("many.jc:1:") && result.errors.contains("many.jc:3:"), result.errors)
        XCTAssertEqual(result.status, 1)
    }

    func testCheckIsSilentWhenCleanAndLocatesProblems() throws {
        let clean = try home.write("let x = 1\nprint x\n", to: "clean.jc")
        let broken = try home.write("let x = 1\nprint y\n", to: "broken.jc")
        let ok = try jiceng(["check", clean])
        XCTAssertEqual([ok.status], [0])
        XCTAssertEqual(ok.output + ok.errors, "")
        let bad = try jiceng(["check", clean, broken])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.errors.contains("broken.jc:2:"), bad.errors)
        XCTAssertEqual(bad.output, "")
    }

    func testPipedInputRunsOnAfterAnErrorWithoutPromptsOrEscapes() throws {
        let result = try jiceng(
            [], input: "1 + 2\nprint nosuch\n(4 +\n 5)\nprint \"完\"\n",
            environment: ["TERM": "xterm-256color"])
        XCTAssertEqual(result.output, "3\n9\n完\n")
        XCTAssertTrue(result.errors.contains("<stdin>:2:"), result.errors)
        XCTAssertFalse((result.output + result.errors).contains("\u{1B}"))
        XCTAssertFalse(result.output.contains("jiceng>"))
        XCTAssertEqual(result.status, 1)
    }

    func testColorAlwaysAndNever() throws {
        let always = try jiceng(["run", "--color", "always", "-"], input: "print nosuch\n")
        XCTAssertTrue(always.errors.contains("\u{1B}["), always.errors.debugDescription)
        let never = try jiceng(["run", "--color", "never", "-"], input: "print nosuch\n", environment: ["TERM": "xterm"])
        XCTAssertFalse(never.errors.contains("\u{1B}"), never.errors.debugDescription)
        let noColor = try jiceng(["run", "-"], input: "print nosuch\n", environment: ["NO_COLOR": "1"])
        XCTAssertFalse(noColor.errors.contains("\u{1B}"))
    }

    func testAnUnreadableStoreExits65AndNamesTheFile() throws {
        try FileManager.default.createDirectory(at: home.storeFolder, withIntermediateDirectories: true)
        try "{not json".write(to: home.storeFolder.appendingPathComponent("snapshot.json"), atomically: true, encoding: .utf8)
        for arguments in [["run", "-"], [], ["check"]] {
            let result = try jiceng(arguments, input: "print 1\n")
            XCTAssertEqual(result.status, 65, "\(arguments)")
            XCTAssertTrue(result.errors.contains("snapshot.json:1:"), result.errors)
            XCTAssertEqual(result.output, "")
        }
        XCTAssertEqual(
            try String(contentsOf: home.storeFolder.appendingPathComponent("snapshot.json"), encoding: .utf8), "{not json",
            "a store that fails to load is never overwritten")
    }

    func testAFailingScriptCommitsNothing() throws {
        let script = try home.write("add street \"新风路街道\" code \"XFL\"\nprint nosuch_at_run_time.name\n", to: "half.jc")
        XCTAssertEqual(try jiceng(["run", script]).status, 1)
        XCTAssertEqual(try jiceng(["run", "-"], input: "print count(streets)\n").output, "0\n")
    }

    func testDryRunSaysWhatWouldChangeAndCommitsNothing() throws {
        let script = try home.write("add street \"新风路街道\" code \"XFL\"\n", to: "streets.jc")
        let dry = try jiceng(["run", "--dry-run", script])
        XCTAssertEqual(dry.status, 0)
        XCTAssertTrue(dry.output.contains("dry run"), dry.output)
        XCTAssertTrue(dry.output.contains("XFL"), dry.output)
        XCTAssertEqual(try jiceng(["run", "-"], input: "print count(streets)\n").output, "0\n")
        XCTAssertEqual(try jiceng(["run", script]).status, 0)
        XCTAssertEqual(try jiceng(["run", "-"], input: "print count(streets)\n").output, "1\n")
    }

    func testStoreOptionChoosesTheStore() throws {
        let other = home.root.appendingPathComponent("other-store").path
        _ = try jiceng(["--store", other, "run", "-"], input: "add street \"滨江街道\" code \"BJ\"\n")
        XCTAssertEqual(try jiceng(["run", "--store", other, "-"], input: "print count(streets)\n").output, "1\n")
        XCTAssertEqual(try jiceng(["run", "-"], input: "print count(streets)\n").output, "0\n")
    }

    func testInterruptingALongScriptExits130() throws {
        let script = try home.write("print \"started\"\nlet n = 0\nwhile true { n = n + 1 }\nprint \"never\"\n", to: "long.jc")
        let result = try ProcessRun.interrupt(Binaries.jiceng, ["run", script], environment: home.environment(), after: "started\n")
        XCTAssertEqual(result.status, 130)
        XCTAssertFalse(result.output.contains("never"), result.output)
    }
}
