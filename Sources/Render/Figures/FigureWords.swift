import Compute
import Foundation
import Model

/// The words beside a figure cited in prose, checked against the figure: on a page of no day the
/// figure follows the data while the words stay as written.
enum FigureWords {
    /// What is wrong with the words around `reference`, each with how to write it.
    static func problems(
        _ figure: ResolvedFigure, reference: String, before: Substring, after: Substring, resolver: FigureResolver
    ) -> [(message: String, hint: String)] {
        var problems: [(message: String, hint: String)] = []
        // The series (or "target", "plan") the reference starts with, and with the id after it: "plan.x".
        let series = String(reference.prefix { $0 != "." && $0 != "@" })
        // ("log" has no id: its counts are "log.total", "log.finished".)
        let base = reference.hasPrefix("log.") ? "log" : reference.split(separator: ".").prefix(2).joined(separator: ".")
        let asAt = resolver.strings.longDate(resolver.assessments.asOf)
        // "{{ plan.x.finished }}% of actions are complete" published "1%" of one action in seven;
        // "{{ x.change.percent }}%" published "+20%%".
        if let sign = PercentAfter.said(after: after) {
            problems.append(
                figure.text.contains("%")
                    ? ("the words add \"\(sign)\" after {{ \(reference) }}, which writes its own (\(figure.text))",
                        "leave out the \"\(sign)\": the figure writes it")
                    : ("the words add \"\(sign)\" after {{ \(reference) }}, but it is a count (\(figure.text)), not a percentage",
                        figure.counts != nil
                            ? "give the count as a count: {{ \(base).finished }} of {{ \(base).total }}"
                            : "a share is worked out from its part and its whole: define it in metrics.yaml (share: {part: ..., of: ...}) and cite that"))
        }
        if let way = figure.way, ![".direction", ".from", ".from.date"].contains(where: reference.hasSuffix),
            let said = ChangeWords.said(before: before, after: after), said.way != way
        {
            problems.append((
                "the words say \"\(said.words)\", but {{ \(reference) }} " + (way == 0 ? "did not change" : way > 0 ? "rose" : "fell")
                    + " (\(figure.description))",
                ChangeWords.hint(for: reference)))
        }
        // "Fell from {{ x.previous }}" (or from `.change.from`): the latest is lower than it.
        let fromWay = reference.hasSuffix(".from") ? figure.way : figure.wayToLatest
        if let way = fromWay, let said = FromWords.said(before: before, after: after, series: series), said.way != way {
            problems.append((
                "the words say \"\(said.words)\" {{ \(reference) }}, but the latest value is " + (way == 0 ? "the same" : way > 0 ? "higher" : "lower"),
                "let the figures say which way it went: {{ \(series).since@<period>.direction }} from {{ \(reference) }}"))
        }
        if let value = figure.value, let values = resolver.assessments.figures.series[series] {
            let ownAfter = ChangeWords.ownWords(before: before, after: after).after
            // "{{ leakage }}, down on last year": the latest against the value before it.
            if let period = figure.period, values.latest?.period == period, let previous = values.previous, let earlier = previous.value,
                let said = LatestWords.said(
                    after: ownAfter,
                    lastYear: [.calendarYear, .financialYear].contains(values.periodKind)
                        && previous.period.end.daysSinceEpoch + 1 == period.start.daysSinceEpoch),
                case let way = LatestWords.way(of: value, against: earlier, unit: values.unit), way != said.way
            {
                problems.append((
                    "the words say \"\(said.words)\", but {{ \(reference) }} is \(LatestWords.standing(way)) the value before it, for \(resolver.strings.period(previous.period))",
                    "let the figures say which way it went: {{ \(series).change.direction }}"))
            }
            // "{{ leakage }}, lower than in 2024": against the value of that year.
            if let said = LatestWords.comparedWithYear(after: ownAfter),
                let period = Period.parse(said.year, as: values.periodKind, financialYearStart: values.financialYearStart),
                let other = values.point(at: period)?.value,
                case let way = LatestWords.way(of: value, against: other, unit: values.unit), way != said.way
            {
                problems.append((
                    "the words say \"\(said.words)\", but {{ \(reference) }} is \(LatestWords.standing(way)) the value for \(resolver.strings.period(period))",
                    "let the figures say which way it went: {{ \(series).since@\(said.year).direction }}"))
            }
        }
        // "In 2024, {{ recalls }}": the latest value is 2025's.
        // (A year after the site's date names no figure's period: "the plan for 2030".)
        let writtenIn = (resolver.writtenOn ?? resolver.assessments.asOf).year
        if let period = figure.period, let claim = PeriodWords.claimed(
                before: before, after: after, year: writtenIn, conventions: resolver.content.site.deadlineConventions),
            claim.days.lowerBound <= resolver.assessments.asOf, !PeriodWords.fits(claim.days, period.start...period.end)
        {
            problems.append((
                "the words say \(claim.words), but {{ \(reference) }} is the value for \(resolver.strings.period(period))",
                reference.hasPrefix("target.")
                    ? "let the figures say when: {{ \(reference).date }}"
                    : "cite the value for that time, {{ \(series)@<period> }}, or let the figures say when: {{ \(series).date }}"))
        }
        // "Our goal is {{ target.x.goal }} by December 2025": once December passed, the goal in
        // force was the next step's, due in July 2026, beside the words of December. (The goal
        // shown is the one in force as at the build's date, in a dated record too.)
        if let due = figure.goalDue, let said = GoalDayWords.said(before: before, after: after, conventions: resolver.content.site.deadlineConventions),
            said.day != due
        {
            problems.append((
                "the words say \"\(said.words)\", but {{ \(reference) }} is the goal due by \(resolver.strings.longDate(due))",
                "give the goal of that day in words as its step does, or cite {{ \(reference) }} without a day"))
        }
        // Words of a dated record were true, or not, on its day: a record high or a target met
        // then is not judged by figures known since.
        if let day = resolver.writtenOn, day < resolver.assessments.asOf { return problems }
        if let counts = figure.counts, let said = CountClaimWords.said(before: before, after: after, total: reference.hasSuffix(".total")) {
            switch said.claim {
            case .allButFinished(let left) where counts.finished != counts.total - left:
                problems.append((
                    "the words say \"\(said.words)\", but \(counts.finished) of \(counts.total) are finished as at \(asAt)",
                    "let the figures say how many: {{ \(base).finished }} of {{ \(base).total }}"))
            case .mostFinished where counts.finished * 2 <= counts.total, .allFinished where counts.finished < counts.total:
                problems.append((
                    "the words say \"\(said.words)\", but \(counts.finished) of \(counts.total) are finished as at \(asAt)",
                    "let the figures say how many: {{ \(base).finished }} of {{ \(base).total }}"))
            case .noneOverdue where counts.overdue > 0:
                problems.append((
                    "the words say \"\(said.words)\", but \(counts.overdue) \(counts.overdue == 1 ? "is" : "are") overdue as at \(asAt)",
                    "let the figures say how many: {{ \(base).\(reference.hasPrefix("response.") ? "overdue-steps" : "overdue") }}"))
            case .fewerThanHalfFinished where counts.finished * 2 >= counts.total, .noneFinished where counts.finished > 0:
                problems.append((
                    "the words say \"\(said.words)\", but \(counts.finished) of \(counts.total) are finished as at \(asAt)",
                    "let the figures say how many: {{ \(base).finished }} of {{ \(base).total }}"))
            case .fewerThanHalfOverdue where counts.overdue * 2 >= counts.total:
                problems.append((
                    "the words say \"\(said.words)\", but \(counts.overdue) of \(counts.total) are overdue as at \(asAt)",
                    "let the figures say how many: {{ \(base).overdue }} of {{ \(base).total }}"))
            case .mostNotOverdue where (counts.total - counts.overdue) * 2 <= counts.total:
                problems.append((
                    "the words say \"\(said.words)\", but \(counts.overdue) of \(counts.total) are overdue as at \(asAt)",
                    "let the figures say how many: {{ \(base).overdue }} of {{ \(base).total }}"))
            case .allAgreed where (counts.agreed ?? counts.total) < counts.total:
                problems.append((
                    "the words say \"\(said.words)\", but \(counts.agreed ?? 0) of \(counts.total) are agreed in full",
                    "let the figures say how many: {{ \(base).agreed }} of {{ \(base).total }}"))
            default: break
            }
        }
        if let counts = figure.counts, reference.hasSuffix(".finished") || reference.hasSuffix(".overdue"),
            let said = CountClaimWords.countInWords(before: before, after: after, finished: reference.hasSuffix(".finished"))
        {
            let count = reference.hasSuffix(".finished") ? counts.finished : counts.overdue
            if said.count != count {
                problems.append((
                    "the words say \"\(said.words)\", but {{ \(reference) }} is \(count) as at \(asAt)",
                    "let the figure say how many, without a count in words beside it"))
            }
        }
        // "{{ plan.x.finished }} of {{ plan.x.total }} actions (50%) are complete": the share of
        // the count the reference gives, or (beside the total alone) of those the words say.
        if let counts = figure.counts, let said = CountShareWords.said(before: before, after: after) {
            let part = CountShareWords.part(
                reference: reference, counts: counts, sentence: CountClaimWords.sentence(before: before, after: after).lowercased())
            if let part, !CountShareWords.fits(said.share, count: part.count, of: counts.total) {
                problems.append((
                    "the words say \"\(said.words)\", but \(part.count) of \(counts.total) are \(part.name) as at \(asAt)",
                    "let the figures say how many: {{ \(base).\(part.name) }} of {{ \(base).total }}, without a share written beside them"))
            }
        }
        if let status = figure.targetStatus, let said = TargetClaimWords.said(before: before, after: after), !said.fits.contains(status) {
            let stands = resolver.strings.text("target-status.\(status.rawValue)").lowercasedFirst
            problems.append((
                "the words say \"\(said.words)\", but the target of {{ \(reference) }} is \(stands) as at \(asAt)",
                "let the figures say how it stands: {{ \(base).status }}"))
        }
        guard let said = RecordWords.said(before: before, after: after) else { return problems }
        if let since = said.since, let value = figure.value, let period = figure.period,
            let values = resolver.assessments.figures.series[series],
            let beaten = values.values.first(where: { point in
                // A record of its day: "{{ x@2024 }}, the lowest since 2012" is not undone by 2025.
                guard let other = point.value, point.period < period, point.period.start.year > since else { return false }
                let (shown, shownOther) = (values.unit.asShown(value), values.unit.asShown(other))
                return said.extreme > 0 ? shownOther > shown : shownOther < shown
            })
        {
            problems.append((
                "the words say \"\(said.words)\", but {{ \(reference) }} is not: the value for \(resolver.strings.period(beaten.period)) was \(said.extreme > 0 ? "higher" : "lower")",
                "cite the record of those years, or give the value by its period: {{ \(series)@<period> }}"))
        } else if said.since == nil, let extremes = figure.extremes, !(said.extreme > 0 ? extremes.highest : extremes.lowest) {
            let record = said.extreme > 0 ? "highest" : "lowest"
            problems.append((
                "the words say \"\(said.words)\", but {{ \(reference) }} is not the \(record) value of its series (\(figure.description))",
                "cite the record itself, {{ \(series).\(record) }} on {{ \(series).\(record).date }}, or give the value by its period: {{ \(series)@<period> }}"))
        }
        return problems
    }
}

/// Words beside a change cited in prose that say which way it went: "fell by {{ waits.change.abs }}",
/// "{{ waits.change.abs }} fewer". On a page with no day of its own, the figure follows the data
/// while the words stay as written, so the page could say "fell by 235" of a rise of 235.
enum ChangeWords {
    /// -1 for words of a fall, 1 for a rise, with the words as written; nil when they say neither.
    static func said(before whole: Substring, after rest: Substring) -> (words: String, way: Int)? {
        let (before, after) = clause(before: whole, after: rest)
        if let said = phrase(ending: before, in: wordsBefore) { return said }
        let later = after.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if let way = wordsAfter[later] { return (later, way) }
        return nil
    }

    /// The phrase of `phrases` the words before a figure end with, the longest first; nil when
    /// the last words negate ("has not fallen by {{ x.change.abs }}" says the other way, or neither).
    static func phrase(ending before: Substring, in phrases: [String: Int]) -> (words: String, way: Int)? {
        let recent = before.lowercased().split(whereSeparator: { !$0.isLetter }).suffix(5)
        guard !Negation.isIn(recent) else { return nil }
        let earlier = recent.suffix(3).map(String.init)
        for count in [3, 2, 1] where earlier.count >= count {
            let phrase = earlier.suffix(count).joined(separator: " ")
            if let way = phrases[phrase] { return (phrase, way) }
        }
        return nil
    }

    /// The words of the reference's own clause on each side: "{{ a.highest }}, the highest on
    /// record; {{ b }}" says nothing of b, nor "Waits fell by 10%. {{ b.change.abs }} more ...".
    static func clause(before: Substring, after: Substring) -> (Substring, Substring) {
        let start = lastMark(".;:!?", in: before).map { before.index(after: $0) } ?? before.startIndex
        let end = firstMark(".;:!?", in: after) ?? after.endIndex
        return (before[start...], after[..<end])
    }

    /// The first of `marks` in `text` outside a reference: the points of "{{ plan.x.total }}" end
    /// no sentence.
    static func firstMark(_ marks: String, in text: Substring) -> Substring.Index? {
        var inside = false
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            if character == "{", previous == "{" { inside = true } else if character == "}", previous == "}" { inside = false }
            if !inside, marks.contains(character) { return index }
            previous = character
        }
        return nil
    }

    /// The last of `marks` in `text` outside a reference.
    static func lastMark(_ marks: String, in text: Substring) -> Substring.Index? {
        var inside = false
        var previous: Character = " "
        for index in text.indices.reversed() {
            let character = text[index]
            if character == "}", previous == "}" { inside = true } else if character == "{", previous == "{" { inside = false }
            if !inside, marks.contains(character) { return index }
            previous = character
        }
        return nil
    }

    /// The words of the reference's clause that are its own, with no other reference between:
    /// in "from {{ a }} in 2019 to {{ b }}", b's words before it are " in 2019 to ".
    static func ownWords(before whole: Substring, after rest: Substring) -> (before: Substring, after: Substring) {
        let (before, after) = clause(before: whole, after: rest)
        return (
            before.range(of: "}}", options: .backwards).map { before[$0.upperBound...] } ?? before,
            after.range(of: "{{").map { after[..<$0.lowerBound] } ?? after
        )
    }

    /// "{{ waits.change.direction }} by {{ waits.change.abs }}": the words then follow the figures.
    static func hint(for reference: String) -> String {
        let base = reference.split(separator: ".").prefix(while: { $0 != "abs" && $0 != "percent" }).joined(separator: ".")
        let size = base == reference ? base + ".abs" : reference
        return "let the figures say which way it went: {{ \(base).direction }} by {{ \(size) }}"
    }

    static let wordsBefore: [String: Int] = {
        let falls = [
            "fell by", "fallen by", "falls by", "falling by", "fall of", "a fall of", "down by", "went down by", "gone down by",
            "decreased by", "decrease of", "a decrease of", "dropped by", "drop of", "a drop of", "reduced by", "reduction of",
            "a reduction of", "declined by", "decline of", "a decline of", "cut by", "lower by", "shrank by",
            "gostyngodd", "gostyngiad o", "i lawr",
        ]
        let rises = [
            "rose by", "risen by", "rises by", "rising by", "rise of", "a rise of", "up by", "went up by", "gone up by",
            "increased by", "increase of", "an increase of", "grew by", "grown by", "growth of", "higher by", "climbed by",
            "cododd", "cynnydd o", "i fyny",
        ]
        return Dictionary(uniqueKeysWithValues: falls.map { ($0, -1) } + rises.map { ($0, 1) })
    }()

    static let wordsAfter: [String: Int] = [
        "fewer": -1, "less": -1, "lower": -1, "down": -1, "llai": -1, "more": 1, "higher": 1, "up": 1, "mwy": 1,
        // "a {{ x.change.percent.abs }} fall".
        "fall": -1, "drop": -1, "decrease": -1, "reduction": -1, "decline": -1, "rise": 1, "increase": 1, "growth": 1, "jump": 1,
    ]
}

/// Words beside the latest value that call it a record: "a record high of {{ recycling }}". The
/// figure follows the data while the words stay as written, so the page could call a later,
/// lower value the highest ever.
enum RecordWords {
    /// 1 for words that call the value the highest, -1 the lowest, with the words; nil otherwise.
    /// "The highest since 2015" is a record of the years after 2015 (`since`); "the highest in
    /// ten years" and "for a decade" are left alone.
    static func said(before whole: Substring, after rest: Substring) -> (words: String, extreme: Int, since: Int?)? {
        let (before, after) = ChangeWords.clause(before: whole, after: rest)
        let earlier = before.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).suffix(4).joined(separator: " ")
        for (phrase, extreme) in wordsBefore where earlier.hasSuffix(phrase) { return (phrase, extreme, nil) }
        // "{{ x }} is the lowest since 2019": read past the verb.
        let later = after.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
            .drop(while: { linkingWords.contains(String($0)) }).prefix(4).joined(separator: " ")
        // "The highest since 2015": "the highest" alone is too often of something else ("the highest in the region").
        let sinceOnly = [("the highest", 1), ("the lowest", -1), ("highest", 1), ("lowest", -1)].filter { (later + " ").hasPrefix($0.0 + " since ") }
        for (phrase, extreme) in wordsAfter + sinceOnly where later == phrase || later.hasPrefix(phrase + " ") {
            // (The longest phrase is tried first, so "its highest level since" is not read as "its highest".)
            let next = later.dropFirst(phrase.count).split(separator: " ").first
            if next == "since" {
                let written = after.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
                guard let at = written.firstIndex(of: "since"), at + 1 < written.endIndex, let year = Int(written[at + 1]),
                    (1900...2100).contains(year)
                else { return nil }
                return ("\(phrase) since \(year)", extreme, year)
            }
            if let next, ["in", "for", "of", "this"].contains(next) { return nil }
            return (phrase, extreme, nil)
        }
        return nil
    }

    static let linkingWords: Set<String> = ["is", "was", "are", "were", "remains", "remained", "now", "still", "being"]

    static let wordsBefore: [(String, Int)] = [
        ("record high of", 1), ("all-time high of", 1), ("highest ever", 1), ("highest on record", 1), ("highest level ever", 1),
        ("record low of", -1), ("all-time low of", -1), ("lowest ever", -1), ("lowest on record", -1), ("lowest level ever", -1),
    ]
    static let wordsAfter: [(String, Int)] = [
        ("the highest ever", 1), ("the highest on record", 1), ("a record high", 1), ("an all-time high", 1), ("the highest yet", 1),
        ("the highest level", 1), ("its highest level", 1), ("its highest", 1), ("a new high", 1),
        ("the lowest ever", -1), ("the lowest on record", -1), ("a record low", -1), ("an all-time low", -1), ("the lowest yet", -1),
        ("the lowest level", -1), ("its lowest level", -1), ("its lowest", -1), ("a new low", -1),
    ].sorted { $0.0.count > $1.0.count }
}

/// Words in the sentence of a target's figure that say how it stands: "We met our target:
/// {{ target.waits.latest }}". The figure follows the data while the words stay as written, so
/// the page could say "met" of a target now off track.
enum TargetClaimWords {
    /// What the words claim, with the words, and the statuses that bear them out; nil when they
    /// claim nothing, or say "not" anywhere (the sentence is then left alone, never guessed at).
    static func said(before whole: Substring, after rest: Substring) -> (words: String, fits: Set<TargetAssessment.Status>)? {
        let start = ChangeWords.lastMark(".!?", in: whole).map { whole.index(after: $0) } ?? whole.startIndex
        let end = ChangeWords.firstMark(".!?", in: rest) ?? rest.endIndex
        func words(_ text: Substring) -> String {
            " " + text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }).joined(separator: " ") + " "
        }
        let (before, after) = (words(whole[start...]), words(rest[..<end]))
        guard !Negation.isIn((before + after).split(whereSeparator: { !$0.isLetter })) else { return nil }
        // The claim nearest the figure: "A is on track ({{ a }}), B off track ({{ b }})" says each of its own.
        var nearest: (distance: Int, phrase: String, fits: Set<TargetAssessment.Status>)?
        for (phrase, fits) in claims {
            if let found = before.range(of: " \(phrase) ", options: .backwards) {
                let distance = before.distance(from: found.upperBound, to: before.endIndex)
                if distance < nearest?.distance ?? .max { nearest = (distance, phrase, fits) }
            }
            if let found = after.range(of: " \(phrase) ") {
                let distance = after.distance(from: after.startIndex, to: found.lowerBound)
                if distance < nearest?.distance ?? .max { nearest = (distance, phrase, fits) }
            }
        }
        return nearest.map { ($0.phrase, $0.fits) }
    }

    static let claims: [(String, Set<TargetAssessment.Status>)] = [
        ("off track", [.offTrack, .missed]), ("behind target", [.offTrack, .missed]),
        ("on track", [.onTrack, .met]), ("ahead of target", [.onTrack, .met]),
        ("target missed", [.missed]), ("missed the target", [.missed]), ("missed our target", [.missed]),
        ("missed its target", [.missed]), ("target was missed", [.missed]), ("fell short of the target", [.missed]),
        ("target met", [.met]), ("met the target", [.met]), ("met our target", [.met]), ("met its target", [.met]),
        ("target was met", [.met]), ("target has been met", [.met]), ("target achieved", [.met]), ("achieved the target", [.met]),
        ("achieved our target", [.met]), ("exceeded the target", [.met]), ("exceeded our target", [.met]), ("beat the target", [.met]),
    ]
}

/// Words just before a figure that say the value now is higher or lower than it: "down from
/// {{ waits.previous }}", "rose from {{ waits.first }} to {{ waits }}".
enum FromWords {
    /// -1 for a fall, 1 for a rise, with the words; nil when they say neither, or go on to name
    /// where it went other than the latest ("from {{ x@2015 }} to {{ x@2019 }}").
    static func said(before whole: Substring, after rest: Substring, series: String) -> (words: String, way: Int)? {
        let (before, after) = ChangeWords.clause(before: whole, after: rest)
        guard let found = ChangeWords.phrase(ending: before, in: phrases) else { return nil }
        let next = after.trimmingCharacters(in: .whitespaces).lowercased()
        if next.hasPrefix("to ") || next == "to" {
            // Only "to" the latest itself: "from {{ x.first }} to {{ x }}".
            let target = next.dropFirst(2).trimmingCharacters(in: .whitespaces)
            guard target.hasPrefix("{{"), let close = target.range(of: "}}"),
                target[target.index(target.startIndex, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: .whitespaces) == series
            else { return nil }
        }
        return found
    }

    static let phrases: [String: Int] = {
        let falls = ["down from", "fell from", "fallen from", "falling from", "decreased from", "dropped from", "reduced from", "declined from", "a fall from", "a drop from", "a reduction from"]
        let rises = ["up from", "rose from", "risen from", "rising from", "increased from", "grew from", "grown from", "climbed from", "a rise from", "an increase from"]
        return Dictionary(uniqueKeysWithValues: falls.map { ($0, -1) } + rises.map { ($0, 1) })
    }()
}

/// A percent sign, or the words for one, written straight after a figure.
enum PercentAfter {
    static func said(after rest: Substring) -> String? {
        let next = rest.drop { $0 == " " || $0 == "\u{00A0}" }
        if next.first == "%" { return "%" }
        let lowered = next.prefix(9).lowercased()
        // In Welsh, "y cant".
        return ["per cent", "percent", "y cant"].first { lowered.hasPrefix($0) && lowered.dropFirst($0.count).first?.isLetter != true }
    }
}

/// Words that negate a claim beside a figure: "has not fallen by", "hasn't met its target",
/// "yet to be met", "no longer on track". A claim among them is left alone, never guessed at.
enum Negation {
    /// Whether `words` (lower case, split at every mark that is not a letter, so that "hasn't"
    /// is "hasn" and "t") negate.
    static func isIn(_ words: some Collection<Substring>) -> Bool {
        let words = Array(words)
        if words.contains(where: { ["not", "t", "never", "nor", "unmet"].contains($0) }) { return true }
        return zip(words, words.dropFirst()).contains { $0 == ("yet", "to") || $0 == ("no", "longer") }
    }
}

