import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JicengBase
import JicengDomain
import JicengSample
import JicengStore

/// `jiceng sample city`: a realistic city for demos, teaching and benchmarks.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Make sample data for demos, teaching and benchmarks.",
        subcommands: [SampleCityCommand.self])
}

struct SampleCityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "city",
        abstract: "Write a generated city into a new store (the same seed always gives the same city).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Members in the city; streets, communities, organisations and records scale with it.")
    var members = 50_000

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    @Flag(help: "Replace the contents of a store that already holds records.")
    var force = false

    func validate() throws {
        guard members > 0 else { throw ValidationError("--members must be positive") }
    }

    func run() throws {
        let day = global.day // the city's year of records ends on it (--today pins it)
        let folder = StoreAccess.folder(global)
        let (store, existing) = try StoreAccess.open(global, today: day)
        let held = Kind.allCases.reduce(0) { $0 + existing.table($1).count }
        if held > 0, !force {
            throw StoreAccess.fail(global, Message(CLIMessage.storeHoldsRecords(folder: folder, records: held)))
        }
        let clock = ContinuousClock()
        let start = clock.now
        let city = try SampleCity.generate(members: members, seed: seed, today: day)
        let generated = clock.now - start
        do {
            try store.checkpoint(city)
        } catch {
            throw StoreAccess.fail(global, error)
        }
        let written = clock.now - start - generated
        let l = global.messageLanguage
        print(CLIMessage.sampleWritten(seed: seed, upTo: day, folder: folder).text(l))
        for kind in Kind.allCases {
            let n = city.table(kind).count
            print("  " + kind.name.rightPadded(11) + String(n).leftPadded(8) + "  " + kind.label)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + FileStore.snapshotName)[.size] as? Int) ?? nil
        print(CLIMessage.sampleTimes(generated: seconds(generated), written: seconds(written), snapshot: size.map(megabytes)).text(l))
    }

    private func seconds(_ d: Duration) -> String {
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        return "\(ms / 1000).\(String(ms % 1000).leftPadded(3, with: "0")) s"
    }

    private func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }

    func rightPadded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
