@_spi(Store) import JicengDomain

/// Snapshot schema versions. A snapshot records the version it was written with;
/// older ones are read through the migrations below, newer ones are refused.
enum Migrations {
    /// The version this build writes.
    ///
    /// - 1: the first.
    /// - 2: members gained `probation_extended_on`, `probation_extended_to` and
    ///   `probation_extension_reason` (延长预备期). Nothing was renamed: a version 1
    ///   snapshot reads as it is. The version still changes, so a Jiceng that knows only
    ///   version 1 refuses a newer store as newer (upgrade), rather than as a snapshot
    ///   with fields it does not know (which reads as damage to repair by hand).
    static let currentSchema = 2

    /// Fields renamed between versions: a snapshot of version v reads `from` as `to`
    /// for every rename listed under versions v..<currentSchema. (Version 1 is the first.)
    static let renamedFields: [Int: [(kind: Kind, from: String, to: String)]] = [:]

    /// The current name of a field found in a snapshot of `version`, or nil if it is unknown.
    static func currentName(of name: String, in kind: Kind, fromVersion version: Int,
                            renames: [Int: [(kind: Kind, from: String, to: String)]] = renamedFields,
                            current: Int = currentSchema) -> String? {
        var name = name
        var found = false
        for v in version..<max(version, current) {
            for rename in renames[v] ?? [] where rename.kind == kind && rename.from == name {
                name = rename.to
                found = true
            }
        }
        return found ? name : nil
    }
}
