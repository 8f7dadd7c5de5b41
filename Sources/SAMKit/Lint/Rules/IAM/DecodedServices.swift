import Glibc

/// The IAM services decoded so far, kept for the whole process and shared by the threads
/// that check templates in parallel, behind a lock.
final class DecodedServices: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var services: [String: [IAMActions.Action]] = [:]

    init() {
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    func value(for service: String) -> [IAMActions.Action]? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return services[service]
    }

    func store(_ actions: [IAMActions.Action], for service: String) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        services[service] = actions
    }
}
