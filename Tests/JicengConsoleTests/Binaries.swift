import Foundation

/// The programs the terminal tests drive, found next to the built `jiceng`
/// (`./scripts/test` sets JICENG_BIN) or in the build folder the tests run from.
enum Binaries {
    static var buildFolder: URL {
        if let jiceng = ProcessInfo.processInfo.environment["JICENG_BIN"] {
            return URL(fileURLWithPath: jiceng).deletingLastPathComponent()
        }
        // The tests run from …/.build/debug (Linux) or …/.build/debug/JicengPackageTests.xctest (macOS).
        var url = Bundle(for: Marker.self).bundleURL
        while url.path.contains(".xctest") { url.deleteLastPathComponent() }
        return url
    }

    /// The console over the toy engine.
    static var consoleHost: String { buildFolder.appendingPathComponent("jiceng-console-host").path }

    /// The real command.
    static var jiceng: String {
        ProcessInfo.processInfo.environment["JICENG_BIN"] ?? buildFolder.appendingPathComponent("jiceng").path
    }

    private final class Marker {}
}

/// A private home for one test: its own XDG folders, so history and init scripts
/// never touch the developer's own.
struct TestHome {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("jiceng-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    var stateFolder: URL { root.appendingPathComponent("state") }
    var configFolder: URL { root.appendingPathComponent("config") }
    var historyFile: URL { stateFolder.appendingPathComponent("jiceng/history") }
    /// The store the real `jiceng` uses in this test (JICENG_STORE).
    var storeFolder: URL { root.appendingPathComponent("store") }

    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HOME": root.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "TERM": "xterm", "LANG": "C.UTF-8",
            "XDG_STATE_HOME": stateFolder.path, "XDG_CONFIG_HOME": configFolder.path,
            "JICENG_STORE": storeFolder.path,
        ]
        environment.merge(extra) { $1 }
        return environment
    }

    func writeInitScript(_ text: String) throws {
        let folder = configFolder.appendingPathComponent("jiceng")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("init.jc"), atomically: true, encoding: .utf8)
    }

    func write(_ text: String, to name: String) throws -> String {
        let url = root.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
