import Compute
import Mustache
import Foundation
import Model
import Testing

@testable import Render

/// A page's own values and the values every page shares are kept apart, so neither hides the other.
@Suite struct PageContextTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sites every page of which is looked at: the demo, the council fixture, and the
    /// council in two languages (its Welsh pages, which mark what is not yet translated).
    static let sites = ["demo", "council", "council in Welsh"]

    /// The content files of a folder, as the reading stage would give them, by path.
    func files(_ relative: String) throws -> [String: SourceFile] {
        let base = Self.root.appendingPathComponent(relative)
        var files: [String: SourceFile] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: base.path) {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isFolder)
            guard !isFolder.boolValue, !path.hasPrefix("static/"), path != "README.md" else { continue }
            let bytes = try Data(contentsOf: base.appendingPathComponent(path))
            files[path] = SourceFile(path: path, displayPath: "\(relative)/\(path)", bytes: Array(bytes))
        }
        return files
    }

    /// Every page of `site`, with its own values and the shared ones.
    func contexts(_ site: String, edition: Edition = .web) throws -> [(sitePath: String, kind: PageKind, context: PageContext)] {
        var files = try files(site == "demo" ? "Content" : "Tests/Fixtures/council/Content")
        if site == "council in Welsh" {
            files.merge(try self.files("Tests/Fixtures/council-welsh")) { _, welsh in welsh }
            let siteFile = try #require(files["site.yaml"])
            guard case .success(let text) = siteFile.text() else { throw CancellationError() }
            files["site.yaml"] = SourceFile(path: "site.yaml", displayPath: siteFile.displayPath, text: text + "\nlanguages: [en, cy]\n")
        }
        var model = ContentParser.parse(files.values.sorted { $0.path < $1.path }).content
        var assessments = MetricsEngine.assess(model, asOf: CivilDate(year: 2025, month: 7, day: 17)!)
        if site == "council in Welsh" {
            try #require(model.site.languages == ["en", "cy"])
            model = model.translated(to: "cy")
            #expect(model.site.language == "cy")
            assessments = assessments.inWords(of: model)
        }
        let (theme, _) = Theme.load(minimalTheme())
        let map = SiteMap.plan(model, assessments: assessments, theme: theme, edition: edition)
        let environment = SiteEnvironment(
            content: map.content, assessments: assessments, asOf: assessments.asOf, edition: edition, theme: theme,
            links: map.links, sectionPaths: map.sectionPaths, strings: map.strings)
        return map.pages.map { plan in
            var render = PageRender(plan: plan, environment: environment)
            let page = plan.view(&render)
            return (plan.sitePath, plan.kind, PageContext(page: page, chrome: Chrome.values(for: &render, page: page), strings: map.strings.templateValues))
        }
    }

    @Test(arguments: sites)
    func noPageGivesAValueUnderANameTheSharedValuesUse(_ site: String) throws {
        let pages = try contexts(site)
        #expect(pages.count > 20)
        for (sitePath, _, context) in pages {
            let hidden = Set(context.page.keys).intersection(context.chrome.keys)
            #expect(hidden.isEmpty, "\(sitePath): its own \(hidden.sorted()) would be hidden by the shared values")
        }
    }

    /// A page whose template the theme lacks is never written empty: it fails the build at the
    /// template's place (the check before rendering normally refuses such a theme first).
    @Test func aPageWhoseTemplateIsMissingFailsRatherThanBeingWrittenEmpty() throws {
        let files = try files("Tests/Fixtures/council/Content")
        let model = ContentParser.parse(files.values.sorted { $0.path < $1.path }).content
        let assessments = MetricsEngine.assess(model, asOf: CivilDate(year: 2025, month: 7, day: 17)!)
        let (theme, _) = Theme.load(minimalTheme(leaving: ["home"]))
        let map = SiteMap.plan(model, assessments: assessments, theme: theme, edition: .web)
        let environment = SiteEnvironment(
            content: map.content, assessments: assessments, asOf: assessments.asOf, edition: .web, theme: theme,
            links: map.links, sectionPaths: map.sectionPaths, strings: map.strings)
        let plan = try #require(map.pages.first { $0.kind == .home })
        let page = SiteRenderer.renderPage(plan, environment: environment)
        #expect(page.diagnostics.map(\.message) == ["the theme has no \"home\" template (the home page)"])
        #expect(page.diagnostics.first?.severity == .error)
        #expect(page.file.bytes.isEmpty)
    }

    @Test func aTemplateCanNameEachPart() throws {
        let context = PageContext(
            page: ["title": "The page's own title", "rows": [View(["name": "A"])]],
            chrome: ["title": "Shared title", "site": View(["title": "Borough"])], strings: ["plan": View(["caption": "Words"])])
        let template = try Mustache.MustacheTemplate(
            string: "{{title}}|{{page.title}}|{{chrome.title}}|{{site.title}}|{{strings.plan.caption}}|{{#rows}}{{name}}:{{site.title}}{{/rows}}")
        #expect(template.render(context) == "Shared title|The page&#39;s own title|Shared title|Borough|Words|A:Borough")
    }
}

/// Every name a view gives, at any depth.
func allNames(_ view: View) -> Set<String> {
    var names = Set(view.keys)
    for key in view.keys {
        if let inner = view.view(key) { names.formUnion(allNames(inner)) }
        for case .view(let inner) in view.list(key) ?? [] { names.formUnion(allNames(inner)) }
    }
    return names
}

@Suite struct TemplateNamesTests {
    let defaultTemplates = repositoryThemeFiles.filter { $0.path.hasPrefix("templates/") }

    var defaultTexts: [(name: String, file: SourceFile, text: String)] {
        defaultTemplates.compactMap { file in
            guard case .success(let text) = file.text() else { return nil }
            return (String(file.path.dropFirst("templates/".count).dropLast(".mustache".count)), file, text)
        }
    }

    /// The names each kind of page is given beyond those its template shows are listed, and the
    /// list holds no name that no page of the kind is given.
    @Test func everyNameAPageIsGivenIsOneItsTemplateMayUse() throws {
        let known = TemplateNames.known(byKind: defaultTemplates)
        let shown = TemplateNames.known(byKind: defaultTemplates, beyond: [:])
        var beyond: [PageKind: Set<String>] = [:]
        for site in PageContextTests.sites {
            for edition in Edition.allCases {
                for (sitePath, kind, context) in try PageContextTests().contexts(site, edition: edition) {
                    #expect(allNames(context.chrome).subtracting(Chrome.sharedNames).isEmpty, "\(sitePath)")
                    let unknown = allNames(context.page).subtracting(known[kind] ?? [])
                    #expect(unknown.isEmpty, "\(site) \(edition) \(sitePath) gives \(unknown.sorted()), which its template could not use")
                    let notShown = allNames(context.page).subtracting(shown[kind] ?? [])
                    if !notShown.isEmpty { beyond[kind, default: []].formUnion(notShown) }
                }
            }
        }
        #expect(beyond == TemplateNames.givenBeyondTallysTemplates)
    }

    @Test func tallysOwnTemplatesUseNoNameTheyAreNotGiven() {
        #expect(TemplateNames.unknown(in: defaultTexts, given: TemplateNames.known(byKind: defaultTemplates)).isEmpty)
    }

    @Test func aMistypedNameIsAnErrorAtItsTagWithTheNearestName() {
        let text = "<h1>{{page.title}}</h1>\n{{#empty(actons)}}none{{/empty(actons)}}\n<p>{{chrome.site.titel}} {{{content}}} {{.}}</p>\n"
        let file = SourceFile(path: "templates/meeting.mustache", displayPath: "Theme/templates/meeting.mustache", text: text)
        let problems = TemplateNames.unknown(in: [("meeting", file, text)], given: TemplateNames.known(byKind: defaultTemplates))
        #expect(problems.map(\.message) == [
            "the template uses \"actons\", but no page is given \"actons\", so it would show nothing",
            "the template uses \"chrome.site.titel\", but no page is given \"titel\", so it would show nothing",
        ])
        #expect(problems.first?.location?.line == 2)
        #expect(problems.first?.location?.column == 1)
        #expect(problems.first?.hint == "did you mean \"actions\"?")
        #expect(problems.last?.hint == "did you mean \"title\"?")
    }

    /// A name other kinds of page are given shows nothing on the pages a template draws: a
    /// warning at its tag, naming the kinds that are given it. In a partial, the kinds are those
    /// whose templates use the partial.
    @Test func aNameOnlyOtherKindsOfPageAreGivenIsAWarningAtItsTag() {
        let meeting = "{{<layout}}{{$main}}\n<p>{{#themes}}{{title}}{{/themes}}</p>{{>partials/extra}}\n{{/main}}{{/layout}}\n"
        let partial = "<p>{{summary}}</p>\n<p>{{page.principles}}</p>\n"
        let texts: [(name: String, file: SourceFile, text: String)] = [
            ("layout", SourceFile(path: "templates/layout.mustache", displayPath: "Theme/templates/layout.mustache", text: "{{$main}}{{/main}}"), "{{$main}}{{/main}}"),
            ("meeting", SourceFile(path: "templates/meeting.mustache", displayPath: "Theme/templates/meeting.mustache", text: meeting), meeting),
            ("partials/extra", SourceFile(path: "templates/partials/extra.mustache", displayPath: "Theme/templates/partials/extra.mustache", text: partial), partial),
        ]
        let problems = TemplateNames.unknown(in: texts, given: TemplateNames.known(byKind: defaultTemplates))
        #expect(problems.map(\.severity) == [.warning, .warning])
        #expect(problems.map(\.message) == [
            "the template uses \"themes\", but no page drawn with it is given \"themes\", so it would show nothing",
            "the template uses \"page.principles\", but no page drawn with it is given \"principles\", so it would show nothing",
        ])
        #expect(problems.map { $0.location?.file } == ["Theme/templates/meeting.mustache", "Theme/templates/partials/extra.mustache"])
        #expect(problems.first?.location?.line == 2)
        #expect(problems.first?.hint?.hasPrefix("\"themes\" is given to the pages drawn with plan") == true)
        #expect(problems.last?.hint == "\"principles\" is given to the pages drawn with plan")
    }
}
