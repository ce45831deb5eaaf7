import Foundation

/// The search index in parts, so that the search page of a large site loads only what a query
/// needs: a small script naming the parts (`search/search-index.js`), the pages of each word by
/// its first two letters (`search/words-ab.js`), and the pages' titles and opening text a hundred
/// at a time (`search/pages-3.js`). Every part is a classic script, which a page opened from a
/// folder may load (a fetch of a JSON file it may not).
///
/// A word is found by its beginning: "retro" finds "retrofit". Words are folded as the search
/// script folds a query (lower case, accents dropped, curly apostrophes straight), and split
/// the same way, so both sides agree on every word and on the part it is in.
struct SearchShards: Sendable {
    static let pagesPerChunk = 100

    /// The pages found by search, in title order: a page's number in every part is its place here.
    private(set) var entries: [SearchIndex.Entry]
    /// By part key (a word's first two UTF-16 units): each word, and its pages as
    /// `number << 1 | inTitle`, ascending.
    private var postings: [[UInt16]: [String: [UInt32]]] = [:]
    /// In a session (`keptFiles`): the bytes of each words part by key and of each pages part,
    /// made again after `replace` only where it changed them.
    private var keptWords: [[UInt16]: [UInt8]] = [:]
    private var keptPages: [Int: OutputFile] = [:]
    /// In a session (`replace`): each page's number by its address, made at the first change.
    private var numberByAddress: [String: Int]?

    init(_ unordered: [SearchIndex.Entry]) {
        var collector = Collector()
        for entry in unordered { collector.add(entry) }
        self.init(consume collector)
    }

    /// The index of the pages a `Collector` was given. Each word's pages are gathered by the
    /// word's number, then filed under its part once, rather than looked up for every page.
    /// Each page's words are let go of as they are gathered: on a large site the two lists
    /// together were the peak of the build.
    init(_ collected: consuming Collector) {
        let order = collected.pages.indices.sorted {
            (collected.pages[$0].folded, collected.pages[$0].entry.u) < (collected.pages[$1].folded, collected.pages[$1].entry.u)
        }
        entries = order.map { collected.pages[$0].entry }
        var pagesOfWord = [[UInt32]](repeating: [], count: collected.words.count)
        for (number, index) in order.enumerated() {
            for posting in collected.pages[index].words {
                pagesOfWord[Int(posting >> 1)].append(UInt32(number) << 1 | posting & 1)
            }
            collected.pages[index].words = []
        }
        for (number, word) in collected.words.enumerated() {
            postings[Self.key(of: word), default: [:]][word] = pagesOfWord[number]
        }
    }

    /// The pages of a large site as they are rendered, each kept as its entry and the numbers of
    /// its words in one shared list: the words of every page of a site of 100,000 notes, kept
    /// as text until the end, were the largest thing a build held.
    struct Collector {
        fileprivate var pages: [(entry: SearchIndex.Entry, folded: String, words: [UInt32])] = []
        fileprivate var words: [String] = []
        private var numbers: [String: UInt32] = [:]
        /// Whether entries keep their words (`w`), which `replace` needs; a build that is not
        /// kept drops them.
        private let keepingWords: Bool

        init(keepingWords: Bool = true) { self.keepingWords = keepingWords }

        mutating func add(_ entry: SearchIndex.Entry) {
            add(entry, words: SearchShards.pageWords(entry))
        }

        /// `words`: the entry's `pageWords`, found beforehand (as pages are rendered, on all cores).
        mutating func add(_ entry: SearchIndex.Entry, words found: [String: Bool]) {
            var postings: [UInt32] = []
            postings.reserveCapacity(found.count)
            for (word, inTitle) in found {
                let number: UInt32
                if let known = numbers[word] {
                    number = known
                } else {
                    number = UInt32(words.count)
                    numbers[word] = number
                    words.append(word)
                }
                postings.append(number << 1 | (inTitle ? 1 : 0))
            }
            var kept = entry
            if !keepingWords { kept.w = "" }
            pages.append((kept, SearchShards.fold(entry.t), postings))
        }
    }

    // MARK: Words

    /// As the search script folds a query: lower case, decomposed, without the combining accents
    /// U+0300 to U+036F, curly apostrophes straight.
    static func fold(_ text: String) -> String {
        // Most text is ASCII, which needs lower case alone.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x300...0x36F: continue
            case 0x2018, 0x2019: scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Letters, digits and apostrophes: ASCII ones, and any other character but spaces and the
    /// punctuation of Latin-1, of General Punctuation and of CJK. The search script has the same rule.
    static func isWordUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x61...0x7A, 0x30...0x39, 0x27: return true
        case 0..<0x80, 0xA0...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x3000...0x303F: return false
        default: return true
        }
    }

    /// The folded words of `text`, without apostrophes at either end (quotation marks, not
    /// parts of the word).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append($0) }
        return words
    }

    /// Each folded word of `text` in turn. The text is taken a space-separated run at a time:
    /// no word crosses a space, and folding (lower case, even a final sigma's; decomposition)
    /// never looks across one, so a run folded alone folds as it would in the whole text. A run
    /// of ASCII, most of any site, is split byte by byte into words short enough to be held
    /// without an allocation; only a run with other characters is folded.
    static func forEachWord(in text: String, _ body: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                if bytes[start] == UInt8(ascii: " ") {
                    start += 1
                    continue
                }
                var end = start
                var ascii = true
                while end < bytes.count, bytes[end] != UInt8(ascii: " ") {
                    if bytes[end] >= 0x80 { ascii = false }
                    end += 1
                }
                let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if ascii { forEachASCIIWord(in: run, body) } else { forEachFoldedWord(in: String(decoding: run, as: UTF8.self), body) }
                start = end
            }
        }
    }

    private static func forEachASCIIWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (String) -> Void) {
        var start = 0
        while start < bytes.count {
            while start < bytes.count, !isASCIIWordByte(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, isASCIIWordByte(bytes[end]) { end += 1 }
            var first = start
            var last = end
            while first < last, bytes[first] == UInt8(ascii: "'") { first += 1 }
            while last > first, bytes[last - 1] == UInt8(ascii: "'") { last -= 1 }
            if first < last {
                let word = UnsafeBufferPointer(rebasing: bytes[first..<last])
                body(String(unsafeUninitializedCapacity: word.count) { out in
                    for (index, byte) in word.enumerated() {
                        out[index] = UInt8(ascii: "A")...UInt8(ascii: "Z") ~= byte ? byte + 32 : byte
                    }
                    return word.count
                })
            }
            start = end
        }
    }

    private static func forEachFoldedWord(in text: String, _ body: (String) -> Void) {
        var word: [UInt16] = []
        func finish() {
            var start = word.startIndex
            var end = word.endIndex
            while start < end, word[start] == 0x27 { start += 1 }
            while end > start, word[end - 1] == 0x27 { end -= 1 }
            if start < end { body(String(decoding: word[start..<end], as: UTF16.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for unit in fold(text).utf16 {
            if isWordUnit(unit) { word.append(unit) } else if !word.isEmpty { finish() }
        }
        if !word.isEmpty { finish() }
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "'"):
            return true
        default: return false
        }
    }

    /// Each word of the page once, and whether its title has it.
    static func pageWords(_ entry: SearchIndex.Entry) -> [String: Bool] {
        var found = [String: Bool](minimumCapacity: 256)
        forEachWord(in: entry.t) { found[$0] = true }
        for text in [entry.x, entry.w] {
            forEachWord(in: text) { word in if found[word] == nil { found[word] = false } }
        }
        return found
    }

    static func key(of word: String) -> [UInt16] { Array(word.utf16.prefix(2)) }

    private mutating func add(_ entry: SearchIndex.Entry, number: Int) {
        for (word, inTitle) in Self.pageWords(entry) { insert(word, number: number, inTitle: inTitle) }
    }

    /// Puts page `number` at the end of `word`'s list.
    private mutating func insert(_ word: String, number: Int, inTitle: Bool) {
        postings[Self.key(of: word), default: [:]][word, default: []].append(UInt32(number) << 1 | (inTitle ? 1 : 0))
    }

    private mutating func remove(_ word: String, number: Int) {
        let key = Self.key(of: word)
        postings[key]?[word]?.removeAll { $0 >> 1 == UInt32(number) }
        if postings[key]?[word]?.isEmpty == true { postings[key]?[word] = nil }
        if postings[key]?.isEmpty == true { postings[key] = nil }
    }

    // MARK: Files

    static func chunkName(_ chunk: Int) -> String { "pages-\(chunk).js" }

    /// A part the index's script loads (not the index itself, which the search page links to).
    static func isPart(_ sitePath: String) -> Bool {
        sitePath.hasPrefix("search/") && (sitePath.hasPrefix("search/words-") || sitePath.hasPrefix("search/pages-"))
    }

    var chunkCount: Int { (entries.count + Self.pagesPerChunk - 1) / Self.pagesPerChunk }

    /// How much of the words' parts one file holds: a small site has one file of words, a
    /// large one a file for each group of beginnings, so that a query loads little.
    static let wordsPerFile = 64 * 1024

    /// Every part, by its path in the site.
    func files() -> [OutputFile] {
        var files: [OutputFile] = []
        write { files.append($0) }
        return files
    }

    /// Every part, as `files()` gives them, keeping each part's bytes: after `replace`, only the
    /// parts holding the changed pages' words and texts are made again.
    mutating func keptFiles() -> [OutputFile] {
        for key in postings.keys where keptWords[key] == nil { keptWords[key] = shard(key) }
        for chunk in 0..<chunkCount where keptPages[chunk] == nil { keptPages[chunk] = pages(chunk) }
        var files: [OutputFile] = []
        let kept = (words: keptWords, pages: keptPages)
        write(shard: { kept.words[$0]! }, pages: { kept.pages[$0]! }) { files.append($0) }
        return files
    }

    /// Hands on every part as it is made (the index itself last), so that a large site's parts
    /// are never all held at once.
    func write(_ file: (OutputFile) -> Void) {
        write(shard: shard, pages: pages, file)
    }

    private func write(shard: ([UInt16]) -> [UInt8], pages: (Int) -> OutputFile, _ file: (OutputFile) -> Void) {
        var fileOfKey: [([UInt16], String)] = []
        var current: [UInt8] = []
        var currentName = ""
        var wordFiles = 0
        for key in postings.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            if current.isEmpty {
                wordFiles += 1
                currentName = "words-\(wordFiles).js"
            }
            current += shard(key)
            fileOfKey.append((key, currentName))
            if current.count >= Self.wordsPerFile {
                file(OutputFile(sitePath: "search/" + currentName, bytes: current))
                current = []
            }
        }
        if !current.isEmpty { file(OutputFile(sitePath: "search/" + currentName, bytes: current)) }
        for chunk in 0..<chunkCount { file(pages(chunk)) }
        file(manifest(fileOfKey))
    }

    /// `window.tallySearchIndex`: how many pages there are, and the file of each part.
    func manifest(_ fileOfKey: [([UInt16], String)]) -> OutputFile {
        var out = Array("window.tallySearchIndex = {\"v\":2,\"pages\":\(entries.count),\"chunk\":\(Self.pagesPerChunk),\"shards\":{".utf8)
        for (index, (key, file)) in fileOfKey.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\n"))
            Self.appendJSONString(units: key, to: &out)
            out.append(UInt8(ascii: ":"))
            SearchIndex.appendJSONString(file, to: &out)
        }
        out += Array("}};\n".utf8)
        return OutputFile(sitePath: FindingPaths.searchIndex, bytes: out)
    }

    /// `tallySearch.words("ab", {"about":[…],…});`: each word's pages, as the difference from the one before.
    func shard(_ key: [UInt16]) -> [UInt8] {
        var out = Array("tallySearch.words(".utf8)
        Self.appendJSONString(units: key, to: &out)
        out += Array(",{".utf8)
        let words = postings[key] ?? [:]
        // In the order of their UTF-16 units, as the search script compares them.
        let sorted = words.map { (units: Array($0.key.utf16), pages: $0.value) }.sorted { $0.units.lexicographicallyPrecedes($1.units) }
        for (index, (units, pages)) in sorted.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\n"))
            Self.appendJSONString(units: units, to: &out)
            out += Array(":[".utf8)
            var previous: UInt32 = 0
            for (position, posting) in pages.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                out += Array(String(posting - previous).utf8)
                previous = posting
            }
            out.append(UInt8(ascii: "]"))
        }
        out += Array("});\n".utf8)
        return out
    }

    /// `tallySearch.pages(3, [[title, address, kind, excerpt, status], …])`.
    func pages(_ chunk: Int) -> OutputFile {
        var out = Array("tallySearch.pages(\(chunk),[".utf8)
        let range = (chunk * Self.pagesPerChunk)..<min((chunk + 1) * Self.pagesPerChunk, entries.count)
        for number in range {
            let entry = entries[number]
            if number > range.lowerBound { out.append(UInt8(ascii: ",")) }
            out += Array("\n[".utf8)
            for (index, field) in [entry.t, entry.u, entry.k, entry.x].enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                SearchIndex.appendJSONString(field, to: &out)
            }
            if let status = entry.s {
                out.append(UInt8(ascii: ","))
                SearchIndex.appendJSONString(status, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out += Array("]);\n".utf8)
        return OutputFile(sitePath: "search/" + Self.chunkName(chunk), bytes: out)
    }

    /// A JSON string of UTF-16 units: ASCII letters and digits as they are, every other unit
    /// escaped, so that both sides read the same units whatever the file's encoding is taken to be.
    static func appendJSONString(units: [UInt16], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for unit in units {
            if (0x61...0x7A).contains(unit) || (0x30...0x39).contains(unit) {
                out.append(UInt8(unit))
            } else {
                out += Array(("\\u" + String(unit, radix: 16).leftPadded(to: 4)).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    // MARK: Changes

    /// The index after some pages' text changed (their titles and addresses as they were): the
    /// words those pages gained are put in and those they lost taken out. False when a title or
    /// an address changed: then the whole index is made again.
    mutating func replace(_ changed: [SearchIndex.Entry]) -> Bool {
        // Changes keep every page's title and address, and so its number.
        let numbers = numberByAddress ?? {
            var numbers = Dictionary<String, Int>(minimumCapacity: entries.count)
            for number in entries.indices where numbers[entries[number].u] == nil { numbers[entries[number].u] = number }
            return numbers
        }()
        numberByAddress = numbers
        for entry in changed {
            guard let number = numbers[entry.u], entries[number].t == entry.t else { return false }
        }
        for entry in changed {
            let number = numbers[entry.u]!
            // Only the words the page gained or lost, or whose place (title or text) changed:
            // the lists of the rest already hold the page as it is.
            let before = Self.pageWords(entries[number])
            let after = Self.pageWords(entry)
            for (word, inTitle) in before where after[word] != inTitle {
                remove(word, number: number)
                keptWords[Self.key(of: word)] = nil
            }
            for (word, inTitle) in after where before[word] != inTitle {
                insert(word, number: number, inTitle: inTitle)
                postings[Self.key(of: word)]?[word]?.sort()
                keptWords[Self.key(of: word)] = nil
            }
            entries[number] = entry
            keptPages[number / Self.pagesPerChunk] = nil
        }
        return true
    }
}
