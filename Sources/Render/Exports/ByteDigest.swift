/// A digest of an `Encodable` value as it would be written: every key and value fed to a
/// `Hasher`, text by its bytes. Two values with one digest are (but for a collision) written to
/// the same bytes; Swift's own `Hashable` counts two spellings of "é" as one, which an export
/// writes differently.
enum ByteDigest {
    /// Nil for a value that fails to encode: a file made from it is never taken as it was.
    static func of(_ value: some Encodable) -> Int? {
        let encoder = DigestEncoder()
        guard (try? value.encode(to: encoder)) != nil else { return nil }
        return encoder.state.hasher.finalize()
    }
}

private final class DigestState {
    var hasher = Hasher()

    func combine(_ text: String) { hasher.combine(bytesOf: text) }

    /// Marks where a container or a missing value is, so that `["a"], "b"` and `["a", "b"]` differ.
    func mark(_ tag: UInt8) { hasher.combine(tag) }
}

private struct DigestEncoder: Encoder {
    var state = DigestState()
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        state.mark(1)
        return KeyedEncodingContainer(KeyedDigest<Key>(state: state))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        state.mark(2)
        return UnkeyedDigest(state: state)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleDigest(state: state) }
}

private struct KeyedDigest<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: DigestState
    var codingPath: [any CodingKey] = []

    mutating func encodeNil(forKey key: Key) throws {
        state.combine(key.stringValue)
        state.mark(0)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        state.combine(key.stringValue)
        try value.encode(to: DigestEncoder(state: state))
    }

    // The commonest values, handed straight to a `SingleDigest` (which says how each is fed)
    // instead of through an encoder and a container for each: an export's records are mostly
    // texts and numbers.
    mutating func encode(_ value: String, forKey key: Key) throws {
        var digest = single(key)
        try digest.encode(value)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        var digest = single(key)
        try digest.encode(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        var digest = single(key)
        try digest.encode(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        var digest = single(key)
        try digest.encode(value)
    }

    private func single(_ key: Key) -> SingleDigest {
        state.combine(key.stringValue)
        return SingleDigest(state: state)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        state.combine(key.stringValue)
        return DigestEncoder(state: state).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        state.combine(key.stringValue)
        return DigestEncoder(state: state).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { DigestEncoder(state: state) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { DigestEncoder(state: state) }
}

private struct UnkeyedDigest: UnkeyedEncodingContainer {
    let state: DigestState
    var codingPath: [any CodingKey] = []
    var count = 0

    mutating func encodeNil() throws {
        count += 1
        state.mark(0)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        state.mark(3)
        try value.encode(to: DigestEncoder(state: state))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return DigestEncoder(state: state).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return DigestEncoder(state: state).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { DigestEncoder(state: state) }
}

private struct SingleDigest: SingleValueEncodingContainer {
    let state: DigestState
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() throws { state.mark(0) }
    mutating func encode(_ value: Bool) throws { state.mark(value ? 5 : 6) }
    mutating func encode(_ value: String) throws {
        state.mark(4)
        state.combine(value)
    }
    mutating func encode(_ value: Double) throws { state.hasher.combine(value.bitPattern) }
    mutating func encode(_ value: Float) throws { state.hasher.combine(value.bitPattern) }
    mutating func encode(_ value: Int) throws { state.hasher.combine(value) }
    mutating func encode(_ value: Int8) throws { state.hasher.combine(value) }
    mutating func encode(_ value: Int16) throws { state.hasher.combine(value) }
    mutating func encode(_ value: Int32) throws { state.hasher.combine(value) }
    mutating func encode(_ value: Int64) throws { state.hasher.combine(value) }
    mutating func encode(_ value: UInt) throws { state.hasher.combine(value) }
    mutating func encode(_ value: UInt8) throws { state.hasher.combine(value) }
    mutating func encode(_ value: UInt16) throws { state.hasher.combine(value) }
    mutating func encode(_ value: UInt32) throws { state.hasher.combine(value) }
    mutating func encode(_ value: UInt64) throws { state.hasher.combine(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: DigestEncoder(state: state)) }
}
