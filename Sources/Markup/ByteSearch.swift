#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// True when the two texts are the same bytes in UTF-8: Swift's `==` counts two spellings
    /// of "é" as one, where a page shows each as written. Compared with `memcmp`, since it runs
    /// for every text of every page a session checks again.
    public func hasSameBytes(as other: String) -> Bool {
        var one = self
        var other = other
        return one.withUTF8 { first in
            other.withUTF8 { second in
                guard first.count == second.count else { return false }
                guard let a = first.baseAddress, let b = second.baseAddress, a != b else { return true }
                return memcmp(a, b, first.count) == 0
            }
        }
    }
}

extension StringProtocol {
    /// True when `needle` occurs in the text, compared byte for byte in UTF-8. Foundation's
    /// `contains` goes through NSString; this is for checks made on every text of every page,
    /// so it searches the string's own bytes, with the C library's `memchr` for the first byte.
    public func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            guard !needleBytes.isEmpty else { return true }
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.offset(of: needleBytes, in: $0) != nil }) {
                return found
            }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.offset(of: needleBytes, in: $0) != nil }
        }
    }
}

public enum ByteSearch {
    /// Where `needle` first occurs in `haystack` at or after `start`, with the C library's
    /// `memchr` for its first byte and `memcmp` for the rest.
    public static func offset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = haystack.baseAddress, let first = needle.first, start >= 0, haystack.count - start >= needle.count else { return nil }
        let lastStart = haystack.count - needle.count
        var offset = start
        while offset <= lastStart {
            guard let found = memchr(base + offset, Int32(first), lastStart - offset + 1) else { return nil }
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return at }
            offset = at + 1
        }
        return nil
    }
}
