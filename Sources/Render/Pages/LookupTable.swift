/// Every look-up the pages of a session's builds made, each once, with its answer in the last
/// build. A page's record names its look-ups by their places here, so that the next build
/// answers each look-up once and tells which changed, rather than answering it again for each
/// page that made it (on a site of 10,000 notes, 30,382 answers where there were 63,717).
struct LookupTable: Sendable {
    private(set) var reads: [PageRead] = []
    private(set) var answers: [PageAnswer] = []
    private var places: [PageRead: Int32] = [:]

    /// The answer to each look-up in `environment`, by place, worked out on all cores.
    func answers(in environment: SiteEnvironment) -> [PageAnswer] {
        let size = 1024
        let parts = stride(from: 0, to: reads.count, by: size).map { $0..<min($0 + size, reads.count) }
        return parts.parallelMap { part in part.map { reads[$0].answer(in: environment) } }.flatMap { $0 }
    }

    /// The same look-ups in their places, with their answers in a later build (`answers(in:)`).
    func answering(_ later: [PageAnswer]) -> LookupTable {
        var table = self
        table.answers = later
        return table
    }

    /// The places of a page's look-ups, each one not in the table added with its answer (the
    /// answer of this build, as every answer in the table is).
    mutating func places(of made: [PageRead: PageAnswer]) -> [Int32] {
        made.map { read, answer in
            if let place = places[read] { return place }
            let place = Int32(reads.count)
            reads.append(read)
            answers.append(answer)
            places[read] = place
            return place
        }
    }

    /// The table with every page's look-ups, each page's by their places: a page taken from the
    /// last build keeps its places, and a page made afresh has its look-ups placed (`places(of:)`).
    /// Let go of, too, are those no page makes any more, once they are half the table.
    func keeping(_ records: [PageReads.Record?]) -> (table: LookupTable, pages: [[Int32]?]) {
        var table = self
        let pages = records.map { record -> [Int32]? in
            switch record {
            case nil: nil
            case .kept(let places)?: places
            case .made(let made)?: table.places(of: made)
            }
        }
        return table.compacted(pages) ?? (table, pages)
    }

    /// The table without the look-ups no page makes any more, and each page's places in it;
    /// nil while at least half of its look-ups are still made (most builds: the check is cheap).
    func compacted(_ pages: [[Int32]?]) -> (table: LookupTable, pages: [[Int32]?])? {
        var used = [Bool](repeating: false, count: reads.count)
        var count = 0
        for page in pages {
            for place in page ?? [] where !used[Int(place)] {
                used[Int(place)] = true
                count += 1
            }
        }
        guard count * 2 < reads.count else { return nil }
        var table = LookupTable()
        var moved = [Int32](repeating: -1, count: reads.count)
        for place in reads.indices where used[place] {
            moved[place] = Int32(table.reads.count)
            table.places[reads[place]] = Int32(table.reads.count)
            table.reads.append(reads[place])
            table.answers.append(answers[place])
        }
        return (table, pages.map { $0?.map { moved[Int($0)] } })
    }
}
