import JicengBase
import JicengDomain

/// Every message of CSV import and export — a file that cannot be read, a header, a bad
/// cell, the summary — in English and Chinese, each written once here.
enum ExchangeMessage: MessageText {
    // MARK: The file

    case noSuchFile
    case cannotBeRead
    case notText
    case textAfterClosingQuote
    case quoteNeverClosed
    case noHeaderRow
    /// `roster.csv:3: …`, `column 2 "x": …`: where a whole-file problem is.
    case inFile(String, line: Int?, Message)
    case inColumn(Int, String, Message)
    case derivedColumn(FieldName)
    case noSuchColumn(Kind, suggestion: String?)
    case sameFieldAs(Int, FieldName)

    // MARK: A row

    case fieldCount(Int, header: Int)
    case expectedWholeNumber
    case expectedDecimal
    case expectedYesNo
    case expectedDate
    case expectedMonth
    case expectedOneOf([ChoiceOption])
    case computedCell
    case noneNamed([Kind])
    case withSuggestion(Message, String)
    /// One problem of a row: `roster.csv:4: member "M9": idcard "…": … [idcard_checksum]`.
    case problem(file: String, line: Int, Kind, code: String?, field: FieldName?, value: String?, Message, rule: String)

    // MARK: What import and export say

    case imported(Int, Kind, file: String, encoding: String, skipped: Int)
    case nothingImported(bad: Int, of: Int, file: String, good: Int, Kind, advice: Bool)
    case skipped(Message)
    case fixTheRows
    case exported(Int, Kind, file: String)
    case nothingToExport
    case exportACollection
    case cannotWrite(String, String)

    func text(_ l: MessageLanguage) -> String {
        switch self {
        case .noSuchFile: l.pick("no such file", "文件不存在")
        case .cannotBeRead: l.pick("cannot be read", "无法读取")
        case .notText: l.pick("the file is neither UTF-8 nor GB18030/GBK text", "文件既不是 UTF-8 也不是 GB18030/GBK 文本")
        case .textAfterClosingQuote:
            l.pick("text after a closing quote; a quote inside a quoted field is written twice (\"\")",
                   "结束引号后面还有文字；带引号的单元格中，引号本身要写两遍（\"\"）")
        case .quoteNeverClosed: l.pick("a quoted field is never closed", "带引号的单元格没有结束引号")
        case .noHeaderRow: l.pick("no header row", "没有表头行")
        case .inFile(let file, let line, let m):
            l.pick("\(file)\(line.map { ":\($0)" } ?? ""): \(m.english)", "\(file)\(line.map { ":\($0)" } ?? "")：\(m.chinese)")
        case .inColumn(let n, let header, let m): l.pick("column \(n) \"\(header)\": \(m.english)", "第 \(n) 列 \"\(header)\"：\(m.chinese)")
        case .derivedColumn(let f):
            l.pick("\(f.name) (\(f.label)) is computed from other records and cannot be imported", "\(f.label)（\(f.name)）由其他记录计算得出，不能导入")
        case .noSuchColumn(let k, let near):
            l.pick("no \(k.name) field has this name" + (near.map { "; did you mean \"\($0)\"?" } ?? ""),
                   "\(k.label)没有这个字段" + (near.map { "；是不是要写 \"\($0)\"？" } ?? ""))
        case .sameFieldAs(let n, let f): l.pick("the same field as column \(n) (\(f.name))", "与第 \(n) 列是同一个字段（\(f.label)）")

        case .fieldCount(let n, let header): l.pick("the row has \(n) fields, the header \(header)", "这一行有 \(n) 列，表头有 \(header) 列")
        case .expectedWholeNumber: l.pick("expected a whole number", "应为整数")
        case .expectedDecimal: l.pick("expected a number such as 81.00", "应为数字，如 81.00")
        case .expectedYesNo: l.pick("expected yes or no (是/否)", "应为是或否（yes/no）")
        case .expectedDate: l.pick("expected a date such as 2025-03-15 (or 2025/3/15)", "应为日期，如 2025-03-15（或 2025/3/15）")
        case .expectedMonth: l.pick("expected a month such as 2025-03", "应为月份，如 2025-03")
        case .expectedOneOf(let options):
            l.pick("expected one of " + options.map { "\($0.value) (\($0.label))" }.joined(separator: ", "),
                   "应为以下之一：" + options.map { "\($0.label)（\($0.value)）" }.joined(separator: "、"))
        case .computedCell: l.pick("computed from other records", "由其他记录计算得出")
        case .noneNamed(let kinds):
            l.pick("no " + kinds.map(\.name).joined(separator: " or ") + " has this code or name",
                   "没有哪个" + kinds.map(\.label).joined(separator: "或") + "的编号或名称是这个")
        case .withSuggestion(let m, let s): l.pick("\(m.english); did you mean \"\(s)\"?", "\(m.chinese)；是不是要写 \"\(s)\"？")
        case .problem(let file, let line, let kind, let code, let field, let value, let m, let rule):
            Privacy.maskNumbers(in: l.pick(
                "\(file):\(line): \(kind.name)\(code.map { " \"\($0)\"" } ?? ""): "
                    + ExchangeMessage.issue(field?.name, value, m.english, rule, separator: ": "),
                "\(file):\(line)：\(kind.label)\(code.map { " \"\($0)\"" } ?? "")："
                    + ExchangeMessage.issue(field?.label, value, m.chinese, rule, separator: "：")))

        case .imported(let n, let kind, let file, let encoding, let skipped):
            l.pick("imported \(n) \(ExchangeMessage.noun(kind, n)) from \(file) (\(encoding))"
                       + (skipped == 0 ? "" : "; skipped \(skipped) bad row\(skipped == 1 ? "" : "s")"),
                   "已从 \(file)（\(encoding)）导入\(kind.label) \(n) 条" + (skipped == 0 ? "" : "；跳过有误的 \(skipped) 行"))
        case .nothingImported(let bad, let rows, let file, let good, let kind, let advice):
            l.pick("nothing imported: \(bad) of \(rows) row\(rows == 1 ? "" : "s") in \(file) \(bad == 1 ? "is" : "are") bad"
                       + " (\(good) good \(ExchangeMessage.noun(kind, good)))" + (advice ? "; fix them or use --skip-bad" : ""),
                   "未导入任何记录：\(file) 的 \(rows) 行中有 \(bad) 行有误（\(good) 行无误）" + (advice ? "；请改正，或使用 --skip-bad" : ""))
        case .skipped(let line): l.pick("skipped: " + line.english, "已跳过：" + line.chinese)
        case .fixTheRows: l.pick("fix the rows, or add skip_bad to import the good ones", "请改正这些行，或加上 skip_bad 只导入无误的行")
        case .exported(let n, let kind, let file):
            l.pick("exported \(n) \(ExchangeMessage.noun(kind, n)) to \(file)", "已导出\(kind.label) \(n) 条到 \(file)")
        case .nothingToExport:
            l.pick("nothing to export, and no kind of record to write the header for", "没有可导出的记录，也无法确定表头用哪类记录的字段")
        case .exportACollection:
            l.pick("export a collection or a query over one: export members where … to \"f.csv\"",
                   "请导出一个集合或对集合的查询：export members where … to \"f.csv\"")
        case .cannotWrite(let path, let why): l.pick("cannot write \(path): \(why)", "无法写入 \(path)：\(why)")
        }
    }

    /// `field "value": message [rule]`.
    static func issue(_ field: String?, _ value: String?, _ message: String, _ rule: String, separator: String) -> String {
        var s = field ?? ""
        if let value { s += (s.isEmpty ? "" : " ") + "\"\(value)\"" }
        return (s.isEmpty ? "" : s + separator) + message + " [\(rule)]"
    }

    /// `member`, `members`, `communities`, `points entries`.
    static func noun(_ kind: Kind, _ n: Int) -> String {
        n == 1 ? kind.name : KindWords.plural(kind).replacing("_", with: " ")
    }
}
