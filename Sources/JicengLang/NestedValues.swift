#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Freeing deeply nested values without deep recursion.
///
/// A list holding a list holding a list … (a script builds one 100,000 deep with
/// `l = [l]` in a loop) would be freed by Swift one level per nested release call, and
/// at some depth that overflows the native stack and kills the process. So a list or
/// record that holds other lists or records hands them to its thread's release queue:
/// the outermost one frees the queue in a loop, and a box freed inside that loop only
/// adds its own items to the queue instead of freeing them there and then.
enum NestedValues {
    /// The values waiting to be released on one thread, and whether a loop is draining them.
    final class Queue {
        var values = ContiguousArray<Value>()
        var draining = false
    }

    /// Each thread's queue (an interpreter runs on one thread at a time, several may run at once).
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        #if canImport(Glibc)
        pthread_key_create(&key) { p in p.map { Unmanaged<Queue>.fromOpaque($0).release() } }
        #else
        pthread_key_create(&key) { p in Unmanaged<Queue>.fromOpaque(p).release() }
        #endif
        return key
    }()

    private static var queue: Queue {
        if let p = pthread_getspecific(key) { return Unmanaged<Queue>.fromOpaque(p).takeUnretainedValue() }
        let q = Queue()
        pthread_setspecific(key, Unmanaged.passRetained(q).toOpaque())
        return q
    }

    static func release(_ items: inout ContiguousArray<Value>) {
        let q = queue
        q.values.append(contentsOf: items)
        items = []
        guard !q.draining else { return } // an outer loop frees them
        q.draining = true
        while !q.values.isEmpty {
            _ = q.values.removeLast() // may free a box, which queues its own items
        }
        q.values = []
        q.draining = false
    }
}

extension Value {
    /// A list or a record: a value that holds other values.
    var isContainer: Bool {
        switch self {
        case .list, .record: true
        default: false
        }
    }
}
