/// A value kept behind one reference, copied only when it is changed while shared.
///
/// The model's larger types (a meeting, its actions, a plan's actions, a tracked item) keep their
/// fields in one of these. They are copied far more often than changed: into lists of every
/// action, into pages' subjects, between builds of a session. Copying a struct of many texts and
/// lists retains each of them; copying one of these retains once, and two copies of one value
/// compare equal without looking inside.
struct CopyOnWrite<Value: Hashable & Sendable>: Hashable, Sendable {
    private var storage: Storage

    init(_ value: Value) {
        storage = Storage(value)
    }

    var value: Value {
        _read { yield storage.value }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.value) }
            yield &storage.value
        }
    }

    static func == (left: Self, right: Self) -> Bool {
        left.storage === right.storage || left.storage.value == right.storage.value
    }

    func hash(into hasher: inout Hasher) {
        storage.value.hash(into: &hasher)
    }

    // Sendable although its value is a `var`: it is changed only through `value`, which first
    // makes the storage this copy's alone, so no two threads ever share storage that changes.
    private final class Storage: @unchecked Sendable {
        var value: Value

        init(_ value: Value) {
            self.value = value
        }
    }
}
