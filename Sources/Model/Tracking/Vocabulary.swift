/// The words an organisation uses for statuses, ratings and agreement, mapped onto Tally's own.
/// A built-in table covers the words UK central and local government commonly use; a site adds
/// its own in `site.yaml` (`vocabulary: {Achieved: complete, Noted: not-agreed}`), which come
/// first. A word means one thing: a rating where a status is asked for is an error that says so.
public struct Vocabulary: Sendable, Hashable {
    public enum Meaning: Sendable, Hashable {
        case status(ItemStatus)
        case rating(RAG)
        case agreement(Agreement)

        /// Tally's own name for it: `complete`, `amber`, `partly-agreed`.
        public var key: String {
            switch self {
            case .status(let status): return status.rawValue
            case .rating(let rating): return rating.rawValue
            case .agreement(let agreement): return agreement.rawValue
            }
        }

        var kind: String {
            switch self {
            case .status: return "status"
            case .rating: return "rating"
            case .agreement: return "agreement"
            }
        }
    }

    /// The site's own words, by their normal form.
    public var site: [String: Meaning]

    public init(site: [String: Meaning] = [:]) {
        self.site = site
    }

    /// What `word` means, by the site's words first, then the built-in table, then Tally's own names.
    /// Nil for words with a mark of doubt (`Complete?`), whatever they say.
    public func meaning(of word: String) -> Meaning? {
        guard DoubtMark.reason(in: word) == nil else { return nil }
        let key = Vocabulary.normal(word)
        return site[key] ?? Vocabulary.builtIn[key] ?? Vocabulary.canonical[key]
    }

    /// The site's words as bytes, for keys of readings that depend on them.
    var cacheKey: [UInt8] {
        guard !site.isEmpty else { return [] }
        return Array(site.map { "\($0.key)=\($0.value.key);" }.sorted().joined().utf8)
    }

    /// `Not yet started` -> `not-yet-started`: case, spaces, underscores and dashes do not matter.
    public static func normal(_ word: String) -> String {
        var lowered = word.lowercased()
        // An apostrophe is part of its word ("wedi'i" is "wedii"), never a break between two.
        let apostrophe = UInt8(ascii: "'")
        if lowered.utf8.contains(where: { $0 == apostrophe || $0 == 0xE2 }) { lowered.removeAll { $0 == "'" || $0 == "\u{2019}" } }
        return lowered.wordRuns().joined(separator: "-")
    }

    /// Tally's own names for every status, rating and agreement.
    public static let canonical: [String: Meaning] = {
        var table: [String: Meaning] = [:]
        for status in ItemStatus.allCases { table[status.rawValue] = .status(status) }
        for rating in RAG.allCases { table[rating.rawValue] = .rating(rating) }
        for agreement in Agreement.allCases { table[agreement.rawValue] = .agreement(agreement) }
        return table
    }()

    /// Words common in UK government and local-government trackers and replies to committees.
    public static let builtIn: [String: Meaning] = {
        var table: [String: Meaning] = [:]
        func add(_ words: [String], _ meaning: Meaning) {
            for word in words { table[normal(word)] = meaning }
        }
        add(["Not yet started", "Not begun", "Planned"], .status(.notStarted))
        add(["Started", "Underway", "Under way", "Partially complete", "Partially completed", "Partly complete",
             "Partially implemented", "Partly implemented", "Part implemented", "In hand"], .status(.inProgress))
        add(["Paused", "Deferred", "Postponed"], .status(.onHold))
        add(["Done", "Completed", "Finished", "Achieved", "Implemented", "Delivered", "Fully implemented", "Met"], .status(.complete))
        add(["Complete ongoing", "Complete and ongoing", "Completed and ongoing", "Embedded"], .status(.completeAndOngoing))
        add(["Cancelled", "Canceled", "Withdrawn", "Discontinued", "Abandoned", "Stopped", "Will not be done"], .status(.dropped))
        add(["Replaced"], .status(.superseded))
        add(["Not assessed", "Unable to assess", "Cannot be assessed"], .status(.cannotAssess))
        add(["On track", "On target"], .rating(.green))
        add(["At risk", "Some risk", "Minor delay"], .rating(.amber))
        add(["Off track", "Delayed", "Behind schedule", "Significantly delayed"], .rating(.red))
        add(["Accepted", "Agree", "Agreed in full", "Accepted in full"], .agreement(.agreed))
        add(["Partly agreed", "Partially agreed", "Partially accepted", "Partly accepted", "Agreed in principle",
             "Accepted in principle", "Agreed in part", "Accepted in part"], .agreement(.partlyAgreed))
        add(["Rejected", "Not accepted", "Disagree", "Declined"], .agreement(.notAgreed))
        // The same in Welsh, for a body that writes its tracker in Welsh.
        add(["Heb ddechrau", "Heb gychwyn"], .status(.notStarted))
        add(["Ar y gweill", "Ar waith", "Yn mynd rhagddo"], .status(.inProgress))
        add(["Wedi'i ohirio"], .status(.onHold))
        add(["Wedi'i gwblhau", "Wedi'i gwblhau'n llawn", "Cwblhawyd", "Wedi cwblhau"], .status(.complete))
        add(["Wedi'i ganslo", "Wedi'i dynnu'n ôl"], .status(.dropped))
        add(["Ar y trywydd iawn"], .rating(.green))
        add(["Mewn perygl"], .rating(.amber))
        add(["Oddi ar y trywydd"], .rating(.red))
        add(["Derbyniwyd", "Cytunwyd"], .agreement(.agreed))
        add(["Derbyniwyd yn rhannol", "Cytunwyd yn rhannol", "Derbyniwyd mewn egwyddor"], .agreement(.partlyAgreed))
        add(["Gwrthodwyd", "Ni dderbyniwyd"], .agreement(.notAgreed))
        return table
    }()

    /// The statuses each ambiguous status word can mean (a note that opens with one fits any).
    static let ambiguousStatuses: [String: [ItemStatus]] = [
        "ongoing": [.inProgress, .completeAndOngoing], "parhaus": [.inProgress, .completeAndOngoing],
        "closed": [.complete, .completeAndOngoing, .dropped, .superseded],
        "open": [.notStarted, .inProgress, .onHold, .carriedForward],
    ]

    /// Why a word of `ambiguous` is not read for the field `asked` ("status", "agreement",
    /// "rating"): "can mean done (complete) or stopped (dropped)". "Noted" can mean any
    /// agreement; given as a status or a rating, it says only that the update was heard.
    public static func doubt(about normal: String, asked: String) -> String? {
        if normal == "noted", asked != "agreement" { return "says the update was heard, not how far the work has got" }
        return ambiguous[normal].map { "can mean \($0)" }
    }

    /// Words that mean different things to different people: an error unless the site maps them.
    public static let ambiguous: [String: String] = [
        "ongoing": "still going (in-progress) or done and continuing as routine (complete-and-ongoing)",
        "closed": "done (complete) or stopped (dropped)",
        "noted": "agreed, partly agreed or not agreed",
        "amber-green": "amber or green",
        "amber-red": "amber or red",
        "red-amber": "red or amber",
        "green-amber": "green or amber",
        "open": "not started or in progress",
        "parhaus": "still going (in-progress) or done and continuing as routine (complete-and-ongoing)",
    ]
}
