/// The closures for binary operators. Each handles int ⊕ int inline (the common case in
/// loops and counters) and leaves everything else to `Arithmetic` / `Value.compare`,
/// locating any error at the operator's expression.
struct ArithmeticBuilder: ValueOperatorBuilder {
    let op: BinaryOperator
    let site: Site

    func build<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> Eval {
        let site = site
        switch op {
        case .add:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b {
                    let (s, o) = x.addingReportingOverflow(y)
                    if _fastPath(!o) { return .int(s) }
                }
                do { return try Arithmetic.add(a, b) } catch { throw site.locate(error) }
            }
        case .subtract:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b {
                    let (s, o) = x.subtractingReportingOverflow(y)
                    if _fastPath(!o) { return .int(s) }
                }
                do { return try Arithmetic.subtract(a, b) } catch { throw site.locate(error) }
            }
        case .multiply:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b {
                    let (s, o) = x.multipliedReportingOverflow(by: y)
                    if _fastPath(!o) { return .int(s) }
                }
                do { return try Arithmetic.multiply(a, b) } catch { throw site.locate(error) }
            }
        case .remainder:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b, y > 0 {
                    let m = x % y
                    return .int(m < 0 ? m + y : m)
                }
                do { return try Arithmetic.remainder(a, b) } catch { throw site.locate(error) }
            }
        default:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                do { return try Arithmetic.divide(a, b) } catch { throw site.locate(error) }
            }
        }
    }
}

/// `== != < <= > >=` as tests (Bool, not Value), so `if i % 3 == 0` boxes nothing.
struct ComparisonBuilder: TestOperatorBuilder {
    let op: BinaryOperator
    let site: Site

    func build<L: OperandReader, R: OperandReader>(_ l: L, _ r: R) -> Test {
        let site = site
        switch op {
        case .equal:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b { return x == y }
                return a == b
            }
        case .notEqual:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b { return x != y }
                return a != b
            }
        case .less:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b { return x < y }
                return try site.compare(a, b) < 0
            }
        case .lessEqual:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b { return x <= y }
                return try site.compare(a, b) <= 0
            }
        case .greater:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b { return x > y }
                return try site.compare(a, b) > 0
            }
        default:
            return { f in
                let a = try l.read(f), b = try r.read(f)
                if case .int(let x) = a, case .int(let y) = b { return x >= y }
                return try site.compare(a, b) >= 0
            }
        }
    }
}

extension Site {
    func compare(_ a: Value, _ b: Value) throws -> Int {
        do { return try Value.compare(a, b) } catch { throw locate(error) }
    }
}
