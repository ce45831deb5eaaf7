import Foundation

/// The words of one page seen so far, each a range of the page's lower-cased bytes. A word of
/// ASCII alone is kept as its range and compared byte for byte, with no string made for it: a
/// set of strings hashed and compared every word of every page. A word with other characters is
/// kept as a string, so that it is the same word as any canonically equal one, as a set of
/// strings has it (no other character is canonically equal to a lower-case ASCII letter, digit
/// or apostrophe, so the two kinds never meet).
struct WordsSeen {
    /// The page's bytes, lent for as long as this set is used: it lives inside the closure that lends them.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Open addressing: each slot holds a word's start and length, or a length of 0 when empty.
    private var starts: [Int32]
    private var lengths: [Int32]
    private var count = 0
    private var others = Set<String>()

    init(in bytes: UnsafeBufferPointer<UInt8>, capacity: Int = 1024) {
        self.bytes = bytes
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        starts = Array(repeating: 0, count: size)
        lengths = Array(repeating: 0, count: size)
    }

    /// Adds the word at `range`; true when it was not there before.
    mutating func insert(_ range: Range<Int>) -> Bool {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        guard word.allSatisfy({ $0 < 0x80 }) else { return others.insert(String(decoding: word, as: UTF8.self)).inserted }
        if (count + 1) * 2 > starts.count { grow() }
        let mask = starts.count - 1
        var slot = Self.hash(word) & mask
        while lengths[slot] != 0 {
            if Int(lengths[slot]) == word.count, Self.equal(word, UnsafeBufferPointer(rebasing: bytes[Int(starts[slot])..<Int(starts[slot]) + word.count])) {
                return false
            }
            slot = (slot + 1) & mask
        }
        starts[slot] = Int32(range.lowerBound)
        lengths[slot] = Int32(word.count)
        count += 1
        return true
    }

    private mutating func grow() {
        let oldStarts = starts
        let oldLengths = lengths
        starts = Array(repeating: 0, count: oldStarts.count * 2)
        lengths = Array(repeating: 0, count: oldStarts.count * 2)
        let mask = starts.count - 1
        for index in oldStarts.indices where oldLengths[index] != 0 {
            let start = Int(oldStarts[index])
            var slot = Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<start + Int(oldLengths[index])])) & mask
            while lengths[slot] != 0 { slot = (slot + 1) & mask }
            starts[slot] = oldStarts[index]
            lengths[slot] = oldLengths[index]
        }
    }

    /// FNV-1a: the words are a page's own, so no one chooses them to collide.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    private static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        first.count == second.count && (first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0)
    }
}
