/// Who refers to each record of one kind. Built in bulk when a store loads, as one
/// packed array sliced per record (a city's millions of meeting attendees cost 8 bytes
/// each and no per-record allocation), with the changes made since kept beside it.
struct BackrefIndex {
    /// base[starts[i] ..< starts[i + 1]] refer to record i (as of the build).
    private var starts: ContiguousArray<Int32> = [0]
    private var base: ContiguousArray<Backref> = []
    /// References added since the build, per record.
    private var added: [Int32: ContiguousArray<Backref>] = [:]
    /// References of the base removed since the build, per record.
    private var removed: [Int32: ContiguousArray<Backref>] = [:]

    init() {}

    /// Builds from counts per record and a fill pass that calls `emit(record, backref)` for each reference.
    init(counts: UnsafeBufferPointer<Int32>, fill: ((Int32, Backref) -> Void) -> Void) {
        var starts = ContiguousArray<Int32>(repeating: 0, count: counts.count + 1)
        for i in 0..<counts.count { starts[i + 1] = starts[i] + counts[i] }
        let total = Int(starts[counts.count])
        let cursor = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(counts.count, 1))
        defer { cursor.deallocate() }
        for i in 0..<counts.count { cursor[i] = starts[i] }
        base = ContiguousArray(unsafeUninitializedCapacity: total) { buffer, initialized in
            fill { record, b in
                (buffer.baseAddress! + Int(cursor[Int(record)])).initialize(to: b)
                cursor[Int(record)] += 1
            }
            initialized = total
        }
        self.starts = starts
    }

    func references(to record: Int32) -> ContiguousArray<Backref> {
        var out: ContiguousArray<Backref> = []
        if Int(record) + 1 < starts.count {
            out = ContiguousArray(base[Int(starts[Int(record)])..<Int(starts[Int(record) + 1])])
        }
        if let gone = removed[record] {
            for b in gone { if let at = out.firstIndex(of: b) { out.remove(at: at) } }
        }
        if let more = added[record] { out += more }
        return out
    }

    mutating func add(_ b: Backref, to record: Int32) {
        added[record, default: []].append(b)
    }

    mutating func remove(_ b: Backref, from record: Int32) {
        if var more = added[record], let at = more.lastIndex(of: b) {
            more.remove(at: at)
            added[record] = more.isEmpty ? nil : more
        } else {
            removed[record, default: []].append(b)
        }
    }
}
