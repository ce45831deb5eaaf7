import Foundation
import Testing

/// The council's site in English and Welsh (`languages: [en, cy]`): the Welsh pages under cy/,
/// a few of them translated, each page linking to its twin.
final class BilingualSite: @unchecked Sendable {
    let council: CouncilSite

    init() throws {
        council = try CouncilSite()
        try council.edit("Content/site.yaml") { $0.replacingOccurrences(of: "as_of: 2025-10-01", with: "as_of: 2025-10-01\nlanguages: [en, cy]") }
        // The Welsh words: the site's title and names, the about page, an action, a recommendation,
        // a group, a meeting's notes and a series.
        let welsh = repositoryRoot.appendingPathComponent("Tests/Fixtures/council-welsh").path
        let files = (FileManager.default.enumerator(atPath: welsh)?.compactMap { $0 as? String } ?? []).filter { $0.contains(".cy.") }
        for file in files {
            try FileManager.default.copyItem(atPath: welsh + "/" + file, toPath: council.path + "/Content/" + file)
        }
    }

    var path: String { council.path }
    func tally(_ arguments: String...) throws -> TallyResult { try runTally(arguments, in: council.path) }
    func page(_ sitePath: String) -> String { council.page(sitePath) }

    /// Every HTML file of a built folder, by its path inside it.
    func htmlFiles(in folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: path + "/" + folder)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
    }
}

/// `<link rel="alternate" hreflang="cy" href="...">` of a page, by language.
func alternates(in html: String) -> [String: String] {
    var found: [String: String] = [:]
    for line in html.split(separator: "\n") where line.hasPrefix("<link rel=\"alternate\" hreflang=\"") {
        let parts = line.split(separator: "\"")
        if parts.count >= 6 { found[String(parts[3])] = String(parts[5]) }
    }
    return found
}

/// `relative`, followed from the page at `sitePath`, as a path from the top of the site.
func resolve(_ relative: String, from sitePath: String) -> String {
    var parts = sitePath.split(separator: "/").dropLast().map(String.init)
    for part in relative.split(separator: "/") {
        if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
    }
    return parts.joined(separator: "/")
}

@Suite(.serialized) struct TwoLanguageTests {
    static let built = Result { () -> BilingualSite in
        let site = try BilingualSite()
        let result = try site.tally("build")
        guard result.status == 0 else { throw TallyFailure(result.errors) }
        return site
    }

    struct TallyFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test func everyPageHasItsTwinAndTheLinksBetweenThemGoBothWays() throws {
        let site = try Self.built.get()
        let english = site.htmlFiles(in: "Site").filter { !$0.hasPrefix("cy/") }
        let welsh = site.htmlFiles(in: "Site/cy")
        #expect(english.count > 40)
        // The A to Z's letters follow the titles, which differ by language; every other page is in both.
        let letters = { (paths: [String]) in Set(paths.filter { !$0.hasPrefix("a-z/") }) }
        #expect(letters(welsh) == letters(english))
        #expect(welsh.contains("a-z/o/index.html"), "“Ôl-osod” is under O")
        for (language, other, pages, prefix) in [("en", "cy", english, ""), ("cy", "en", welsh, "cy/")] {
            for page in pages {
                let sitePath = prefix + page
                let html = site.page(sitePath)
                let links = alternates(in: html)
                #expect(links.keys.sorted() == ["cy", "en"], "\(sitePath) names both languages")
                #expect(resolve(links[language] ?? "", from: sitePath) == sitePath, "\(sitePath) names itself")
                let twin = resolve(links[other] ?? "", from: sitePath)
                #expect(FileManager.default.fileExists(atPath: site.path + "/Site/" + twin), "\(sitePath) -> \(twin)")
                let otherPrefix = other == "cy" ? "cy/" : ""
                if twin == otherPrefix + page {
                    #expect(resolve(alternates(in: site.page(twin))[language] ?? "", from: twin) == sitePath, "\(twin) links back to \(sitePath)")
                } else {
                    #expect(twin == otherPrefix + "index.html", "\(sitePath) has no twin, so it links to the other language's home page")
                }
                #expect(html.contains(
                    "class=\"language-switcher__link\" hreflang=\"\(other)\" lang=\"\(other)\" href=\"\(links[other] ?? "")\">\(other == "cy" ? "Cymraeg" : "English")</a>"))
            }
        }
    }

    @Test func eachLanguageSaysItsLanguageAndShowsItsWords() throws {
        let site = try Self.built.get()
        let about = site.page("cy/about/index.html")
        #expect(about.contains("<html lang=\"cy\">"))
        #expect(about.contains("<h1 class=\"heading-xl\">Am y traciwr hwn</h1>"))
        #expect(about.contains(">Traciwr Cynllun Gweithredu ar yr Hinsawdd Greenford</a>"), "the site's title from site.cy.yaml")
        #expect(about.contains("Statws ar <time datetime=\"2025-10-01\">1 Hydref 2025</time>"))
        #expect(!about.contains("class=\"notice\">Nid yw"), "a translated page has no English-only notice")
        #expect(site.page("about/index.html").contains("<html lang=\"en\">"))
        #expect(site.page("about/index.html").contains("<h1 class=\"heading-xl\">About this tracker</h1>"))
        let plan = site.page("cy/plans/ceap-2025/index.html")
        #expect(plan.contains("Ôl-osod 500 o gartrefi&#39;r cyngor erbyn 2026"), "a translated action's title in the plan's table")
        #expect(!site.page("plans/ceap-2025/index.html").contains("Ôl-osod"), "the English page keeps its own words")
    }

    @Test func recommendationsGroupsMeetingsSeriesAndNamesAreTranslatedWithTheirFactsKept() throws {
        let site = try Self.built.get()
        let recommendation = site.page("cy/responses/audit-2024/recommendation-r1/index.html")
        #expect(recommendation.contains("Sefydlu bwrdd rhaglen ar gyfer y cynllun hinsawdd."))
        #expect(recommendation.contains("<td>Cynnal cyfarfod cyntaf y bwrdd</td>"), "the step's words")
        #expect(recommendation.contains("<td data-label=\"Perchennog\">Prif Weithredwr</td>"), "the step's owner by their Welsh name")
        #expect(recommendation.contains("28 Chwefror 2025"), "done on the source's date")
        let english = site.page("responses/audit-2024/recommendation-r1/index.html")
        #expect(english.contains("<td>Hold the first board meeting</td>") && english.contains("Chief Executive"))

        let group = site.page("cy/groups/scrutiny-panel/index.html")
        #expect(group.contains("Panel Craffu&#39;r Dinasyddion") && group.contains("Bob chwarter"))
        #expect(site.page("cy/plans/ceap-2025/ceap25-H1/index.html").contains("“Mawrth 2026”"), "the deadline in Welsh words, read as the same day")

        // Each ACTION paragraph of the Welsh notes is the source's action in its place: its owner and status stay.
        let notes = site.page("cy/meetings/2025-03-12/index.html")
        #expect(notes.contains("<p>ACTION: Newid y ceir cronfa diesel am rai trydan.</p>"))
        #expect(notes.contains("Perchennog: Rheolwr y Fflyd."))
        let log = site.page("cy/meetings/actions/index.html")
        #expect(log.contains("2025-03-12-replace-diesel-pool-cars</span> Newid y ceir cronfa diesel am rai trydan.</h3>"))
        #expect(log.contains("<dd class=\"summary-list__value\">Rheolwr y Fflyd</dd>"))
        #expect(site.page("meetings/actions/index.html").contains("<dd class=\"summary-list__value\">Fleet Manager</dd>"))
        // What later meetings reported is not translated: in Welsh, its note says it is English.
        #expect(log.contains("<p lang=\"en\">Four cars replaced; the rest wait for the budget.</p>"))
        #expect(site.page("meetings/actions/index.html").contains("<p>Four cars replaced; the rest wait for the budget.</p>"))
        #expect(!notes.contains("class=\"notice\">Nid yw"), "translated notes have no English-only notice")
        #expect(site.page("cy/meetings/2025-06-18/index.html").contains("class=\"notice\">Nid yw"), "untranslated notes do")

        // A series' words are in the chart, its table and the data index; its numbers are the same.
        let series = site.page("cy/data/series/emissions/index.html")
        #expect(series.contains("<title id=\"chart-title\">Allyriadau&#39;r cyngor ei hun</title>"))
        #expect(!series.contains("The council&#39;s own emissions"))
        #expect(series.contains("38,100"))
        #expect(series.contains("tunelli CO2e") && !series.contains(">tCO2e<"), "the unit's Welsh word from site.cy.yaml")
        #expect(site.page("data/series/emissions/index.html").contains("The council&#39;s own emissions"))
        // A target's words by its id in targets.cy.yaml; its goal and readings stay the source's.
        let targets = site.page("cy/data/targets/index.html")
        #expect(targets.contains("Hanner trydan y cyngor o ffynonellau adnewyddadwy"))
        #expect(!targets.contains("Half of the council&#39;s electricity from renewable sources"))
    }

    @Test func translationsMatchedToTheirSourceByPlaceMustMatchItOneForOne() throws {
        let fresh = try BilingualSite()
        // Two of the notes' three actions: every later one would take the wrong owner and status.
        try fresh.council.write("Content/meetings/2025-03-12.cy.md", """
            ---
            summary: Crynodeb.
            ---
            ACTION: Y tîm tai i gyhoeddi'r rhestr.

            ACTION: Newid y ceir cronfa.

            """)
        try fresh.council.write("Content/responses/audit-2024/r1.cy.md", """
            ---
            recommendation: Sefydlu bwrdd rhaglen.
            steps: [Cam un, Cam dau]
            ---

            """)
        try fresh.council.edit("Content/site.cy.yaml") {
            $0.replacingOccurrences(of: "Chief Executive:", with: "Chief Executiv:") + "  percent: y cant\n"
        }
        // A deadline in Welsh words is a fact too: it must read as the day the source's does.
        try fresh.council.edit("Content/plans/ceap-2025/homes-1.cy.md") { $0.replacingOccurrences(of: "Mawrth 2026", with: "Ebrill 2026") }
        try fresh.council.write("Content/targets.cy.yaml", "targets:\n  - id: renewable-electricty\n    title: Hanner\n")
        try fresh.council.write("Content/glossary.yaml", "terms:\n  - term: EV\n    expansion: Electric vehicle\n")
        try fresh.council.write("Content/glossary.cy.yaml", "terms:\n  - term: EVV\n    expansion: Cerbyd trydan\n")
        let result = try fresh.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains(
            "Content/meetings/2025-03-12.cy.md:4:1: error: the translation has 2 ACTION paragraphs, but meetings/2025-03-12.md has 3"),
            "\(result.errors)")
        #expect(result.errors.contains(
            "Content/responses/audit-2024/r1.cy.md:3:1: error: steps: gives the words of 2 steps, but responses/audit-2024/r1.md has 1"))
        #expect(result.errors.contains("error: no owner, organisation or member of the content is called \"Chief Executiv\""))
        #expect(result.errors.contains("hint: did you mean \"Chief Executive\"?"))
        #expect(result.errors.contains("error: no series or target of the content counts \"percent\""))
        #expect(result.errors.contains("a percentage is shown with % in every language"))
        #expect(result.errors.contains("Content/glossary.cy.yaml:2:5: error: glossary.yaml has no term \"EVV\""))
        #expect(result.errors.contains("hint: did you mean \"EV\"?"))
        #expect(result.errors.contains(
            "Content/plans/ceap-2025/homes-1.cy.md:3:1: error: the deadline \"Ebrill 2026\" reads as 2026-04-30, but plans/ceap-2025/homes-1.md's is \"2026-03\" (2026-03-31)"),
            "\(result.errors)")
        #expect(result.errors.contains("Content/targets.cy.yaml:2:5: error: targets.yaml has no target with the id \"renewable-electricty\""))
        #expect(result.errors.contains("hint: did you mean \"renewable-electricity\"?"))
        #expect(!result.errors.contains("goes to a part"), "an unmatched translation adds no broken links of its own")
    }

    @Test func aRecommendationsTranslationIsStaleWhenItsStepsWordsChange() throws {
        let site = try BilingualSite()
        #expect(try site.tally("check", "--translations").errors.contains(
            "Content/responses/audit-2024/r1.cy.md:1:1: warning: this translation does not say which version of responses/audit-2024/r1.md it translates"))
        _ = try site.tally("new", "translation", "responses/audit-2024/r10.md", "--language", "cy")
        let written = try String(contentsOfFile: site.path + "/Content/responses/audit-2024/r10.cy.md", encoding: .utf8)
        #expect(written.contains("recommendation: ") && written.contains("translates: "))
        #expect(!(try site.tally("check", "--translations").errors.contains("r10.cy.md")), "just started, so up to date")
        try site.council.edit("Content/responses/audit-2024/r10.md") { $0.replacingOccurrences(of: "Add a carbon section", with: "Add a carbon chapter") }
        #expect(try site.tally("check", "--translations").errors.contains(
            "warning: responses/audit-2024/r10.md has changed since this translation was made"))
    }

    @Test func aPageNotYetTranslatedIsShownInEnglishMarkedAsSuch() throws {
        let site = try Self.built.get()
        let home = site.page("cy/index.html")
        #expect(home.contains("<p class=\"notice\">Nid yw&#39;r dudalen hon wedi&#39;i chyfieithu eto"))
        #expect(home.contains("<div lang=\"en\">"))
        #expect(home.contains("<html lang=\"cy\">"), "the page's own words around it are Welsh")
        // In lists of a Welsh page, each title not yet translated says it is in English (WCAG 3.1.2).
        let plan = site.page("cy/plans/ceap-2025/index.html")
        #expect(plan.contains("<td><a href=\"ceap25-T1/index.html\" lang=\"en\">"))
        #expect(plan.contains("<td><a href=\"ceap25-H1/index.html\">"), "a translated action's title is in the page's language")
        #expect(site.page("cy/a-z/r/index.html").contains(
            "<li><a href=\"../../responses/audit-2024/recommendation-1a/index.html\" lang=\"en\">Report carbon savings with each capital project.</a>"))
        #expect(!site.page("cy/a-z/s/index.html").contains("recommendation-r1/index.html\" lang"), "translated")
        #expect(site.page("cy/meetings/actions/index.html").contains("<span lang=\"en\">"), "an action of notes not yet translated")
        #expect(!site.page("plans/ceap-2025/index.html").contains("\" lang=\"en\">"), "nothing is marked in the site's own language")
    }

    @Test func factsComeFromTheSourceAndATranslationThatSetsOneIsRefused() throws {
        let site = try Self.built.get()
        // The deadline and status of the translated action are its source's.
        let welsh = site.page("cy/plans/ceap-2025/ceap25-H1/index.html")
        #expect(welsh.contains("“Mawrth 2026”") && welsh.contains("31 Mawrth 2026"), "its Welsh words, read as the source's day")
        let fresh = try BilingualSite()
        try fresh.council.write("Content/pages/about.cy.md", """
            ---
            title: Am y traciwr hwn
            date: 2025-09-01
            ---
            Testun.

            """)
        try fresh.council.write("Content/pages/missing.cy.md", "---\ntitle: Ar goll\n---\n")
        // A translation without its title would show the source's title as if it were translated.
        try fresh.council.write("Content/updates/2025-06-20-annual-update.cy.md", "---\nsummary: Crynodeb.\n---\nTestun.\n")
        // Titles are matched to links by place: one too few would put a title on the wrong link.
        try fresh.council.write("Content/site.cy.yaml", "title: Traciwr\nnavigation: [Hafan, Amdanom, Panel craffu]\n")
        let result = try fresh.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains(
            "Content/pages/about.cy.md:3:1: error: a translation carries words only: \"date\" is a fact, written once in pages/about.md"))
        #expect(result.errors.contains("Content/pages/missing.cy.md:1:1: error: this translates pages/missing.md, which does not exist"))
        #expect(result.errors.contains("Content/updates/2025-06-20-annual-update.cy.md:2:1: error: missing required field \"title\""))
        #expect(result.errors.contains(
            "Content/site.cy.yaml:2:1: error: navigation: gives 3 titles, but site.yaml's navigation has 4 links"), "\(result.errors)")
    }

    @Test func theOfflineBundleHoldsBothLanguagesAndItsReadmeIsInBoth() throws {
        let site = try BilingualSite()
        let result = try site.tally("bundle", "--output", "offline.zip")
        #expect(result.status == 0, "\(result.errors)")
        let unpacked = site.path + "/unpacked"
        try FileManager.default.createDirectory(atPath: unpacked, withIntermediateDirectories: true)
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-q", site.path + "/offline.zip", "-d", unpacked]
        try unzip.run()
        unzip.waitUntilExit()
        let folder = try #require(try FileManager.default.contentsOfDirectory(atPath: unpacked).first)
        #expect(FileManager.default.fileExists(atPath: "\(unpacked)/\(folder)/cy/about/index.html"))
        let readme = try String(contentsOfFile: "\(unpacked)/\(folder)/README.txt", encoding: .utf8)
        #expect(readme.contains("HOW TO OPEN IT"))
        #expect(readme.contains("SUT I'W AGOR"))
    }

    @Test func aTranslationIsStartedFromItsSourceAndFoundStaleWhenTheSourceChanges() throws {
        let site = try BilingualSite()
        let started = try site.tally("new", "translation", "pages/index.md", "--language", "cy")
        #expect(started.status == 0, "\(started.errors)")
        let written = try String(contentsOfFile: site.path + "/Content/pages/index.cy.md", encoding: .utf8)
        #expect(written.contains("translates: "))
        #expect(written.contains("title: "))
        #expect(try site.tally("new", "translation", "pages/index.md", "--language", "cy").errors.contains("Content/pages/index.cy.md already exists"))
        #expect(try site.tally("new", "translation", "pages/index.md", "--language", "fr").errors.contains("the site is not published in \"fr\""))

        let check = try site.tally("check", "--translations")
        #expect(check.status == 0, "a missing or stale translation is a warning")
        #expect(check.errors.contains("Content/pages/about.cy.md:1:1: warning: this translation does not say which version of pages/about.md it translates"))
        #expect(check.errors.contains("Content/updates/2025-06-20-annual-update.md:1:1: warning: there is no translation into cy"))
        #expect(!check.errors.contains("pages/index.cy.md"), "a translation just started is up to date")
        #expect(try site.tally("check").errors.contains("there is no translation") == false, "only asked for with --translations")

        try site.council.edit("Content/pages/index.md") { $0 + "\nA new paragraph.\n" }
        let stale = try site.tally("check", "--translations", "--strict")
        #expect(stale.status == 1)
        #expect(stale.errors.contains("Content/pages/index.cy.md:"), "\(stale.errors)")
        #expect(stale.errors.contains("warning: pages/index.md has changed since this translation was made"))
    }

    @Test func thePrintEditionIsOneDocumentPerLanguage() throws {
        let site = try BilingualSite()
        let result = try site.tally("build", "--edition", "print", "--output", "Print")
        #expect(result.status == 0, "\(result.errors)")
        let read = { (path: String) in (try? String(contentsOfFile: site.path + "/Print/" + path, encoding: .utf8)) ?? "" }
        #expect(read("index.html").contains("<title>Greenford Climate Action Plan tracker: printed edition, status as at 1 October 2025</title>"))
        #expect(read("cy/index.html").contains(
            "<title>Traciwr Cynllun Gweithredu ar yr Hinsawdd Greenford: argraffiad printiedig, statws ar 1 Hydref 2025</title>"))
    }
}
