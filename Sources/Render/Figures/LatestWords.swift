import Compute
import Model

/// Words just after the latest value of a series that say how it stands against the one before:
/// "{{ leakage }}, down on last year", "{{ waits }} people, a slight fall". The value follows the
/// data while the words stay, so the page could call a rise a fall.
enum LatestWords {
    /// -1 for words of a fall, 1 a rise, 0 no change, with the words; nil when they say none, or
    /// negate. "Last year" and "the year before" are read only of a series of years whose value
    /// before the latest is the year before it (`lastYear`).
    static func said(after rest: Substring, lastYear: Bool) -> (words: String, way: Int)? {
        let segments = rest.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        func words(_ text: Substring) -> [String] { text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) }
        // Right after the figure ("{{ x }} down on last year"), or after its unit and a comma
        // ("{{ x }} people, a slight fall").
        var candidates = [words(segments[0])]
        if segments.count > 1, words(segments[0]).count <= 3 { candidates.append(words(segments[1])) }
        for candidate in candidates {
            guard !Negation.isIn(candidate.map { Substring($0) }) else { return nil }
            let text = candidate.joined(separator: " ")
            for (pattern, way, needsLastYear) in phrases where !needsLastYear || lastYear {
                if let match = text.prefixMatch(of: pattern) { return (String(match.0), way) }
            }
        }
        return nil
    }

    nonisolated(unsafe) static let phrases: [(Regex<Substring>, Int, Bool)] = {
        let year = "(?:last year|the year before|the previous year|a year earlier|the year earlier)"
        let noun = "(?:[a-z]+ )?"
        func regex(_ pattern: String) -> Regex<Substring> { try! Regex<Substring>(pattern) }
        return [
            (regex("(?:down|lower|less|fewer) (?:on|than|from) \(year)"), -1, true),
            (regex("(?:up|higher|more|greater) (?:on|than|from) \(year)"), 1, true),
            (regex("(?:the same as|unchanged from|no change from|no different from) \(year)"), 0, true),
            // Not "a fall in the rate of growth", of something else.
            (regex("an? \(noun)(?:fall|drop|decrease|reduction|decline|dip)\\b(?! in\\b)"), -1, false),
            (regex("an? \(noun)(?:rise|increase|jump|growth)\\b(?! in\\b)"), 1, false),
            (regex("unchanged$"), 0, false),
        ]
    }()

    /// 1 when `value` is higher than `other` as the series shows them, -1 lower, 0 the same.
    static func way(of value: Double, against other: Double, unit: ValueUnit) -> Int {
        let (now, then) = (unit.asShown(value), unit.asShown(other))
        return now > then ? 1 : now < then ? -1 : 0
    }

    static func standing(_ way: Int) -> String { way == 0 ? "the same as" : way > 0 ? "higher than" : "lower than" }

    /// Words after a figure that compare it with the value of a year of its series: "{{ x }},
    /// lower than in 2024", "above the 2019 level", "down on 2024/25". The way, the year as written,
    /// and the words.
    static func comparedWithYear(after rest: Substring) -> (way: Int, year: String, words: String)? {
        let text = rest.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{00A0}" }).joined(separator: " ")
        guard let match = text.prefixMatch(of: yearComparison), !Negation.isIn(text.split(whereSeparator: { !$0.isLetter })) else { return nil }
        let way = ["higher", "more", "greater", "above", "up"].contains(String(match.1)) ? 1 : -1
        return (way, String(match.2), String(match.0))
    }

    nonisolated(unsafe) static let yearComparison = /(?:[a-z]+ ){0,3}?(higher|lower|more|less|fewer|greater|above|below|up|down)(?: on| than| from)?(?: in)?(?: the)? (\d{4}(?:\/\d{2})?)(?: level| figure| total| value)?\b/
}
