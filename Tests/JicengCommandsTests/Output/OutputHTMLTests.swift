import XCTest
import JicengBase
@testable import JicengCommands

final class OutputHTMLTests: XCTestCase {
    private let communities = ReportTable(
        title: LocalizedText(en: "Communities <Q1> & \"targets\"", zh: "各社区 <一季度> & “指标”"),
        columns: [
            ReportColumn("name", LocalizedText(en: "Community", zh: "社区")),
            ReportColumn("members", LocalizedText(en: "Members", zh: "党员数"), kind: .integer),
            ReportColumn("note", LocalizedText(en: "Note", zh: "备注")),
        ],
        rows: [
            [.text("西湖社区"), .int(12), .text("<script>alert('x')</script>")],
            [.text("翠苑 & 文新"), .int(6), .text("第一行\n第二行")],
            [.text("古荡"), .int(0), .empty],
        ],
        totals: [.text("合计"), .int(18), .empty],
        notes: [LocalizedText(en: "a < b", zh: "甲 < 乙")])

    func testPageIsSelfContainedUTF8WithChineseFonts() {
        let html = ReportOutput.render(communities, as: .html, options: OutputOptions(language: .zh))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"))
        XCTAssertTrue(html.contains(#"font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC""#))
        XCTAssertTrue(html.contains("<title>各社区 &lt;一季度&gt; &amp; “指标”</title>"))
        XCTAssertFalse(html.contains("src="))
        XCTAssertFalse(html.contains("href="))
        XCTAssertTrue(html.hasSuffix("</body>\n</html>\n"))
    }

    func testEveryTextIsEscapedAndNoMarkupComesFromTheData() {
        let html = ReportOutput.render(communities, as: .html, options: OutputOptions(language: .zh))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertTrue(html.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"))
        XCTAssertTrue(html.contains("<td>翠苑 &amp; 文新</td>"))
        XCTAssertTrue(html.contains("<td>第一行<br>第二行</td>"))
        XCTAssertTrue(html.contains("<p class=\"note\">甲 &lt; 乙</p>"))
        XCTAssertTrue(html.contains("<tfoot>\n<tr><td>合计</td><td class=\"num\">18</td><td></td></tr>\n</tfoot>"))
        XCTAssertTrue(html.contains("<p class=\"count\">(共 3 行)</p>"))
    }

    func testTheSVGHasOneBarPerRow() {
        let html = ReportOutput.render(communities, as: .html)
        XCTAssertEqual(html.components(separatedBy: "<svg ").count - 1, 1)
        XCTAssertEqual(html.components(separatedBy: "<rect class=\"bar\"").count - 1, 3)
        XCTAssertTrue(html.contains("<title>翠苑 &amp; 文新: 6</title>"))
    }

    func testTagsAreBalanced() throws {
        let html = ReportOutput.render(communities, as: .html)
        XCTAssertEqual(try HTMLTagChecker.unclosedTags(in: html), [])
    }

    func testTheChartStopsAtItsLimitAndSaysSo() {
        var table = ReportTable(columns: [ReportColumn("code", "Code"), ReportColumn("n", "N", kind: .integer)])
        let count = HTMLRenderer.maxChartBars + 1
        for i in 1...count { table.append([.text("M\(i)"), .int(Int64(i))]) }
        let html = ReportOutput.render(table, as: .html)
        XCTAssertEqual(html.components(separatedBy: "<rect class=\"bar\"").count - 1, HTMLRenderer.maxChartBars)
        XCTAssertEqual(html.components(separatedBy: "<tr>").count - 1, count + 1) // the header row too
        XCTAssertTrue(html.contains("The chart shows the first \(HTMLRenderer.maxChartBars) of \(count) rows."))
    }

    func testSVGGeometry() {
        let table = ReportTable(
            columns: [ReportColumn("name", "Name"), ReportColumn("n", "N", kind: .integer)],
            rows: [[.text("甲"), .int(10)], [.text("B"), .int(-5)]])
        let series = ChartSeries.all(table, OutputOptions())[0]
        var svg = ""
        SVGBarChart.append(series, OutputOptions(), to: &svg)
        // Labels 2 columns (14 px) wide: the plot starts at 4 + 14 + 6 = 24 px. The span
        // 10 - (-5) = 15 puts the axis a third into the 400 px plot, at 157.3.
        // Values up to 2 columns: width 24 + 400 + 6 + 14 + 4 = 448; two rows: 2 × 22 + 8 = 52.
        XCTAssertEqual(svg, """
            <svg xmlns="http://www.w3.org/2000/svg" width="448" height="52" viewBox="0 0 448 52" role="img" aria-label="N">
            <text class="label" x="18" y="15" text-anchor="end" dominant-baseline="middle">甲</text><rect class="bar" x="157.3" y="8" width="266.7" height="14" fill="#c8102e"><title>甲: 10</title></rect><text class="value" x="430" y="15" dominant-baseline="middle">10</text>
            <text class="label" x="18" y="37" text-anchor="end" dominant-baseline="middle">B</text><rect class="bar" x="24" y="30" width="133.3" height="14" fill="#5b6b7b"><title>B: -5</title></rect><text class="value" x="163.3" y="37" dominant-baseline="middle">-5</text>
            <line class="axis" x1="157.3" y1="4" x2="157.3" y2="48" stroke="#333"/>
            </svg>

            """)
    }
}

/// A small checker for the HTML the renderer writes: every element but the void ones
/// (`meta`, `br`) closes, in order; self-closed SVG elements close themselves.
enum HTMLTagChecker {
    struct Mismatch: Error { let expected: String?, found: String }
    static let voidElements: Set<String> = ["meta", "br", "!doctype"]

    static func unclosedTags(in html: String) throws -> [String] {
        var open: [String] = []
        var rest = html[...]
        while let start = rest.firstIndex(of: "<") {
            guard let end = rest[start...].firstIndex(of: ">") else { throw Mismatch(expected: nil, found: "<") }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" }).first.map { $0.lowercased() } ?? ""
            if tag.hasPrefix("/") {
                guard open.last == name else { throw Mismatch(expected: open.last, found: name) }
                open.removeLast()
            } else if !tag.hasSuffix("/") && !voidElements.contains(name) {
                open.append(name)
            }
        }
        return open
    }
}
