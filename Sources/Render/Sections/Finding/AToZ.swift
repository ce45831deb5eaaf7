import Compute
import Markup
import Model

/// Every page, action, recommendation, figure and term by its first letter: an index that needs
/// no JavaScript.
enum AToZ {
    /// Compared and hashed by its texts' bytes, as the page writes them: a letter's page is
    /// taken from the last build when its entries are the same (Swift's `==` counts two
    /// spellings of "é" as one).
    struct Entry: Hashable, Sendable {
        var text: String
        var kind: String
        var sitePath: String
        var anchor: String?
        /// The language of `text` when it is not the page's (an item not yet translated).
        var lang: String?

        static func == (one: Entry, other: Entry) -> Bool {
            func same(_ one: String?, _ other: String?) -> Bool {
                switch (one, other) {
                case (nil, nil): return true
                case (let one?, let other?): return one.hasSameBytes(as: other)
                default: return false
                }
            }
            return one.text.hasSameBytes(as: other.text) && one.kind.hasSameBytes(as: other.kind)
                && one.sitePath.hasSameBytes(as: other.sitePath) && same(one.anchor, other.anchor) && same(one.lang, other.lang)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytesOf: text)
            hasher.combine(bytesOf: kind)
            hasher.combine(bytesOf: sitePath)
        }
    }

    /// An entry with the key it is sorted and lettered by (`sortKey`).
    typealias Keyed = (key: String, entry: Entry)

    fileprivate enum Part: Sendable, Equatable {
        case pages, plans, groups, others
        /// The meetings in this range of `content.meetings`, with their actions: most of the
        /// entries, so in several parts, that no one part keeps the others waiting.
        case meetings(Range<Int>)
    }

    /// A part's entries, and for a part of meetings the page of the action log of each of its
    /// actions, in order: what the next build of a session compares to take them as they are.
    fileprivate struct PartEntries: Sendable {
        var part: Part
        var logPages: [Int] = []
        var entries: [Keyed]
    }

    /// The index: every entry, sorted, and under its letters, with what it was made from. In a
    /// session the next build takes the entries of each part of the meetings whose entries
    /// would be the same, and the whole index when every part's are (most edits change none:
    /// remaking its 17,063 entries was a tenth of a field edit on 10,000 notes).
    struct Index: Sendable {
        var all: [Keyed]
        var letters: [Letter]
        fileprivate var perPage: Int
        fileprivate var parts: [PartEntries]
        fileprivate var pages: [Page]
        fileprivate var updates: [Update]
        fileprivate var plans: [Plan]
        fileprivate var meetings: [Meeting]
        fileprivate var groups: [MeetingGroup]
        fileprivate var strings: Strings
        fileprivate var untranslated: Set<String>
        fileprivate var languages: [String]

        fileprivate init(all: [Keyed], letters: [Letter], perPage: Int, parts: [PartEntries], content: Content, strings: Strings) {
            (self.all, self.letters, self.perPage, self.parts, self.strings) = (all, letters, perPage, parts, strings)
            (pages, updates, plans, meetings, groups) = (content.pages, content.updates, content.plans, content.meetings, content.groups)
            (untranslated, languages) = (content.untranslatedPaths, content.site.languages)
        }

        /// Whether what every entry is made from besides its own part's values is as it was. (A
        /// part of the meetings is compared by its range, which holds in both builds' meetings.)
        fileprivate func madeAlike(_ content: Content, strings: Strings, perPage: Int) -> Bool {
            self.perPage == perPage && self.strings == strings
                && untranslated == content.untranslatedPaths && languages == content.site.languages
                && groups.count == content.groups.count
                && zip(groups, content.groups).allSatisfy { $0.id.hasSameBytes(as: $1.id) && $0.title.hasSameBytes(as: $1.title) }
        }
    }

    /// Every entry, sorted, made in parts on all cores, each entry's key once (not at every
    /// comparison of the sort); the parts are put together in one order whichever ends first.
    /// - Parameter previous: in a session, the last build's index.
    static func index(_ content: Content, assessments: Assessments, strings: Strings, after previous: Index? = nil) -> Index {
        let perPage = content.site.paginate.aToZ
        let actionLog = ActionLogOrder(content: content, assessments: assessments)
        let count = content.meetings.count
        let size = max(1, (count + 3) / 4)
        let meetingParts = stride(from: 0, to: count, by: size).map { Part.meetings($0..<min($0 + size, count)) }
        let earlier = previous.flatMap { $0.madeAlike(content, strings: strings, perPage: perPage) ? $0 : nil }
        // In the order the entries were always gathered in, so that equal keys keep their order.
        let made = ([Part.pages, .plans, .groups] + meetingParts + [.others]).parallelMap { part -> (PartEntries, kept: Bool) in
            guard case .meetings(let range) = part else {
                // Taken where the values they are made from compare equal whole (for most, the very
                // same values), as a page's subject is (so a title re-spelled in another Unicode form
                // alone keeps its old bytes here, as on the title's own page); the rest, few, made again.
                let kept = earlier?.parts.first { $0.part == part }
                if let earlier, let kept {
                    switch part {
                    case .pages where earlier.pages == content.pages && earlier.updates == content.updates: return (kept, true)
                    case .plans where earlier.plans == content.plans: return (kept, true)
                    case .groups where earlier.groups == content.groups: return (kept, true)
                    default: break
                    }
                }
                return (PartEntries(part: part, entries: entries(part, content, assessments: assessments, logPages: [], actionLog: actionLog, strings: strings)), false)
            }
            let logPages = content.meetings[range].flatMap { meeting in meeting.actions.map { actionLog.page(ofKey: $0.item.key) } }
            if let earlier, let kept = earlier.parts.first(where: { $0.part == part }), kept.logPages == logPages,
                range.allSatisfy({ sameEntries(content.meetings[$0], earlier.meetings[$0]) })
            {
                return (kept, true)
            }
            let entries = entries(part, content, assessments: assessments, logPages: logPages, actionLog: actionLog, strings: strings)
            return (PartEntries(part: part, logPages: logPages, entries: entries), false)
        }
        let parts = made.map(\.0)
        if let earlier, earlier.parts.count == parts.count,
            zip(made, earlier.parts).allSatisfy({ now, then in now.kept || sameEntries(now.0.entries, then.entries) })
        {
            return Index(all: earlier.all, letters: earlier.letters, perPage: perPage, parts: parts, content: content, strings: strings)
        }
        var all = parts.flatMap(\.entries)
        // Field by field: a tuple of the three made for each comparison copied each text.
        all.sort { one, other in
            if one.key != other.key { return one.key < other.key }
            if one.entry.kind != other.entry.kind { return one.entry.kind < other.entry.kind }
            return one.entry.sitePath < other.entry.sitePath
        }
        return Index(all: all, letters: letters(all, perPage: perPage), perPage: perPage, parts: parts, content: content, strings: strings)
    }

    /// Whether a meeting's entries would be the same as another's: the same words, byte for
    /// byte, in what they are made from (its title, or its group's and date; each action's words,
    /// id and file), where the group's title and the site's words are the same.
    private static func sameEntries(_ one: Meeting, _ other: Meeting) -> Bool {
        func same(_ one: String?, _ other: String?) -> Bool {
            switch (one, other) {
            case (nil, nil): true
            case (let one?, let other?): one.hasSameBytes(as: other)
            default: false
            }
        }
        guard one.id.hasSameBytes(as: other.id), same(one.title, other.title), one.date == other.date, one.groupID.hasSameBytes(as: other.groupID),
            one.body.displayPath.hasSameBytes(as: other.body.displayPath)
        else { return false }
        let actions = one.actions, others = other.actions
        return actions.count == others.count && actions.indices.allSatisfy { index in
            actions[index].id.hasSameBytes(as: others[index].id) && actions[index].text.hasSameBytes(as: others[index].text)
                && actions[index].item.location.file.hasSameBytes(as: others[index].item.location.file)
        }
    }

    private static func sameEntries(_ one: [Keyed], _ other: [Keyed]) -> Bool {
        one.count == other.count && one.indices.allSatisfy { one[$0].key.hasSameBytes(as: other[$0].key) && one[$0].entry == other[$0].entry }
    }

    static func keyed(_ entries: [Entry]) -> [Keyed] {
        entries.map { (sortKey($0.text), $0) }
    }

    /// - Parameter logPages: for a part of meetings, the page of the action log of each of its actions, in order.
    private static func entries(
        _ part: Part, _ content: Content, assessments: Assessments, logPages: [Int], actionLog: ActionLogOrder, strings: Strings
    ) -> [Keyed] {
        // Each entry keyed as it is made: keying them after copied each one, a retain of each of its texts.
        var entries: [Keyed] = []
        func add(_ entry: Entry) { entries.append((sortKey(entry.text), entry)) }
        switch part {
        case .pages:
            for page in content.pages where !page.isHome {
                add(Entry(text: page.title, kind: strings.text("a-z-kinds.page"), sitePath: SitePath.index(page.slug), lang: content.untranslatedLanguage(of: page.body.displayPath)))
            }
            for update in content.updates {
                add(Entry(text: update.title, kind: strings.text("a-z-kinds.update", ["date": strings.longDate(update.date)]), sitePath: UpdatesSection.sitePath(of: update), lang: content.untranslatedLanguage(of: update.body.displayPath)))
            }
        case .plans:
            for plan in content.plans {
                add(Entry(text: plan.title, kind: strings.text("a-z-kinds.plan"), sitePath: PlanPaths.plan(plan.id), lang: content.untranslatedLanguage(of: plan.body.displayPath)))
                for theme in plan.themes {
                    add(Entry(text: theme.title, kind: strings.text("a-z-kinds.theme", ["theme": PlanViews.themeLabel(theme, in: plan, strings) ?? strings.text("action.theme"), "plan": plan.title]), sitePath: PlanPaths.plan(plan.id), anchor: PlanPaths.themeAnchor(theme.id)))
                }
                for action in plan.actions {
                    add(Entry(text: action.item.title, kind: strings.text("a-z-kinds.action", ["number": action.number ?? action.id, "plan": plan.title]), sitePath: PlanPaths.action(action), lang: content.untranslatedLanguage(of: action.body.displayPath)))
                }
            }
        case .groups:
            for group in content.groups {
                add(Entry(text: group.title, kind: strings.text("a-z-kinds.group"), sitePath: MeetingPaths.group(group.id), lang: content.untranslatedLanguage(of: group.body.displayPath)))
            }
        case .meetings(let range):
            // Most entries are here: the words and the log's pages are made once, not for each.
            let meetingKind = strings.text("a-z-kinds.meeting")
            let actionKind = OneValueFill(strings.text("a-z-kinds.meeting-action"), name: "id")
            var logPaths: [Int: String] = [:]
            var logPage = logPages.makeIterator()
            for meeting in content.meetings[range] {
                add(Entry(
                    text: MeetingViews.title(meeting, content: content, strings: strings), kind: meetingKind,
                    sitePath: MeetingPaths.meeting(meeting.id),
                    lang: meeting.title == nil ? nil : content.untranslatedLanguage(of: meeting.body.displayPath)))
                for action in meeting.actions {
                    let page = logPage.next()!
                    let sitePath = logPaths[page] ?? actionLog.pagination.sitePath(page)
                    logPaths[page] = sitePath
                    add(Entry(text: action.text, kind: actionKind.filled(action.id), sitePath: sitePath, anchor: MeetingPaths.logAnchor(action.id), lang: content.untranslatedLanguage(of: action.item.location.file)))
                }
            }
        case .others:
            for response in content.responses {
                add(Entry(text: response.title, kind: strings.text("a-z-kinds.response"), sitePath: ResponsePaths.response(response.id), lang: content.untranslatedLanguage(of: response.body.displayPath)))
                for recommendation in response.recommendations {
                    add(Entry(text: recommendation.text, kind: strings.text("response.recommendation-title", ["number": recommendation.number]), sitePath: ResponsePaths.recommendation(recommendation), lang: content.untranslatedLanguage(of: recommendation.body.displayPath)))
                }
            }
            for topic in content.figures.topics {
                add(Entry(text: topic.title, kind: strings.text("a-z-kinds.figures"), sitePath: SeriesPaths.topic(topic.slug), lang: content.untranslatedLanguage(of: topic.body.displayPath)))
            }
            for series in assessments.figures.series.values {
                add(Entry(text: series.title, kind: strings.text("a-z-kinds.figures"), sitePath: SeriesPaths.page(series.id)))
            }
            for target in content.figures.targets {
                add(Entry(text: target.title, kind: strings.text("a-z-kinds.target"), sitePath: SeriesPaths.targets, anchor: SeriesPaths.targetAnchor(target.id)))
            }
            for term in content.glossary.terms {
                add(Entry(text: "\(term.term): \(term.expansion)", kind: strings.text("a-z-kinds.glossary"), sitePath: FindingPaths.glossary, anchor: FindingPaths.termAnchor(term.term)))
            }
        }
        return entries
    }

    static func sortKey(_ text: String) -> String {
        // Most entries are ASCII: lowered byte by byte, with what comes before the first letter or digit left out.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            func isLetterOrDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
            let start = text.utf8.firstIndex(where: isLetterOrDigit) ?? text.utf8.endIndex
            return String(decoding: text.utf8[start...].lazy.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return Slug.transliterated(text.lowercased()).drop { !($0.isLetter || $0.isNumber) }.description
    }

    /// A string with one `{name}` to fill, split once where the name is, for an entry of each of thousands of items.
    struct OneValueFill {
        private let parts: [String]

        init(_ words: String, name: String) { parts = words.split(separator: "{\(name)}", omittingEmptySubsequences: false).map(String.init) }

        /// As `Strings.fill` with that one value: each `{name}` replaced by it, which is never filled in again.
        func filled(_ value: String) -> String { parts.joined(separator: value) }
    }

    /// The letter an entry with this sort key is under: an accented Latin letter under its plain one (Ôl-osod under O).
    static func letter(ofKey key: String) -> String {
        guard let first = key.first else { return "#" }
        return first.isLetter && first.isASCII ? String(first).uppercased() : "0–9"
    }

    /// A letter's entries, with the anchor and the address of its part of the index.
    struct Letter: Sendable {
        var letter: String
        var anchor: String
        var entries: [Entry]
        /// Its pages when the index is split by letter.
        var pages: Pagination
    }

    /// Up to `perPage` entries (`paginate: a_to_z:`), the index is one page; beyond, a page of
    /// letters and each letter's entries on pages of their own, `perPage` to a page.
    static func letters(_ entries: [Keyed], perPage: Int = 500) -> [Letter] {
        var letters: [Letter] = []
        for (sortKey, entry) in entries {
            let key = letter(ofKey: sortKey)
            if letters.last?.letter == key {
                letters[letters.count - 1].entries.append(entry)
            } else {
                let slug = key == "0–9" ? "digits" : key.lowercased()
                letters.append(Letter(letter: key, anchor: "letter-" + slug, entries: [entry], pages: Pagination(first: "a-z/\(slug)/index.html", itemCount: 0, perPage: perPage)))
            }
        }
        for index in letters.indices { letters[index].pages.itemCount = letters[index].entries.count }
        return letters
    }

    /// The pages of the index: one, or a page of letters and pages for each letter.
    static func plan(_ index: Index, home: Crumb, strings: Strings) -> [PagePlan] {
        let (all, letters, perPage) = (index.all, index.letters, index.perPage)
        let origin = Origin.generated("the A to Z index")
        guard all.count > perPage else {
            return [PagePlan(sitePath: FindingPaths.index, title: strings.text("sections.a-z"), kind: .aToZ, breadcrumbs: [home], origin: origin,
                view: { render in onePage(letters, render: &render) })]
        }
        var pages = [PagePlan(sitePath: FindingPaths.index, title: strings.text("sections.a-z"), kind: .aToZ, breadcrumbs: [home], origin: origin,
            view: { render in overview(letters, total: all.count, render: &render) })]
        let index = Crumb(title: strings.text("sections.a-z"), sitePath: FindingPaths.index)
        for letter in letters {
            for number in letter.pages.pages {
                pages.append(PagePlan(
                    sitePath: letter.pages.sitePath(number), title: letter.pages.title(strings.text("pages.a-z-title", ["a-z": strings.text("sections.a-z"), "letter": letter.letter]), page: number, strings: strings),
                    kind: .aToZ, breadcrumbs: [home, index], origin: origin,
                    subject: LetterPage(letter: letter, page: number, letters: letters), view: letterPage))
            }
        }
        return pages
    }

    static func entryValues(_ entries: some Sequence<Entry>, render: PageRender) -> [View] {
        entries.map { entry in
            View([
                "text": entry.text, "kind": entry.kind, "url": render.url(to: entry.sitePath) + (entry.anchor.map { "#\($0)" } ?? ""),
                "titleLang": entry.lang,
            ])
        }
    }

    static func onePage(_ letters: [Letter], render: inout PageRender) -> View {
        render.ids.formUnion(letters.map(\.anchor))
        return [
            "letters": letters.map { ["letter": $0.letter, "url": "#" + $0.anchor] },
            "groups": letters.map { letter -> View in
                ["letter": letter.letter, "anchor": letter.anchor, "entries": entryValues(letter.entries, render: render)]
            },
        ]
    }

    static func overview(_ letters: [Letter], total: Int, render: inout PageRender) -> View {
        [
            "letters": letters.map { ["letter": $0.letter, "url": render.url(to: $0.pages.first)] },
            "overview": View([
                "tooMany": render.strings.plural("finding.a-z-too-many", count: total, ["count": FigureFormat.grouped(total)]),
                "letters": letters.map { letter -> View in
                    [
                        "letter": letter.letter, "url": render.url(to: letter.pages.first),
                        "count": render.strings.plural("finding.a-z-entries", count: letter.entries.count, ["count": FigureFormat.grouped(letter.entries.count)]),
                    ]
                },
            ]),
        ]
    }

    /// What a page of one letter's entries shows: its share of the letter's entries, and every
    /// letter with the address of its first page. A page whose share and letters are as they
    /// were is not drawn again in a session.
    struct LetterPage: Hashable, Sendable {
        var letter: String
        var anchor: String
        var pages: Pagination
        var page: Int
        var shown: ArraySlice<Entry>
        var letters: [LetterLink]

        struct LetterLink: Hashable, Sendable {
            var letter: String
            var sitePath: String
        }

        init(letter: Letter, page: Int, letters: [Letter]) {
            self.letter = letter.letter
            anchor = letter.anchor
            pages = letter.pages
            self.page = page
            shown = letter.entries[letter.pages.items(on: page)]
            self.letters = letters.map { LetterLink(letter: $0.letter, sitePath: $0.pages.first) }
        }

        static func == (one: LetterPage, other: LetterPage) -> Bool {
            guard one.letter == other.letter, one.anchor == other.anchor, one.pages == other.pages, one.page == other.page,
                one.letters == other.letters, one.shown.count == other.shown.count
            else { return false }
            // Entry by entry in place: comparing the slices copied each entry, a retain of each of its texts.
            return one.shown.withUnsafeBufferPointer { mine in
                other.shown.withUnsafeBufferPointer { theirs in mine.indices.allSatisfy { mine[$0] == theirs[$0] } }
            }
        }
    }

    static func letterPage(_ page: LetterPage, render: inout PageRender) -> View {
        render.ids.insert(page.anchor)
        var view: View = [
            "letters": page.letters.map { other -> View in
                var item: View = ["letter": other.letter, "url": render.url(to: other.sitePath)]
                if other.letter == page.letter { item["current"] = true }
                return item
            },
            "groups": [View(["letter": page.letter, "anchor": page.anchor, "entries": entryValues(page.shown, render: render)])],
        ]
        view["pager"] = page.pages.pager(page: page.page, label: render.strings.text("pages.a-z-label", ["letter": page.letter]), render: render) { range in
            render.strings.text("pages.a-z-showing", Pagination.span(range, of: page.pages.itemCount))
        }
        return view
    }
}
