// swift-tools-version:6.0
import PackageDescription

// The pipeline shows in the module names: the language engine knows nothing of
// party-building or files; the domain, the store, the commands and the console plug
// into it. The `Jiceng` library product is what a host program embeds.
let package = Package(
    name: "Jiceng",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Jiceng", targets: ["JicengBase", "JicengLang", "JicengDomain", "JicengStore", "JicengCommands", "JicengSample"]),
        .executable(name: "jiceng", targets: ["jiceng"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "JicengBase"),
        .target(name: "JicengLang", dependencies: ["JicengBase"]),
        .target(name: "JicengDomain", dependencies: ["JicengBase"]),
        .target(name: "JicengStore", dependencies: ["JicengDomain"]),
        .target(
            name: "JicengCommands", dependencies: ["JicengBase", "JicengLang", "JicengDomain", "JicengStore"],
            // Chart and percentage rounding use libm; a host that does not link Foundation must still link it.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        // Drives a store from other processes for the crash (SIGKILL) and concurrency tests.
        .executableTarget(name: "jiceng-store-stress", dependencies: ["JicengStore"]),
        .target(name: "JicengSample", dependencies: ["JicengBase", "JicengDomain"]),
        .systemLibrary(
            name: "CReadline",
            pkgConfig: nil,
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(name: "JicengConsole", dependencies: ["JicengBase", "JicengLang", "CReadline"]),
        .executableTarget(
            name: "jiceng",
            dependencies: [
                "JicengConsole", "JicengCommands", "JicengStore", "JicengSample",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets, built by scripts/fuzz with coverage, ASan and -D FUZZING (a
        // plain build gives each a main that says so); see docs/RELIABILITY.md.
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(name: "jiceng-fuzz-lang", dependencies: ["JicengCommands", "JicengLang", "JicengBase", "CLibFuzzer"]),
        .executableTarget(name: "jiceng-fuzz-store", dependencies: ["JicengStore", "JicengBase", "CLibFuzzer"]),
        // Prints docs/COMMANDS.md from the command registry.
        .executableTarget(name: "jiceng-docs", dependencies: ["JicengCommands"]),
        .testTarget(name: "JicengBaseTests", dependencies: ["JicengBase"]),
        .testTarget(name: "JicengLangTests", dependencies: ["JicengLang"]),
        .testTarget(name: "JicengDomainTests", dependencies: ["JicengDomain"]),
        .testTarget(name: "JicengCommandsTests", dependencies: ["JicengCommands", "JicengLang", "JicengDomain", "JicengStore", "JicengSample"]),
        .testTarget(name: "JicengStoreTests", dependencies: ["JicengStore"]),
        // Every tests/scripts/**/*.jc and examples/*.jc, checked against its `# expect` lines.
        .testTarget(name: "ScriptTests", dependencies: ["JicengLang", "JicengCommands"]),
        // The console over a toy engine, so the console is tested apart from the language.
        .target(name: "ConsoleTestSupport", dependencies: ["JicengConsole"], path: "Tests/ConsoleTestSupport"),
        .executableTarget(
            name: "jiceng-console-host", dependencies: ["ConsoleTestSupport", "JicengConsole"],
            path: "Tests/ConsoleTestHost"),
        .testTarget(
            name: "JicengConsoleTests", dependencies: ["JicengConsole", "ConsoleTestSupport"]),
        .testTarget(name: "JicengSampleTests", dependencies: ["JicengSample", "JicengDomain", "JicengStore"]),
    ]
)
