/// Ids of the diagnostics the domain's commands report (E06xx), next to the engine's
/// E01xx–E05xx, so tests and docs can name them.
public enum BridgeErrorID {
    /// A change the model refused: a rule of the work (ID number, joining age, …).
    public static let ruleViolated = "E0601"
    /// No record of the kind has this code or name.
    public static let unknownRecord = "E0602"
    /// Several records have this name; a code is needed.
    public static let ambiguousName = "E0603"
    /// The kind has no such field (`add`, `set`).
    public static let unknownField = "E0604"
    /// An argument of the wrong type for its slot or field.
    public static let badArgument = "E0605"
    /// The store could not be read or written.
    public static let storeFailed = "E0606"
    /// `undo` with nothing to undo, `history` without a store, and the like.
    public static let notAvailable = "E0607"
}
