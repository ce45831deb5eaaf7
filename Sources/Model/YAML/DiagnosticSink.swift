import Diagnostics

/// Where the readers of one file put what they find wrong. Used on one thread at a time.
final class DiagnosticSink {
    var list = DiagnosticList()
    /// Every summary read, for the reading-ease report: gathered here because every reader
    /// already has the sink, and a summary's place in its file is known only while reading.
    var summaries: [SummaryText] = []
    /// The site's words for statuses, ratings and agreement. Carried here because every reader
    /// that reads a status already has the sink, and `site.yaml` is read before every other file.
    var vocabulary = Vocabulary()
    /// How the site writes dates, so that every reader reads deadlines as the site means them.
    var deadlines = DeadlineConventions()

    /// What a file's reading depends on besides its bytes and those of the file it is read with:
    /// the site's words and how it writes dates, for `ParseCache` keys.
    var readingKey: [UInt8] { vocabulary.cacheKey + deadlines.key }

    func error(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        list.error(message, at: location, hint: hint)
    }

    func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        list.warning(message, at: location, hint: hint)
    }

    func append(_ diagnostic: Diagnostic) {
        list.append(diagnostic)
    }
}

extension DiagnosticSink {
    /// Runs `read` on every item on all cores, each with a sink of its own, then adds what each
    /// found to this sink in the items' order, so that a run reports the same way every time.
    func readAll<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ read: @Sendable (Item, DiagnosticSink) -> Result
    ) -> [Result] {
        readEach(items, read).map { outcome in
            add(outcome)
            return outcome.result
        }
    }

    /// What `read` gave for each item and what it found, each with a sink of its own on all
    /// cores, in the items' order: for a caller that adds what was found (`add`) among other things.
    func readEach<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ read: @Sendable (Item, DiagnosticSink) -> Result
    ) -> [Outcome<Result>] {
        let vocabulary = self.vocabulary
        let deadlines = self.deadlines
        return items.parallelMap { item in
            let own = DiagnosticSink()
            own.vocabulary = vocabulary
            own.deadlines = deadlines
            let result = read(item, own)
            return Outcome(result: result, diagnostics: own.list, summaries: own.summaries)
        }
    }

    /// What one reading gave, and the problems and summaries it found.
    struct Outcome<Result: Sendable>: Sendable {
        var result: Result
        var diagnostics: DiagnosticList
        var summaries: [SummaryText]
    }

    func add<Result>(_ outcome: Outcome<Result>) {
        list.append(contentsOf: outcome.diagnostics)
        summaries.append(contentsOf: outcome.summaries)
    }

    /// Runs `first` and `second` at once, each with a sink of its own (as `readAll`), then adds
    /// what `first` found to this sink and then what `second` found: the order of one after the other.
    func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable (DiagnosticSink) -> First, _ second: @Sendable (DiagnosticSink) -> Second
    ) -> (First, Second) {
        let sides = readAll([0, 1]) { side, sink -> (First?, Second?) in side == 0 ? (first(sink), nil) : (nil, second(sink)) }
        return (sides[0].0!, sides[1].1!)
    }
}
