/// The order in which Python 2.7's `dict` iterates its keys, worked out by replaying the slot
/// table that CPython 2.7 keeps.
///
/// The reference transform hashes the text of Python dictionaries to name API deployments, and
/// its dictionaries imitate Python 2.7 so that the names stayed the same when it moved to
/// Python 3. In Python 2.7 the iteration order depends on each key's hash and on the history of
/// inserts, deletes and resizes, so this type replays that history: open addressing with the
/// same probe sequence, dummy slots for deleted keys, and a resize when two thirds are filled.
/// Only string keys are modelled; the reference's API definitions have no other.
struct Py27KeyOrder: Sendable, Equatable {
    private enum Slot: Sendable, Equatable {
        /// A key with its hash, kept so that resizes and copies need not hash it again.
        case key(String, hash: UInt64)
        case deleted

        func holds(_ key: String, hash: UInt64) -> Bool {
            guard case .key(let held, let heldHash) = self else { return false }
            return heldHash == hash && held == key
        }
    }

    /// The table, `mask + 1` slots, `nil` where CPython's slot is empty.
    private var slots: [Slot?] = Array(repeating: nil, count: 8)
    /// Keys present (CPython's `ma_used`).
    private var size = 0
    /// Keys present plus deleted slots (CPython's `ma_fill`).
    private var fill = 0
    private var mask = 7

    init() {}

    /// Python 2.7's hash of a string, as the unsigned bit pattern the slot index is taken from.
    static func hash(_ key: String) -> UInt64 {
        guard let first = key.unicodeScalars.first else { return 0 }
        var value = UInt64(first.value) << 7
        var count: UInt64 = 0
        for scalar in key.unicodeScalars {
            value = (1_000_003 &* value) ^ UInt64(scalar.value)
            count += 1
        }
        value ^= count
        return value
    }

    /// The keys in iteration order: the order of their slots.
    var keys: [String] {
        var result: [String] = []
        result.reserveCapacity(size)
        for slot in slots {
            if case .key(let key, _) = slot { result.append(key) }
        }
        return result
    }

    /// The keys with their hashes, in iteration order.
    private var hashedKeys: [(key: String, hash: UInt64)] {
        var result: [(key: String, hash: UInt64)] = []
        result.reserveCapacity(size)
        for slot in slots {
            if case .key(let key, let hash) = slot { result.append((key, hash)) }
        }
        return result
    }

    private func slotIndex(of key: String, hash: UInt64) -> Int {
        var index = Int(hash & UInt64(mask))
        guard let first = slots[index], !first.holds(key, hash: hash) else { return index }
        var free: Int? = first == .deleted ? index : nil
        var walker = UInt64(index)
        var perturb = hash
        while let slot = slots[index], !slot.holds(key, hash: hash) {
            walker = (walker << 2) &+ walker &+ perturb &+ 1
            index = Int(walker & UInt64(mask))
            guard let next = slots[index] else { return free ?? index }
            if next.holds(key, hash: hash) { return index }
            if free == nil, next == .deleted { free = index }
            perturb >>= 5
        }
        return index
    }

    mutating func add(_ key: String) {
        add(key, hash: Self.hash(key))
    }

    private mutating func add(_ key: String, hash: UInt64) {
        let startSize = size
        let index = slotIndex(of: key, hash: hash)
        switch slots[index] {
        case nil:
            size += 1
            fill += 1
            slots[index] = .key(key, hash: hash)
        case .deleted:
            size += 1
            slots[index] = .key(key, hash: hash)
        case .key:
            slots[index] = .key(key, hash: hash)
        }
        if size > startSize, fill * 3 >= (mask + 1) * 2 {
            resize(to: size * (size > 50_000 ? 2 : 4))
        }
    }

    mutating func remove(_ key: String) {
        let index = slotIndex(of: key, hash: Self.hash(key))
        if case .key = slots[index] {
            slots[index] = .deleted
            size -= 1
        }
    }

    /// Adds `other` as `dict.update(another_dict)` does, which first grows the table for all
    /// of them at once.
    mutating func merge(_ other: [String]) {
        guard !other.isEmpty else { return }
        if (fill + other.count) * 3 >= (mask + 1) * 2 { resize(to: (size + other.count) * 2) }
        for key in other { add(key) }
    }

    private mutating func resize(to request: Int) {
        var newSize = 8
        while newSize <= request { newSize <<= 1 }
        mask = newSize - 1
        let old = hashedKeys
        slots = Array(repeating: nil, count: newSize)
        fill = 0
        size = 0
        for (key, hash) in old { add(key, hash: hash) }
    }

    /// The order `dict.copy()` gives: the keys merged into a new table.
    func copied() -> Py27KeyOrder {
        var copy = Py27KeyOrder()
        copy.merge(keys)
        return copy
    }

    /// The order `copy.deepcopy` gives: the keys added one by one to a new table.
    func deepCopied() -> Py27KeyOrder {
        var copy = Py27KeyOrder()
        for (key, hash) in hashedKeys { copy.add(key, hash: hash) }
        return copy
    }
}
