import JicengBase
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JicengDomain

/// `import members from "roster.csv"`: reads a CSV file (UTF-8 or GB18030, with or
/// without a byte order mark, headers in English or Chinese) and inserts one record
/// per row through the model's validating funnel. Every bad row is reported with its
/// line and reasons; unless `skipBad`, one bad row means nothing is imported. The
/// rows go into the database as one group of changes, which the caller commits to the
/// store as one commit (or drops, for a dry run).
public enum CSVImport {
    public static func run(_ kind: Kind, path: String, into db: Database, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, message: Message(FileManager.default.fileExists(atPath: path) ? ExchangeMessage.cannotBeRead : .noSuchFile))
        }
        return try run(kind, bytes: [UInt8](data), file: path, into: db, options: options)
    }

    public static func run(_ kind: Kind, bytes: [UInt8], file: String, into db: Database,
                           options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportReport {
        guard let (text, encoding) = CSVTextDecoder.decode(bytes) else { throw .encoding(file: file) }
        let records: [CSVRecord]
        do { records = try CSVReader.records(text) } catch { throw .syntax(file: file, line: error.line, message: error.message) }
        guard let header = records.first else { throw .empty(file: file) }
        let columns = try ImportColumns(header: header.fields, kind: kind)
        let rows = Array(records.dropFirst())

        let command = db.currentCommand
        db.currentCommand = "import \(kind.name)s"
        defer { db.currentCommand = command }
        db.begin()
        var imported: [EntityRef] = []
        var rejected: [RejectedRow] = []
        // Rows referring to a record of their own kind later in the file (an org's parent)
        // wait and are tried again once the others are in.
        var waiting: [(row: CSVRecord, issues: [ImportIssue])] = []
        for row in rows {
            switch importRow(row, kind: kind, columns: columns, db: db) {
            case .success(let ref): imported.append(ref)
            case .failure(let failure) where failure.forwardReference: waiting.append((row, failure.issues))
            case .failure(let failure): rejected.append(RejectedRow(line: row.line, code: code(of: row, columns), issues: failure.issues))
            }
        }
        var progress = true
        while progress, !waiting.isEmpty {
            progress = false
            var still: [(row: CSVRecord, issues: [ImportIssue])] = []
            for (row, _) in waiting {
                switch importRow(row, kind: kind, columns: columns, db: db) {
                case .success(let ref): imported.append(ref); progress = true
                case .failure(let failure): still.append((row, failure.issues))
                }
            }
            waiting = still
        }
        rejected += waiting.map { RejectedRow(line: $0.row.line, code: code(of: $0.row, columns), issues: $0.issues) }
        rejected.sort { $0.line < $1.line }

        let applied = rejected.isEmpty || options.skipBad
        if applied { db.commit() } else { db.rollback() }
        return ImportReport(kind: kind, file: file, encoding: encoding, rowsRead: rows.count, goodRows: imported.count,
                            imported: applied ? imported : [], rejected: rejected, applied: applied)
    }

    struct RowFailure: Error {
        let issues: [ImportIssue]
        /// Every problem is a reference to a record of the imported kind that does not exist yet.
        let forwardReference: Bool
    }

    /// Reads the row's cells, resolves its references and inserts it; a refused row leaves no trace.
    private static func importRow(_ row: CSVRecord, kind: Kind, columns: ImportColumns, db: Database) -> Result<EntityRef, RowFailure> {
        let infos = Schema.fields(of: kind)
        guard row.fields.count == columns.fields.count else {
            return .failure(RowFailure(issues: [ImportIssue(field: nil, value: nil, rule: "columns",
                                                            message: Message(ExchangeMessage.fieldCount(row.fields.count, header: columns.fields.count)))],
                                       forwardReference: false))
        }
        var values: [Int: DomainValue] = [:]
        var issues: [ImportIssue] = []
        var forward = true
        for (cell, index) in zip(row.fields, columns.fields) {
            let info = infos[index]
            do {
                guard let value = try CellParser.value(cell, as: info.type) else { continue }
                values[index] = try ImportReferences.resolve(value, type: info.type, field: info.name, in: db)
            } catch let problem as CellParser.Problem {
                issues.append(ImportIssue(field: info.name, value: shown(cell, info), rule: "value", message: Message(problem.message)))
                forward = false
            } catch let missing as ImportReferences.Unknown {
                issues.append(ImportIssue(field: info.name, value: shown(missing.text, info), rule: missing.rule, message: missing.message))
                if missing.kind != kind || missing.rule != "unknown" { forward = false }
            } catch {
                issues.append(ImportIssue(field: info.name, value: shown(cell, info), rule: "value", message: Message(verbatim: "\(error)")))
                forward = false
            }
        }
        guard issues.isEmpty else {
            let others = otherViolations(kind, values, besides: issues, db: db)
            return .failure(RowFailure(issues: issues + others, forwardReference: forward && others.isEmpty))
        }
        db.begin()
        do {
            let ref = try db.insert(kind, values)
            db.commit()
            return .success(ref)
        } catch let rejected as ChangeRejected {
            db.rollback()
            let issues = rejected.violations.map { v in
                ImportIssue(field: v.field, value: v.value, rule: v.rule,
                            message: rejected.suggestion.map { Message(ExchangeMessage.withSuggestion(v.message, $0)) } ?? v.message)
            }
            return .failure(RowFailure(issues: issues, forwardReference: false))
        } catch {
            db.rollback()
            return .failure(RowFailure(issues: [ImportIssue(field: nil, value: nil, rule: "error", message: Message(verbatim: "\(error)"))], forwardReference: false))
        }
    }

    /// The model's verdict on the rest of a row whose cells already failed, so one pass
    /// over the file shows everything wrong with it (a bad branch and a bad ID number).
    private static func otherViolations(_ kind: Kind, _ values: [Int: DomainValue], besides issues: [ImportIssue], db: Database) -> [ImportIssue] {
        let failed = Set(issues.compactMap(\.field))
        db.begin()
        defer { db.rollback() }
        do {
            _ = try db.insert(kind, values)
            return []
        } catch let rejected as ChangeRejected {
            return rejected.violations.filter { !failed.contains($0.field ?? "") }.map {
                ImportIssue(field: $0.field, value: $0.value, rule: $0.rule, message: $0.message)
            }
        } catch {
            return []
        }
    }

    private static func code(of row: CSVRecord, _ columns: ImportColumns) -> String? {
        guard let at = columns.fields.firstIndex(of: 0), at < row.fields.count else { return nil }
        let code = row.fields[at].trimmingSpaces
        return code.isEmpty ? nil : code
    }

    /// The value as the report may show it: ID and phone numbers masked.
    private static func shown(_ text: String, _ info: FieldInfo) -> String {
        info.personal ? Privacy.mask(field: info.name, text.trimmingSpaces) : text.trimmingSpaces
    }
}
