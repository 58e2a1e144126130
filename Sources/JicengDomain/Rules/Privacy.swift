/// Masks personal data (idcard, phone) for output: only enough is shown to tell
/// records apart, as the audit trail and every report must.
public enum Privacy {
    /// Characters kept at each end of an identity number (region and check digits).
    static let idcardKeep = (head: 6, tail: 4)
    /// Characters kept at each end of a phone number (carrier prefix and last four).
    static let phoneKeep = (head: 3, tail: 4)

    /// 110105********002X
    public static func maskIDCard(_ s: String) -> String { mask(s, keep: idcardKeep) }
    /// 139****0000
    public static func maskPhone(_ s: String) -> String { mask(s, keep: phoneKeep) }

    /// Masks a value of a personal field by its name; other text passes through.
    public static func mask(field: String, _ value: String) -> String {
        switch field {
        case "idcard": maskIDCard(value)
        case "phone": maskPhone(value)
        case "address", "requester": value.isEmpty ? value : String(value.prefix(max(1, value.count / 3))) + "***"
        default: value
        }
    }

    static func mask(_ s: String, keep: (head: Int, tail: Int)) -> String {
        let chars = Array(s)
        guard chars.count > keep.head + keep.tail else { return String(repeating: "*", count: chars.count) }
        return String(chars[..<keep.head]) + String(repeating: "*", count: chars.count - keep.head - keep.tail)
            + String(chars[(chars.count - keep.tail)...])
    }
}
