import JicengBase
import JicengDomain

/// What the subcommands that work on the store directly (import, export, sample) say,
/// in English and Chinese, each written once here.
enum CLIMessage: MessageText {
    case error(String)
    case warning(String)
    case dryRunWouldImport(Int, Kind, file: String, encoding: String)
    case exported(Int, Kind, file: String)
    case cannotWrite(String, reason: String)
    case storeHoldsRecords(folder: String, records: Int)
    case sampleWritten(seed: UInt64, upTo: Day, folder: String)
    case sampleTimes(generated: String, written: String, snapshot: String?)

    func text(_ l: MessageLanguage) -> String {
        switch self {
        case .error(let text): l.pick("error: " + text, "错误：" + text)
        case .warning(let text): l.pick("warning: " + text, "警告：" + text)
        case .dryRunWouldImport(let n, let kind, let file, let encoding):
            l.pick("dry run: would import \(n) \(kind.name)\(n == 1 ? "" : "s") from \(file) (\(encoding))",
                   "试运行：将从 \(file)（\(encoding)）导入\(kind.label) \(n) 条（未写入）")
        case .exported(let n, let kind, let file):
            l.pick("exported \(n) \(kind.name)\(n == 1 ? "" : "s") to \(file)", "已导出\(kind.label) \(n) 条到 \(file)")
        case .cannotWrite(let file, let reason):
            l.pick("\(file): cannot be written (\(reason))", "\(file)：无法写入（\(reason)）")
        case .storeHoldsRecords(let folder, let n):
            l.pick("the store \(folder) already holds \(n) records; use --force to replace them, or another --store",
                   "数据存储 \(folder) 已有 \(n) 条记录；要替换请加 --force，或换一个 --store")
        case .sampleWritten(let seed, let day, let folder):
            l.pick("sample city (seed \(seed), up to \(day)) written to \(folder):",
                   "示例城市（种子 \(seed)，数据截至 \(day)）已写入 \(folder)：")
        case .sampleTimes(let generated, let written, let snapshot):
            l.pick("generated in \(generated), written in \(written)" + (snapshot.map { ", snapshot \($0)" } ?? ""),
                   "生成用时 \(generated)，写入用时 \(written)" + (snapshot.map { "，数据快照 \($0)" } ?? ""))
        }
    }
}
