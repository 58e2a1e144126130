import JicengBase
import JicengDomain

/// Identity numbers and phone numbers that pass the checks real ones pass.
enum SampleIdentity {
    /// Region codes (digits 1–6) of the sample city's districts: a provincial capital's 62 01 xx.
    static let cityRegion = "6201"
    /// Region codes of members who moved in from elsewhere (流入党员).
    static let otherRegions = ["610103", "620502", "110105", "440305", "320106", "510107", "621102", "640104"]
    static let mobilePrefixes = ["13", "15", "17", "18", "19"]

    /// A GB 11643 number: region, birth date, a sequence whose last digit is odd for men;
    /// one no one in `taken` has (each person is one record), then added to it.
    static func idcard(region: String, born: Day, gender: Gender, using rng: inout SplitMix64, taken: inout Set<String>) -> String {
        var sequence = rng.int(0...499) * 2 + (gender == .male ? 1 : 0)
        let c = born.components
        let prefix = region + padded(c.year, 4) + padded(c.month, 2) + padded(c.day, 2)
        func number() -> String {
            let first17 = prefix + padded(sequence, 3)
            return first17 + String(IDCard.checkCharacter(forFirst17: first17)!)
        }
        // Taken: the next sequence of the same parity, drawing nothing, so the rest of the city stays as it was.
        var candidate = number()
        var tries = 1
        while !taken.insert(candidate).inserted, tries < sequencesPerGender {
            sequence = (sequence + 2) % 1000
            candidate = number()
            tries += 1
        }
        return candidate
    }

    /// Sequence numbers (digits 15–17) of one parity for one region and birth date.
    static let sequencesPerGender = 500

    static func districtRegion(_ district: Int) -> String { cityRegion + padded(district + 2, 2) }

    static func phone(using rng: inout SplitMix64) -> String {
        rng.pick(mobilePrefixes) + String(rng.int(0...9)) + padded(rng.int(0...99_999_999), 8)
    }

    /// Zero-padded decimal digits (JicengBase keeps its own helper internal).
    static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
