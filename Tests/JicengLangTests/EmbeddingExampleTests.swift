import Foundation
import XCTest

/// The example in docs/EMBEDDING.md compiles (it is EmbeddingExample.swift), runs, and
/// is the same text as the doc shows.
final class EmbeddingExampleTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTheExampleRuns() throws {
        let text = try embeddingExample()
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(4)), ["visited 张三", "visited 王五", "visited 李四", "您好，王五"])
        XCTAssertTrue(text.contains("unknown name \"membrs\""), text)
        XCTAssertTrue(text.contains("typo.jc:1:7"), text)
        XCTAssertTrue(text.contains("did you mean \"members\"?"), text)
        XCTAssertEqual(lines.last, "result: 2")
    }

    func testTheDocShowsTheExampleAsCompiled() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/EMBEDDING.md"), encoding: .utf8)
        let source = try String(contentsOf: Self.root.appendingPathComponent("Tests/JicengLangTests/EmbeddingExample.swift"), encoding: .utf8)
        guard let open = doc.range(of: "```swift\n"), let close = doc.range(of: "```\n", range: open.upperBound..<doc.endIndex) else {
            return XCTFail("docs/EMBEDDING.md has no ```swift block")
        }
        XCTAssertEqual(String(doc[open.upperBound..<close.lowerBound]), source,
                       "the first swift block of docs/EMBEDDING.md must be Tests/JicengLangTests/EmbeddingExample.swift, verbatim")
    }
}
