/// The words of a published deadline, split and classified for `DeadlineReader`.
struct DeadlineToken: Equatable {
    enum Kind: Equatable {
        case word
        /// A run that starts with a digit: `2025`, `31st`, `2024/25`, `31.03.2026`, `2025-03`.
        case number
        /// A `/` (or `&`) between two words: `Autumn/Winter`.
        case joiner
    }

    var text: String
    var kind: Kind
}

enum DeadlineWords {
    /// Lower-case tokens. Inside a run of digits `/`, `.` and `-` are kept (`2024/25`,
    /// `31.03.2026`, `2025-03-31`); between words `/` and `&` are kept as joiners; other
    /// punctuation separates.
    static func tokenize(_ text: String) -> [DeadlineToken] {
        var tokens: [DeadlineToken] = []
        var current = ""
        let characters = Array(text.lowercased())
        func flush() {
            guard !current.isEmpty else { return }
            while let last = current.last, "/.-".contains(last) { current.removeLast() }
            if !current.isEmpty {
                tokens.append(DeadlineToken(text: current, kind: current.first!.isASCIIDigit ? .number : .word))
            }
            current = ""
        }
        for (index, written) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            // A typeset dash between digits is a hyphen: word processors turn 2025-26 into 2025–26.
            let character: Character = "\u{2010}\u{2011}\u{2012}\u{2013}".contains(written) ? "-" : written
            if character.isLetter || character.isASCIIDigit || character == "'" || character == "\u{2019}" {
                if character == "'" || character == "\u{2019}" { continue }
                // FY2025/26, FY25/26: the financial year's mark, then its number.
                if character.isASCIIDigit, current == "fy" { flush() }
                current.append(character)
            } else if "/.-".contains(character), current.first?.isASCIIDigit == true, next?.isASCIIDigit == true {
                current.append(character)
            } else if character == ":", isTime(current, minutes: characters[(index + 1)...]) {
                // 17:00, a time of day: one token, never a number beside the date ("2026 17").
                current.append(character)
            } else {
                flush()
                if character == "/" || character == "&" { tokens.append(DeadlineToken(text: String(character), kind: .joiner)) }
            }
        }
        flush()
        return joiningParts(tokens)
    }

    /// Whether `hours` and the two digits after a colon are a time of day (9:30, 17:00).
    static func isTime(_ hours: String, minutes: ArraySlice<Character>) -> Bool {
        let digits = minutes.prefix { $0.isASCIIDigit }
        return (1...2).contains(hours.count) && hours.allSatisfy(\.isASCIIDigit) && digits.count == 2
    }

    /// `2026-03-31t17` (of 2026-03-31T17:00): an ISO date and the hour of a time.
    static func isDateAndTime(_ token: String) -> Bool {
        let characters = Array(token)
        guard characters.count >= 12, characters[10] == "t" else { return false }
        return characters.enumerated().allSatisfy { place, character in
            [4, 7].contains(place) ? character == "-" : place == 10 ? true : character.isASCIIDigit
        }
    }

    /// Words for midnight, which is both the start of a day and the end of the day before:
    /// "midnight 31 March" is 00:00 on 31 March to some and the night of 31 March to others. In
    /// Welsh, "hanner nos".
    static func saysMidnight(_ tokens: [DeadlineToken]) -> (words: String, tokens: ClosedRange<Int>)? {
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1].text : nil
            let afterNext = index + 2 < tokens.count ? tokens[index + 2].text : nil
            if ["midnight", "00:00", "0:00", "00.00", "0.00", "12am", "12:00am", "12.00am"].contains(token.text) {
                return (token.text, index...index)
            }
            if token.text == "hanner", next == "nos" { return ("hanner nos", index...index + 1) }
            guard ["12", "12:00", "12.00"].contains(token.text) else { continue }
            if next == "am" { return (token.text + " am", index...index + 1) }
            if next == "a", afterNext == "m" { return (token.text + " a.m.", index...index + 2) }
        }
        return nil
    }

    /// A time of day beside a date, passed over as the words around a date are: `17:00`, `5pm`,
    /// `5.30pm`. A time written with a point needs its am or pm: `12.03` may be 12 March.
    static func isTimeOfDay(_ token: String) -> Bool {
        var rest = Substring(token)
        let hasMeridiem = rest.hasSuffix("am") || rest.hasSuffix("pm")
        if hasMeridiem { rest = rest.dropLast(2) }
        let hours = rest.prefix(while: \.isASCIIDigit)
        guard (1...2).contains(hours.count) else { return false }
        let minutes = rest.dropFirst(hours.count)
        if minutes.isEmpty { return hasMeridiem }
        guard let mark = minutes.first, mark == ":" || (mark == "." && hasMeridiem) else { return false }
        return minutes.dropFirst().count == 2 && minutes.dropFirst().allSatisfy(\.isASCIIDigit)
    }

    /// "Quarter 3", "3rd quarter", "the first half": one token, as `Q3` and `H1` are, so that
    /// they are read (or refused) as those are and never passed over.
    static func joiningParts(_ tokens: [DeadlineToken]) -> [DeadlineToken] {
        var joined: [DeadlineToken] = []
        var index = 0
        while index < tokens.count {
            let text = tokens[index].text
            let next = index + 1 < tokens.count ? tokens[index + 1].text : nil
            if let next, let letter = partLetters[next], let number = ordinal(text) {
                joined.append(DeadlineToken(text: "\(letter)\(number)", kind: .word))
                index += 2
            } else if tokens[index].kind == .number, text.count == 2, let digit = Int(String(text.first!)), ["q", "h"].contains(text.last!) {
                // 1Q 2026, 2H 2025: written number first.
                joined.append(DeadlineToken(text: "\(text.last!)\(digit)", kind: .word))
                index += 1
            } else if let letter = partLetters[text], let next, let number = cardinal(next) {
                joined.append(DeadlineToken(text: "\(letter)\(number)", kind: .word))
                index += 2
            } else if let (letters, digits) = lettersThenDigits(text), digits.count == 1, ["qtr", "qu", "chw", "ch", "hy"].contains(letters),
                let letter = partLetters[String(letters)]
            {
                // Qtr3, Ch3 (Welsh), HY1: as Q3 and H1.
                joined.append(DeadlineToken(text: "\(letter)\(digits)", kind: .word))
                index += 1
            } else {
                joined.append(tokens[index])
                index += 1
            }
        }
        return joined
    }

    /// `qtr3` as `qtr` and `3`: lower-case ASCII letters, then ASCII digits, and nothing else.
    /// (A regular expression here was built anew at every call: a fifth of a large build.)
    static func lettersThenDigits(_ text: String) -> (letters: Substring, digits: Substring)? {
        let letters = text.prefix { $0.isASCII && $0.isLowercase }
        let digits = text[letters.endIndex...]
        guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return (letters, digits)
    }

    /// Quarters and halves in English and in Welsh (`chwarter`, `hanner`), and their short
    /// forms: `Qtr 3`, `Q 3`, Welsh `Ch 3`.
    static let partLetters = [
        "quarter": "q", "half": "h", "chwarter": "q", "hanner": "h", "qtr": "q", "qu": "q", "q": "q", "ch": "q", "chw": "q",
        "hy": "h",
    ]

    /// `3rd`, `third`, `trydydd`: the number of a quarter or half written as an ordinal before it.
    static func ordinal(_ text: String) -> Int? {
        let words = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "ail": 2, "trydydd": 3, "pedwerydd": 4, "pumed": 5]
        if let number = words[text] { return number }
        let digits = text.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, ["st", "nd", "rd", "th"].contains(String(text.dropFirst(digits.count))) else { return nil }
        return Int(digits)
    }

    /// `3`, `three`: the number after "quarter"; in Welsh, `cyntaf` (first) comes after it too.
    static func cardinal(_ text: String) -> Int? {
        if text.count == 1, let digit = Int(text) { return digit }
        return ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "cyntaf": 1][text]
    }

    /// Words that may stand between a quarter or half and its year: `Q3 of 2025/26`, `Q3 FY 25/26`.
    static let betweenPartAndYear: Set<String> = [
        "of", "the", "in", "fy", "financial", "calendar", "year", "o", "y", "yr", "blwyddyn", "ariannol", "galendr",
    ]

    /// Words that say a year is a calendar year: `Q3 of calendar year 2025`, `Calendar Q3 2025`.
    static let calendar: Set<String> = ["calendar", "galendr", "cy"]

    /// Words that say a year is a financial year: in English (`FYE` its end), and Welsh (`blwyddyn
    /// ariannol`).
    static let financial: Set<String> = ["fy", "fye", "eofy", "financial", "ariannol"]

    /// Words that name a time of year Tally does not read as a date. Beside a date they make it
    /// mean some other day: `Easter 2026` is not 31 December 2026.
    static let namedTimes: Set<String> = [
        "easter", "christmas", "xmas", "whitsun", "whitsuntide", "recess", "semester", "trimester", "diwali", "eid", "ramadan",
        "hanukkah", "passover", "thanksgiving", "pasg", "nadolig", "sulgwyn", "election", "elections", "purdah", "holiday",
        "holidays", "lent", "advent", "michaelmas", "martinmas", "candlemas", "lammas", "midsummer", "festive", "pentecost",
        // Nights and days of a year a deadline may be set before: "Bonfire night 2026" is 5 November.
        "halloween", "hogmanay", "bonfire", "remembrance",
        // A university's terms by their names: "Hilary 2027", "Trinity 2027", "Epiphany 2027".
        "hilary", "trinity", "epiphany",
    ]

    /// Words that number a part of a year in an organisation's own calendar: `Month 6`, `Period 6`,
    /// `Week 12` (of which year, starting when?).
    static let numberedPeriods: Set<String> = ["month", "period", "week", "wk", "mth", "term", "tymor", "tri", "sem", "day"]

    /// The same written as one word, `M6`, `P6`, `Wk12`, `T3`: the letters and what they number.
    static let numberedPeriodLetters: [String: String] = [
        "m": "month", "mth": "month", "p": "period", "w": "week", "wk": "week", "t": "term", "tri": "term", "sem": "semester",
        "tymor": "term", "ks": "key stage",
    ]

    /// Years that do not end when a financial year does (31 March), or whose end differs between
    /// organisations: `Academic year 2025/26` is not read as the financial year 2025/26.
    static let otherYears: Set<String> = ["academic", "school", "tax", "fiscal", "sessional", "parliamentary", "municipal"]

    /// Marks that stand for such a year beside a date: `AY 2025/26`, `SY 2025/26`, and `Session
    /// 2025/26`, as Scotland names its school year.
    static let otherYearMarks: [String: String] = [
        "ay": "the academic year (AY)", "sy": "the school year (SY)", "session": "a session",
    ]

    /// The same in Welsh, where the word follows `blwyddyn` (year): `blwyddyn academaidd`.
    static let welshOtherYears: Set<String> = ["academaidd", "ysgol", "dreth", "treth", "seneddol"]

    /// Words after a date that make the date part of a name, not the day the work is due: the
    /// 2025/26 budget is set before 2025/26 begins, the 2025/26 annual report published after it ends.
    static let namedByDate: Set<String> = [
        "budget", "budgets", "report", "reports", "accounts", "data", "figures", "statistics",
        "results", "survey", "census", "return", "returns", "submission", "settlement", "allocation", "round", "cycle",
        "review", "inspection", "audit", "conference", "meeting", "publication", "closedown", "revisit", "reinspection",
        // A university's or a college's year: "the 2026 entry", "the 2027 intake".
        "entry", "intake", "cohort", "clearing", "graduation", "enrolment", "enrollment",
    ]

    /// Those that name the same thing written before the date: `Budget 2026/27` is set before
    /// 2026/27 begins, `Accounts 2025/26` closed after it ends.
    static let namingBeforeDate: Set<String> = [
        "budget", "budgets", "accounts", "report", "reports", "return", "returns", "settlement", "census", "data", "figures",
        "statistics", "results", "closedown", "setting",
        // Events: "Ofsted visit 2026", "Results day 2026", "Intake September 2026", "Exams May 2026".
        "visit", "visits", "revisit", "revisits", "reinspection", "inspection", "reception", "enrolment", "enrollment", "intake", "graduation", "exam", "exams", "examinations",
    ]

    /// Events held on some day of a year, named by the year written straight after them: `Staff
    /// survey 2026`, `Price review 2024`, `Funding round 2026`, `Bathing season 2026`.
    static let eventsNamedByYear: Set<String> = [
        "survey", "surveys", "review", "conference", "meeting", "round", "cycle", "submission", "audit", "census", "inspection",
        "consultation", "ballot", "election", "elections", "season", "summit", "festival", "show", "games", "arolwg", "cynhadledd",
        // Held in some week or on some day of the year: "Clearing 2026", "Freshers' week 2026",
        // "Open day 2026", "Awards 2026".
        "clearing", "week", "day", "days", "fair", "awards", "ceremony", "open", "intake", "graduation", "enrolment", "enrollment",
        "exams", "examinations", "night", "nights", "weekend",
    ]

    /// Words that may stand between such a date and the name it is part of: the 2025/26 *annual* report.
    static let beforeNamedByDate: Set<String> = [
        "annual", "spending", "local", "general", "mayoral", "interim", "final", "published", "national", "draft", "year", "end",
    ]

    /// Words that take a number of their own: before "2 March 2026", the 2 may be theirs.
    static let numberLabels: Set<String> = [
        "phase", "stage", "step", "part", "tranche", "wave", "round", "year", "section", "action", "recommendation", "priority",
        "objective", "workstream", "theme", "milestone", "item", "no", "number", "level", "release", "version", "cohort", "area",
        // A project's parts and a site's places: "Gateway 2 March 2026", "Lot 3", "Ward 5", "Sprint 4".
        "gateway", "gate", "lot", "package", "workpackage", "wp", "site", "block", "zone", "ward", "unit", "route", "tier", "band",
        "grade", "pilot", "batch", "iteration", "sprint", "deliverable", "output", "outcome", "kpi", "risk", "module", "chapter",
        "annex", "appendix", "measure", "indicator", "goal", "pledge", "commitment", "principle", "scheme", "project", "programme",
    ]

    /// Words after a date that make it the start of a period, not its end: `April 2026 onwards`,
    /// `March 2026 at the earliest`.
    static let fromThen: Set<String> = ["onwards", "onward", "thereafter", "afterwards", "beyond", "earliest", "soonest", "ymlaen", "wedyn"]

    /// Of the `shifting` words, those that before "the end of" a period make it the day the work
    /// is due by: "before the end of March", "until the end of March" (but "after", "around" or
    /// "from the end of March" do not).
    static let byThen: Set<String> = ["before", "prior", "ahead", "advance", "until", "till", "til", "through", "thru", "throughout", "pre", "within", "cyn", "tan"]

    static let englishMonths: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Welsh month names, so that a Welsh body's deadlines ("Medi 2026") are read too. They are
    /// never offered as the fix for a misspelt word: "media 2026" is not a slip for "Medi".
    static let welshMonths: [String: Int] = [
        "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7, "awst": 8,
        "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
        // Their short forms, read only beside a number (below).
        "ion": 1, "chwef": 2, "maw": 3, "ebr": 4, "meh": 6, "gorff": 7, "tach": 11, "rhag": 12,
    ]

    static let months = englishMonths.merging(welshMonths) { english, _ in english }

    /// Month names that are also everyday words: read as months only beside a number ("mai" is
    /// also Welsh for "that", "mawrth" for Tuesday).
    static let ambiguousMonths: Set<String> = [
        "may", "march", "mar", "dec", "jan", "mai", "mawrth", "ion", "chwef", "maw", "ebr", "meh", "gorff", "tach", "rhag",
    ]

    /// Meteorological seasons: the month each ends in, and how many years after the named one.
    /// Each season's last month, whether it ends in the year after the one named, and its first month.
    static let englishSeasons: [String: (month: Int, yearOffset: Int, firstMonth: Int)] = [
        "spring": (5, 0, 3), "summer": (8, 0, 6), "autumn": (11, 0, 9), "fall": (11, 0, 9), "winter": (2, 1, 12),
    ]

    /// The seasons of the southern hemisphere: spring is September to November.
    static let southernSeasons: [String: (month: Int, yearOffset: Int, firstMonth: Int)] = [
        "spring": (11, 0, 9), "summer": (2, 1, 12), "autumn": (5, 0, 3), "fall": (5, 0, 3), "winter": (8, 0, 6),
    ]

    /// A season in the north's months, or the south's.
    static func season(_ name: String, southern: Bool) -> (month: Int, yearOffset: Int, firstMonth: Int)? {
        guard let north = seasons[name] else { return nil }
        guard southern else { return north }
        // The Welsh names are the north's: a Welsh-language site is of the north.
        return southernSeasons[name] ?? north
    }

    /// The Welsh seasons, never offered as the fix for a misspelt word. Autumn, `hydref`, is
    /// also October: it is read only as `mis Hydref` (the month), and refused on its own.
    static let seasons = englishSeasons.merging(["gwanwyn": (5, 0, 3), "haf": (8, 0, 6), "gaeaf": (2, 1, 12)]) { english, _ in english }

    /// Words that may stand before a date without changing which day it means.
    static let neutral: Set<String> = [
        "by", "end", "the", "of", "in", "during", "due", "all", "no", "later", "than", "on", "at", "fy", "financial", "year",
    ]

    /// Words that, before a date, make it mean some other day than the end of its period.
    static let shifting: Set<String> = [
        "early", "mid", "middle", "late", "beginning", "start", "before", "after", "until", "till", "from", "around",
        "approximately", "approx", "circa", "towards", "toward", "since", "within", "earliest", "latest", "commencing", "starting",
        "for", "wc", "wb", "c", "ca", "about", "roughly", "midyear", "earlier", "prior", "pre", "post", "through", "thru",
        "throughout", "ahead", "advance", "following", "subsequent", "beyond", "once", "sooner", "til",
        // In Welsh, with their mutated forms: before, after, from, until, start, middle, early,
        // late, about, for (ar gyfer), following (yn dilyn).
        "cyn", "ôl", "o", "tan", "dechrau", "ddechrau", "nechrau", "canol", "ganol", "nghanol", "cynnar", "gynnar", "hwyr",
        "tua", "oddeutu", "gwmpas", "gyfer", "cyfer", "dilyn", "ddilyn",
    ]

    /// Words that say the work was done: beside a date, it could be the day it was done.
    /// Days of the week, Monday 1 to Sunday 7 (not "sat" and "sun", which are other words too).
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "weds": 3, "thursday": 4,
        "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sunday": 7,
    ]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static let done: Set<String> = ["completed", "done", "achieved", "delivered", "implemented", "closed", "met", "finished"]

    /// The same, opening the deadline ("Reviewed April 2026"); inside it they are most often the
    /// work's own words ("Publish the reviewed policy by April 2026").
    /// The same, closing the deadline or opening it: "March 2026 (actual)", "Actual: March 2026".
    static let doneAtEitherEnd: Set<String> = ["actual", "actually"]

    static let doneWhenFirst: Set<String> = [
        "reviewed", "published", "launched", "approved", "submitted", "issued", "signed", "agreed", "opened", "rolled", "introduced",
        "established", "appointed", "adopted", "commissioned", "procured",
    ]

    /// Words that say the date is the day the work starts ("Starts April 2026", "Start date:
    /// April 2026", "Commence April 2026"), not the day it is due; with "by" before the date it is
    /// the work's own ("Start the review by March 2027").
    static let starting: Set<String> = [
        "start", "starts", "started", "commence", "commences", "commenced", "commencement", "begin", "begins", "began", "kickoff",
        // "Consultation opens March 2026": it opens then, and runs on.
        "opens",
        "mobilise", "mobilize", "mobilisation", "mobilization",
        // In Welsh: to start, with its mutated forms.
        "cychwyn", "gychwyn", "nghychwyn",
    ]

    /// After "subject to", words that say the date may change ("subject to funding" is a
    /// condition on the work, and is read).
    static let unsettling: Set<String> = ["change", "confirmation", "review", "revision", "amendment", "alteration"]

    /// Words that, opening or closing a deadline, say its date may still change ("Est. March
    /// 2026", "June 2026 (provisional)"): read as the deadline, the date would be held to as
    /// settled, and the trackers would drop the words that said it was not. Inside the words they
    /// are most often the work ("Publish provisional figures by June 2026").
    /// A forecast ("Expected June 2026") and the date first set ("Initially March 2026") are
    /// the same: a date the work is not yet held to, or no longer.
    static let provisional: Set<String> = [
        "provisional", "provisionally", "tentative", "tentatively", "indicative", "estimated", "est", "expected", "anticipated",
        "forecast", "projected", "likely", "hopefully", "initially", "originally", "currently",
        // A date hoped for ("March 2027 (stretch)"), or the one first set ("Original deadline March 2027").
        "aspirational", "aspiration", "ambition", "ambitious", "stretch", "ideally", "hoping", "original",
        "previously", "formerly", "baseline",
        // A date put forward, not yet agreed ("March 2026 (proposed)"; in Welsh, arfaethedig).
        "proposed", "arfaethedig",
        // In Welsh: original, originally (yn wreiddiol).
        "gwreiddiol", "wreiddiol",
        // In Welsh: expected, anticipated, an estimate.
        "disgwylir", "rhagwelir", "amcangyfrif",
    ]

    /// Words that say the work was put back, beside a date: "March 2026 (delayed)", the day it
    /// was due or the day it is due now? ("Delayed to March 2027" names the new one.)
    static let putBack: Set<String> = ["delayed", "slipped", "slip", "slippage", "moved", "postponed", "deferred", "rescheduled", "gohiriwyd", "oedi"]

    /// Of those, the words for the date first set.
    static let firstSet: Set<String> = [
        "initially", "originally", "original", "previously", "formerly", "baseline", "gwreiddiol", "wreiddiol",
    ]

    /// The same in two words, opening or closing the deadline ("March 2027 (best case)").
    static let provisionalPhrases: [[String]] = [
        ["best", "case"], ["worst", "case"], ["at", "best"], ["if", "possible"], ["stretch", "target"], ["stretch", "goal"],
        ["best", "estimate"], ["latest", "estimate"], ["current", "estimate"], ["hope", "to"], ["we", "hope"],
        // A date that may move ("Soft deadline March 2026", "March 2026 (soft)") or is not yet agreed.
        ["soft", "deadline"], ["soft", "date"], ["soft", "target"], ["soft"], ["awaiting", "approval"], ["awaiting", "confirmation"],
        ["awaiting", "agreement"],
    ]

    /// Words before a date inside the deadline that make it the one first set: "2027
    /// (previously December 2026)", "March 2027, was December 2026".
    static let wasBefore = firstSet.union(["was", "were", "replacing", "replaces"])

    /// Words that, closing a deadline, say its date is not exact ("March 2027 approx", "March
    /// 2027 or thereabouts"); opening it, they are read as moving the day (`shifting`).
    static let approximate: Set<String> = [
        "approx", "approximately", "approximate", "roughly", "thereabouts", "ish", "circa",
        // In Welsh: roughly (yn fras).
        "bras", "fras",
    ]
    static let approximatePhrases: [[String]] = [["give", "or", "take"], ["more", "or", "less"], ["or", "so"]]

    /// "March-ish 2027", "Marchish 2027": a month or season made approximate.
    static func isApproximatePeriod(_ word: String) -> Bool {
        guard word.hasSuffix("ish") else { return false }
        let stem = String(word.dropLast(3))
        return stem.isEmpty || months[stem] != nil || seasons[stem] != nil
    }

    /// Words that, opening or closing a deadline, say its date is of something else than the
    /// work's being due: the day it is looked at again ("Review March 2027", "Next review
    /// March 2027"), or a draft's ("Draft March 2027"), which may be of one step or not agreed.
    /// Each word, and the English it is told by. In Welsh: to review, a review, a draft.
    static let otherDays: [String: String] = [
        "review": "review", "draft": "draft", "adolygu": "review", "hadolygu": "review", "adolygiad": "review", "drafft": "draft",
    ]

    /// Signs that, beside a date, make it mean another day than the end of its period, and what
    /// each says: read without them, `<March 2026` would be due at the end of March.
    static let signs: [(mark: Character, meaning: String)] = [
        ("<", "before"), (">", "after"), ("\u{2264}", "on or before"), ("\u{2265}", "on or after"), ("+", "after, or more"),
        ("~", "about"), ("\u{2248}", "about"), ("\u{00B1}", "give or take"),
    ]

    /// "+1 month", "-2 weeks", "+ 3 months": a date moved by a span, written beside it.
    static func movedBy(in text: String) -> String? {
        guard text.contains(where: { "+-\u{2212}\u{2013}".contains($0) }) else { return nil }
        return text.firstMatch(of: movedBySpan).map { String($0.1) }
    }

    nonisolated(unsafe) static let movedBySpan =
        /(?i)(?:^|[\s(\[])([+\-\u{2212}\u{2013}]\s?\d+\s?(?:days?|wks?|weeks?|mths?|months?|yrs?|years?|qtrs?|quarters?))\b/

    /// The first sign that stands beside a date (`<March 2026`, `March 2026+`, `2026 ± 1`): one
    /// beside a count is the work's own ("Recruit 5+ staff by March 2026").
    static func signBesideDate(in text: String) -> (mark: Character, meaning: String)? {
        guard text.contains(where: { mark in signs.contains { $0.mark == mark } }) else { return nil }
        // The words and the signs, in order.
        var pieces: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isWhitespace || signs.contains(where: { $0.mark == character }) {
                if !current.isEmpty { pieces.append(current) }
                current = character.isWhitespace ? "" : String(character)
                if !current.isEmpty { pieces.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { pieces.append(current) }
        func isDate(_ at: Int) -> Bool {
            guard pieces.indices.contains(at) else { return false }
            let word = pieces[at].trimming(".,;:()[]'\u{2019}")
            if months[word] != nil || seasons[word] != nil || year(word) != nil || financialYear(word, allowShort: false) != nil { return true }
            if word.count == 2, let first = word.first, first == "q" || first == "h", word.last?.isASCIIDigit == true { return true }
            // A date in figures (31/03/2026), or a day before its month (31 March).
            if word.first?.isASCIIDigit == true, word.split(whereSeparator: { "/.-".contains($0) }).count == 3 { return true }
            return day(word) != nil && pieces.indices.contains(at + 1) && months[pieces[at + 1]] != nil
        }
        for (at, piece) in pieces.enumerated() {
            guard let sign = signs.first(where: { String($0.mark) == piece }) else { continue }
            if isDate(at - 1) || isDate(at + 1) { return sign }
        }
        return nil
    }

    /// Bodies whose meeting a date may name ("the March 2026 board", "Cabinet March 2026"): the
    /// meeting is held on one day of the month, often well before its end.
    static let meetingBodies: Set<String> = [
        "board", "boards", "cabinet", "committee", "committees", "council", "panel", "forum", "agm", "egm", "assembly", "governors",
        "trustees", "executive", "scrutiny", "smt", "slt", "elt", "cmt", "clt",
        // A fire or police authority, a university's senate or court, a Scottish integration joint board.
        "authority", "authorities", "senate", "court", "ijb",
        // A school's full or local governing body, a health and wellbeing board, an overview and scrutiny committee,
        // a foundation trust's council of governors.
        "fgb", "lgb", "hwb", "osc", "cog",
        // In Welsh, with their mutated forms: board, committee, council, forum.
        "bwrdd", "fwrdd", "mwrdd", "pwyllgor", "bwyllgor", "cyngor", "gyngor", "fforwm",
    ]

    /// Months in Roman numerals, as much of Europe writes a date (`31 III 2026`).
    static let romanMonths: [String: Int] = [
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
    ]

    static let ongoing: Set<String> = ["ongoing", "continuous", "continuing", "bau", "parhaus"]
    static let recurring: [String: String] = [
        "weekly": "weekly", "monthly": "monthly", "quarterly": "quarterly", "annually": "annually", "annual": "annually",
        "yearly": "annually", "biannually": "twice a year", "biannual": "twice a year", "termly": "termly", "daily": "daily",
        "fortnightly": "fortnightly", "bimonthly": "bi-monthly", "biennial": "every two years", "biennially": "every two years",
        "triennial": "every three years", "triennially": "every three years",
    ]
    /// Words before a recurring one that change how often: `bi-monthly`, `half-yearly`.
    static let recurrenceModifiers: Set<String> = ["bi", "half", "semi", "tri", "twice", "quarter"]
    static let toBeConfirmed: Set<String> = ["tbc", "tbd", "tba"]

    /// A four-digit year Tally reads: 1900 to 2199.
    static func year(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text), (1900...2199).contains(year) else { return nil }
        return year
    }

    /// `2024/25`, `2024-25`, `2024/2025`, or with `short`, `24/25`: the year the financial year
    /// (April to March) starts in. Nil for anything else.
    static func financialYear(_ text: String, allowShort: Bool) -> Int? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let first = String(parts[0])
        let second = String(parts[1])
        if let start = year(first) {
            guard let end = Int(second) else { return nil }
            let endYear = second.count == 2 ? (start / 100) * 100 + end : (second.count == 4 ? end : -1)
            return endYear == start + 1 || (second.count == 2 && end == (start + 1) % 100) ? start : nil
        }
        guard allowShort, first.count == 2, second.count == 2, let a = Int(first), let b = Int(second), b == (a + 1) % 100 else {
            return nil
        }
        return 2000 + a
    }

    /// A day of a month written as a number: `31`, `1st`, `22nd`.
    static func day(_ text: String) -> Int? {
        let digits = text.prefix(while: \.isASCIIDigit)
        let suffix = text.dropFirst(digits.count)
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(String(suffix)), let day = Int(digits),
            (1...31).contains(day)
        else { return nil }
        return day
    }

    /// True when a word is close to a month or season name but is not one: `Smarch`, `Septmber`.
    static func nearlyAPeriod(_ word: String) -> String? {
        guard word.count >= 4, word.allSatisfy(\.isLetter), months[word] == nil, seasons[word] == nil else { return nil }
        let names = englishMonths.keys.filter { $0.count > 3 } + Array(englishSeasons.keys)
        return names.filter { distance(word, $0) <= 1 || (word.count >= 6 && distance(word, $0) <= 2) }.sorted().first
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Array where Element: Equatable {
    /// Whether the list's last elements are `suffix`, in order.
    func ends(with suffix: [Element]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
