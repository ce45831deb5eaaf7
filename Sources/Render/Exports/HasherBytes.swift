extension Hasher {
    /// Feeds `text` as its UTF-8 bytes (with their count), not as a `String` hashes itself:
    /// a String's hash is the same for two spellings of "é", which are written differently.
    /// Hashing the bytes also skips the Unicode normalisation a String's own hash does.
    mutating func combine(bytesOf text: String) {
        combine(text.utf8.count)
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in text.utf8 { combine(byte) } }
    }
}
